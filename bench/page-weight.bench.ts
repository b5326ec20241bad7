// Page weight through the loader (issue #22 targets: one quiz in a course ≤ 30 KB gzipped of
// JavaScript, every learner element ≤ 60 KB, the loader ≤ 3 KB). Measured in Chromium from the
// page's own network log (Resource Timing): every script the page fetched, its file gzipped (level 9,
// as `npm run size` does) — what a CDN serving gzip transfers. Run: `npm run bench -- --files
// bench/page-weight.bench.ts` (builds dist/spoc-elements.bundle.js first when it is stale).
//
// Measured (this machine): before the round 74.0 KB and 125.6 KB; after (bridges only in an LMS,
// strings per element, one core chunk) 55.9 KB and 111.4 KB; with the first render that does not
// wait, the batch-speed outbox and the loader's definition prefetch, 58.0 KB and 113.4 KB. See the
// README for what remains.
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame } from '../tests/helpers/open-frame.js';

const KB = 1024;

async function weigh(page: string, tags: string[]) {
  const { frame, win } = await openFrame(`/tests/fixtures/bundle/${page}`);
  await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), `${tags.join(', ')} defined`, { timeout: 30000 });
  // Late imports (a first render's lazy parts) have a moment to start.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const scripts = win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith('/dist/') && url.pathname.endsWith('.js'));
  const files = scripts.map((url) => url.pathname.slice('/dist/'.length));
  // Sizes from the files on disk (the test server rewrites the scripts it serves).
  const sizes = await executeServerCommand<number[], { files: string[] }>('dist-gzip', { files });
  const rows = files.map((file, i) => ({ file, gzip: sizes[i]! }));
  frame.remove();
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  return { rows, total };
}

describe('page weight through the loader', () => {
  it('one quiz in a course, and every learner element', async function () {
    this.timeout(120000);
    const pages = {
      'one <spoc-quiz> in a <spoc-course> (target 30 KB)': await weigh('only-quiz.html', ['spoc-course', 'spoc-quiz']),
      'every learner element (target 60 KB)': await weigh('every-element.html', [
        'spoc-course', 'spoc-progress', 'spoc-capsule', 'spoc-quiz', 'spoc-scenario', 'spoc-resource', 'spoc-peer-review', 'spoc-feedback', 'spoc-certificate',
      ]),
    };
    for (const [name, { rows, total }] of Object.entries(pages)) {
      console.log(`${name}: ${(total / KB).toFixed(1)} KB gzipped in ${rows.length} scripts`);
      for (const row of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${row.file.padEnd(44)} ${(row.gzip / KB).toFixed(1)} KB`);
    }
  });
});
