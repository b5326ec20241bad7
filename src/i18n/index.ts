import { en } from './en.js';
import { fr } from './fr.js';
import type { Translation } from './translation.js';

export type { Translation };

const catalogs = new Map<string, Translation>([
  ['en', en],
  ['fr', fr],
]);

/** Adds or replaces a language (`registerTranslation(de)` from a page that needs German). */
export function registerTranslation(...translations: Translation[]): void {
  for (const translation of translations) catalogs.set(translation.$code.toLowerCase(), translation);
}

/**
 * A language tag as backends really write it, made BCP 47: `fr_FR` → `fr-fr`, trimmed, lower case.
 * Anything that is not a plausible tag gives `''` (the caller falls back), never an exception.
 */
export function normalizeLang(lang: string | undefined): string {
  const code = (lang ?? '').trim().replace(/_/g, '-').toLowerCase();
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(code) ? code : '';
}

/** The first of `catalogs` that fits a tag: exact match, then the primary language, else `undefined`. */
function pick<T>(catalogs: ReadonlyMap<string, T>, lang: string | undefined): T | undefined {
  const code = normalizeLang(lang);
  return catalogs.get(code) ?? catalogs.get(code.split('-')[0]!);
}

/** The catalog for a BCP 47 tag: exact match, then the primary language, then English. */
export function translationFor(lang: string | undefined): Translation {
  return pick(catalogs, lang) ?? en;
}

/**
 * An element's own strings, kept beside it (so its chunk carries them, not every page):
 * `{ en: {...}, fr: {...} }`, picked for the resolved language like `translationFor`, English last.
 */
export function catalogFor<T>(strings: { readonly en: T } & Readonly<Record<string, T>>, lang: string | undefined): T {
  return pick(new Map(Object.entries(strings)), lang) ?? strings.en;
}
