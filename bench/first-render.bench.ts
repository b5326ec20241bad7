// First render of a quiz in a course (issue #22, point 3): `npm run bench -- --files bench/first-render.bench.ts`.
//
// What is measured: `<spoc-course><spoc-quiz src="…json"></spoc-quiz></spoc-course>`, empty store,
// from the elements' upgrade to the first question in the quiz's shadow root.
// - Fresh browser context per run: a new same-origin iframe, so every module (Lit, zod's compiled
//   parsers, the tracker, the local store) is evaluated again as on a first page load, after every
//   IndexedDB database and localStorage of the origin is deleted (an empty store), with the JSON
//   fetched over HTTP without cache (a query string per run). Iframes rather than new puppeteer
//   pages: web-test-runner keeps its browser to itself, and an iframe is a full document with its
//   own event loop turns, module map and storage connections.
// - Start: `performance.now()` just before `customElements.define('spoc-course')` (the first of the
//   two tags defined: `define` upgrades the elements already in the document synchronously, so this
//   is the upgrade). Loading and evaluating the modules before it is not counted.
// - "shown": a MutationObserver on the quiz's shadow root sees the first question's prompt with its
//   text; "frame": the next animation frame after that (the question on screen).
// - "JSON loaded": when the definition's download ended (Resource Timing), for scale: the test
//   server answers in tens of ms on a loaded machine; "JSON → shown", the library's own work after it.
// - Longest task: PerformanceObserver 'longtask' (tasks over 50 ms) overlapping start → frame.
// - With an LRS that accepts the connection and never answers (the `silent-lrs` server command)
//   and without one. Medians of 9 runs (and the fastest: the machine's load shows in the medians);
//   asserts only that the question was shown (not speed).
//
// Issue target: shown ≤ 30 ms (10 questions), ≤ 80 ms (200 questions), the same with a hung LRS.
// Figures on this machine (2 cores shared with other jobs, load average 6–13: medians move by tens of
// ms from one run to the next, so compare run for run with perf-baseline/), headless Chromium 156,
// Lit production build. "shown" and "JSON → shown": the median of the medians of 3 runs of 9 (the
// range of the three in brackets), sources of 2361e2f ("before") and these interleaved in each run:
//                              shown: before → after                 JSON → shown: before → after
//     10 questions, no LRS      63 (62–120) →  75 (61–92) ms         20 (18–25) →  10 (10–21) ms
//    200 questions, no LRS     148 (146–174) → 81 (78–87) ms         96 (94–106) → 38 (37–40) ms
//     10 questions, hung LRS   507 (502–527) → 82 (80–118) ms       434 (426–452) → 25 (20–41) ms
//    200 questions, hung LRS   560 (559–575) → 90 (87–103) ms       513 (506–539) → 33 (31–38) ms
// Longest task: 120–250 ms for 200 questions before (all drawn in one task), none over 50–60 ms after.
// On a quieter machine (no other jobs; one run of 9, medians), the sources / the built autoloader,
// which also starts the definition's download while the quiz's chunk downloads:
//     10 questions, no LRS      35.2 / 36.0 ms     200 questions, no LRS    67.5 / 54.5 ms
//     10 questions, hung LRS    40.3 / 44.0 ms     200 questions, hung LRS  67.0 / 60.7 ms
//   no task over 50 ms in any of them; "JSON → shown" 14–23 ms for 10 questions, 30–37 ms for 200.
// 10 questions without an LRS were not slow before and are not faster now beyond the noise: there
// the download is most of the time.
// The test server's download of the JSON ends 40–80 ms after the upgrade here: "shown" cannot get
// under it; the library's own part ("JSON → shown") is what the changes cut:
// - the State read no longer waits for the LRS (it was given 400 ms) when the element can take a
//   late document: a hung LRS costs nothing before the first question;
// - a quiz on one page draws its first 4 questions, then 25 per task (200 questions at once were
//   ~100 ms of DOM work in one task);
// - the `src` download starts as the element connects (not in the first update, after the rest of
//   the page's modules are evaluated), and the resume store is opened meanwhile.
// What is left in "JSON → shown": zod's first parse (~1 ms for 10 questions, ~8 ms for 200, JIT or
// not), the resume read from IndexedDB (a few ms), Lit's first (cold) render of the first questions.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LRS_AUTH } from '../tests/helpers/lrs.js';

const RUNS = 9;
/**
 * Where an older copy of the sources may be put to compare with, run for run (not committed):
 * `mkdir -p perf-baseline && git archive <commit> src | tar -x -C perf-baseline` (ignored by git).
 */
const BASELINE = 'perf-baseline';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Run {
  shown: number;
  frame: number;
  longest: number;
  /** When the definition's download ended (Resource Timing), from the same start. */
  downloaded: number;
}

/** Runs in the iframe before any module: the clock starts at the upgrade, stops at the first prompt. */
const INSTRUMENT = `
window.__bench = { tasks: [] };
const bench = window.__bench;
new PerformanceObserver((list) => bench.tasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
const define = customElements.define.bind(customElements);
customElements.define = (tag, ...rest) => {
  if ((tag === 'spoc-course' || tag === 'spoc-quiz') && bench.start === undefined) bench.start = performance.now();
  return define(tag, ...rest);
};
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attach.call(this, init);
  if (this.localName === 'spoc-quiz') {
    const observer = new MutationObserver(() => {
      const prompt = root.querySelector('[part~="question"] [part~="prompt"]');
      if (bench.shown !== undefined || !prompt || !prompt.textContent.trim()) return;
      bench.shown = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => { bench.frame = performance.now(); });
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }
  return root;
};`;

