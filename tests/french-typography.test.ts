// French typography in every French string the library shows: a no-break space (U+00A0 or the
// narrow U+202F) before `: ; ! ? %` and inside « », never an ordinary space that lets the sign
// wrap alone onto the next line, and never no space at all.
import { expect } from '@open-wc/testing';
import { fr } from '../src/i18n/fr.js';
import { analyticsStrings } from '../src/analytics/analytics.strings.js';


/** Every string a catalog can produce: plain strings, and functions called with sample arguments. */
function* texts(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'function') {
    for (const sample of [[1, 2, 'X', 'Y', 'Z'], [2, 5, 'Titre', 'Autre', 'Encore'], ['3', '10', '4', '5', '6']]) {
      let out: unknown;
      try {
        out = (value as (...args: unknown[]) => unknown)(...sample);
      } catch {
        continue;
      }
      if (typeof out === 'string') yield [`${path}(${sample.join(', ')})`, out];
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* texts(item, `${path}.${key}`);
  }
}

/** The typography faults of one French string. */
export function faults(text: string): string[] {
  // URLs, code spans and times are not prose.
  const prose = text.replace(/`[^`]*`/g, '').replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '').replace(/\b(https?|mailto|javascript|data|vbscript|blob|file):/gi, '').replace(/\d:\d/g, '');
  const found: string[] = [];
  if (/ [:;!?%»]/.test(prose)) found.push('ordinary space before : ; ! ? % or »');
  if (/« /.test(prose)) found.push('ordinary space after «');
  if (/[\p{L}\d)][;!?]/u.test(prose)) found.push('no space before ; ! ?');
  if (/\p{L}:(\s|$)/u.test(prose)) found.push('no space before :');
  if (/\d%/.test(prose)) found.push('no space before %');
  if (/«[^\u00a0\u202f]/.test(prose) || /[^\u00a0\u202f]»/.test(prose)) found.push('no no-break space inside « »');
  return found;
}

describe('French typography', () => {
  it('knows the rules', () => {
    expect(faults('Score : 80 %')).to.deep.equal(['ordinary space before : ; ! ? % or »']);
    expect(faults('Score: 80%')).to.deep.equal(['no space before :', 'no space before %']);
    expect(faults('Score\u00a0: 80\u00a0%')).to.deep.equal([]);
    expect(faults('Vraiment\u202f?')).to.deep.equal([]);
    expect(faults('Vraiment?')).to.deep.equal(['no space before ; ! ?']);
    expect(faults('« titre »')).to.have.length(3);
    expect(faults('«\u00a0titre\u00a0»')).to.deep.equal([]);
    expect(faults('voir https://example.com/a:b et 10:30')).to.deep.equal([]);
  });

  const sources: Array<[string, unknown]> = [['fr', fr], ['analytics', analyticsStrings.fr]];
  for (const [name, catalog] of sources) {
    it(`${name}: every French string`, () => {
      const bad = [...texts(catalog, name)].flatMap(([path, text]) => faults(text).map((fault) => `${path}: ${fault} — ${JSON.stringify(text)}`));
      expect(bad).to.deep.equal([]);
    });
  }

  it('element catalogs beside their elements: every French string', async () => {
    const modules = await Promise.all(
      ['feedback/feedback', 'scenario/scenario', 'resource/resource', 'cohort-report/cohort-report'].map(async (path) => [path, await import(`../src/components/${path}.strings.ts`)] as const),
    );
    const bad: string[] = [];
    for (const [path, module] of modules) {
      for (const value of Object.values(module as Record<string, unknown>)) {
        const french = (value as { fr?: unknown })?.fr;
        if (french) for (const [where, text] of texts(french, path)) bad.push(...faults(text).map((fault) => `${where}: ${fault} — ${JSON.stringify(text)}`));
      }
    }
    expect(bad).to.deep.equal([]);
  });
});
