/**
 * The progress part of `<spoc-course>`: keeps the learner's statements for the course's
 * registration (read from the local store at start, then live from the tracker and from other
 * tabs), recomputes the progress model, and reports the course's own milestones: `progressed`
 * (cmi5 progress extension, 0–100) when the percentage changes, and `completed` once per
 * registration — the store is checked first, so a reload never sends either again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseContext } from '../context/course-context.js';
import { computeProgress, roundPercent, type CourseProgress } from '../course/progress-model.js';
import { languageMap } from '../internal/validation.js';
import { agentKey } from '../xapi/actor.js';
import { isoDuration } from '../xapi/ids.js';
import type { Activity, PartialStatement, Statement } from '../xapi/statement.js';
import { isActivity } from '../xapi/statement.js';
import type { Tracker } from '../xapi/tracker.js';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from '../xapi/vocabulary.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The course's progress as a whole number 0–100, rounded as the bar and ring show it
 * (`roundPercent`), 100 only once complete.
 */
export const progressPercent = (progress: CourseProgress) => (progress.completed ? 100 : Math.min(99, roundPercent(progress.percent)));

export class CourseProgressController implements ReactiveController {
  /** The latest progress (a new object each time it changes), once the definition is known. */
  value: CourseProgress | undefined;
  private tracker: Tracker | undefined;
  private statements = new Map<string, Statement>();
  private unsubscribe: Array<() => void> = [];
  private loaded = false;
  /** Last course `progressed` value sent (or found in the records) for this registration. */
  private reported: number | undefined;
  private completedSent = false;
  /** The milestones were checked once since the records were read (a catch-up after a reload). */
  private caughtUp = false;
  private reporting = false;
  private key = '';

  constructor(
    private readonly host: Host,
    private readonly context: () => CourseContext | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: follow the tracker again (the first connection waits for the first update).
    const context = this.context();
    if (context && !this.tracker) void this.follow(context.tracker);
  }

  hostUpdated(): void {
    const context = this.context();
    if (!context) return;
    if (context.tracker !== this.tracker) void this.follow(context.tracker);
    else this.refresh(false);
  }

  /** The progress for this tracker's learner and registration (none while another one is followed). */
  progressFor(tracker: Tracker | undefined): CourseProgress | undefined {
    return tracker === this.tracker ? this.value : undefined;
  }

  hostDisconnected(): void {
    this.stop();
    this.tracker = undefined;
  }

  private stop(): void {
    this.unsubscribe.forEach((unsubscribe) => unsubscribe());
    this.unsubscribe = [];
  }

  /** A new tracker (new learner, registration or course): start over from its records. */
  private async follow(tracker: Tracker): Promise<void> {
    this.stop();
    this.tracker = tracker;
    this.statements = new Map();
    this.reported = undefined;
    this.completedSent = false;
    this.caughtUp = false;
    this.loaded = false;
    this.key = '';
    this.value = undefined;
    this.unsubscribe.push(tracker.subscribe((statement) => this.handleOwn(statement)));
    const store = tracker.store;
    if (store) {
      this.unsubscribe.push(store.subscribe((statements) => this.handleForeign(statements)));
      try {
        const stored = await store.query({ agent: tracker.actor, registration: tracker.registration });
        if (tracker !== this.tracker) return;
        stored.forEach((statement) => this.remember(statement));
      } catch {
        // No IndexedDB (private mode, blocked storage): progress starts from this page's statements.
      }
    }
    this.loaded = true;
    this.refresh(true);
  }

  private belongs(statement: Statement): boolean {
    const tracker = this.tracker;
    return !!tracker && statement.context?.registration === tracker.registration && agentKey(statement.actor) === agentKey(tracker.actor);
  }

  /** Keeps a statement; notes the course's own milestones. Returns whether it was new. */
  private remember(statement: Statement): boolean {
    if (this.statements.has(statement.id) || !this.belongs(statement)) return false;
    this.statements.set(statement.id, statement);
    const courseId = this.context()?.courseId;
    if (isActivity(statement.object) && statement.object.id === courseId) {
      if (statement.verb.id === VERBS.completed.id) this.completedSent = true;
      const reported = statement.result?.extensions?.[EXTENSIONS.cmi5.progress];
      if (statement.verb.id === VERBS.progressed.id && typeof reported === 'number') this.reported = reported;
    }
    return true;
  }

  /** A statement made on this page, through the course's tracker: may move the course forward. */
  private handleOwn(statement: Statement): void {
    if (this.remember(statement)) this.refresh(true);
  }

  /** Statements saved by another tab (or echoed by the store): shown, but milestones are theirs to send. */
  private handleForeign(statements: Statement[]): void {
    if (statements.map((statement) => this.remember(statement)).some(Boolean)) this.refresh(false);
  }

  /** Recomputes; publishes a changed model; sends the course milestones when `report` is set. */
  private refresh(report: boolean): void {
    const context = this.context();
    if (!context?.definition || !this.loaded || context.tracker !== this.tracker) return;
    const progress = computeProgress(context.definition, [...this.statements.values()], {
      courseId: context.courseId,
      actor: context.actor,
      registration: context.registration,
    });
    const key = JSON.stringify(progress);
    if (key !== this.key) {
      this.key = key;
      this.value = progress;
      this.host.requestUpdate();
    }
    // After the statement that moved the course has reached every sink: an LMS or LRS sees them in
    // timestamp order.
    if (report || !this.caughtUp) queueMicrotask(() => this.report(progress, context));
  }

  private report(progress: CourseProgress, context: CourseContext): void {
    // Sending re-enters through the tracker's listener: the outer call does the work.
    if (this.reporting || context.tracker !== this.tracker) return;
    this.caughtUp = true;
    this.reporting = true;
    try {
      this.sendMilestones(progress, context);
    } finally {
      this.reporting = false;
    }
  }

  private sendMilestones(progress: CourseProgress, context: CourseContext): void {
    if (this.completedSent) return;
    const percent = progressPercent(progress);
    const object: Activity = {
      objectType: 'Activity',
      id: context.courseId,
      definition: {
        type: ACTIVITY_TYPES.course,
        name: languageMap(context.definition?.title, context.definition?.lang ?? context.tracker.language ?? 'en')!,
      },
    };
    if (percent !== (this.reported ?? 0)) {
      this.reported = percent;
      this.send({ verb: VERBS.progressed, object, result: { extensions: { [EXTENSIONS.cmi5.progress]: percent } } });
    }
    if (progress.completed) {
      this.completedSent = true;
      const result: PartialStatement['result'] = { completion: true, duration: isoDuration(progress.timeSpent * 1000) };
      if (progress.score !== undefined) result.score = { scaled: Math.max(-1, Math.min(1, progress.score)) };
      this.send({ verb: VERBS.completed, object, result });
    }
  }

  private send(partial: PartialStatement): void {
    const verb = { id: partial.verb.id, display: { ...partial.verb.display } };
    this.tracker?.send({ ...partial, verb }, this.host);
  }
}
