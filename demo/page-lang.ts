// The demo pages' own text in English. The HTML is written in French; `?lang=en` swaps:
// - the text of every element with `data-en="…"` (the page's <title> included);
// - every attribute `X` that has a `data-en-X="…"` beside it (`title`, `aria-label`, a track's `src`…);
// - `<html lang>`, which every spoc-* element follows;
// and adds `?lang=en` to the links marked `data-keep-lang`, so the other demo page opens in English.
// Import it before 'spoc-elements': the elements then render once, in the right language.

export type PageLang = 'fr' | 'en';

export const pageLang: PageLang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';

function translate(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    for (const { name, value } of [...element.attributes]) {
      if (name === 'data-en') element.textContent = value;
      else if (name.startsWith('data-en-')) element.setAttribute(name.slice('data-en-'.length), value);
    }
  }
}

if (pageLang === 'en') {
  document.documentElement.lang = 'en';
  translate(document);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-lang]')) {
    const url = new URL(link.href);
    url.searchParams.set('lang', 'en');
    link.href = url.href;
  }
}
// The language links: the current one says so.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
  if (link.hreflang === pageLang) link.setAttribute('aria-current', 'true');
}
