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
  conflicts?: boolean;
  failRate?: number;
  seed?: number;
  status?: number;
  retryAfter?: number;
  auth?: string;
  maxBody?: number;
  dropNext?: number;
  delay?: number;
}
interface ProxyStats {
  requests: number;
  failed: number;
  /** Statements per POST, in arrival order. */
  posts: number[];
}
const proxy = async (faults: Faults = {}) => executeServerCommand<{ endpoint: string; stats: ProxyStats }, Faults>('fault-proxy', faults);
const proxyStats = async () => (await executeServerCommand<{ stats: ProxyStats }, { stats: true }>('fault-proxy', { stats: true })).stats;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's fetch, noting each request's statement ids and whether another was in flight when it started. */
function recordingFetch() {
  const calls: Array<{ ids: string[]; keepalive: boolean; overlapped: boolean; open: boolean }> = [];
  const run: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Statement[] | Statement) : undefined;
    const ids = body ? (Array.isArray(body) ? body : [body]).map((s) => s.id) : [];
    const call = { ids, keepalive: !!init?.keepalive, overlapped: calls.some((c) => c.open && c.keepalive), open: true };
    if (init?.method === 'POST') calls.push(call);
    try {
      return await fetch(input, init);
    } finally {
      call.open = false;
    }
  };
  return { calls, fetch: run };
}

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

