// A small cohort whose every figure is worked out by hand in analytics.test.ts. Statements are
// completed by the library's own Tracker, with the shapes the elements send.
import type { CourseDefinition } from '../../src/course/course.schema.js';
import { activityIdFor } from '../../src/xapi/activity-id.js';
import { isoDuration } from '../../src/xapi/ids.js';
import { encodePattern } from '../../src/xapi/interactions.js';
import type { Agent, PartialStatement, Result, Statement } from '../../src/xapi/statement.js';
import { Tracker } from '../../src/xapi/tracker.js';
import { ACTIVITY_TYPES, CATEGORIES, EXTENSIONS, VERBS, type VerbDef } from '../../src/xapi/vocabulary.js';
import type { RosterEntry } from '../../src/analytics/learners.js';

export const COURSE = 'https://learn.example.com/courses/c';
export const NOW = Date.parse('2026-03-20T00:00:00.000Z');

export const course: CourseDefinition = {
  id: COURSE,
  title: { en: 'Giving feedback', fr: 'Faire un retour' },
  modules: [
    {
      id: 'm1',
      title: { en: 'Basics', fr: 'Les bases' },
      activities: [
        { id: 'v1', type: 'capsule' },
        { id: 'q1', type: 'quiz', role: 'diagnostic', competency: 'feedback' },
      ],
    },
    { id: 'm2', title: { en: 'Practice', fr: 'Pratique' }, dueAt: '2026-03-10', activities: [{ id: 'q2', type: 'quiz', role: 'final', competency: 'feedback' }] },
  ],
};

export const iri = (kind: string, id: string) => activityIdFor({ courseId: COURSE, kind, id });
const moduleIri = (id: string) => `${COURSE}/module/${id}`;

export const people = {
  A: { objectType: 'Agent', name: 'Ana Martin', mbox: 'mailto:ana@example.com' },
  B: { objectType: 'Agent', name: 'Bruno Petit', mbox: 'mailto:bruno@example.com' },
  C: { objectType: 'Agent', name: 'Chloé Ébrard', mbox: 'mailto:chloe@example.com' },
  D: { objectType: 'Agent', name: 'Dan Roy', mbox: 'mailto:dan@example.com' },
  F: { objectType: 'Agent', name: 'Fabien Visitor', mbox: 'mailto:fabien@example.com' },
  X: { objectType: 'Agent', account: { homePage: 'https://learn.example.com', name: 'anon-x' } },
  Y: { objectType: 'Agent', account: { homePage: 'https://learn.example.com', name: 'anon-y' } },
} satisfies Record<string, Agent>;

/** The roster: A–D, and E who never came. F is seen but not on it. */
export const roster: RosterEntry[] = [
  { name: 'Ana Martin', mbox: 'ana@example.com' },
  { name: 'Bruno Petit', mbox: 'bruno@example.com' },
  { name: 'Chloé Ébrard', mbox: 'chloe@example.com' },
  { name: 'Dan Roy', mbox: 'dan@example.com' },
  { name: 'Emma Absent', mbox: 'emma@example.com' },
];

/** One learner's statements, one minute apart from `start`. */
class Learner {
  readonly statements: Statement[] = [];
  private readonly tracker: Tracker;
  private clock: number;
  constructor(actor: Agent, registration: string | undefined, start: string) {
    this.tracker = new Tracker({ actor, registration: registration ?? '' });
    this.anonymous = registration === undefined;
    this.clock = Date.parse(start);
  }
  private readonly anonymous: boolean;

  at(time: string): this {
    this.clock = Date.parse(time);
    return this;
  }

  send(verb: VerbDef, object: PartialStatement['object'], result?: Result, context: PartialStatement['context'] = {}): Statement {
    const statement = this.tracker.complete({ verb, object, ...(result ? { result } : {}), context, timestamp: new Date(this.clock).toISOString() });
    if (this.anonymous) delete statement.context!.registration;
    this.clock += 60_000;
    this.statements.push(statement);
    return statement;
  }

  private grouping(module: string) {
    return [{ id: COURSE, definition: { type: ACTIVITY_TYPES.course } }, { id: moduleIri(module), definition: { type: ACTIVITY_TYPES.module } }];
  }

