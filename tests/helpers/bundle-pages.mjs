// The drop-in distribution under test: pages in tests/fixtures/bundle/ load the real
// dist/spoc-elements.bundle.js. This middleware
// - builds the bundle when it is missing or older than the sources (`vite build --mode bundle`),
// - sends strict-csp.html with a strict Content-Security-Policy and Trusted Types required,
// - collects the browser's CSP violation reports (POST /__csp-report),
// and the `csp-reports` server command hands them to the test (and clears them).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'report-uri /__csp-report',
].join('; ');

const BUNDLE = 'dist/spoc-elements.bundle.js';

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let building;
/** Builds dist/spoc-elements.bundle.js once per run if it is missing or stale. */
export function ensureBundle(root = process.cwd()) {
  building ??= (async () => {
    const bundle = join(root, BUNDLE);
    if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(join(root, 'src'))) return 'fresh';
    await promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'bundle', '--logLevel', 'warn'], { cwd: root });
    return 'built';
  })();
  return building;
}

const reports = [];

export function bundlePagesMiddleware() {
  return async (ctx, next) => {
    if (ctx.path === '/__csp-report' && ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      reports.push(JSON.parse(Buffer.concat(chunks).toString() || '{}'));
      ctx.status = 204;
      return;
    }
    if (ctx.path === `/${BUNDLE}`) await ensureBundle();
    // A second copy of dist/ at another path (a widget bringing its own copy): other URLs, other modules.
    if (ctx.path.startsWith('/second-copy/dist/')) ctx.path = ctx.path.slice('/second-copy'.length);
    await next();
    if (ctx.path === '/tests/fixtures/bundle/strict-csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}

export function bundlePagesPlugin() {
  return {
    name: 'spoc-bundle-pages',
    async executeCommand({ command }) {
      if (command === 'bundle-ready') return { bundle: await ensureBundle() };
      if (command === 'csp-reports') return reports.splice(0);
      return undefined;
    },
  };
}