describe('xapi/outbox respects the LRS', () => {
  it('a new statement never shortens a wait: Retry-After, then the backoff', async () => {
    for (const faults of [{ status: 503, retryAfter: 30 }, { status: 500 }]) {
      const { endpoint } = await proxy(faults);
      const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, backoff: { base: 30_000, max: 60_000 }, delay: 10, maxDelay: 40 });
      const { list } = statements(6);
      await outbox.accept(list[0]!);
      await waitUntil(async () => (await outbox.status()).lastError !== undefined, 'tried once');
      // The learner goes on: a statement every 60 ms, each longer than the batching delay.
      for (const statement of list.slice(1)) {
        await outbox.accept(statement);
        await sleep(60);
      }
      expect((await proxyStats()).requests, JSON.stringify(faults)).to.equal(1);
      expect((await outbox.status()).queued).to.equal(6);
      outbox.dispose();
    }
    await proxy({});
  });

  it('lrs-unreachable is reported once per outage, not on every retry', async () => {
    const { endpoint } = await proxy({ status: 503 });
    const problems: OutboxProblem[] = [];
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, backoff: { base: 10, max: 20 }, delay: 0, onProblem: (p) => problems.push(p) });
    const { list, registration } = statements(2);
    await outbox.accept(list[0]!);
    await waitUntil(async () => (await proxyStats()).requests >= 4, 'retried');
    expect(problems.map((p) => p.code)).to.deep.equal(['lrs-unreachable']);
    await proxy({}); // back
    await waitUntil(async () => (await outbox.status()).queued === 0, 'delivered');
    await proxy({ status: 503 }); // a second outage
    await outbox.accept(list[1]!);
    await waitUntil(async () => (await proxyStats()).requests >= 3, 'retried');
    expect(problems.map((p) => p.code)).to.deep.equal(['lrs-unreachable', 'lrs-unreachable']);
    await proxy({});
    await waitUntil(async () => (await outbox.status()).queued === 0, 'delivered');
    outbox.dispose();
    expect((await idsInLrs(registration)).sort()).to.deep.equal(list.map((s) => s.id).sort());
  });

  it('a steady stream of statements does not postpone the first POST past maxDelay', async () => {
    const { endpoint } = await proxy({});
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, delay: 200, maxDelay: 300 });
    const { list, registration } = statements(24);
    for (const statement of list) {
      await outbox.accept(statement); // one every 50 ms: the 200 ms delay alone would never end
      await sleep(50);
    }
    expect((await proxyStats()).posts.length).to.be.greaterThan(0);
    await waitUntil(async () => (await outbox.status()).queued === 0, 'delivered');
    outbox.dispose();
    expect((await idsInLrs(registration)).length).to.equal(24);
  });

  it('409 for a batch the LRS partly has: confirmed with one query, the rest sent, no split', async () => {
    const { endpoint } = await proxy({});
    const { list, registration, tracker } = statements(40);
    const before = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, delay: 0 });
    for (const statement of list.slice(0, 30)) await before.accept(statement);
    await waitUntil(async () => (await before.status()).queued === 0, 'first 30 stored');
    before.dispose();
    await proxy({ conflicts: true }); // an LRS answering 409 to any id it has
    // A reload after a page-hide delivery: the 30 are queued again with 10 new ones.
    const after = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, delay: 100_000, maxDelay: 100_000 });
    await after.resumed;
    const more = Array.from({ length: 10 }, (_, i) => tracker.complete({ verb: VERBS.completed, object: { id: `${ACTIVITY}/page/${i}` } }));
    await Promise.all([...list.slice(0, 30), ...more].map((statement) => after.accept(statement)));
    await after.flush();
    expect((await after.status()).queued).to.equal(0);
    after.dispose();
    const stats = await proxyStats();
    expect(stats.requests, JSON.stringify(stats)).to.be.at.most(4); // POST 409, one GET, POST of the 10
    expect(stats.posts).to.deep.equal([40, 10]);
    await proxy({});
    expect((await idsInLrs(registration)).length).to.equal(40);
    expect((await after.deadLetters()).length).to.equal(0);
  });

  it('413: the rest goes at the new size, and the configured size comes back after resizeAfter', async () => {
    const { endpoint } = await proxy({ maxBody: 20_000 });
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, delay: 100_000, maxDelay: 100_000, batchSize: 100, resizeAfter: 0 });
    await outbox.resumed;
    const first = statements(100);
    const size = JSON.stringify(first.list.slice(0, 25)).length;
    expect(size, 'a quarter fits, a half does not').to.be.within(10_000, 20_000);
    await Promise.all(first.list.map((s) => outbox.accept(s)));
    await outbox.flush();
    expect((await outbox.status()).queued).to.equal(0);
    // 100 refused, 50 refused, then quarters: the other half is never tried at 50.
    expect((await proxyStats()).posts).to.deep.equal([100, 50, 25, 25, 25, 25]);
    await proxy({}); // the limit is lifted
    const second = statements(100);
    await Promise.all(second.list.map((s) => outbox.accept(s)));
    await outbox.flush();
    expect((await proxyStats()).posts).to.deep.equal([100]);
    outbox.dispose();
    expect((await idsInLrs(first.registration)).length).to.equal(100);
    expect((await idsInLrs(second.registration)).length).to.equal(100);
  });

  it('page hide: keepalive chunks go one after the other, in order, and leave the queue', async () => {
    const recorder = recordingFetch();
    const outbox = new Outbox({ client: new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH, fetch: recorder.fetch }), name: `t-${uuid()}`, delay: 100_000, maxDelay: 100_000 });
    const registration = uuid();
    const tracker = new Tracker({ actor: resolveActor({ email: `hide-${uuid()}@example.com` }), registration });
    const padding = 'x'.repeat(900);
    const list = Array.from({ length: 200 }, (_, i) =>
      tracker.complete({ verb: VERBS.experienced, object: { id: `${ACTIVITY}/page/${i}`, definition: { description: { en: padding } } } }),
    );
    await outbox.resumed;
    for (const s of list) await outbox.accept(s);
    window.dispatchEvent(new Event('pagehide'));
    await outbox.keepaliveSettled;
    expect((await outbox.status()).lastError).to.equal(undefined);
    const keepalive = recorder.calls.filter((c) => c.keepalive);
    expect(keepalive.length).to.be.at.least(3);
    expect(keepalive.some((c) => c.overlapped)).to.equal(false);
    expect(keepalive.flatMap((c) => c.ids)).to.deep.equal(list.map((s) => s.id));
    expect((await outbox.status()).queued).to.equal(0);
    outbox.dispose();
    expect((await idsInLrs(registration)).length).to.be.at.least(100);
  });

  it('page hide does not send again what another tab delivered', async () => {
    const name = `t-${uuid()}`;
    const endpoint = await lrsEndpoint();
    const recorder = recordingFetch();
    const a = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH, fetch: recorder.fetch }), name, delay: 100_000, maxDelay: 100_000 });
    const b = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name, delay: 100_000, maxDelay: 100_000 });
    const { list, registration } = statements(10);
    for (const s of list) await a.accept(s);
    await b.flush(); // the other tab held the lock and delivered the shared queue
    await waitUntil(async () => (await a.status()).unconfirmed === 0, 'told by the other tab');
    window.dispatchEvent(new Event('pagehide'));
    await a.keepaliveSettled;
    expect(recorder.calls.filter((c) => c.keepalive)).to.deep.equal([]);
    a.dispose();
    b.dispose();
    expect((await idsInLrs(registration)).length).to.equal(10);
  });
});

