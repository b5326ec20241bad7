// Benchmarks (not tests): `npm run bench`. Same browser and plugins as the tests; numbers go to the log.
import config from '../tests/web-test-runner.config.mjs';

export default {
  ...config,
  files: 'bench/**/*.bench.ts',
  // Measure what users ship: Lit's production build, not its dev-mode checks and warnings.
  nodeResolve: { exportConditions: ['production'] },
  testFramework: { config: { timeout: 120000 } },
};
