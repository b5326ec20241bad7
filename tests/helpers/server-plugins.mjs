// Node-side plugins of the test server (web-test-runner).
import { startLrs } from './lrs-server.mjs';

/**
 * `lrs-info` server command: the real LRS's endpoint, started lazily on first use so test files
 * that need no LRS pay nothing; stopped when the test server stops.
 */
function lrsPlugin() {
  let lrs;
  return {
    name: 'spoc-lrs',
    async executeCommand({ command }) {
      if (command !== 'lrs-info') return undefined;
      lrs ??= startLrs();
      const { endpoint } = await lrs;
      return { endpoint };
    },
    async serverStop() {
      if (lrs) await (await lrs).stop();
    },
  };
}

export function serverPlugins() {
  return [lrsPlugin()];
}
