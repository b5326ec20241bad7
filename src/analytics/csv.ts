/**
 * CSV that spreadsheet software opens right: UTF-8 with a byte order mark (Excel otherwise reads
 * accents as Windows-1252), `,` or `;` between fields (`;` with a decimal comma is what French
 * Excel expects), CRLF line ends, fields quoted when they hold the separator, a quote or a line
 * break (quotes doubled, RFC 4180), and text that a spreadsheet would run as a formula
 * (`= + - @` first) prefixed with `'`.
 */
export interface CsvOptions {
  /** Field separator (default `,`). */
  separator?: ',' | ';' | '\t';
  /** Decimal mark of numbers (default `,` with `;`, else `.`). */
  decimal?: '.' | ',';
  /** Start with the UTF-8 byte order mark (default `true`). */
  bom?: boolean;
}

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue, options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const decimal = options.decimal ?? (separator === ';' ? ',' : '.');
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(Math.round(value * 1e6) / 1e6);
    return decimal === ',' ? text.replace('.', ',') : text;
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: a header row, then the rows. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>, options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const lines = [header, ...rows].map((row) => row.map((value) => csvField(value, options)).join(separator));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/**
 * Parses CSV text (a roster): BOM dropped, separator guessed from the header (`;`, `,` or tab)
 * unless given, quoted fields with doubled quotes and line breaks.
 */
export function parseCsv(text: string, separator?: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = separator ?? ([';', '\t', ','].map((s) => ({ s, n: firstLine.split(s).length })).sort((a, b) => b.n - a.n)[0]!.s);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}
