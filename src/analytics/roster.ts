/** A roster from a CSV file (an export of the HR system or the LMS), for the report's learners. */
import { parseCsv } from './csv.js';
import type { RosterEntry } from './learners.js';

const HEADERS = {
  name: ['name', 'nom', 'full name', 'nom complet'],
  email: ['email', 'e-mail', 'mail', 'mbox', 'courriel', 'adresse e-mail'],
  homePage: ['account_home_page', 'homepage', 'home_page', 'account home page'],
  account: ['account_name', 'account', 'login', 'identifiant'],
};

/** Roster CSV → entries: a header row naming the columns; without one, name then email. */
export function parseRoster(text: string): RosterEntry[] {
  const rows = parseCsv(text);
  if (!rows.length) return [];
  const header = rows[0]!.map((cell) => cell.trim().toLowerCase());
  const find = (names: readonly string[]) => header.findIndex((cell) => names.includes(cell));
  let columns = { name: find(HEADERS.name), email: find(HEADERS.email), homePage: find(HEADERS.homePage), account: find(HEADERS.account) };
  let body = rows.slice(1);
  if (columns.email < 0 && columns.account < 0) {
    columns = { name: 0, email: 1, homePage: -1, account: -1 };
    body = rows;
  }
  return body.flatMap((row): RosterEntry[] => {
    const cell = (i: number) => (i >= 0 ? row[i]?.trim() || undefined : undefined);
    const entry: RosterEntry = {};
    const name = cell(columns.name);
    if (name) entry.name = name;
    const email = cell(columns.email);
    if (email) entry.mbox = email;
    else if (cell(columns.account) && cell(columns.homePage)) entry.account = { homePage: cell(columns.homePage)!, name: cell(columns.account)! };
    else return [];
    return [entry];
  });
}
