// The `spoc-elements report` command against the real LRS, in Node:
//   node --test tests/analytics/cli.node.test.mjs
// The CLI and the simulator are bundled from the TypeScript sources with esbuild (as the published
// dist/cli.js is with vite); the command runs in a child process with its credentials in an
// environment variable, exactly as HR would run it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { freePort, startLrs } from '../helpers/lrs-server.mjs';
import { startFaultProxy } from '../helpers/fault-proxy.mjs';
import { loadSimulator } from '../../scripts/simulate.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'spoc-cli-test-'));
const AUTH = `Basic ${Buffer.from('hr:secret').toString('base64')}`;
let lrs;
let sim;
let lib;
let cohort;
let runner;

/** Runs the command in a child process; resolves with its exit code and output. */
function run(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [runner, ...args], { cwd: dir, env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

before(async () => {
  lrs = await startLrs();
  sim = await loadSimulator();
  // The CLI as the package builds it: Node built-ins external, the rest bundled from source.
  await build({
    entryPoints: [join(root, 'src/analytics/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(dir, 'cli.js'),
    logLevel: 'warning',
  });
  runner = join(dir, 'spoc-elements.mjs');
  writeFileSync(runner, readFileSync(join(root, 'bin/spoc-elements.mjs'), 'utf8').replace('../dist/cli.js', './cli.js'));
  await build({ entryPoints: [join(root, 'src/analytics/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'analytics.js'), logLevel: 'warning' });
  lib = await import(pathToFileURL(join(dir, 'analytics.js')).href);
  cohort = sim.simulateCohort({ learners: 12, seed: 7 });
  await sim.lrsClient(lrs.endpoint, AUTH).postStatements(cohort.statements);
  writeFileSync(join(dir, 'course.json'), JSON.stringify(cohort.course));
  writeFileSync(join(dir, 'roster.csv'), `\uFEFFNom;Courriel\r\n${cohort.roster.map((r) => `${r.name};${r.mbox}`).join('\r\n')}\r\n`);
});

after(async () => {
  await lrs?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('writes the CSV files, the JSON model and the one-page summary from the LRS', async () => {
  const now = '2026-04-06T00:00:00Z';
  const { code, stdout, stderr } = await run(['report', '--lrs', lrs.endpoint, '--auth', 'SPOC_LRS_AUTH', '--course', 'course.json', '--roster', 'roster.csv', '--out', 'report', '--lang', 'fr', '--now', now], { SPOC_LRS_AUTH: AUTH });
  assert.equal(code, 0, stderr);
  assert.match(stdout, new RegExp(`${cohort.statements.length} statements read`));

  const learners = readFileSync(join(dir, 'report/learners.csv'), 'utf8');
  assert.ok(learners.startsWith('\uFEFFNom;Identifiant;Inscrit;Statut;Progression (%);Terminé le;Score (%);Temps passé (min);Première activité;Dernière activité;Jours sans activité;Tentatives de quiz;Contenus consultés (%);À suivre\r\n'));
  const rows = learners.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(';'));
  assert.equal(rows.length, 1 + cohort.roster.length);
  assert.equal(rows[3][0], 'Chloé Garcia');
  assert.equal(rows[3][1], 'chloe.garcia@example.com');
  assert.ok(rows.slice(1).every((row) => row.length === 14));

  // Same figures as the library computes in memory from the same statements.
  const index = lib.courseIndex(cohort.course);
  const expected = lib.buildReport(index, lib.foldAll(cohort.statements, index), { roster: cohort.roster, now: Date.parse(now) });
  const written = JSON.parse(readFileSync(join(dir, 'report/report.json'), 'utf8'));
  // The LRS's `stored` times make the cursor; in memory it is the latest timestamp.
  delete written.cursor;
  delete expected.cursor;
  assert.deepEqual(written, JSON.parse(JSON.stringify(expected)));
  rows.slice(1).forEach((row, i) => assert.equal(row[4], String(Math.round(expected.learners[i].progress.percent * 1000) / 10).replace('.', ',')));

  const questions = readFileSync(join(dir, 'report/questions.csv'), 'utf8');
  assert.ok(questions.startsWith('\uFEFFQuiz;Question;Énoncé;Premières tentatives;Indice de facilité (%)'));
  const modules = readFileSync(join(dir, 'report/modules.csv'), 'utf8');
  assert.match(modules, /\r\nm3;Animer un point d'équipe;oui;2026-03-23;/);
  const html = readFileSync(join(dir, 'report/bilan.html'), 'utf8');
  assert.match(html, /<h1>Bilan de fin de session — Manager au quotidien<\/h1>/);
  assert.match(html, new RegExp(`${expected.cohort.completed} sur ${expected.cohort.enrolled}`));
  assert.doesNotMatch(html, /<script|<link /);
});

test('credentials come from an environment variable only', async () => {
  const inArgv = await run(['report', '--lrs', lrs.endpoint, '--auth', AUTH, '--course', 'course.json', '--out', 'r2']);
  assert.equal(inArgv.code, 2);
  assert.match(inArgv.stderr, /NAME of an environment variable/);
  const unset = await run(['report', '--lrs', lrs.endpoint, '--auth', 'NOT_SET_ANYWHERE', '--course', 'course.json', '--out', 'r2']);
  assert.equal(unset.code, 2);
  assert.match(unset.stderr, /NOT_SET_ANYWHERE is not set/);
});

test('a 401 or an unreachable LRS is a clear error, not a stack trace', async () => {
  // The real LRS behind a proxy that wants other credentials.
  const proxy = await startFaultProxy(lrs.endpoint);
  proxy.configure({ auth: AUTH });
  try {
    const denied = await run(['report', '--lrs', proxy.endpoint, '--auth', 'KEY', '--course', 'course.json', '--out', 'r3'], { KEY: 'wrong:key' });
    assert.equal(denied.code, 1);
    assert.match(denied.stderr, /refused the credentials \(401\)/);
    assert.doesNotMatch(denied.stderr, /wrong|d3Jvbmc6a2V5|at .*\.js/);
    const allowed = await run(['report', '--lrs', proxy.endpoint, '--auth', 'KEY', '--course', 'course.json', '--out', 'r3'], { KEY: AUTH });
    assert.equal(allowed.code, 0, allowed.stderr);
  } finally {
    await proxy.close();
  }
  const closed = await run(['report', '--lrs', `http://127.0.0.1:${await freePort()}/xapi/`, '--course', 'course.json', '--out', 'r3']);
  assert.equal(closed.code, 1);
  assert.match(closed.stderr, /could not be reached/);
});

test('a bad course definition is reported with paths', async () => {
  writeFileSync(join(dir, 'bad-course.json'), JSON.stringify({ title: 'x', modules: [] }));
  const result = await run(['report', '--lrs', lrs.endpoint, '--course', 'bad-course.json', '--out', 'r4']);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /modules:/);
});

test('a roster line that names nobody is reported with its line, not dropped', async () => {
  writeFileSync(join(dir, 'bad-roster.csv'), 'Nom;Courriel\r\nAna Martin;ana@example.com\r\nSans adresse;\r\nBruno;pas-une-adresse\r\n');
  const result = await run(['report', '--lrs', lrs.endpoint, '--auth', 'SPOC_LRS_AUTH', '--course', 'course.json', '--roster', 'bad-roster.csv', '--out', 'r5'], { SPOC_LRS_AUTH: AUTH });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /line 3: This line has neither an email nor an account name\./);
  assert.match(result.stderr, /line 4\.email: This is not an email address\./);
});

test('a since refresh after 100 new statements fetches only those', async () => {
  const index = lib.courseIndex(cohort.course);
  const client = sim.lrsClient(lrs.endpoint, AUTH);
  const first = await lib.foldFromLrs(client, index, undefined, { limit: 500 });
  assert.equal(first.statements, cohort.statements.length);
  const more = sim.simulateCohort({ learners: 40, seed: 99, start: '2026-04-01' }).statements.slice(0, 100);
  await client.postStatements(more);
  const refresh = await lib.foldFromLrs(client, index, first.state, { limit: 500 });
  assert.equal(refresh.statements, 100);
  assert.equal(refresh.requests, 1);
  assert.equal(refresh.state.counts.folded, cohort.statements.length + 100);
});

test('an LRS failing mid-way keeps what was folded, and the next refresh resumes from there', async () => {
  const index = lib.courseIndex(cohort.course);
  const proxy = await startFaultProxy(lrs.endpoint);
  try {
    const client = sim.lrsClient(proxy.endpoint, AUTH);
    const state = lib.emptyFold(index.courseId);
    // The first page comes through, then every connection drops.
    const breakAfterFirstPage = () => proxy.configure({ dropNext: 1000 });
    await assert.rejects(lib.foldFromLrs(client, index, state, { limit: 50, onPage: breakAfterFirstPage }), (error) => error.code === 'unreachable' && /could not be reached/.test(error.message));
    assert.equal(state.counts.folded, 50);
    const cursor = state.cursor;
    assert.ok(cursor);
    proxy.configure({});
    const resumed = await lib.foldFromLrs(client, index, state, { limit: 500 });
    assert.equal(resumed.statements, cohort.statements.length + 100 - 50);
    assert.equal(state.counts.folded, cohort.statements.length + 100);
  } finally {
    await proxy.close();
  }
});
