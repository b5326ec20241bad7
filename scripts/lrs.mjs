#!/usr/bin/env node
// `npm run lrs`: the real LRS (Learning Locker's statement service, in memory) on 127.0.0.1:8787,
// for the demo: `npm start`, then open the printed demo URL with `?lrs=<endpoint>`.
import { startLrs } from '../tests/helpers/lrs-server.mjs';

const lrs = await startLrs({ port: Number(process.env.LRS_PORT ?? 8787) });
console.log(`LRS ready: ${lrs.endpoint} (any Basic credentials; in memory, stops with Ctrl+C)`);
console.log(`Demo against it: npm start, then open http://127.0.0.1:5173/?lrs=${encodeURIComponent(lrs.endpoint)}`);
const stop = async () => {
  await lrs.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
