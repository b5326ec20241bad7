import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { resolveActor } from '../../src/xapi/actor.js';
import { uuid } from '../../src/xapi/ids.js';
import { LrsClient, LrsError } from '../../src/xapi/lrs-client.js';
import { Outbox, type OutboxProblem } from '../../src/xapi/outbox.js';
import type { Statement } from '../../src/xapi/statement.js';
import { Tracker } from '../../src/xapi/tracker.js';
import { VERBS } from '../../src/xapi/vocabulary.js';
import { LRS_AUTH, lrsEndpoint } from '../helpers/lrs.js';

const ACTIVITY = 'https://learn.example.com/courses/lrs-tests';

interface Faults {
  failRate?: number;
  seed?: number;
  status?: number;
  retryAfter?: number;
  auth?: string;
  maxBody?: number;
  dropNext?: number;
  delay?: number;
}
const proxy = async (faults: Faults = {}) => executeServerCommand<{ endpoint: string; stats: { requests: number } }, Faults>('fault-proxy', faults);

/** `count` valid statements of one fresh learner and registration. */
function statements(count: number): { list: Statement[]; registration: string; tracker: Tracker } {
  const registration = uuid();
  const tracker = new Tracker({ actor: resolveActor({ email: `lrs-${uuid()}@example.com` }), registration });
  const list = Array.from({ length: count }, (_, i) => tracker.complete({ verb: VERBS.experienced, object: { id: `${ACTIVITY}/page/${i}` } }));
  return { list, registration, tracker };
}

const fast = { base: 20, max: 200 };

async function idsInLrs(registration: string): Promise<string[]> {
  const client = new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH });
  return (await client.getStatements({ registration, limit: 100 })).map((s) => s.id);
}

describe('xapi/lrs-client', () => {
  it('posts a batch (ids in order), reads back with filters following more, and answers about', async () => {
    const client = new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH });
    const { list, registration, tracker } = statements(25);
    expect(await client.postStatements(list)).to.deep.equal(list.map((s) => s.id));
    const back = await client.getStatements({ registration, limit: 10 });
    expect(back.map((s) => s.id).sort()).to.deep.equal(list.map((s) => s.id).sort());
    expect((await client.getStatements({ agent: tracker.actor, activity: `${ACTIVITY}/page/3`, registration })).map((s) => s.id)).to.deep.equal([list[3]!.id]);
    const single = tracker.complete({ verb: VERBS.completed, object: { id: ACTIVITY } });
    await client.putStatement(single);
    expect((await client.getStatement(single.id)).verb.id).to.equal(VERBS.completed.id);
    expect((await client.about()).version).to.include('1.0.3');
  });

  it('reports the LRS error text, and a network failure, as LrsError', async () => {
    const client = new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH });
    const bad = { ...statements(1).list[0]!, verb: { id: 'not an iri' } };
    const error = await client.postStatements([bad]).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(LrsError);
    expect((error as LrsError).status).to.equal(400);
    expect((error as LrsError).detail).to.contain('verb');
    const down = new LrsClient({ endpoint: 'http://127.0.0.1:9/xAPI/', timeout: 2000 });
    const unreachable = (await down.about().catch((e: unknown) => e)) as LrsError;
    expect(unreachable.status).to.equal(0);
    expect(unreachable.message).to.not.contain('Basic');
  });
});

