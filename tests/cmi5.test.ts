import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SpocCourse } from '../src/components/course/course.js';
import { readCmi5Launch } from '../src/xapi/cmi5.js';
import type { Statement } from '../src/xapi/statement.js';
import { CATEGORIES, EXTENSIONS, VERBS } from '../src/xapi/vocabulary.js';
import './helpers/lms-emitter.js';
import type { LmsEmitter } from './helpers/lms-emitter.js';
import { LRS_AUTH, lrsEndpoint } from './helpers/lrs.js';
import { expectValidStatement } from './helpers/statements.js';

interface Launch {
  id: string;
  query: string;
  registration: string;
  activityId: string;
  sessionId: string;
  actor: { account: { name: string } };
}
interface LmsSession {
  fetchCount: number;
  launchDataReads: number;
  statements: Statement[];
  rejected: string[];
}

/** Another machine: nothing in IndexedDB, localStorage or sessionStorage from the sessions before. */
async function freshMachine(): Promise<void> {
  const { clear, createStore } = await import('idb-keyval');
  await clear(createStore('spoc-elements-statements', 'statements'));
  await clear(createStore('spoc-elements-state', 'state'));
  localStorage.clear();
  sessionStorage.clear();
}

const launch = (payload: object = {}) => executeServerCommand<Launch, object>('cmi5-launch', payload);
const lmsSession = (id: string) => executeServerCommand<LmsSession, { id: string }>('cmi5-session', { id });

const definition = {
  title: 'cmi5 course',
  modules: [
    { id: 'm1', title: 'One', activities: [{ id: 'q1', type: 'quiz' }] },
    { id: 'm2', title: 'Two', activities: [{ id: 'q2', type: 'quiz' }] },
  ],
};
const LMS_WAIT = { timeout: 15000 };
const COURSE = 'https://learn.example.com/courses/cmi5';
const DEFINED = new Set([VERBS.initialized.id, VERBS.completed.id, VERBS.passed.id, VERBS.failed.id, VERBS.terminated.id]);
const isDefined = (s: Statement) => !!s.context?.contextActivities?.category?.some((c) => c.id === CATEGORIES.cmi5);

