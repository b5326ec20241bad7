// web-test-runner: every test file in a real, headless Debian Chromium.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './helpers/summary-reporter.mjs';
import { serverPlugins } from './helpers/server-plugins.mjs';
import { rangeMiddleware } from './helpers/range-middleware.mjs';
import { bundlePagesMiddleware, bundlePagesPlugin } from './helpers/bundle-pages.mjs';
import { printPagesPlugin } from './helpers/print-pages.mjs';

const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);
if (!chromePath) {
  console.error(
    'npm test needs Chromium: install it with `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chrome/Chromium binary).',
  );
  process.exit(1);
}

// Flags that work headless as root on a machine with no outside network.
const chromeArgs = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--autoplay-policy=no-user-gesture-required',
  '--mute-audio',
];

// `npm test -- --files tests/quiz.test.ts` runs one file.
const files = 'tests/**/*.test.ts';

export default {
  rootDir: '.',
  files,
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs } }),
  ],
  middleware: [bundlePagesMiddleware(), rangeMiddleware(process.cwd())],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    ...serverPlugins(),
    bundlePagesPlugin(),
    printPagesPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