describe('xapi/outbox', () => {
  it('delivers 1,000 statements through a 30% failing proxy and two network drops: each exactly once', async function () {
    this.timeout(90000);
    const { endpoint } = await proxy({ failRate: 0.3, seed: 7 });
    const problems: OutboxProblem[] = [];
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, backoff: fast, delay: 10, onProblem: (p) => problems.push(p) });
    const { list, registration } = statements(1000);
    await Promise.all(list.slice(0, 500).map((s) => outbox.accept(s)));
    await proxy({ failRate: 0.3, seed: 11, dropNext: 2 }); // the network drops twice, then keeps failing 30%
    await Promise.all(list.slice(500).map((s) => outbox.accept(s)));
    await waitUntil(async () => (await outbox.status()).queued === 0, 'queue drained', { timeout: 60000, interval: 200 });
    await proxy({});
    outbox.dispose();
    const client = new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH });
    const stored = (await client.getStatements({ registration, limit: 200 })).map((s) => s.id);
    expect(stored.length).to.equal(1000);
    expect(new Set(stored).size).to.equal(1000);
    expect(new Set(stored)).to.deep.equal(new Set(list.map((s) => s.id)));
    expect(problems.some((p) => p.code === 'lrs-unreachable')).to.equal(true);
  });

  it('keeps statements while the LRS is unreachable and delivers them after a reload', async () => {
    const name = `t-${uuid()}`;
    const { endpoint } = await proxy({ status: 503, retryAfter: 60 });
    const first = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name, backoff: fast, delay: 0 });
    const { list, registration } = statements(20);
    for (const s of list) await first.accept(s);
    await waitUntil(async () => (await first.status()).lastError !== undefined, 'tried');
    expect((await first.status()).queued).to.equal(20);
    first.dispose();
    await proxy({}); // the LRS is back
    const drained = new Promise<void>((resolve) => {
      const reloaded = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name, backoff: fast, delay: 0, onDrained: () => (reloaded.dispose(), resolve()) });
    });
    await drained;
    expect((await idsInLrs(registration)).sort()).to.deep.equal(list.map((s) => s.id).sort());
  });

  it('one invalid statement in 50: 49 stored, 1 dead letter with the LRS message', async () => {
    const problems: OutboxProblem[] = [];
    const outbox = new Outbox({ client: new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH }), name: `t-${uuid()}`, backoff: fast, delay: 20, onProblem: (p) => problems.push(p) });
    const { list, registration } = statements(50);
    const invalid = { ...list[17]!, result: { score: { scaled: 3 } } };
    for (const s of [...list.slice(0, 17), invalid, ...list.slice(18)]) await outbox.accept(s);
    await waitUntil(async () => (await outbox.status()).queued === 0, 'settled', { timeout: 20000 });
    outbox.dispose();
    expect((await idsInLrs(registration)).length).to.equal(49);
    const dead = await outbox.deadLetters();
    expect(dead.map((d) => d.statement.id)).to.deep.equal([invalid.id]);
    expect(dead[0]!.status).to.equal(400);
    expect(dead[0]!.error).to.contain('scaled');
    expect(problems.filter((p) => p.code === 'lrs-rejected').map((p) => p.statementId)).to.deep.equal([invalid.id]);
  });

  it('statements refused while something rejected them are set aside, then retried once fixed', async () => {
    const { endpoint } = await proxy({ status: 400 }); // a gateway refusing everything for a while
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, backoff: fast, delay: 0 });
    const { list, registration } = statements(5);
    for (const s of list) await outbox.accept(s);
    await waitUntil(async () => (await outbox.status()).deadLetters === 5, 'set aside', { timeout: 10000 });
    expect((await outbox.status()).queued).to.equal(0);
    await proxy({}); // fixed
    expect(await outbox.retryDeadLetters()).to.equal(5);
    await waitUntil(async () => (await outbox.status()).queued === 0, 'delivered', { timeout: 10000 });
    outbox.dispose();
    expect((await outbox.status()).deadLetters).to.equal(0);
    expect((await idsInLrs(registration)).sort()).to.deep.equal(list.map((s) => s.id).sort());
  });

  it('401 stops sending without losing anything; new credentials resume', async () => {
    const good = `Basic ${btoa('good:secret')}`;
    const { endpoint } = await proxy({ auth: good });
    const problems: OutboxProblem[] = [];
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: `Basic ${btoa('old:expired')}` }), name: `t-${uuid()}`, backoff: fast, delay: 0, onProblem: (p) => problems.push(p) });
    const { list, registration } = statements(10);
    for (const s of list) await outbox.accept(s);
    await waitUntil(async () => (await outbox.status()).paused, 'paused');
    expect((await outbox.status()).queued).to.equal(10);
    expect(problems.filter((p) => p.code === 'lrs-unauthorized').length).to.equal(1);
    outbox.setCredentials(good);
    await waitUntil(async () => (await outbox.status()).queued === 0, 'resumed', { timeout: 10000 });
    outbox.dispose();
    await proxy({});
    expect((await idsInLrs(registration)).length).to.equal(10);
  });

  it('413 halves the batch and goes on', async () => {
    const { endpoint } = await proxy({ maxBody: 20_000 });
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, backoff: fast, delay: 20, batchSize: 100 });
    const { list, registration } = statements(100);
    for (const s of list) await outbox.accept(s);
    await waitUntil(async () => (await outbox.status()).queued === 0, 'delivered', { timeout: 20000 });
    outbox.dispose();
    await proxy({});
    expect((await idsInLrs(registration)).length).to.equal(100);
    expect((await outbox.deadLetters()).length).to.equal(0);
  });

  it('two outboxes on one database (two tabs) deliver 500 statements with no duplicate', async () => {
    const name = `t-${uuid()}`;
    const endpoint = await lrsEndpoint();
    const a = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name, backoff: fast, delay: 5 });
    const b = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name, backoff: fast, delay: 5 });
    const { list, registration } = statements(500);
    await Promise.all(list.map((s, i) => (i % 2 ? a : b).accept(s)));
    await waitUntil(async () => (await a.status()).queued === 0, 'drained', { timeout: 30000, interval: 100 });
    a.dispose();
    b.dispose();
    const client = new LrsClient({ endpoint, auth: LRS_AUTH });
    const stored = (await client.getStatements({ registration, limit: 200 })).map((s) => s.id);
    expect(stored.length).to.equal(500);
    expect(new Set(stored).size).to.equal(500);
  });
});

