import { expect } from '@open-wc/testing';
import { computeProgress, progressFromCourseStatements, type CourseProgress } from '../src/course/progress-model.js';
import { courseDefinitionSchema } from '../src/course/course.schema.js';
import { EXTENSIONS, VERBS } from '../src/xapi/vocabulary.js';
import {
  ANA,
  BOB,
  COURSE_ID,
  REGISTRATION,
  answered,
  attempted,
  completed,
  failed,
  iri,
  passed,
  played,
  progressCourse,
  progressed,
  reviewed,
  statement,
} from './fixtures/progress-course.js';
import type { Statement } from '../src/xapi/statement.js';

const options = { courseId: COURSE_ID, actor: ANA, registration: REGISTRATION };
const compute = (statements: Statement[]) => computeProgress(progressCourse, statements, options);
const statuses = (progress: CourseProgress) => Object.fromEntries(progress.modules.map((m) => [m.id, m.status]));
const quizPassed = (id: string, scaled: number, duration = 'PT2M') => [
  statement(completed, iri('quiz', id), { result: { score: { scaled }, completion: true, duration } }),
  statement(passed, iri('quiz', id), { result: { score: { scaled }, success: true, duration } }),
];
const quizFailed = (id: string, scaled: number, duration = 'PT2M') => [
  statement(completed, iri('quiz', id), { result: { score: { scaled }, completion: true, duration } }),
  statement(failed, iri('quiz', id), { result: { score: { scaled }, success: false, duration } }),
];

/** Every required activity met: m1, m2, m3 done; m4 (optional) untouched. */
const wholeCourse = () => [
  statement(completed, iri('capsule', 'intro'), { result: { completion: true, duration: 'PT3M' } }),
  ...quizPassed('quiz-m1', 0.8),
  statement(completed, iri('capsule', 'listening'), { result: { completion: true, duration: 'PT4M' } }),
  ...quizPassed('quiz-m3', 1),
  statement(reviewed, 'https://learn.example.com/submissions/42', { parent: iri('peer-review', 'review-m3'), result: { score: { scaled: 0.5 }, duration: 'PT6M' } }),
];

