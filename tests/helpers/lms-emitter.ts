// A stand-in for the real spoc-quiz while it is built in parallel: it reports quiz-like
// statements (answered → completed → passed/failed) through the course's tracker, as any element does.
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { courseContext } from '../../src/context/course-context.js';
import { activityIdFor } from '../../src/xapi/activity-id.js';
import type { InteractionType, Statement } from '../../src/xapi/statement.js';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from '../../src/xapi/vocabulary.js';

export interface Answer {
  id: string;
  type: InteractionType;
  response: string;
  correct: string[];
  success: boolean;
  choices?: string[];
}

export class LmsEmitter extends LitElement {
  readonly course = new ContextConsumer(this, { context: courseContext, subscribe: true });

  get tracker() {
    return this.course.value!.tracker;
  }

  quizId(id: string): string {
    return activityIdFor({ courseId: this.course.value!.courseId, kind: 'quiz', id });
  }

  /** One `answered` per question, then `completed` with the score and `passed`/`failed`. */
  async takeQuiz(id: string, answers: Answer[], scaled: number, passMark = 0.8): Promise<Statement[]> {
    const quiz = { id: this.quizId(id), definition: { type: ACTIVITY_TYPES.assessment, name: { en: id } } };
    const sent: Statement[] = [];
    const send = (partial: Parameters<typeof this.tracker.send>[0]) => {
      const { statement, delivered } = this.tracker.send(partial, this);
      sent.push(statement);
      return delivered;
    };
    for (const answer of answers) {
      await send({
        verb: VERBS.answered,
        object: {
          id: `${quiz.id}/question/${answer.id}`,
          definition: {
            type: ACTIVITY_TYPES.interaction,
            name: { en: `Question ${answer.id}` },
            interactionType: answer.type,
            correctResponsesPattern: answer.correct,
            ...(answer.choices ? { choices: answer.choices.map((c) => ({ id: c, description: { en: c } })) } : {}),
          },
        },
        result: { response: answer.response, success: answer.success, duration: 'PT12.5S', score: { raw: answer.success ? 1 : 0, min: 0, max: 1 } },
        context: { contextActivities: { parent: [{ id: quiz.id }] } },
      });
    }
    const score = { scaled, raw: Math.round(scaled * 10), min: 0, max: 10 };
    await send({ verb: VERBS.completed, object: quiz, result: { score, completion: true, duration: 'PT2M' } });
    await send({ verb: scaled >= passMark ? VERBS.passed : VERBS.failed, object: quiz, result: { score, success: scaled >= passMark } });
    return sent;
  }

  /** What the progress model reports for the course. */
  async courseProgress(progress: number, completed = false): Promise<void> {
    const course = { id: this.course.value!.courseId, definition: { type: ACTIVITY_TYPES.course } };
    await this.tracker.send({ verb: VERBS.progressed, object: course, result: { extensions: { [EXTENSIONS.cmi5.progress]: progress } } }, this).delivered;
    if (completed) await this.tracker.send({ verb: VERBS.completed, object: course, result: { completion: true } }, this).delivered;
  }
}
if (!customElements.get('test-lms-emitter')) customElements.define('test-lms-emitter', LmsEmitter);

declare global {
  interface HTMLElementTagNameMap {
    'test-lms-emitter': LmsEmitter;
  }
}
