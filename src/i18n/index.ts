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

/** The catalog for a BCP 47 tag: exact match, then the primary language, then English. */
export function translationFor(lang: string | undefined): Translation {
  const code = (lang ?? '').toLowerCase();
  return catalogs.get(code) ?? catalogs.get(code.split('-')[0]!) ?? en;
}
