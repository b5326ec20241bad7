// The real elements, played by a few learners against the real LRS; then the cohort report read
// back from the LRS must agree with what each learner's <spoc-progress> shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SpocCourse } from '../../src/components/course/course.js';
import type { SpocProgress } from '../../src/components/progress/progress.js';
import type { SpocQuiz } from '../../src/components/quiz/quiz.js';
import type { QuizDefinition } from '../../src/components/quiz/quiz.schema.js';
import type { CourseDefinition } from '../../src/course/course.schema.js';
import type { CourseProgress } from '../../src/course/progress-model.js';
import { AnalyticsSourceError, buildReport, courseIndex, emptyFold, foldFromLrs, lrsClient } from '../../src/analytics/index.js';
import { uuid } from '../../src/xapi/ids.js';
import type { Statement } from '../../src/xapi/statement.js';
import { LRS_AUTH, lrsEndpoint } from '../helpers/lrs.js';
import { check, part, pick } from '../helpers/quiz-driver.js';
import { collectStatements } from '../helpers/statements.js';

const allTypes: QuizDefinition = await (await fetch(new URL('../fixtures/quiz-all-types.json', import.meta.url))).json();
const [choice, , trueFalse] = allTypes.questions;
// A course of its own for this run: the shared LRS holds other tests' statements too.
const COURSE_ID = `https://learn.example.com/courses/live-${uuid()}`;
const quizA: QuizDefinition = { id: 'quiz-a', title: 'Before', passScore: 0.7, questions: [choice!, trueFalse!] };
const quizB: QuizDefinition = { id: 'quiz-b', title: 'After', passScore: 0.5, questions: [trueFalse!] };
const course: CourseDefinition = {
  id: COURSE_ID,
  title: { en: 'Live course', fr: 'Cours en direct' },
  modules: [
    { id: 'm1', title: 'One', activities: [{ id: 'quiz-a', type: 'quiz', role: 'diagnostic', competency: 'duty' }] },
    { id: 'm2', title: 'Two', activities: [{ id: 'quiz-b', type: 'quiz', role: 'final', competency: 'duty' }] },
  ],
};

interface Played {
  email: string;
  name: string;
  progress: CourseProgress;
  statements: Statement[];
}

async function playQuiz(quiz: SpocQuiz, answers: Array<[question: string, value: string]>): Promise<void> {
  await quiz.ready;
  await quiz.updateComplete;
  for (const [question, value] of answers) {
    await pick(quiz, question, value);
    await check(quiz, question);
  }
  part(quiz, 'finish-button')!.click();
  await quiz.updateComplete;
}

