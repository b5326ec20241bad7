/**
 * One policy for every URL that comes from data (links, logos, posters, media, captions, `src`,
 * LRS endpoints): `https:`, `http:` and relative URLs; `blob:` too for media. Anything else
 * (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused — at the schema, with a localized
 * message naming the path, and again at render time, where a refused URL renders nothing clickable.
 *
 * The scheme is read the way browsers read it: ASCII tabs and newlines anywhere are removed and
 * leading/trailing C0 controls and spaces are trimmed (WHATWG URL parser), so ` JaVa\tScript:` is
 * seen as `javascript:`.
 */
export type UrlUse = 'link' | 'media';

const ALLOWED: Record<UrlUse, ReadonlySet<string>> = {
  link: new Set(['http:', 'https:']),
  media: new Set(['http:', 'https:', 'blob:']),
};

// eslint-disable-next-line no-control-regex
const STRIPPED = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const TRIMMED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The URL as the browser will read it, or `undefined` when its scheme is not allowed for `use`. */
export function safeUrl(value: string | null | undefined, use: UrlUse = 'link'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.replace(STRIPPED, '').replace(TRIMMED, '');
  if (!url) return undefined;
  const scheme = SCHEME.exec(url)?.[1];
  if (scheme === undefined) return url; // relative (including `//host/path`, which keeps the page's scheme)
  return ALLOWED[use].has(`${scheme.toLowerCase()}:`) ? url : undefined;
}

/** Whether `value` passes the policy. */
export const isSafeUrl = (value: string, use: UrlUse = 'link') => safeUrl(value, use) !== undefined;
