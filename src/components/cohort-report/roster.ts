/**
 * The roster (who is enrolled): CSV with a header row (`name`/`nom`, `email`/`mail`/`courriel`,
 * or `account`/`login` with `home-page`; `;`, `,` or tab) or JSON (`[{ name, email | mbox |
 * account: { homePage, name } }]`). Each problem is reported with its line or path.
 */
import { parseCsv } from '../../analytics/csv.js';
import type { RosterEntry } from '../../analytics/learners.js';
import type { SpocIssue } from '../../events/spoc-error.js';
import { jsonErrorOffset, lineAndColumn } from '../../internal/json-error-offset.js';
import type { CohortReportStrings } from './cohort-report.strings.js';

export class RosterError extends Error {
  constructor(
    readonly code: 'invalid-roster' | 'roster-fetch-failed',
    message: string,
    readonly issues?: SpocIssue[],
  ) {
    super(message);
  }
}

type Words = CohortReportStrings['rosterIssues'];
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function entry(raw: Record<string, unknown>, path: string, issues: SpocIssue[], words: Words): RosterEntry | undefined {
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

/** Parses a roster (CSV or JSON text, or an array) into entries; throws a `RosterError` listing every problem. */
export function parseRoster(input: unknown, words: Words): RosterEntry[] {
  let data = input;
  let csv = false;
  if (typeof input === 'string') {
    const trimmed = input.replace(/^\uFEFF/, '').trim();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
      try {
        data = JSON.parse(trimmed);
      } catch {
        // Where it breaks, in the interface language (the browser's message is English).
        const { line, column } = lineAndColumn(trimmed, jsonErrorOffset(trimmed));
        const message = words.jsonSyntax(line, column);
        throw new RosterError('invalid-roster', message, [{ path: 'roster', code: 'invalid-json', message }]);
      }
    } else {
      csv = true;
      const rows = parseCsv(trimmed);
      const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase().replace(/^e-?mail$/, 'email'));
      if (!header.some((h) => ['name', 'nom', 'email', 'mail', 'courriel', 'mbox', 'account', 'login'].includes(h))) {
        throw new RosterError('invalid-roster', words.noHeader, [{ path: 'line 1', code: 'no-header', message: words.noHeader }]);
      }
      data = rows.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
    }
  }
  if (!Array.isArray(data)) throw new RosterError('invalid-roster', words.notList, [{ path: 'roster', code: 'not-a-list', message: words.notList }]);
  const issues: SpocIssue[] = [];
  const entries: RosterEntry[] = [];
  data.forEach((raw, i) => {
    const path = csv ? `line ${i + 2}` : `roster[${i}]`;
    if (!isObject(raw)) {
      issues.push({ path, code: 'no-identifier', message: words.noIdentifier });
      return;
    }
    const parsed = entry(raw, path, issues, words);
    if (parsed) entries.push(parsed);
  });
  if (issues.length) throw new RosterError('invalid-roster', words.notList, issues);
  return entries;
}
