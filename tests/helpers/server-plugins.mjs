// Node-side plugins of the test server (web-test-runner).
import { startLrs } from './lrs-server.mjs';
import { startCmi5Lms } from './cmi5-lms-server.mjs';

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

export function serverPlugins() {
  return [lrsPlugin(), cmi5LmsPlugin()];
}
