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
import { resolveActor } from '../src/xapi/actor.js';
import { Tracker } from '../src/xapi/tracker.js';
import { LRS_AUTH } from './helpers/lrs.js';

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
});
