// The first render never waits for the LRS: a quiz shows its first question from local data while
// an LRS that accepts the connection never answers, and resume data the LRS hands over late still
// resumes the element — unless the learner saved something here meanwhile.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import { uuid } from '../src/xapi/ids.js';
import { LocalStore } from '../src/xapi/local-store.js';
import { LrsClient, lrsStateStore } from '../src/xapi/lrs-client.js';
import { resolveActor, resolveRegistration } from '../src/xapi/actor.js';
import { Tracker } from '../src/xapi/tracker.js';
import { LRS_AUTH, lrsEndpoint } from './helpers/lrs.js';
import { pick, question } from './helpers/quiz-driver.js';

const COURSE = 'https://learn.example.com/courses/first-render';
const definition = () => ({
  id: `quiz-${uuid()}`,
  questions: Array.from({ length: 10 }, (_, i) => ({
    id: `q${i}`,
    type: 'choice',
    prompt: `Question ${i + 1}?`,
    choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }],
    correct: 'a',
  })),
});
const ATTEMPT_STATE = 'https://w3id.org/spoc-elements/state/quiz-attempt';
const chosen = (quiz: SpocQuiz, id: string) =>
  [...question(quiz, id).querySelectorAll<HTMLInputElement>('input')].filter((input) => input.checked).map((input) => input.value);
/** Counts the requests to `url…` that ended from now on (Resource Timing; its buffer fills up in a test page). */
function watchRequests(url: string) {
  let ended = 0;
  const observer = new PerformanceObserver((list) => (ended += list.getEntries().filter((entry) => entry.name.startsWith(url)).length));
  observer.observe({ type: 'resource' });
  return { ended: () => ended, stop: () => observer.disconnect() };
}
const proxy = (faults: Record<string, unknown>) => executeServerCommand<{ endpoint: string }, Record<string, unknown>>('fault-proxy', faults);