/** One learner in a real <spoc-course> with an LRS, a progress view and both quizzes. */
async function learner(name: string, a: Array<[string, string]>, b?: Array<[string, string]>): Promise<Played> {
  const email = `${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}-${uuid()}@example.com`;
  const { statements, stop } = collectStatements();
  const el = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE_ID} learner-name=${name} learner-email=${email}
      lrs-endpoint=${await lrsEndpoint()} lrs-auth=${LRS_AUTH} .definition=${course}>
    <spoc-progress></spoc-progress>
    <spoc-quiz module="m1" .definition=${quizA}></spoc-quiz>
    <spoc-quiz module="m2" .definition=${quizB}></spoc-quiz>
  </spoc-course>`);
  const [first, second] = el.querySelectorAll('spoc-quiz');
  await playQuiz(first!, a);
  if (b) await playQuiz(second!, b);
  const progress = el.querySelector<SpocProgress>('spoc-progress')!;
  const mine = () => statements.filter((s) => s.actor.mbox === `mailto:${email}`);
  // Everything this learner sent is in the LRS (the outbox delivers in the background).
  const client = lrsClient(await lrsEndpoint(), LRS_AUTH);
  let stored = 0;
  await waitUntil(
    async () => (stored = (await client.getStatements({ agent: { mbox: `mailto:${email}` } })).length) === mine().length,
    'statements delivered to the LRS',
    { timeout: 15000, interval: 250 },
  ).catch((error: Error) => {
    throw new Error(`${error.message}: ${stored} of ${mine().length} (${mine().map((s) => s.verb.display?.['en']).join(', ')})`);
  });
  await waitUntil(() => progress.progress, 'progress shown');
  stop();
  const played = { email, name, progress: structuredClone(progress.progress!), statements: mine() };
  // (left in the page until the fixtures are cleaned up)
  return played;
}

describe('analytics: the real elements, the real LRS', () => {
  const roster: Array<{ name: string; mbox: string }> = [];
  const played: Played[] = [];
  let state = emptyFold(COURSE_ID);
  const index = courseIndex(course);

  before(async function () {
    this.timeout(120000); // three learners, each until the LRS has everything
    played.push(await learner('Ana', [['q-choice', 'a'], ['q-tf', 'true']], [['q-tf', 'true']]));
    played.push(await learner('Bruno', [['q-choice', 'b'], ['q-tf', 'true']]));
    played.push(await learner('Chloé', [['q-choice', 'a'], ['q-tf', 'true']], [['q-tf', 'false']]));
    roster.push(...played.map((p) => ({ name: p.name, mbox: p.email })));
  });

  it('the report read from the LRS agrees with each learner\'s <spoc-progress>', async () => {
    const result = await foldFromLrs(lrsClient(await lrsEndpoint(), LRS_AUTH), index, state, { limit: 7 });
    state = result.state;
    const total = played.reduce((n, p) => n + p.statements.length, 0);
    expect(result.statements).to.equal(total);
    expect(result.requests).to.be.greaterThan(1); // pages of 7, following `more`
    expect(state.counts.folded).to.equal(total);
    const report = buildReport(index, state, { roster });
    for (const p of played) {
      expect(report.learners.find((l) => l.identifier === p.email)!.progress, p.name).to.deep.equal(p.progress);
    }
    // KPIs from the same progress.
    expect(report.cohort).to.deep.include({ enrolled: 3, started: 3, completed: played.filter((p) => p.progress.completed).length });
    expect(report.cohort.completed).to.equal(1);
    const [a, b] = report.cohort.quizzes;
    expect([a!.learners, a!.passRate, a!.attempts]).to.deep.equal([3, 2 / 3, 3]);
    expect([b!.learners, b!.passRate]).to.deep.equal([2, 0.5]);
    // Item analysis from the answers the quiz sent (first attempts): q-choice right 2 of 3.
    const items = report.items.filter((item) => item.quiz === 'quiz-a');
    expect(items.map((item) => [item.id, item.n, item.facility])).to.deep.equal([
      ['q-choice', 3, 2 / 3],
      ['q-tf', 3, 1],
    ]);
    expect(items[0]!.commonWrong).to.deep.include({ response: 'b', count: 1 });
    // Before / after on the competency: Ana 1 → 1, Chloé 1 → 0.
    expect(report.prePost[0]!.learners.map((l) => [l.pre, l.post])).to.deep.equal([
      [1, 1],
      [1, 0],
    ]);
    expect(report.learners.find((l) => l.name === 'Bruno')!.needsAttention).to.deep.equal([{ code: 'failed-quiz', activity: 'quiz-a', module: 'm1' }]);
  });

  it('a since refresh fetches only what is new', async function () {
    this.timeout(60000);
    const dan = await learner('Dan', [['q-choice', 'a'], ['q-tf', 'true']]);
    const refresh = await foldFromLrs(lrsClient(await lrsEndpoint(), LRS_AUTH), index, state);
    expect(refresh.statements).to.equal(dan.statements.length);
    expect(refresh.requests).to.equal(1);
    const report = buildReport(index, state);
    expect(report.learners.find((l) => l.identifier === dan.email)!.progress).to.deep.equal(dan.progress);
  });

  it('a 401 or an unreachable LRS: a clear error, and what was folded stays', async () => {
    const before = structuredClone(state.counts);
    const { endpoint } = await executeServerCommand<{ endpoint: string }, object>('fault-proxy', { auth: 'Basic only-this' });
    let error: unknown;
    await foldFromLrs(lrsClient(endpoint, LRS_AUTH), index, state).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(AnalyticsSourceError);
    expect((error as AnalyticsSourceError).code).to.equal('unauthorized');
    expect((error as Error).message).to.contain('refused the credentials (401)');
    await executeServerCommand('fault-proxy', {});
    error = undefined;
    await foldFromLrs(lrsClient('http://127.0.0.1:9/xAPI/', LRS_AUTH, { timeout: 3000 }), index, state).catch((e: unknown) => (error = e));
    expect((error as AnalyticsSourceError).code).to.equal('unreachable');
    expect(state.counts).to.deep.equal(before);
    expect(buildReport(index, state, { roster }).cohort.enrolled).to.equal(3);
  });
});
