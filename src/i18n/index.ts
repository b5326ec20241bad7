import { sharedStrings } from './strings/shared.js';
import type { Translation } from './translation.js';

export type { Translation };

/**
 * The built-in English and French catalogs, filled section by section: the shared strings now,
 * each element's sections when its module loads (`addStrings`), so a page carries only the
 * strings of the elements it uses. Sections an element has not brought are absent (`undefined`).
 */
const builtIn = new Map<string, Translation>([
  ['en', { ...sharedStrings.en } as Translation],
  ['fr', { ...sharedStrings.fr } as Translation],
]);
/** Whole catalogs a page registered: they win over the built-in ones. */
const registered = new Map<string, Translation>();

/** Adds an element's sections to the built-in catalogs (called once by the module that uses them). */
export function addStrings(...sets: Array<{ readonly en: Partial<Translation>; readonly fr: Partial<Translation> }>): void {
  for (const set of sets) {
    Object.assign(builtIn.get('en')!, set.en);
    Object.assign(builtIn.get('fr')!, set.fr);
  }
}

/**
 * Adds or replaces a language (`registerTranslation(de)` from a page that needs German). A whole
 * catalog, every section: start from the `en` catalog the package exports.
 */
export function registerTranslation(...translations: Translation[]): void {
  for (const translation of translations) registered.set(translation.$code.toLowerCase(), translation);
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
  return pick(registered, lang) ?? pick(builtIn, lang) ?? builtIn.get('en')!;
}

/**
 * An element's own strings, kept beside it (so its chunk carries them, not every page):
 * `{ en: {...}, fr: {...} }`, picked for the resolved language like `translationFor`, English last.
 */
export function catalogFor<T>(strings: { readonly en: T } & Readonly<Record<string, T>>, lang: string | undefined): T {
  return pick(new Map(Object.entries(strings)), lang) ?? strings.en;
}