describe('first render without waiting for the LRS', function () {
  this.timeout(30000);

  it('a quiz shows its questions while the LRS never answers', async () => {
    const silent = await executeServerCommand<{ endpoint: string; connections: number }, undefined>('silent-lrs');
    const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${`silent-${uuid()}@example.com`}
      lrs-endpoint=${silent.endpoint} lrs-auth=${LRS_AUTH}>
      <spoc-quiz module="m1" .definition=${definition()}></spoc-quiz>
    </spoc-course>`);
    const quiz = course.querySelector<SpocQuiz>('spoc-quiz')!;
    // The LRS client's own timeout is many seconds: a quiz waiting on it would not be drawn by then.
    await waitUntil(() => quiz.shadowRoot?.textContent?.includes('Question 1?'), 'the first question is shown', { timeout: 5000 });
    // The first questions come first; the others follow in the next tasks.
    await quiz.ready;
    expect(quiz.shadowRoot!.querySelectorAll('[data-question]').length).to.equal(10);
    const after = await executeServerCommand<{ endpoint: string; connections: number }, undefined>('silent-lrs');
    expect(after.connections, 'the page did ask the hung LRS').to.be.greaterThan(silent.connections);
  });

  it('resume data the LRS sends late still resumes; newer local data wins over it', async () => {
    const { endpoint } = await proxy({});
    const actor = resolveActor({ email: `late-${uuid()}@example.com` });
    const registration = uuid();
    const activity = `${COURSE}/quiz/late`;
    // Saved on the laptop, through the LRS State resource.
    const laptop = new Tracker({ actor, registration, store: new LocalStore(`laptop-${uuid()}`) });
    laptop.setRemoteState(lrsStateStore(new LrsClient({ endpoint, auth: LRS_AUTH })));
    await laptop.setState(activity, 'resume', { answered: 3 });
    await laptop.remoteStateSettled;

    // The phone's LRS answers after 1.5 s: the phone starts from nothing, then resumes.
    await proxy({ delay: 1500 });
    try {
      const phoneStore = new LocalStore(`phone-${uuid()}`);
      const phone = new Tracker({ actor, registration, store: phoneStore });
      phone.setRemoteState(lrsStateStore(new LrsClient({ endpoint, auth: LRS_AUTH })));
      const late: unknown[] = [];
      expect(await phone.getState(activity, 'resume', (document) => late.push(document))).to.equal(undefined);
      expect(late, 'not yet arrived when the element starts').to.deep.equal([]);
      await waitUntil(() => late.length === 1, 'the late document is handed over', { timeout: 5000 });
      expect(late).to.deep.equal([{ answered: 3 }]);
      expect(await phone.getState(activity, 'resume')).to.deep.equal({ answered: 3 });

      // A tablet that saves before the LRS answers keeps its own, newer data.
      const tablet = new Tracker({ actor, registration, store: new LocalStore(`tablet-${uuid()}`) });
      tablet.setRemoteState(lrsStateStore(new LrsClient({ endpoint, auth: LRS_AUTH })));
      const ignored: unknown[] = [];
      expect(await tablet.getState(activity, 'resume', (document) => ignored.push(document))).to.equal(undefined);
      tablet.setRemoteState(undefined); // the local save only
      await tablet.setState(activity, 'resume', { answered: 5 });
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(ignored).to.deep.equal([]);
      expect(await tablet.getState(activity, 'resume')).to.deep.equal({ answered: 5 });
    } finally {
      await proxy({});
    }
  });

  describe('a quiz in a course whose LRS hands over an attempt late', () => {
    /**
     * The learner answered question 1 on another device (kept in the LRS State resource, which
     * answers after 1.5 s here); this browser has nothing for the quiz yet.
     */
    async function startOnSecondDevice() {
      const { endpoint } = await proxy({});
      const email = `second-${uuid()}@example.com`;
      const actor = resolveActor({ email });
      // The registration this browser's course will use for the learner (kept locally, as a reload would find it).
      const registration = resolveRegistration(actor, COURSE);
      const quizDefinition = definition();
      const laptop = new Tracker({ actor, registration, store: new LocalStore(`laptop-${uuid()}`) });
      laptop.setRemoteState(lrsStateStore(new LrsClient({ endpoint, auth: LRS_AUTH })));
      const questionOrder = quizDefinition.questions.map((q) => q.id);
      await laptop.setState(`${COURSE}/quiz/${quizDefinition.id}`, ATTEMPT_STATE, {
        attempt: 1,
        startedAt: Date.now() - 60000,
        questionOrder,
        orders: {},
        responses: { q0: 'a' },
        checked: {},
        page: 0,
        finished: false,
      });
      await laptop.remoteStateSettled;
      await proxy({ delay: 1500 });
      const stateRequests = watchRequests(`${endpoint}activities/state`);
      const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${email} lrs-endpoint=${endpoint} lrs-auth=${LRS_AUTH}>
        <spoc-quiz module="m1" .definition=${quizDefinition}></spoc-quiz>
      </spoc-course>`);
      const quiz = course.querySelector<SpocQuiz>('spoc-quiz')!;
      await waitUntil(() => quiz.shadowRoot?.textContent?.includes('Question 1?'), 'the first question is shown', { timeout: 1000 });
      const key = { activityId: `${COURSE}/quiz/${quizDefinition.id}`, agent: actor, registration, stateId: ATTEMPT_STATE };
      return { course, quiz, key, stateRequests };
    }

    afterEach(() => proxy({}));

    it('is drawn at once, then resumes from the attempt when it arrives', async () => {
      const { course, quiz, key, stateRequests } = await startOnSecondDevice();
      stateRequests.stop();
      expect(chosen(quiz, 'q0'), 'nothing yet: the LRS has not answered').to.deep.equal([]);
      await waitUntil(() => chosen(quiz, 'q0').length === 1, 'the answer from the other device is shown', { timeout: 5000 });
      expect(chosen(quiz, 'q0')).to.deep.equal(['a']);
      expect(((await course.tracker.store!.getState(key)) as { responses: object }).responses, 'kept locally from now on').to.deep.equal({ q0: 'a' });
    });

    it('never overwrites what the learner answered here before it arrived', async () => {
      const { course, quiz, key, stateRequests } = await startOnSecondDevice();
      await pick(quiz, 'q1', 'b');
      // The late answer has come back (and been looked at) by now.
      await waitUntil(() => stateRequests.ended() > 0, 'the LRS answered the State read', { timeout: 5000 });
      stateRequests.stop();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await quiz.updateComplete;
      expect(chosen(quiz, 'q1'), 'the answer given here').to.deep.equal(['b']);
      expect(chosen(quiz, 'q0'), 'the older attempt from the other device is not applied').to.deep.equal([]);
      expect(((await course.tracker.store!.getState(key)) as { responses: object }).responses).to.deep.equal({ q1: 'b' });
    });
  });

  it('an LRS without a State resource (404) costs no console error and no spoc-error', async () => {
    const endpoint = await lrsEndpoint(); // the test LRS answers 404 to State requests
    const problems: unknown[][] = [];
    const original = { error: console.error, warn: console.warn };
    console.error = (...args: unknown[]) => problems.push(['error', ...args]);
    console.warn = (...args: unknown[]) => problems.push(['warn', ...args]);
    const unhandled = (event: PromiseRejectionEvent) => problems.push(['unhandled rejection', event.reason]);
    window.addEventListener('unhandledrejection', unhandled);
    try {
      const errors: unknown[] = [];
      const stateRequests = watchRequests(`${endpoint}activities/state`);
      const quizDefinition = definition();
      const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${`no-state-${uuid()}@example.com`}
        lrs-endpoint=${endpoint} lrs-auth=${LRS_AUTH} @spoc-error=${(event: CustomEvent) => errors.push(event.detail)}>
        <spoc-quiz module="m1" .definition=${quizDefinition}></spoc-quiz>
      </spoc-course>`);
      const quiz = course.querySelector<SpocQuiz>('spoc-quiz')!;
      await quiz.ready;
      await waitUntil(() => stateRequests.ended() >= 1, 'the LRS answered the State read', { timeout: 10000 });
      stateRequests.stop();
      await pick(quiz, 'q0', 'a'); // saved here, then put to the LRS's State resource too
      const { tracker } = course;
      const key = { activityId: `${COURSE}/quiz/${quizDefinition.id}`, agent: tracker.actor, registration: tracker.registration, stateId: ATTEMPT_STATE };
      await waitUntil(async () => (await tracker.store!.getState(key)) !== undefined, 'the attempt is saved here');
      await tracker.remoteStateSettled; // the PUT has had its answer
      expect(chosen(quiz, 'q0')).to.deep.equal(['a']);
      expect(errors).to.deep.equal([]);
      expect(problems).to.deep.equal([]);
    } finally {
      console.error = original.error;
      console.warn = original.warn;
      window.removeEventListener('unhandledrejection', unhandled);
    }
  });
});
