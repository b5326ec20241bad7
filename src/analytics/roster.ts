/**
 * The roster (who is enrolled), for the report's learners, from an export of the HR system or the
 * LMS: CSV whose first line names the columns (any order, English or French: `name`/`nom`,
 * `email`/`mail`/`courriel`, or `account`/`login` with `home-page`; `;`, `,` or tab), bare
 * `name;email` lines, or JSON (`[{ name, email | mbox | account: { homePage, name } }]`). Every line
 * that names nobody usable is reported with its line or path: a roster is never silently shortened.
 * Used by `<spoc-cohort-report>` (messages in the interface language) and the CLI (English).
 */
import type { SpocIssue } from '../events/spoc-error.js';
import { jsonErrorOffset, lineAndColumn } from '../internal/json-error-offset.js';
import { parseCsv } from './csv.js';
import type { RosterEntry } from './learners.js';

/** The messages of a roster's problems. */
export interface RosterWords {
  noIdentifier: string;
  badEmail: string;
  notList: string;
  noHeader: string;
  jsonSyntax: (line: number, column: number) => string;
}

/** English messages (the CLI's). */
export const rosterWordsEn: RosterWords = {
  noIdentifier: 'This line has neither an email nor an account name.',
  badEmail: 'This is not an email address.',
  notList: 'A roster is a CSV file or a JSON list of learners.',
  noHeader: 'The first line must name the columns (name, email).',
  jsonSyntax: (line, column) => `The JSON text is not valid at line ${line}, column ${column}.`,
};

export class RosterError extends Error {
  constructor(
    readonly code: 'invalid-roster' | 'roster-fetch-failed',
    message: string,
    readonly issues?: SpocIssue[],
  ) {
    super(message);
  }
}

/** Column names as exports write them → the field they hold. */
const COLUMNS: Record<string, 'name' | 'email' | 'homePage' | 'account'> = Object.fromEntries([
  ...['name', 'nom', 'full name', 'nom complet'].map((h) => [h, 'name']),
  ...['email', 'e-mail', 'mail', 'mbox', 'courriel', 'adresse e-mail'].map((h) => [h, 'email']),
  ...['homepage', 'home-page', 'home_page', 'account_home_page', 'account home page'].map((h) => [h, 'homePage']),
  ...['account', 'account_name', 'login', 'identifiant'].map((h) => [h, 'account']),
]);
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function entry(raw: Record<string, unknown>, path: string, issues: SpocIssue[], words: RosterWords): RosterEntry | undefined {
  const name = text(raw['name']) || text(raw['nom']);
  const email = (text(raw['email']) || text(raw['mbox']) || text(raw['mail']) || text(raw['courriel'])).replace(/^mailto:/i, '');
  const account = isObject(raw['account']) ? raw['account'] : undefined;
  const login = text(account?.['name']) || text(raw['account']) || text(raw['login']);
  const homePage = text(account?.['homePage']) || text(raw['homePage']) || text(raw['home-page']) || text(raw['homepage']);
  if (email) {
    if (!EMAIL.test(email)) {
      issues.push({ path: `${path}.email`, code: 'invalid-email', message: words.badEmail });
      return undefined;
    }
    return { ...(name ? { name } : {}), mbox: email };
  }
  if (login && homePage) return { ...(name ? { name } : {}), account: { homePage, name: login } };
  issues.push({ path, code: 'no-identifier', message: words.noIdentifier });
  return undefined;
}

/** CSV text → one object per learner line, keyed by field, with the line number each came from. */
function csvRecords(trimmed: string, words: RosterWords): Array<[Record<string, string>, number]> {
  const rows = parseCsv(trimmed);
  const header = (rows[0] ?? []).map((cell) => COLUMNS[cell.trim().toLowerCase()]);
  if (header.some((field) => field === 'email' || field === 'account' || field === 'name')) {
    return rows.slice(1).map((row, i) => [Object.fromEntries(header.flatMap((field, j) => (field ? [[field, row[j] ?? '']] : []))), i + 2]);
  }
  // No header: bare `name;email` lines (the second cell an address) are read as such.
  if (rows.length && EMAIL.test((rows[0]![1] ?? '').trim())) return rows.map((row, i) => [{ name: row[0] ?? '', email: row[1] ?? '' }, i + 1]);
  throw new RosterError('invalid-roster', words.noHeader, [{ path: 'line 1', code: 'no-header', message: words.noHeader }]);
}

/**
 * Parses a roster (CSV or JSON text, or an already parsed list) into entries; throws a
 * `RosterError` listing every problem (each with its line or path).
 */
export function parseRoster(input: unknown, words: RosterWords = rosterWordsEn): RosterEntry[] {
  let records: Array<[unknown, string]>;
  if (typeof input === 'string' && !/^[[{]/.test(input.replace(/^\uFEFF/, '').trim())) {
    records = csvRecords(input.replace(/^\uFEFF/, '').trim(), words).map(([record, line]) => [record, `line ${line}`]);
  } else {
    let data = input;
    if (typeof input === 'string') {
      const trimmed = input.replace(/^\uFEFF/, '').trim();
      try {
        data = JSON.parse(trimmed);
      } catch {
        // Where it breaks, in the caller's language (the JavaScript engine's message is English).
        const { line, column } = lineAndColumn(trimmed, jsonErrorOffset(trimmed));
        const message = words.jsonSyntax(line, column);
        throw new RosterError('invalid-roster', message, [{ path: 'roster', code: 'invalid-json', message }]);
      }
    }
    if (!Array.isArray(data)) throw new RosterError('invalid-roster', words.notList, [{ path: 'roster', code: 'not-a-list', message: words.notList }]);
    records = data.map((raw, i) => [raw, `roster[${i}]`]);
  }
  const issues: SpocIssue[] = [];
  const entries: RosterEntry[] = [];
  for (const [raw, path] of records) {
    if (!isObject(raw)) issues.push({ path, code: 'no-identifier', message: words.noIdentifier });
    else {
      const parsed = entry(raw, path, issues, words);
      if (parsed) entries.push(parsed);
    }
  }
  if (issues.length) throw new RosterError('invalid-roster', words.notList, issues);
  return entries;
}
