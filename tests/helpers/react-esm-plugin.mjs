// React ships CommonJS only. For the React wrapper test the test server serves `react`,
// `react-dom` and `react-dom/client` as ES modules: one esbuild bundle holds the single copy of
// React they share, and a small module per specifier re-exports its default and named exports.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const SPECIFIERS = ['react', 'react-dom', 'react-dom/client'];
const PREFIX = '/__react-esm/';
const BUNDLE = `${PREFIX}bundle.js`;
const urlOf = (specifier) => `${PREFIX}${specifier.replace('/', '__')}.js`;

async function bundle() {
  const entry = SPECIFIERS.map((specifier, i) => `import * as m${i} from '${specifier}'; export { m${i} };`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function reexport(specifier, i) {
  // Names are read from the CommonJS module itself (in a child process: React writes to the
  // console when loaded, and the test runner's console must not see it).
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_ENV: 'development' } }).toString()).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  return `import { m${i} } from '${BUNDLE}';
const module = m${i}.default ?? m${i};
export default module;
export const { ${names.join(', ')} } = module;
`;
}

export function reactEsmPlugin() {
  let bundled;
  return {
    name: 'spoc-react-esm',
    resolveImport({ source }) {
      if (SPECIFIERS.includes(source)) return urlOf(source);
      return undefined;
    },
    async serve({ path }) {
      if (path === BUNDLE) return { body: await (bundled ??= bundle()), type: 'js' };
      const index = SPECIFIERS.findIndex((specifier) => urlOf(specifier) === path);
      if (index >= 0) return { body: reexport(SPECIFIERS[index], index), type: 'js' };
      return undefined;
    },
  };
}