  /** One quiz attempt: attempted, one answered per question (1 point each), completed, passed | failed. */
  quiz(id: string, module: string, attempt: number, answers: Array<[question: string, correct: boolean, response: string]>, passMark: number, seconds: number): this {
    const quiz = { objectType: 'Activity' as const, id: iri('quiz', id), definition: { type: ACTIVITY_TYPES.assessment, name: { en: id } } };
    const context = { contextActivities: { grouping: this.grouping(module) }, extensions: { [EXTENSIONS.spoc.attempt]: attempt } };
    this.send(VERBS.attempted, quiz, undefined, context);
    for (const [question, correct, response] of answers) {
      const choices = ['1', '2', '3'].map((n) => ({ id: `${question}${n}`, description: { en: `${question.toUpperCase()} option ${n}` } }));
      this.send(
        VERBS.answered,
        {
          objectType: 'Activity',
          id: `${quiz.id}/question/${question}`,
          definition: { type: ACTIVITY_TYPES.interaction, name: { en: `Question ${question}` }, interactionType: 'choice', correctResponsesPattern: [encodePattern('choice', [`${question}1`])], choices },
        },
        { response, success: correct, score: { raw: correct ? 1 : 0, min: 0, max: 1, scaled: correct ? 1 : 0 } },
        { contextActivities: { parent: [quiz], grouping: this.grouping(module) }, extensions: { [EXTENSIONS.spoc.attempt]: attempt } },
      );
    }
    const raw = answers.filter(([, correct]) => correct).length;
    const score = { raw, min: 0, max: answers.length, scaled: Math.round((raw / answers.length) * 10000) / 10000 };
    const passed = score.scaled >= passMark;
    const duration = isoDuration(seconds * 1000);
    this.send(VERBS.completed, quiz, { score, completion: true, success: passed, duration }, context);
    this.send(passed ? VERBS.passed : VERBS.failed, quiz, { score, success: passed, duration }, context);
    return this;
  }

  /** A capsule session: initialized, played, paused with the played segments, completed when asked, terminated. */
  video(id: string, module: string, segments: string, length: number, completedAfter?: number): this {
    const object = { objectType: 'Activity' as const, id: iri('capsule', id), definition: { type: ACTIVITY_TYPES.video } };
    const context = (extensions: Record<string, unknown> = {}) => ({
      contextActivities: { grouping: this.grouping(module), category: [{ id: CATEGORIES.video }] },
      extensions: { [EXTENSIONS.video.sessionId]: `session-${this.statements.length}`, ...extensions },
    });
    const lengthExt = { [EXTENSIONS.video.length]: length };
    const progress = (time: number) => ({ extensions: { [EXTENSIONS.video.time]: time, [EXTENSIONS.video.playedSegments]: segments } });
    this.send(VERBS.initialized, object, undefined, context(lengthExt));
    this.send(VERBS.played, object, { extensions: { [EXTENSIONS.video.time]: 0 } }, context());
    this.send(VERBS.paused, object, progress(30), context(lengthExt));
    if (completedAfter !== undefined) this.send(VERBS.completed, object, { ...progress(length), completion: true, duration: isoDuration(completedAfter * 1000) }, context(lengthExt));
    this.send(VERBS.terminated, object, progress(30), context(lengthExt));
    return this;
  }

  /** Opens an outside page that names a course activity only in `context.other`. */
  outside(url: string, about: string): this {
    this.send(VERBS.experienced, { objectType: 'Activity', id: url }, undefined, { contextActivities: { grouping: [{ id: COURSE }], other: [{ id: about }] } });
    return this;
  }

  rate(object: string, raw: number): this {
    this.send(VERBS.rated, { objectType: 'Activity', id: object }, { score: { raw, min: 1, max: 5 } }, { contextActivities: { grouping: [{ id: COURSE }] } });
    return this;
  }

  survey(item: string, interactionType: 'choice' | 'likert' | 'long-fill-in', response: string): this {
    const survey = { objectType: 'Activity' as const, id: `${COURSE}/feedback/hot`, definition: { type: ACTIVITY_TYPES.survey } };
    this.send(
      VERBS.answered,
      { objectType: 'Activity', id: `${survey.id}/item/${item}`, definition: { type: ACTIVITY_TYPES.interaction, interactionType } },
      { response },
      { contextActivities: { parent: [survey], grouping: [{ id: COURSE }] } },
    );
    return this;
  }
}

