// A stand-in for the real capsule / quiz / peer review while they are built in parallel: a button
// that, when the learner presses it, reports the statement the real element would make through the
// course's tracker (or the page's default tracker when there is no course).
import { ContextConsumer } from '@lit/context';
import { LitElement, html } from 'lit';
import { courseContext } from '../../src/context/course-context.js';
import { activityIdFor } from '../../src/xapi/activity-id.js';
import { defaultTracker } from '../../src/xapi/default-tracker.js';
import type { Result, Statement } from '../../src/xapi/statement.js';
import { ACTIVITY_TYPES, VERBS, type VerbName } from '../../src/xapi/vocabulary.js';

const TYPES = { capsule: ACTIVITY_TYPES.video, quiz: ACTIVITY_TYPES.assessment, 'peer-review': ACTIVITY_TYPES.assignment, activity: ACTIVITY_TYPES.module };

export class ProgressEmitter extends LitElement {
  static override properties = { kind: {}, activity: {}, verb: {}, scaled: { type: Number } };
  readonly course = new ContextConsumer(this, { context: courseContext, subscribe: true });
  kind: keyof typeof TYPES = 'capsule';
  activity = '';
  verb: VerbName = 'completed';
  scaled?: number;
  /** Statements this emitter sent, as delivered. */
  readonly sent: Statement[] = [];
  /** Settles once the last statement reached every sink (the local store). */
  delivered: Promise<void> = Promise.resolve();

  private handleClick() {
    const context = this.course.value;
    const tracker = context?.tracker ?? defaultTracker();
    const result: Result = { duration: 'PT1M' };
    if (this.verb === 'completed') result.completion = true;
    if (this.verb === 'passed' || this.verb === 'failed') result.success = this.verb === 'passed';
    if (this.scaled !== undefined) result.score = { scaled: this.scaled };
    const { statement, delivered } = tracker.send(
      {
        verb: { id: VERBS[this.verb].id, display: { ...VERBS[this.verb].display } },
        object: {
          objectType: 'Activity',
          id: activityIdFor({ courseId: context?.courseId, kind: this.kind, id: this.activity }),
          definition: { type: TYPES[this.kind], name: { en: this.activity } },
        },
        result,
      },
      this,
    );
    this.sent.push(statement);
    this.delivered = delivered;
  }

  override render() {
    return html`<button type="button" @click=${this.handleClick}>${this.verb} ${this.activity}</button>`;
  }
}
customElements.define('test-progress-emitter', ProgressEmitter);
