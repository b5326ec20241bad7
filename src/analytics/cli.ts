/**
 * `spoc-elements report`: the cohort report from an LRS, in Node, for HR and trainers who want
 * the end-of-session files without a browser page.
 *
 *   npx spoc-elements report --lrs <endpoint> --auth <ENV_VAR_NAME> --course course.json \
 *     [--roster roster.csv] --out report/ [--lang fr] [--separator ";"] [--course-id <IRI>] \
 *     [--inactive-days 7] [--now <ISO date>]
 *
 * Writes learners.csv, questions.csv, modules.csv (UTF-8 with BOM), report.json and bilan.html.
 * Credentials are read from the environment variable named by `--auth`, never from the command
 * line (a value there would end up in shell history and process lists).
 */
/// <reference types="node" />
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { courseDefinitionSchema } from '../course/course.schema.js';
import { courseIndex } from './course-index.js';
import { learnersCsv, modulesCsv, questionsCsv, reportJson } from './exports.js';
import type { RosterEntry } from './learners.js';
import { parseRoster, RosterError } from './roster.js';
import { AnalyticsSourceError, foldFromLrs, lrsClient } from './lrs-source.js';
import { buildReport } from './report.js';
import { summaryHtml } from './summary-html.js';

export const USAGE = `Usage: spoc-elements report --lrs <endpoint> --auth <ENV_VAR_NAME> --course <course.json> [--roster <roster.csv>] --out <folder>
Options:
  --lrs            the LRS's xAPI endpoint (https://lrs.example.com/xapi/)
  --auth           the NAME of an environment variable holding "Basic …", "Bearer …" or "key:secret"
  --course         the course definition (the JSON <spoc-course> reads)
  --course-id      the course IRI, when the definition has no "id" (or another one)
  --roster         CSV with a header: name, email (or account_home_page, account_name); ";" or ","
  --out            folder for learners.csv, questions.csv, modules.csv, report.json, bilan.html
  --lang           language of the files: en (default) or fr
  --separator      CSV field separator: "," (default, or ";" with --lang fr) or ";"
  --inactive-days  days without activity before a learner needs a nudge (default 7)
  --now            the date the report is as of (default now)`;

export interface CliIo {
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  error: (line: string) => void;
  cwd: string;
}

class UsageError extends Error {}

async function report(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      lrs: { type: 'string' },
      auth: { type: 'string' },
      course: { type: 'string' },
      'course-id': { type: 'string' },
      roster: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      separator: { type: 'string' },
      'inactive-days': { type: 'string' },
      now: { type: 'string' },
    },
  });
  if (!values.lrs || !values.course || !values.out) throw new UsageError('--lrs, --course and --out are required.');
  let auth: string | undefined;
  if (values.auth !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(values.auth)) throw new UsageError('--auth takes the NAME of an environment variable that holds the credentials, not the credentials themselves.');
    auth = io.env[values.auth];
    if (!auth) throw new UsageError(`The environment variable ${values.auth} is not set.`);
  }
  const separator = values.separator ?? (values.lang?.toLowerCase().startsWith('fr') ? ';' : ',');
  if (separator !== ',' && separator !== ';') throw new UsageError('--separator is "," or ";".');
  const now = values.now === undefined ? Date.now() : Date.parse(values.now);
  if (Number.isNaN(now)) throw new UsageError('--now is not a date.');
  const inactiveDays = values['inactive-days'] === undefined ? undefined : Number(values['inactive-days']);
  if (inactiveDays !== undefined && !(inactiveDays >= 0)) throw new UsageError('--inactive-days is a number of days.');

  const path = (file: string) => resolve(io.cwd, file);
  let definition: unknown;
  try {
    definition = JSON.parse(await readFile(path(values.course), 'utf8'));
  } catch (error) {
    io.error(`Cannot read the course definition ${values.course}: ${(error as Error).message}`);
    return 1;
  }
  const parsed = courseDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    io.error(`The course definition ${values.course} is not valid:`);
    for (const issue of parsed.error.issues) io.error(`  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return 1;
  }
  const courseId = values['course-id'] ?? parsed.data.id;
  if (!courseId) throw new UsageError('The course definition has no "id": give the course IRI with --course-id.');
  let roster: RosterEntry[] | undefined;
  if (values.roster) {
    try {
      roster = parseRoster(await readFile(path(values.roster), 'utf8'));
    } catch (error) {
      io.error(`Cannot read the roster ${values.roster}: ${(error as Error).message}`);
      // Each line that names nobody usable, with its line number.
      for (const issue of error instanceof RosterError ? (error.issues ?? []) : []) io.error(`  ${issue.path}: ${issue.message}`);
      return 1;
    }
  }

  const index = courseIndex(parsed.data, courseId);
  const client = lrsClient(values.lrs, auth);
  let folded;
  try {
    folded = await foldFromLrs(client, index, undefined, { limit: 1000 });
  } catch (error) {
    io.error(error instanceof AnalyticsSourceError ? error.message : `The LRS could not be read: ${(error as Error).message}`);
    return 1;
  }
  const result = buildReport(index, folded.state, { roster, now, inactiveDays });
  const options = { lang: values.lang ?? 'en', separator: separator as ',' | ';' };
  const out = path(values.out);
  await mkdir(out, { recursive: true });
  await Promise.all([
    writeFile(join(out, 'learners.csv'), learnersCsv(result, options)),
    writeFile(join(out, 'questions.csv'), questionsCsv(result, options)),
    writeFile(join(out, 'modules.csv'), modulesCsv(result, options)),
    writeFile(join(out, 'report.json'), reportJson(result)),
    writeFile(join(out, 'bilan.html'), summaryHtml(result, { lang: options.lang })),
  ]);
  const ignored = Object.values(result.counts.ignored).reduce((a, b) => a + b, 0);
  const c = result.cohort;
  io.log(`${folded.statements} statements read in ${folded.requests} requests (${ignored} ignored); ${c.enrolled} learners, ${c.completed} completed (${Math.round(c.completionRate * 100)} %).`);
  io.log(`Written to ${out}: learners.csv, questions.csv, modules.csv, report.json, bilan.html`);
  return 0;
}

/** Runs the command line; resolves with the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'report') return await report(rest, io);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.log(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.error((error as Error).message);
      io.error(USAGE);
      return 2;
    }
    throw error;
  }
}