/** Every statement of the cohort, by person, without bad input. */
export function cohortStatements(): Record<keyof typeof people, Statement[]> {
  const A = new Learner(people.A, 'aaaaaaaa-0000-4000-8000-000000000001', '2026-03-02T09:00:00.000Z')
    .video('v1', 'm1', '0.000[.]100.000[,]50.000[.]75.000', 100, 100)
    .at('2026-03-02T10:00:00.000Z')
    .quiz('q1', 'm1', 1, [['a', true, 'a1'], ['b', true, 'b1'], ['c', true, 'c1']], 0.6, 60)
    .at('2026-03-03T09:00:00.000Z')
    .quiz('q2', 'm2', 1, [['x', true, 'x1'], ['y', false, 'y2']], 0.5, 40)
    .rate(COURSE, 5)
    .rate(moduleIri('m1'), 3)
    .survey('useful', 'choice', 'yes')
    .survey('nps', 'likert', '9');
  const B = new Learner(people.B, 'bbbbbbbb-0000-4000-8000-000000000002', '2026-03-02T09:00:00.000Z')
    .video('v1', 'm1', '0.000[.]50.000', 100)
    .at('2026-03-02T11:00:00.000Z')
    .quiz('q1', 'm1', 1, [['a', true, 'a1'], ['b', true, 'b1'], ['c', false, 'c2']], 0.6, 90)
    .at('2026-03-04T09:00:00.000Z')
    .quiz('q2', 'm2', 1, [['x', false, 'x3'], ['y', false, 'y2']], 0.5, 20)
    .rate(COURSE, 4);
  const C = new Learner(people.C, 'cccccccc-0000-4000-8000-000000000003', '2026-03-16T10:00:00.000Z')
    .video('v1', 'm1', '0.000[.]30.000[,]0.000[.]30.000', 100)
    .quiz('q1', 'm1', 1, [['a', true, 'a1'], ['b', false, 'b3'], ['c', true, 'c1']], 0.6, 120);
  const D = new Learner(people.D, 'dddddddd-0000-4000-8000-000000000004', '2026-03-02T14:00:00.000Z')
    .quiz('q1', 'm1', 1, [['a', false, 'a2'], ['b', false, 'b3'], ['c', true, 'c1']], 0.6, 30)
    .at('2026-03-03T14:00:00.000Z')
    .quiz('q1', 'm1', 2, [['a', true, 'a1'], ['b', true, 'b1'], ['c', true, 'c1']], 0.6, 50);
  const F = new Learner(people.F, 'ffffffff-0000-4000-8000-000000000006', '2026-03-05T09:00:00.000Z').video('v1', 'm1', '0.000[.]10.000', 100).outside('https://wiki.example.com/feedback', iri('quiz', 'q2'));
  const X = new Learner(people.X, undefined, '2026-03-04T12:00:00.000Z').rate(COURSE, 5).survey('useful', 'choice', 'yes').survey('nps', 'likert', '10').survey('comment', 'long-fill-in', 'Très utile, merci');
  const Y = new Learner(people.Y, undefined, '2026-03-04T13:00:00.000Z').rate(COURSE, 4).survey('useful', 'choice', 'no').survey('nps', 'likert', '6').survey('comment', 'long-fill-in', 'Trop court');
  return { A: A.statements, B: B.statements, C: C.statements, D: D.statements, F: F.statements, X: X.statements, Y: Y.statements };
}

/** Bad input next to the cohort: 2 not xAPI, 1 other course, 1 unknown verb, a voided statement and its voiding one, and a repeat of `first`. */
export function badInput(first: Statement): { statements: unknown[]; voided: Statement } {
  const b = new Tracker({ actor: people.B, registration: 'bbbbbbbb-0000-4000-8000-000000000002' });
  const f = new Tracker({ actor: people.F, registration: 'ffffffff-0000-4000-8000-000000000006' });
  const voided = b.complete({ verb: VERBS.completed, object: { objectType: 'Activity', id: iri('capsule', 'v1') }, result: { completion: true }, timestamp: '2026-03-04T10:00:00.000Z' });
  const voiding = b.complete({ verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { en: 'voided' } }, object: { objectType: 'StatementRef', id: voided.id }, timestamp: '2026-03-04T10:05:00.000Z' });
  const otherCourse = f.complete({ verb: VERBS.completed, object: { objectType: 'Activity', id: 'https://other.example.com/courses/z/quiz/q1' }, timestamp: '2026-03-05T10:00:00.000Z' });
  const unknownVerb = f.complete({ verb: { id: 'https://example.com/verbs/danced' }, object: { objectType: 'Activity', id: COURSE }, timestamp: '2026-03-05T10:00:00.000Z' });
  return { statements: [42, { hello: 'world' }, otherCourse, unknownVerb, voided, voiding, first], voided };
}
