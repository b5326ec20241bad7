// Benchmarks (not tests): `npm run bench`. Same browser and plugins as the tests; numbers go to the log.
import config from '../tests/web-test-runner.config.mjs';

export default {
  ...config,
  files: 'bench/**/*.bench.ts',
  testFramework: { config: { timeout: 120000 } },
};