/** Deletes every IndexedDB database and localStorage entry of the origin: the next page starts with an empty store. */
async function emptyStore(): Promise<void> {
  localStorage.clear();
  const databases = await indexedDB.databases();
  await Promise.all(
    databases.map(
      ({ name }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name!);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    ),
  );
}

async function firstRender(entry: string, questions: number, lrsEndpoint: string | undefined, run: number): Promise<Run> {
  await emptyStore();
  const lrs = lrsEndpoint ? `lrs-endpoint="${lrsEndpoint}" lrs-auth="${LRS_AUTH}"` : '';
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>${INSTRUMENT}</script></head><body>
    <spoc-course course-id="https://learn.example.com/courses/bench-first-render" learner-email="bench-${run}@example.com" ${lrs}>
      <spoc-quiz module="m1" src="/bench/fixtures/quiz-${questions}.json?run=${Date.now()}-${run}"></spoc-quiz>
    </spoc-course>
    <script type="module" src="${entry}"></script></body></html>`;
  document.body.append(frame);
  try {
    const view = () => (frame.contentWindow as (Window & { __bench?: { start?: number; shown?: number; frame?: number; tasks: [number, number][] } }) | null)?.__bench;
    const deadline = performance.now() + 20000;
    while (view()?.frame === undefined && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    // Long tasks are reported once they end: leave the observer a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const bench = view()!;
    expect(bench.frame, 'the first question was shown').to.be.a('number');
    const start = bench.start!;
    const overlapping = bench.tasks.filter(([begin, duration]) => begin < bench.frame! && begin + duration > start);
    const download = frame.contentWindow!.performance.getEntriesByType('resource').find((entry) => entry.name.includes(`/quiz-${questions}.json`)) as PerformanceResourceTiming;
    return {
      shown: bench.shown! - start,
      frame: bench.frame! - start,
      longest: Math.max(0, ...overlapping.map(([, duration]) => duration)),
      downloaded: download.responseEnd - start,
    };
  } finally {
    frame.remove();
  }
}

describe('first render benchmark', () => {
  it('a quiz from src in a course, empty store: 10 and 200 questions, without an LRS and with a hung one', async function () {
    this.timeout(10 * 60 * 1000);
    const silent = await executeServerCommand<{ endpoint: string }, undefined>('silent-lrs');
    // The sources as they are, and an older copy when there is one (see BASELINE): each run of one
    // is followed by a run of the other, so both meet the same machine load.
    // The sources (every element, one module graph) and the built autoloader (what a `<script>` page
    // loads: it starts the quiz's definition download while the quiz's chunk downloads).
    const builds: Array<[string, string]> = [['', '/src/index.ts'], ['loader', '/dist/spoc-elements.bundle.js']];
    if ((await fetch(`/${BASELINE}/src/index.ts`, { method: 'HEAD' })).ok) builds.push(['baseline', `/${BASELINE}/src/index.ts`]);
    const rows: string[] = [];
    // One run of each first, not counted: the dev server transforms each module on its first request.
    for (const [, entry] of builds) await firstRender(entry, 10, undefined, -1);
    for (const [label, endpoint] of [['no LRS', undefined], ['hung LRS', silent.endpoint]] as const) {
      for (const questions of [10, 200]) {
        const byBuild = builds.map(() => [] as Run[]);
        for (let run = 0; run < RUNS; run++) {
          for (const [index, [, entry]] of builds.entries()) byBuild[index]!.push(await firstRender(entry, questions, endpoint, run));
        }
        for (const [index, [build]] of builds.entries()) rows.push(row(`${questions} questions${build ? `, ${build}` : ''}`, label, byBuild[index]!));
      }
    }
    console.log(
      [
        `first render of <spoc-quiz src> in <spoc-course>, empty store, median of ${RUNS} fresh iframes (from the upgrade)`,
        '| quiz                    | LRS      |  shown     |  frame     |  fastest   | longest task | JSON loaded | JSON → shown | each run (shown, ms) |',
        '|-------------------------|----------|------------|------------|------------|--------------|-------------|--------------|----------------------|',
        ...rows,
      ].join('\n'),
    );
  });
});

function row(quiz: string, label: string, runs: Run[]): string {
  const longest = median(runs.map((r) => r.longest));
  const fastest = Math.min(...runs.map((r) => r.shown));
  const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
  return [
    '',
    ` ${quiz.padEnd(23)} `,
    ` ${label.padEnd(8)} `,
    ` ${ms(median(runs.map((r) => r.shown)))} `,
    ` ${ms(median(runs.map((r) => r.frame)))} `,
    ` ${ms(fastest)} `,
    ` ${longest ? `${longest.toFixed(0)} ms`.padStart(12) : 'none > 50 ms'} `,
    ` ${ms(median(runs.map((r) => r.downloaded)))}  `,
    ` ${ms(median(runs.map((r) => r.shown - r.downloaded)))}   `,
    ` ${runs.map((r) => r.shown.toFixed(0)).join(' ')} `,
    '',
  ].join('|');
}