/** Opens the test page "launched" with these parameters, then a course in it. */
async function launchCourse(query: string, lang = 'en') {
  history.replaceState(null, '', `${location.pathname}?${query}`);
  const el = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} lang=${lang} .definition=${definition}
    ><test-lms-emitter></test-lms-emitter
  ></spoc-course>`);
  await el.definitionComplete;
  return { el, emitter: el.querySelector<LmsEmitter>('test-lms-emitter')! };
}

/** The cmi5 ordering rules (§9.3) over one session's statements, as the LMS stored them. */
function expectCmi5Order(statements: Statement[], launchInfo: Launch) {
  expect(statements[0]!.verb.id, 'initialized first').to.equal(VERBS.initialized.id);
  expect(statements.at(-1)!.verb.id, 'terminated last').to.equal(VERBS.terminated.id);
  const defined = statements.filter(isDefined).map((s) => s.verb.id);
  expect(new Set(defined).size, `no duplicate cmi5-defined verb: ${defined}`).to.equal(defined.length);
  expect(defined.filter((v) => v === VERBS.passed.id || v === VERBS.failed.id).length).to.be.at.most(1);
  for (const statement of statements) {
    expectValidStatement(statement);
    expect(statement.actor).to.deep.include({ account: launchInfo.actor.account });
    expect(statement.context!.registration).to.equal(launchInfo.registration);
    expect(statement.context!.extensions![EXTENSIONS.cmi5.sessionId], 'context template in every statement').to.equal(launchInfo.sessionId);
    expect(statement.context!.contextActivities!.grouping!.map((a) => a.id)).to.include('https://publisher.example.com/courses/au-1');
    if (isDefined(statement)) {
      expect(DEFINED.has(statement.verb.id)).to.equal(true);
      expect((statement.object as { id: string }).id).to.equal(launchInfo.activityId);
    }
  }
  for (let i = 1; i < statements.length; i++) expect(statements[i]!.timestamp >= statements[i - 1]!.timestamp).to.equal(true);
}

async function storedInLrs(registration: string): Promise<Statement[]> {
  const response = await fetch(`${await lrsEndpoint()}statements?registration=${registration}&limit=500`, {
    headers: { 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH },
  });
  expect(response.status).to.equal(200);
  return (await response.json()).statements;
}

describe('cmi5 launch', () => {
  const page = location.pathname;
  afterEach(() => history.replaceState(null, '', page));

  it('reads the five launch parameters, and nothing without them', () => {
    expect(readCmi5Launch('')).to.equal(undefined);
    const params = new URLSearchParams({ endpoint: 'https://lms.example.com/xapi', fetch: 'https://lms.example.com/f', actor: '{"account":{"homePage":"https://lms.example.com","name":"a"}}', registration: crypto.randomUUID(), activityId: 'https://lms.example.com/au/1' });
    expect(readCmi5Launch(params.toString())?.endpoint).to.equal('https://lms.example.com/xapi/');
    params.set('actor', '{"mbox":"mailto:a@example.com"}');
    expect(readCmi5Launch(params.toString()), 'cmi5 actors carry an account').to.equal(undefined);
  });

  it('Normal mode: token once, launch data, initialized, cmi5-allowed statements, completed + passed once, terminated', async () => {
    const info = await launch({ launchData: { masteryScore: 0.8 }, preferences: { languagePreference: 'fr-FR,en-US', audioPreference: 'on' } });
    history.replaceState(null, '', `${location.pathname}?${info.query}`);
    const el = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} .definition=${definition}><test-lms-emitter></test-lms-emitter></spoc-course>`);
    const emitter = el.querySelector<LmsEmitter>('test-lms-emitter')!;
    await waitUntil(async () => (await lmsSession(info.id)).statements.length > 0, 'initialized reached the LMS', LMS_WAIT);
    // Learner preferences: French, since the page set no language on the course.
    expect(el.lang).to.equal('fr-FR');
    expect(el.tracker.actor.account!.name).to.equal(info.actor.account.name);
    expect(el.tracker.registration).to.equal(info.registration);

    // Each statement: kept locally and queued for the LMS in one IndexedDB transaction.
    const writes: string[][] = [];
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      if (mode === 'readwrite') writes.push([this.name, ...[names].flat()]);
      return original.call(this, names, mode, options);
    } as typeof original;
    try {
      await emitter.tracker.send({ verb: VERBS.experienced, object: { id: `${COURSE}/page` } }, emitter).delivered;
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    // (The removal of an earlier delivered batch from the queue may land meanwhile: queue only.)
    expect(writes.filter((stores) => stores.includes('statements'))).to.deep.equal([['spoc-elements-statements', 'statements', 'outbox']]);
    expect(writes.every((stores) => stores.includes('outbox'))).to.equal(true);
    await emitter.takeQuiz('q1', [{ id: 'a', type: 'choice', response: 'b', correct: ['b'], success: true }], 0.9);
    await emitter.takeQuiz('q2', [], 0.85);
    await emitter.courseProgress(100, true);
    const exit = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="lms-exit"]')!;
    expect(exit.textContent).to.equal('Quitter la formation');
    await expect(el).to.be.accessible();
    await el.exitCourse();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="lms-exit"]')).to.equal(null);

    const seen = await lmsSession(info.id);
    expect(seen.rejected).to.deep.equal([]);
    expect(seen.fetchCount, 'one POST to fetch').to.equal(1);
    expect(seen.launchDataReads).to.equal(1);
    expectCmi5Order(seen.statements, info);
    const defined = seen.statements.filter(isDefined);
    // passed as soon as both quizzes are passed, completed once the course is: either order is cmi5.
    expect(defined.map((s) => s.verb.id)).to.have.members([VERBS.initialized.id, VERBS.passed.id, VERBS.completed.id, VERBS.terminated.id]);
    const byVerb = (verb: string) => defined.find((s) => s.verb.id === verb)!;
    const [passed, completed, terminated] = [byVerb(VERBS.passed.id), byVerb(VERBS.completed.id), byVerb(VERBS.terminated.id)];
    expect(completed.result).to.include({ completion: true });
    expect(completed.result!.duration).to.match(/^PT/);
    expect(completed.context!.contextActivities!.category!.map((c) => c.id)).to.deep.equal([CATEGORIES.cmi5, CATEGORIES.moveOn]);
    expect(passed.result).to.deep.include({ success: true, score: { scaled: 0.875 } });
    expect(passed.context!.extensions![EXTENSIONS.cmi5.masteryScore]).to.equal(0.8);
    expect(terminated.result!.duration).to.match(/^PT/);
    expect(terminated.context!.contextActivities!.category!.map((c) => c.id)).to.deep.equal([CATEGORIES.cmi5]);
    // The elements' statements went as cmi5-allowed: no cmi5 category.
    const allowed = seen.statements.filter((s) => !isDefined(s));
    expect(allowed.map((s) => s.verb.id)).to.include.members([VERBS.answered.id, VERBS.passed.id, VERBS.progressed.id]);
    // And the real LRS stored every one.
    expect((await storedInLrs(info.registration)).length).to.equal(seen.statements.length);
  });

  it('success from the whole record: quiz A in one session, quiz B in the next on another machine, then passed (no masteryScore)', async () => {
    const first = await launch();
    const one = await launchCourse(first.query);
    await waitUntil(async () => (await lmsSession(first.id)).statements.length === 1, 'initialized', LMS_WAIT);
    await one.emitter.takeQuiz('q1', [], 0.9);
    await one.el.exitCourse();
    one.el.remove();
    const before = await lmsSession(first.id);
    expect(before.statements.filter(isDefined).map((s) => s.verb.id)).to.deep.equal([VERBS.initialized.id, VERBS.terminated.id]);

    await freshMachine();
    const second = await launch({ registration: first.registration, learner: first.actor.account.name, activityId: first.activityId });
    const two = await launchCourse(second.query);
    // initialized, then maybe the course's progressed from the record read back (50 %).
    await waitUntil(async () => (await lmsSession(second.id)).statements.length >= 1, 'initialized', LMS_WAIT);
    await two.emitter.takeQuiz('q2', [], 0.8);
    await two.emitter.courseProgress(100, true);
    await two.el.exitCourse();
    const seen = await lmsSession(second.id);
    expect(seen.rejected).to.deep.equal([]);
    expectCmi5Order(seen.statements, second);
    // Nothing of the second session left with the first session's token.
    expect((await lmsSession(first.id)).statements.length).to.equal(before.statements.length);
    const defined = seen.statements.filter(isDefined);
    expect(defined.map((s) => s.verb.id)).to.have.members([VERBS.initialized.id, VERBS.passed.id, VERBS.completed.id, VERBS.terminated.id]);
    expect(defined.find((s) => s.verb.id === VERBS.passed.id)!.result).to.deep.include({ success: true, score: { scaled: 0.85 } });
    // The first session's statements are in this browser now: the course's progress counts them.
    expect((await two.el.tracker.store!.query({ registration: first.registration, verb: VERBS.passed.id })).length).to.be.at.least(2);
    two.el.remove();
  });

  it('a reload within the session continues it: no second initialized, nothing lost, terminated last on exit', async () => {
    const info = await launch();
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="AU" src=${`/tests/fixtures/cmi5-content.html?${info.query}`}></iframe>`);
    await waitUntil(async () => (await lmsSession(info.id)).statements.length === 1, 'initialized', LMS_WAIT);
    const emitterIn = () => frame.contentDocument!.querySelector('test-lms-emitter') as LmsEmitter;
    await waitUntil(() => emitterIn()?.course.value?.tracker, 'course ready');
    const before = await emitterIn().takeQuiz('q1', [], 0.9);
    const loaded = oneEvent(frame, 'load');
    frame.contentWindow!.location.reload();
    await loaded;
    const course = () => frame.contentDocument!.querySelector('spoc-course') as SpocCourse;
    await waitUntil(() => course()?.shadowRoot?.querySelector('[part~="lms-exit"]'), 'the session is open again', LMS_WAIT);
    expect(course().shadowRoot!.querySelector('[part~="lms-notice"]')).to.equal(null);
    await waitUntil(() => emitterIn()?.course.value?.tracker, 'course ready');
    const after = await emitterIn().takeQuiz('q2', [], 0.8);
    await course().exitCourse();
    await waitUntil(async () => (await lmsSession(info.id)).statements.at(-1)?.verb.id === VERBS.terminated.id, 'terminated', LMS_WAIT);
    const seen = await lmsSession(info.id);
    expect(seen.fetchCount).to.equal(1);
    expectCmi5Order(seen.statements, info);
    expect(seen.statements.filter((s) => s.verb.id === VERBS.initialized.id)).to.have.length(1);
    expect(seen.statements.filter((s) => s.verb.id === VERBS.terminated.id)).to.have.length(1);
    const stored = new Set(seen.statements.map((s) => s.id));
    expect([...before, ...after].filter((s) => !stored.has(s.id))).to.deep.equal([]);
    frame.remove();
  });

  it('a reload after the session ended does not spend the one-time token again nor send statements', async () => {
    const info = await launch();
    const first = await launchCourse(info.query);
    await waitUntil(async () => (await lmsSession(info.id)).statements.length === 1, 'initialized', LMS_WAIT);
    first.el.remove(); // leaving: terminated
    await waitUntil(async () => (await lmsSession(info.id)).statements.length === 2, 'terminated', LMS_WAIT);
    const { el, emitter } = await launchCourse(info.query, 'fr');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="lms-notice"]'), 'notice shown');
    expect(el.shadowRoot!.querySelector('[part~="lms-notice"]')!.textContent).to.contain('Cette session avec la plateforme de formation est terminée');
    const [statement] = await emitter.takeQuiz('q1', [], 1);
    expect(await el.tracker.store!.get(statement!.id), 'kept locally').to.not.equal(undefined);
    const seen = await lmsSession(info.id);
    expect(seen.fetchCount).to.equal(1);
    expect(seen.statements.map((s) => s.verb.id)).to.deep.equal([VERBS.initialized.id, VERBS.terminated.id]);
  });

  for (const launchMode of ['Browse', 'Review']) {
    it(`${launchMode} mode sends only initialized and terminated`, async () => {
      const info = await launch({ launchData: { launchMode, masteryScore: 0.5 } });
      const { el, emitter } = await launchCourse(info.query);
      await waitUntil(async () => (await lmsSession(info.id)).statements.length === 1, 'initialized', LMS_WAIT);
      await emitter.takeQuiz('q1', [], 1);
      await emitter.takeQuiz('q2', [], 1);
      await emitter.courseProgress(100, true);
      await el.exitCourse();
      const seen = await lmsSession(info.id);
      expect(seen.statements.map((s) => s.verb.id)).to.deep.equal([VERBS.initialized.id, VERBS.terminated.id]);
      expectCmi5Order(seen.statements, info);
    });
  }

  it('an LMS that fails for a while loses nothing: the outbox retries, in order, until every statement is stored', async function () {
    this.timeout(30000);
    const info = await launch({ failStatementPosts: 2 });
    const { el, emitter } = await launchCourse(info.query);
    const sent: Statement[] = [];
    el.addEventListener('spoc-statement', (event) => sent.push(event.detail.statement));
    // Right away, while the launch may still be under way: the session ends once open.
    await emitter.takeQuiz('q1', [{ id: 'a', type: 'choice', response: 'b', correct: ['b'], success: true }], 0.9);
    await el.exitCourse();
    await waitUntil(async () => (await lmsSession(info.id)).statements.at(-1)?.verb.id === VERBS.terminated.id, 'terminated reached the LMS', { timeout: 25000 });
    const seen = await lmsSession(info.id);
    expectCmi5Order(seen.statements, info);
    const stored = new Set(seen.statements.map((s) => s.id));
    expect(sent.filter((s) => !stored.has(s.id)).map((s) => s.verb.id)).to.deep.equal([]);
    expect((await storedInLrs(info.registration)).length).to.equal(seen.statements.length);
    el.remove();
  });

  it('a learner who fails and leaves gets one failed, below the mastery score, before terminated', async () => {
    const info = await launch({ launchData: { masteryScore: 0.8 } });
    const { el, emitter } = await launchCourse(info.query);
    await waitUntil(async () => (await lmsSession(info.id)).statements.length === 1, 'initialized', LMS_WAIT);
    await emitter.takeQuiz('q1', [], 0.5);
    await emitter.takeQuiz('q1', [], 0.6);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(async () => (await lmsSession(info.id)).statements.at(-1)?.verb.id === VERBS.terminated.id, 'terminated', LMS_WAIT);
    const seen = await lmsSession(info.id);
    expectCmi5Order(seen.statements, info);
    const failed = seen.statements.filter(isDefined).filter((s) => s.verb.id === VERBS.failed.id);
    expect(failed).to.have.length(1);
    expect(failed[0]!.result).to.deep.include({ success: false, score: { scaled: 0.6 } });
    el.remove();
  });

  it('ends in the LMS: the exit button sends terminated and goes to returnURL', async () => {
    const returnURL = `${location.origin}/tests/fixtures/cmi5-returned.html`;
    const info = await launch({ launchData: { returnURL } });
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="AU" src=${`/tests/fixtures/cmi5-content.html?${info.query}`}></iframe>`);
    await waitUntil(async () => (await lmsSession(info.id)).statements.length === 1, 'initialized', { timeout: 10000 });
    const course = frame.contentDocument!.querySelector('spoc-course')!;
    await waitUntil(() => course.shadowRoot!.querySelector('[part~="lms-exit"]'), 'exit button');
    const button = course.shadowRoot!.querySelector<HTMLButtonElement>('[part~="lms-exit"]')!;
    frame.focus();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => frame.contentWindow!.location.pathname === '/tests/fixtures/cmi5-returned.html', 'redirected to returnURL', { timeout: 10000 });
    const seen = await lmsSession(info.id);
    expectCmi5Order(seen.statements, info);
  });

  describe('bad input', () => {
    it('a fetch that answers an error code: localized notice, spoc-error, the page goes on locally', async () => {
      const info = await launch({ fetchError: '2' });
      history.replaceState(null, '', `${location.pathname}?${info.query}`);
      const errors: string[] = [];
      const listener = (e: Event) => errors.push((e as CustomEvent).detail.code);
      document.addEventListener('spoc-error', listener);
      const el = await fixture<SpocCourse>(html`<spoc-course lang="fr" course-id=${COURSE}><test-lms-emitter></test-lms-emitter></spoc-course>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="lms-notice"]'), 'notice');
      document.removeEventListener('spoc-error', listener);
      const notice = el.shadowRoot!.querySelector('[part~="lms-notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.contain('La plateforme de formation a refusé ce lancement');
      expect(errors).to.deep.equal(['cmi5-fetch-failed']);
      await expect(el).to.be.accessible();
      const heard = oneEvent(el, 'spoc-statement');
      await el.querySelector<LmsEmitter>('test-lms-emitter')!.takeQuiz('q1', [], 1);
      const { statement } = (await heard).detail;
      expectValidStatement(statement);
      expect(await el.tracker.store!.get(statement.id)).to.not.equal(undefined);
      const seen = await lmsSession(info.id);
      expect(seen.statements).to.deep.equal([]);
    });

    it('LaunchData that is not JSON: localized notice, nothing sent to the LMS', async () => {
      const info = await launch({ launchData: '{ not json' });
      const { el } = await launchCourse(info.query);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="lms-notice"]'), 'notice');
      expect(el.shadowRoot!.querySelector('[part~="lms-notice"]')!.textContent).to.contain('launch data that cannot be read');
      await expect(el).to.be.accessible();
      expect((await lmsSession(info.id)).statements).to.deep.equal([]);
    });
  });
});
