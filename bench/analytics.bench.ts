// Cohort analytics benchmark (`npm run bench -- --files bench/analytics.bench.ts`): folding
// 200,000 statements of 50 learners in Chromium (whole, and in 4 shards merged), building the
// report; then streaming 20,000 statements from the real LRS page by page and a `since` refresh
// after 100 new ones, requests counted by the pass-through proxy in front of the LRS. Prints
// medians; asserts only what is not about speed (machines differ).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { buildReport, courseIndex, emptyFold, foldAll, foldFromLrs, lrsClient, merge } from '../src/analytics/index.js';
import { SIMULATED_COURSE, simulateCohort } from '../src/analytics/simulate.js';
import { uuid } from '../src/xapi/ids.js';
import type { Statement } from '../src/xapi/statement.js';
import { LRS_AUTH } from '../tests/helpers/lrs.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const proxy = async (payload: object = {}) => executeServerCommand<{ endpoint: string; stats: { requests: number } }, object>('fault-proxy', payload);

/** At least `count` statements of the same `learners` people (one cohort replayed with other seeds: more sessions). */
function statementsOf(learners: number, count: number, course = SIMULATED_COURSE): Statement[] {
  const all: Statement[] = [];
  for (let seed = 1; all.length < count; seed++) all.push(...simulateCohort({ course, learners, seed }).statements);
  return all.slice(0, count);
}

describe('analytics benchmark', () => {
  it('folds 200,000 statements of 50 learners', async function () {
    this.timeout(10 * 60 * 1000);
    const statements = statementsOf(50, 200_000);
    const index = courseIndex(SIMULATED_COURSE);
    const folds: number[] = [];
    const reports: number[] = [];
    const merged: number[] = [];
    for (let run = 0; run < 5; run++) {
      let start = performance.now();
      const state = foldAll(statements, index);
      folds.push(performance.now() - start);
      start = performance.now();
      const report = buildReport(index, state, { now: Date.parse('2026-04-06') });
      reports.push(performance.now() - start);
      expect(report.cohort.enrolled).to.equal(49); // one of the 50 never starts
      expect(state.counts.folded).to.equal(200_000);
      start = performance.now();
      const quarter = statements.length / 4;
      const shards = [0, 1, 2, 3].map((s) => foldAll(statements.slice(s * quarter, (s + 1) * quarter), index));
      merge(merge(shards[0]!, shards[1]!), merge(shards[2]!, shards[3]!));
      merged.push(performance.now() - start);
    }
    console.log(`fold 200,000 statements (50 learners): median ${median(folds).toFixed(0)} ms (${(200_000 / (median(folds) / 1000) / 1e6).toFixed(2)} M statements/s)`);
    console.log(`report from the fold: median ${median(reports).toFixed(1)} ms`);
    console.log(`fold in 4 shards + merge: median ${median(merged).toFixed(0)} ms`);
  });

  it('streams 20,000 statements from the real LRS, then a since refresh fetches only 100 new ones', async function () {
    this.timeout(15 * 60 * 1000);
    const course = { ...SIMULATED_COURSE, id: `https://learn.example.com/courses/bench-${uuid()}` };
    const index = courseIndex(course);
    const all = statementsOf(50, 20_100, course);
    const { endpoint } = await proxy({});
    const client = lrsClient(endpoint, LRS_AUTH);
    for (let i = 0; i < 20_000; i += 1000) await client.postStatements(all.slice(i, i + 1000));
    await proxy({}); // reset the request counter
    let start = performance.now();
    const first = await foldFromLrs(client, index, emptyFold(index.courseId), { limit: 1000 });
    const seconds = (performance.now() - start) / 1000;
    let { stats } = await proxy({ stats: true });
    expect(first.statements).to.equal(20_000);
    console.log(`stream 20,000 statements from the LRS (pages of 1,000): ${seconds.toFixed(1)} s, ${(20_000 / seconds).toFixed(0)} statements/s, ${stats.requests} requests`);

    await client.postStatements(all.slice(20_000, 20_100));
    await proxy({});
    start = performance.now();
    const refresh = await foldFromLrs(client, index, first.state, { limit: 1000 });
    ({ stats } = await proxy({ stats: true }));
    expect(refresh.statements).to.equal(100);
    expect(stats.requests).to.equal(1);
    console.log(`since refresh after 100 new statements: ${refresh.statements} fetched in ${stats.requests} request(s), ${(performance.now() - start).toFixed(0)} ms`);
  });
});
