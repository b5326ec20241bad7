// LRS delivery benchmark (`npm run bench:lrs`, not part of `npm test`): 10,000 statements to the
// real LRS through the outbox, and the same 10,000 with @xapi/xapi — one call per statement, and
// its batch call (500 per call) — in the same run on the same LRS. Requests are counted by a
// pass-through proxy in front of the LRS. Prints statements/s, requests and ratios.
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import XAPI from '@xapi/xapi';
import { resolveActor } from '../src/xapi/actor.js';
import { uuid } from '../src/xapi/ids.js';
import { LrsClient } from '../src/xapi/lrs-client.js';
import { Outbox } from '../src/xapi/outbox.js';
import type { Statement } from '../src/xapi/statement.js';
import { Tracker } from '../src/xapi/tracker.js';
import { VERBS } from '../src/xapi/vocabulary.js';
import { LRS_AUTH } from '../tests/helpers/lrs.js';

const COUNT = 10_000;
const proxy = async (payload: object = {}) => executeServerCommand<{ endpoint: string; stats: { requests: number } }, object>('fault-proxy', payload);

function make(count: number): Statement[] {
  const tracker = new Tracker({ actor: resolveActor({ email: `bench-${uuid()}@example.com` }), registration: uuid() });
  return Array.from({ length: count }, (_, i) => tracker.complete({ verb: VERBS.experienced, object: { id: `https://learn.example.com/bench/${i}` } }));
}

async function measure(label: string, run: (endpoint: string, list: Statement[]) => Promise<void>) {
  const { endpoint } = await proxy({}); // counters reset, no faults
  const list = make(COUNT);
  const start = performance.now();
  await run(endpoint, list);
  const seconds = (performance.now() - start) / 1000;
  const { stats } = await proxy({ stats: true });
  const row = { label, seconds, perSecond: COUNT / seconds, requests: stats.requests };
  console.log(`${label}: ${row.perSecond.toFixed(0)} statements/s, ${row.requests} requests, ${seconds.toFixed(1)} s`);
  return row;
}

describe('LRS delivery benchmark', () => {
  it(`${COUNT} statements: outbox vs @xapi/xapi`, async function () {
    this.timeout(15 * 60 * 1000);
    const outbox = await measure('spoc-elements outbox', async (endpoint, list) => {
      const box = new Outbox({ client: new LrsClient({ endpoint, auth: LRS_AUTH }), name: `bench-${uuid()}`, delay: 50 });
      await Promise.all(list.map((s) => box.accept(s)));
      await waitUntil(async () => (await box.status()).queued === 0, 'drained', { timeout: 600000, interval: 100 });
      box.dispose();
    });
    const single = await measure('@xapi/xapi sendStatement (one call each)', async (endpoint, list) => {
      const xapi = new XAPI({ endpoint, auth: LRS_AUTH, version: '1.0.3' });
      for (const statement of list) await xapi.sendStatement({ statement: statement as never });
    });
    const batch = await measure('@xapi/xapi sendStatements (500 per call)', async (endpoint, list) => {
      const xapi = new XAPI({ endpoint, auth: LRS_AUTH, version: '1.0.3' });
      for (let i = 0; i < list.length; i += 500) await xapi.sendStatements({ statements: list.slice(i, i + 500) as never });
    });
    console.log(`ratios: outbox is ${(outbox.perSecond / single.perSecond).toFixed(1)}× the one-call rate with ${(single.requests / outbox.requests).toFixed(0)}× fewer requests; ${(outbox.perSecond / batch.perSecond).toFixed(2)}× the batch-call rate (which keeps nothing durably and retries nothing)`);
  });
});