describe('<spoc-course> with lrs-endpoint', () => {
  it('a refused statement: spoc-error lrs-rejected with a localized message, the LRS text and the id; deadLetters() reads it', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    await import('../../src/index.js');
    for (const lang of ['en', 'fr']) {
      const course = await fixture<HTMLElement & { tracker: Tracker; deadLetters(): Promise<Array<{ statement: Statement; status: number; error: string }>>; deliveryStatus(): Promise<{ queued: number }> | undefined }>(
        html`<spoc-course lang=${lang} course-id="https://learn.example.com/courses/lrs-${uuid()}" learner-email=${`r-${uuid()}@example.com`} lrs-endpoint=${await lrsEndpoint()} lrs-auth=${LRS_AUTH}></spoc-course>`,
      );
      const errors: Array<{ code: string; message: string; statementId?: string; lrsMessage?: string }> = [];
      course.addEventListener('spoc-error', (e) => errors.push((e as CustomEvent).detail));
      const sent = course.tracker.send({ verb: VERBS.completed, object: { id: `${ACTIVITY}/page` }, result: { score: { scaled: 3 } } }, course).statement;
      await waitUntil(() => errors.some((e) => e.code === 'lrs-rejected'), 'refused', { timeout: 10000 });
      const error = errors.find((e) => e.code === 'lrs-rejected')!;
      expect(error.statementId).to.equal(sent.id);
      expect(error.lrsMessage).to.contain('scaled');
      expect(error.message).to.not.contain('{');
      expect(error.message).to.contain(lang === 'fr' ? 'a refusé une trace' : 'refused a record');
      const dead = (await course.deadLetters()).filter((d) => d.statement.id === sent.id);
      expect(dead.length).to.equal(1);
      expect(dead[0]!.status).to.equal(400);
      expect(dead[0]!.error).to.contain('scaled');
      course.remove();
    }
  });

  it('each statement is kept locally and queued for the LRS in one IndexedDB transaction', async () => {
    const { fixture, html, oneEvent } = await import('@open-wc/testing');
    await import('../../src/index.js');
    const course = await fixture<HTMLElement & { tracker: Tracker; deliveryStatus(): Promise<{ queued: number }> | undefined }>(
      html`<spoc-course course-id="https://learn.example.com/courses/tx-${uuid()}" learner-email=${`tx-${uuid()}@example.com`} lrs-endpoint=${await lrsEndpoint()} lrs-auth=${LRS_AUTH}></spoc-course>`,
    );
    const writes: string[][] = [];
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      if (mode === 'readwrite') writes.push([this.name, ...[names].flat()]);
      return original.call(this, names, mode, options);
    } as typeof original;
    let sent: Statement;
    try {
      const { statement, delivered } = course.tracker.send({ verb: VERBS.experienced, object: { id: `${ACTIVITY}/page` } }, course);
      sent = statement;
      await delivered;
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    expect(writes).to.deep.equal([['spoc-elements-statements', 'statements', 'outbox']]);
    expect(await course.tracker.store!.get(sent.id)).to.deep.equal(sent);
    await oneEvent(course, 'spoc-sync');
    const client = new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH });
    expect((await client.getStatement(sent.id)).id).to.equal(sent.id);
    course.remove();
  });

  it('the learner’s record made on another device is read from the LRS into the local store', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    await import('../../src/index.js');
    const courseId = `https://learn.example.com/courses/pull-${uuid()}`;
    const email = `pull-${uuid()}@example.com`;
    const course = await fixture<HTMLElement & { tracker: Tracker }>(html`<spoc-course course-id=${courseId} learner-email=${email}></spoc-course>`);
    // Made on the laptop, straight to the LRS.
    const laptop = new Tracker({ actor: course.tracker.actor, registration: course.tracker.registration });
    const made = laptop.complete({ verb: VERBS.passed, object: { id: `${courseId}/quiz/q1` }, result: { success: true, score: { scaled: 0.9 } } });
    await new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH }).postStatements([made]);
    expect(await course.tracker.store!.get(made.id)).to.equal(undefined);
    course.setAttribute('lrs-auth', LRS_AUTH);
    course.setAttribute('lrs-endpoint', await lrsEndpoint());
    await waitUntil(async () => (await course.tracker.store!.get(made.id)) !== undefined, 'read from the LRS');
    expect((await course.tracker.store!.get(made.id))!.result).to.deep.include({ success: true });
    course.remove();
  });

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

