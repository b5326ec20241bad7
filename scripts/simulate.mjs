#!/usr/bin/env node
// `npm run simulate -- --learners 25 --lrs http://127.0.0.1:8787/xAPI/ [--auth ENV_VAR] [--seed 42]
//   [--course course.json] [--out statements.json]`: a seeded, realistic cohort (src/analytics/simulate.ts)
// sent to an LRS in batches, and/or written to a file. Credentials come from the environment
// variable named by --auth (a whole `Basic …` / `Bearer …` value, or `key:secret`); without it the
// test LRS's any-credentials Basic is used.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the simulator and the LRS client from the TypeScript sources (esbuild, dev dependency). */
export async function loadSimulator() {
  const dir = mkdtempSync(join(tmpdir(), 'spoc-simulate-'));
  const outfile = join(dir, 'simulate.mjs');
  try {
    await build({
      stdin: {
        contents: "export { simulateCohort, SIMULATED_COURSE } from './src/analytics/simulate.ts'; export { lrsClient } from './src/analytics/lrs-source.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      learners: { type: 'string', default: '25' },
      lrs: { type: 'string' },
      auth: { type: 'string' },
      seed: { type: 'string', default: '42' },
      course: { type: 'string' },
      start: { type: 'string' },
      out: { type: 'string' },
      batch: { type: 'string', default: '500' },
    },
  });
  if (!values.lrs && !values.out) {
    console.error('Usage: npm run simulate -- --learners 25 --lrs <endpoint> [--auth ENV_VAR] [--seed 42] [--course course.json] [--out statements.json]');
    process.exit(2);
  }
  const { simulateCohort, lrsClient } = await loadSimulator();
  const course = values.course ? JSON.parse(readFileSync(resolve(values.course), 'utf8')) : undefined;
  const cohort = simulateCohort({ learners: Number(values.learners), seed: Number(values.seed), ...(course ? { course } : {}), ...(values.start ? { start: values.start } : {}) });
  console.log(`${cohort.statements.length} statements for ${cohort.roster.length} learners (seed ${values.seed}).`);
  if (values.out) {
    writeFileSync(resolve(values.out), JSON.stringify(cohort.statements));
    writeFileSync(resolve(values.out).replace(/\.json$/, '') + '.roster.csv', `\uFEFFname;email\r\n${cohort.roster.map((r) => `${r.name};${r.mbox}`).join('\r\n')}\r\n`);
    console.log(`Written to ${values.out} (and the roster beside it).`);
  }
  if (values.lrs) {
    if (values.auth && process.env[values.auth] === undefined) {
      console.error(`The environment variable ${values.auth} is not set.`);
      process.exit(2);
    }
    const auth = values.auth ? process.env[values.auth] : `Basic ${Buffer.from('spoc:elements').toString('base64')}`;
    const client = lrsClient(values.lrs, auth);
    const size = Number(values.batch);
    for (let i = 0; i < cohort.statements.length; i += size) {
      await client.postStatements(cohort.statements.slice(i, i + size));
    }
    console.log(`Sent to ${client.endpoint}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
