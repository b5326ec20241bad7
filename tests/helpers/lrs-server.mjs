// The real LRS for tests: Learning Locker's statement service (`xapi-statements`), in memory,
// on 127.0.0.1 and a free port, started with the test server and stopped with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForAbout(endpoint, child, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`LRS exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${endpoint}about`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error('LRS did not answer /about in time');
}

/** Starts the LRS; resolves `{ endpoint, stop }` once `/about` answers. */
export async function startLrs({ quiet = true, port: fixedPort } = {}) {
  const port = fixedPort ?? (await freePort());
  // It writes a `storage/` folder in its working directory: give it a scratch one.
  const cwd = mkdtempSync(join(tmpdir(), 'spoc-lrs-'));
  const entry = require.resolve('xapi-statements/dist/index.js');
  const child = spawn(process.execPath, [entry], {
    cwd,
    env: {
      ...process.env,
      EXPRESS_PORT: String(port),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      WINSTON_CONSOLE_LEVEL: 'error',
      NODE_NO_WARNINGS: '1',
    },
    stdio: quiet ? 'ignore' : 'inherit',
  });
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  await waitForAbout(endpoint, child);
  return {
    endpoint,
    port,
    async stop() {
      child.kill('SIGTERM');
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