describe('progress model', () => {
  it("a player's session bookkeeping (initialized, terminated) does not start a module; playing does", () => {
    const { initialized, terminated } = VERBS;
    const opened = [statement(initialized, iri('capsule', 'intro')), statement(terminated, iri('capsule', 'intro'))];
    expect(statuses(compute(opened)).m1).to.equal('not-started');
    expect(statuses(compute([...opened, statement(played, iri('capsule', 'intro'))])).m1).to.equal('in-progress');
  });

  it('an empty history: nothing started, first module next', () => {
    const progress = compute([]);
    expect(progress).to.include({ courseId: COURSE_ID, status: 'not-started', percent: 0, completed: false, timeSpent: 0, next: 'm1' });
    expect(progress.score).to.equal(undefined);
    expect(statuses(progress)).to.deep.equal({ m1: 'not-started', m2: 'not-started', m3: 'not-started', m4: 'not-started' });
    expect(progress.modules.map((m) => m.required)).to.deep.equal([true, true, true, false]);
    expect(progress.modules[0]!.activities[1]).to.deep.equal({
      id: 'quiz-m1',
      type: 'quiz',
      activityId: `${COURSE_ID}/quiz/quiz-m1`,
      requirement: 'passed',
      status: 'not-started',
      met: false,
    });
    expect(progress.modules[0]!.url).to.equal('/modules/m1.html');
  });

  it('covers every status: passed, in-progress, failed, not-started and completed', () => {
    const progress = compute([
      statement(completed, iri('capsule', 'intro'), { result: { completion: true, duration: 'PT3M' } }),
      ...quizPassed('quiz-m1', 0.9),
      statement(played, iri('capsule', 'listening')),
      ...quizFailed('quiz-m3', 0.4),
    ]);
    expect(statuses(progress)).to.deep.equal({ m1: 'passed', m2: 'in-progress', m3: 'failed', m4: 'not-started' });
    expect(progress.status).to.equal('in-progress');
    expect(progress.percent).to.equal(2 / 5);
    expect(progress.next).to.equal('m2');
    const m3 = progress.modules[2]!;
    expect(m3.activities.map((a) => a.status)).to.deep.equal(['failed', 'not-started']);
    expect(m3.percent).to.equal(0);
    expect(m3.score).to.equal(0.4);

    const capsuleOnly = computeProgress(
      { ...progressCourse, modules: [progressCourse.modules[1]!] },
      [statement(completed, iri('capsule', 'listening'), { result: { completion: true } })],
      options,
    );
    expect(statuses(capsuleOnly)).to.deep.equal({ m2: 'completed' });
    expect(capsuleOnly).to.include({ status: 'completed', completed: true, percent: 1 });
    expect(capsuleOnly.next).to.equal(undefined);
  });

  it('completes the course when every required module is done, with the time of the last one', () => {
    const history = wholeCourse();
    const progress = compute(history);
    expect(progress).to.include({ status: 'completed', completed: true, percent: 1 });
    expect(progress.completedAt).to.equal(history.at(-1)!.timestamp);
    expect(statuses(progress)).to.deep.equal({ m1: 'passed', m2: 'completed', m3: 'passed', m4: 'not-started' });
    // The optional module is still offered once the required ones are done.
    expect(progress.next).to.equal('m4');
    // The 0.5 the learner gave a peer's work is not the learner's score.
    expect(progress.score).to.be.closeTo((0.8 + 1) / 2, 1e-9);
  });

  it("the reviewer's reviewed statement meets the review but never counts as the reviewer's score", () => {
    const harsh = statement(reviewed, 'https://learn.example.com/submissions/7', { parent: iri('peer-review', 'review-m3'), result: { score: { scaled: 0.1 } } });
    const kind = statement(reviewed, 'https://learn.example.com/submissions/8', { parent: iri('peer-review', 'review-m3'), result: { score: { scaled: 1 } } });
    for (const review of [harsh, kind]) {
      const progress = compute([...wholeCourse().slice(0, -1), review]);
      const activity = progress.modules[2]!.activities.find((a) => a.type === 'peer-review')!;
      expect(activity).to.include({ status: 'completed', met: true });
      expect(activity.score).to.equal(undefined);
      expect(progress.modules[2]!.score).to.equal(1);
      expect(progress.score).to.be.closeTo(0.9, 1e-9);
    }
  });

  it('out-of-order statements give the same result', () => {
    const history = wholeCourse();
    const inOrder = compute(history);
    const shuffled = compute([history[4]!, history[6]!, history[0]!, history[5]!, history[2]!, history[1]!, history[3]!]);
    expect(shuffled).to.deep.equal(inOrder);
    expect(compute([...history].reverse())).to.deep.equal(inOrder);
  });

  it('a duplicated statement (same id) counts once', () => {
    const capsule = statement(completed, iri('capsule', 'intro'), { result: { completion: true, duration: 'PT3M' } });
    const progress = compute([capsule, { ...capsule }, capsule]);
    expect(progress.modules[0]!.timeSpent).to.equal(180);
    expect(progress.timeSpent).to.equal(180);
  });

  it('a failed then passed quiz counts as passed, with its best score', () => {
    const progress = compute([...quizFailed('quiz-m1', 0.3), ...quizPassed('quiz-m1', 0.85)]);
    const quiz = progress.modules[0]!.activities[1]!;
    expect(quiz).to.include({ status: 'passed', met: true, score: 0.85 });
    // A failed retry after a pass does not take the pass back.
    const after = compute([...quizPassed('quiz-m1', 0.85), ...quizFailed('quiz-m1', 0.2)]);
    expect(after.modules[0]!.activities[1]).to.include({ status: 'passed', met: true, score: 0.85 });
  });

  it('ignores statements of another learner or another registration', () => {
    const progress = compute([
      statement(completed, iri('capsule', 'intro'), { actor: BOB, result: { completion: true, duration: 'PT1M' } }),
      statement(completed, iri('capsule', 'listening'), { registration: '11111111-2222-4333-8444-555555555555', result: { completion: true } }),
      ...quizPassed('quiz-m1', 1).map((s) => ({ ...s, actor: { ...BOB } })),
    ]);
    expect(progress.status).to.equal('not-started');
    expect(progress.timeSpent).to.equal(0);
    // The learner is compared by identifier, not by display name.
    const renamed = compute([statement(completed, iri('capsule', 'intro'), { actor: { mbox: 'mailto:ANA@example.com', name: 'A. M.' } })]);
    expect(renamed.modules[0]!.activities[0]!.met).to.equal(true);
  });

  it('time spent: the largest per-verb sum of durations per activity, summed per module and course', () => {
    const progress = compute([
      ...quizFailed('quiz-m1', 0.2, 'PT1M30S'),
      ...quizPassed('quiz-m1', 0.9, 'PT1M'),
      statement(answered, `${iri('quiz', 'quiz-m1')}/q1`, { parent: iri('quiz', 'quiz-m1'), result: { duration: 'PT20S' } }),
      statement(completed, iri('capsule', 'intro'), { result: { completion: true, duration: 'PT5M' } }),
      statement(completed, iri('capsule', 'listening'), { result: { completion: true, duration: 'PT1H' } }),
    ]);
    expect(progress.modules[0]!.timeSpent).to.equal(150 + 300);
    expect(progress.modules[1]!.timeSpent).to.equal(3600);
    expect(progress.timeSpent).to.equal(150 + 300 + 3600);
  });

  it('honours requirements: quiz "completed", "attempted" through a part, "completedBy", voided statements', () => {
    const definition = courseDefinitionSchema.parse({
      ...progressCourse,
      modules: [
        { id: 'a', title: 'A', activities: [{ id: 'q', type: 'quiz', requirement: 'completed' }] },
        { id: 'b', title: 'B', activities: [{ id: 'x', type: 'activity', requirement: 'attempted' }] },
        { id: 'c', title: 'C', completedBy: ['must'], activities: [{ id: 'must', type: 'capsule' }, { id: 'extra', type: 'capsule' }] },
      ],
    });
    const capsule = statement(completed, iri('capsule', 'must'), { result: { completion: true } });
    const progress = computeProgress(
      definition,
      [
        ...quizFailed('q', 0.1),
        statement(attempted, `${iri('activity', 'x')}/page-2`, { parent: iri('activity', 'x') }),
        capsule,
        { ...statement(VERB_VOIDED, 'https://x.example/unused'), object: { objectType: 'StatementRef', id: capsule.id } } as Statement,
      ],
      options,
    );
    expect(progress.modules[0]!.activities[0]).to.include({ status: 'completed', met: true, requirement: 'completed' });
    expect(progress.modules[1]!.status).to.equal('completed');
    expect(progress.modules[2]!.status).to.equal('not-started');
    expect(progress.percent).to.equal(2 / 3);

    const unvoided = computeProgress(definition, [capsule], options);
    expect(unvoided.modules[2]).to.include({ status: 'completed', percent: 1 });
  });

  it('an explicit activityId is followed; a course id with a trailing slash gives the same ids', () => {
    const definition = courseDefinitionSchema.parse({
      title: 'x',
      modules: [{ id: 'a', title: 'A', activities: [{ id: 'v', type: 'capsule', activityId: 'https://videos.example.com/v/1' }] }],
    });
    const progress = computeProgress(definition, [statement(completed, 'https://videos.example.com/v/1')], { courseId: `${COURSE_ID}/` });
    expect(progress.completed).to.equal(true);
  });

  it('without a definition: progress from the course\'s own progressed / completed statements', () => {
    const history = [
      statement(progressed, COURSE_ID, { result: { extensions: { [EXTENSIONS.cmi5.progress]: 25 } } }),
      statement(progressed, COURSE_ID, { result: { extensions: { [EXTENSIONS.cmi5.progress]: 60 } } }),
      statement(progressed, COURSE_ID, { actor: BOB, result: { extensions: { [EXTENSIONS.cmi5.progress]: 90 } } }),
    ];
    expect(progressFromCourseStatements(history, options)).to.include({ percent: 0.6, status: 'in-progress', completed: false });
    const done = progressFromCourseStatements([...history, statement(completed, COURSE_ID, { result: { completion: true } })], options);
    expect(done).to.include({ percent: 1, status: 'completed', completed: true });
  });

  describe('course schema: completion rules', () => {
    it('reports rules naming unknown activities or modules, with their paths', () => {
      const result = courseDefinitionSchema.safeParse({
        title: 'x',
        modules: [
          { id: 'm1', title: 'A', completedBy: ['nope'], activities: [{ id: 'q', type: 'quiz' }] },
          { id: 'm2', title: 'B', requires: ['m1', 'm9'], activities: [] },
        ],
      });
      expect(result.success).to.equal(false);
      const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
      expect(issues).to.deep.include(['modules.0.completedBy.0', 'unknown-reference']);
      expect(issues).to.deep.include(['modules.1.requires.1', 'unknown-reference']);
      expect(issues).to.have.length(2);
    });
  });
});

const VERB_VOIDED = { id: 'http://adlnet.gov/expapi/verbs/voided', display: { en: 'voided' } };