describe('xapi/outbox at batch speed', () => {
  /** Statements in the LRS for a registration, read with one large page (the test LRS's paging can skip). */
  const countInLrs = async (registration: string) =>
    (await new LrsClient({ endpoint: await lrsEndpoint(), auth: LRS_AUTH }).getStatements({ registration, limit: 5000 })).length;

  it('2,000 statements accepted in one task: four IndexedDB writes, then a first POST of 50, then of 500', async function () {
    this.timeout(60000);
    const { endpoint } = await proxy({});
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, delay: 100_000, maxDelay: 100_000 });
    await outbox.resumed;
    const { list, registration } = statements(2000);
    const writes: string[] = [];
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      if (mode === 'readwrite') writes.push(this.name);
      return original.call(this, names, mode, options);
    } as typeof original;
    try {
      await Promise.all(list.map((s) => outbox.accept(s)));
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    expect(writes.length, 'one transaction per 500 statements').to.equal(4);
    expect((await outbox.status()).queued, 'durable before anything is sent').to.equal(2000);
    expect((await proxyStats()).requests).to.equal(0);
    await outbox.flush();
    expect((await outbox.status()).queued).to.equal(0);
    expect((await proxyStats()).posts).to.deep.equal([50, 500, 500, 500, 450]);
    outbox.dispose();
    expect(await countInLrs(registration)).to.equal(2000);
  });

  it('a batch never holds more than 1 MB of JSON (UTF-8 bytes, not characters)', async function () {
    this.timeout(60000);
    const { endpoint } = await proxy({ maxBody: 1024 * 1024 }); // a byte more and the LRS would answer 413
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `t-${uuid()}`, delay: 100_000, maxDelay: 100_000, batchSize: 500 });
    await outbox.resumed;
    const registration = uuid();
    const tracker = new Tracker({ actor: resolveActor({ email: `big-${uuid()}@example.com` }), registration });
    const padding = 'é'.repeat(4000); // 8,000 bytes in 4,000 characters
    const list = Array.from({ length: 300 }, (_, i) =>
      tracker.complete({ verb: VERBS.experienced, object: { id: `${ACTIVITY}/page/${i}`, definition: { description: { fr: padding } } } }),
    );
    await Promise.all(list.map((s) => outbox.accept(s)));
    await outbox.flush();
    expect((await outbox.status()).queued).to.equal(0);
    const stats = await proxyStats();
    expect(stats.failed, 'no 413').to.equal(0);
    expect(stats.posts.reduce((a, b) => a + b, 0)).to.equal(300);
    expect(stats.posts.length).to.equal(3); // about 125 statements of 8 KB per MB
    expect((await outbox.deadLetters()).length).to.equal(0);
    outbox.dispose();
    await proxy({});
    expect(await countInLrs(registration)).to.equal(300);
  });

  it('through failures and retries, each session’s statements reach the LRS in the order they were made', async function () {
    this.timeout(90000);
    const { endpoint } = await proxy({ failRate: 0.3, seed: 5 });
    const delivered: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && response.ok) delivered.push(...(JSON.parse(String(init.body)) as Statement[]).map((s) => s.id));
      return response;
    };
    const outbox = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH, fetch: recording }), name: `t-${uuid()}`, backoff: fast, delay: 10 });
    const [a, b] = [statements(600), statements(600)];
    // Two sessions interleaved, in several tasks (the learner goes on while batches leave).
    for (let i = 0; i < 600; i += 100) {
      await Promise.all(a.list.slice(i, i + 100).flatMap((s, j) => [outbox.accept(s), outbox.accept(b.list[i + j]!)]));
      await sleep(5);
    }
    await waitUntil(async () => (await outbox.status()).queued === 0, 'delivered', { timeout: 60000, interval: 100 });
    outbox.dispose();
    await proxy({});
    for (const session of [a, b]) {
      const ids = new Set(session.list.map((s) => s.id));
      const firstDeliveries = [...new Set(delivered.filter((id) => ids.has(id)))];
      expect(firstDeliveries).to.deep.equal(session.list.map((s) => s.id));
      expect(await countInLrs(session.registration)).to.equal(600);
    }
  });
});
