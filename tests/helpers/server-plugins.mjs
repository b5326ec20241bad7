// Node-side plugins of the test server (web-test-runner).
import { startLrs } from './lrs-server.mjs';
import { startFaultProxy } from './fault-proxy.mjs';
import { startSilentServer } from './silent-server.mjs';
import { startCmi5Lms } from './cmi5-lms-server.mjs';
import { reactEsmPlugin } from './react-esm-plugin.mjs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { gzipSync } from 'node:zlib';

// One real LRS for the whole run, started on first use.
let lrs;
const sharedLrs = () => (lrs ??= startLrs());

/**
 * `lrs-info` server command: the real LRS's endpoint, started lazily on first use so test files
 * that need no LRS pay nothing; stopped when the test server stops.
 */
function lrsPlugin() {
  return {
    name: 'spoc-lrs',
    async executeCommand({ command }) {
      if (command !== 'lrs-info') return undefined;
      const { endpoint } = await sharedLrs();
      return { endpoint };
    },
    async serverStop() {
      if (lrs) await (await lrs).stop();
    },
  };
}

/**
 * `cmi5-launch` (payload: launchData, preferences, fetchError) creates a launch on the test LMS
 * and answers its query string; `cmi5-session` (payload: { id }) answers what the LMS saw.
 */
function cmi5LmsPlugin() {
  let lms;
  return {
    name: 'spoc-cmi5-lms',
    async executeCommand({ command, payload }) {
      if (command !== 'cmi5-launch' && command !== 'cmi5-session') return undefined;
      lms ??= startCmi5Lms(async () => (await sharedLrs()).endpoint);
      const server = await lms;
      return command === 'cmi5-launch' ? server.launch(payload ?? {}) : server.session(payload.id);
    },
    async serverStop() {
      if (lms) await (await lms).stop();
    },
  };
}

/**
 * `package-scorm` (payload: { version }) runs `npm run package:scorm` on demo/index.html, unzips
 * the result and serves it under `/__scorm-package/<version>/`; answers the manifest and the file list.
 */
function scormPackagePlugin() {
  const packages = new Map();
  return {
    name: 'spoc-scorm-package',
    async executeCommand({ command, payload }) {
      if (command !== 'package-scorm') return undefined;
      const { packageScorm } = await import('../../scripts/package-scorm.mjs');
      const dir = mkdtempSync(join(tmpdir(), 'spoc-scorm-test-'));
      try {
        const { out } = await packageScorm({ version: payload.version, entry: 'demo/index.html', out: join(dir, 'package.zip') });
        const files = unzipSync(readFileSync(out));
        packages.set(payload.version, files);
        return { files: Object.keys(files), manifest: Buffer.from(files['imsmanifest.xml']).toString('utf8') };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    serve(context) {
      const match = /^\/__scorm-package\/([^/]+)\/(.+)$/.exec(context.path);
      const file = match && packages.get(match[1])?.[match[2]];
      if (!file) return undefined;
      return { body: Buffer.from(file), type: extname(match[2]).slice(1) };
    },
  };
}

/**
 * `fault-proxy` server command (payload: faults, or `{ stats: true }`): a proxy in front of the
 * real LRS that injects the given faults; answers its endpoint (and request counts).
 */
function faultProxyPlugin() {
  let proxy;
  return {
    name: 'spoc-fault-proxy',
    async executeCommand({ command, payload }) {
      if (command !== 'fault-proxy') return undefined;
      proxy ??= sharedLrs().then(({ endpoint }) => startFaultProxy(endpoint));
      const server = await proxy;
      if (payload && !payload.stats) server.configure(payload);
      return { endpoint: server.endpoint, stats: server.stats() };
    },
    async serverStop() {
      if (proxy) await (await proxy).close();
    },
  };
}

/** The demo imports `spoc-elements` (Vite aliases it to the sources): so does the test server. */
function sourceAliasPlugin() {
  return {
    name: 'spoc-source-alias',
    resolveImport({ source }) {
      return source === 'spoc-elements' ? '/src/index.ts' : undefined;
    },
  };
}

/** `write-xapi-examples` (payload: statements per element) writes stories/xapi-examples/<element>.json. */
function xapiExamplesPlugin() {
  return {
    name: 'spoc-xapi-examples',
    executeCommand({ command, payload }) {
      if (command !== 'write-xapi-examples') return undefined;
      mkdirSync('stories/xapi-examples', { recursive: true });
      return Object.entries(payload).map(([element, statements]) => {
        const file = `stories/xapi-examples/${element}.json`;
        writeFileSync(file, `${JSON.stringify(statements, null, 2)}\n`);
        return file;
      });
    },
  };
}

/** `silent-lrs`: an LRS endpoint that accepts connections and never answers; `{ connections }` after. */
function silentLrsPlugin() {
  let silent;
  return {
    name: 'spoc-silent-lrs',
    async executeCommand({ command }) {
      if (command !== 'silent-lrs') return undefined;
      silent ??= startSilentServer();
      const server = await silent;
      return { endpoint: server.endpoint, connections: server.connections() };
    },
    async serverStop() {
      if (silent) await (await silent).close();
    },
  };
}

/**
 * `dist-gzip` server command: the gzipped size (level 9) of files of dist/ as they are on disk
 * (the test server rewrites the scripts it serves), for the page-weight benchmark.
 */
function distGzipPlugin() {
  return {
    name: 'spoc-dist-gzip',
    executeCommand({ command, payload }) {
      if (command !== 'dist-gzip') return undefined;
      return payload.files.map((file) => {
        if (!/^[\w.-]+\.js$/.test(file)) throw new Error(`not a dist script: ${file}`);
        return gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
      });
    },
  };
}

export function serverPlugins() {
  return [distGzipPlugin(), faultProxyPlugin(), lrsPlugin(), silentLrsPlugin(), cmi5LmsPlugin(), scormPackagePlugin(), reactEsmPlugin(), sourceAliasPlugin(), xapiExamplesPlugin()];
}