describe('<spoc-course> with lrs-endpoint', () => {
  it('delivers nested elements’ statements to the LRS, fires spoc-sync, and takes credentials later', async () => {
    const { fixture, html, oneEvent } = await import('@open-wc/testing');
    await import('../../src/index.js');
    const good = `Basic ${btoa('later:token')}`;
    const { endpoint } = await proxy({ auth: good });
    const course = await fixture<HTMLElement & { setLrsCredentials(a: string): void; deliveryStatus(): Promise<{ queued: number; paused: boolean }> | undefined; tracker: Tracker }>(
      html`<spoc-course course-id="https://learn.example.com/courses/lrs-${uuid()}" learner-email=${`c-${uuid()}@example.com`} lrs-endpoint=${endpoint}></spoc-course>`,
    );
    const errors: string[] = [];
    course.addEventListener('spoc-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    const sent = course.tracker.send({ verb: VERBS.experienced, object: { id: `${ACTIVITY}/page` } }, course).statement;
    await waitUntil(async () => (await course.deliveryStatus())?.paused, 'paused without credentials');
    expect(errors).to.include('lrs-unauthorized');
    const synced = oneEvent(course, 'spoc-sync');
    course.setLrsCredentials(good);
    await synced;
    await proxy({});
    const client = new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH });
    expect((await client.getStatement(sent.id)).id).to.equal(sent.id);
    // The local store got it as well, so progress renders at once.
    expect(await course.tracker.store?.get(sent.id)).to.deep.equal(sent);
  });
});

describe('resume state through the LRS State resource', () => {
  it('a resume document saved on one device is read on another; an LRS without State is harmless', async () => {
    const { lrsStateStore } = await import('../../src/xapi/lrs-client.js');
    const { LocalStore } = await import('../../src/xapi/local-store.js');
    const { endpoint } = await proxy({});
    const actor = resolveActor({ email: `state-${uuid()}@example.com` });
    const registration = uuid();
    const activity = `${ACTIVITY}/capsule/m1`;
    const laptop = new Tracker({ actor, registration, store: new LocalStore(`laptop-${uuid()}`) });
    laptop.setRemoteState(lrsStateStore(new LrsClient({ endpoint, auth: LRS_AUTH })));
    await laptop.setState(activity, 'resume', { position: 42.5 });
    await laptop.remoteStateSettled;
    const phone = new Tracker({ actor, registration, store: new LocalStore(`phone-${uuid()}`) });
    phone.setRemoteState(lrsStateStore(new LrsClient({ endpoint, auth: LRS_AUTH })));
    expect(await phone.getState(activity, 'resume')).to.deep.equal({ position: 42.5 });
    // Now kept locally on the phone too.
    phone.setRemoteState(undefined);
    expect(await phone.getState(activity, 'resume')).to.deep.equal({ position: 42.5 });

    // The real LRS has no State resource: nothing breaks, the local copy answers.
    const plain = new Tracker({ actor, registration: uuid(), store: new LocalStore(`plain-${uuid()}`) });
    plain.setRemoteState(lrsStateStore(new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH })));
    expect(await plain.getState(activity, 'resume')).to.equal(undefined);
    await plain.setState(activity, 'resume', { position: 1 });
    await plain.remoteStateSettled;
    expect(await plain.getState(activity, 'resume')).to.deep.equal({ position: 1 });
  });
});
