/** Localized text of the course definition, without pulling the element catalogs or zod into analytics. */
import type { LocalizedText } from '../internal/validation.js';

/** The text for `lang`: exact tag, then primary language, then the first given. */
export function textIn(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const wanted = lang.replace(/_/g, '-').toLowerCase();
  const primary = wanted.split('-')[0]!;
  const keys = Object.keys(text);
  const key = keys.find((k) => k.toLowerCase() === wanted) ?? keys.find((k) => k.toLowerCase().split('-')[0] === primary) ?? keys[0];
  return key === undefined ? '' : text[key]!;
}
