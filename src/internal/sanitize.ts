import { noChange } from 'lit';
import { Directive, directive, type DirectiveResult } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { until } from 'lit/directives/until.js';
import { isSafeUrl } from './url-policy.js';

type Purify = typeof import('dompurify').default;

let purify: Purify | undefined;
let loading: Promise<Purify> | undefined;

/** DOMPurify (~9 KB gzipped) is loaded the first time some rich text needs it: plain-text content never pays for it. */
function loadPurify(): Promise<Purify> {
  loading ??= import('dompurify').then((module) => (purify = module.default));
  return loading;
}

/**
 * Event handler attributes dropped from the text before it is parsed. Not for safety (DOMPurify
 * removes them, and whatever this misses): Chromium reports an inline handler met while parsing,
 * even in the inert document DOMPurify parses into, so hostile content would otherwise fill a
 * strict Content-Security-Policy's report endpoint with false alarms.
 */
const HANDLER_ATTRIBUTES = /([\s/])on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi;

/**
 * A `style` that can make the learner's browser fetch something (`background:url(…)` as a tracking
 * pixel, `image-set()`, `@import`, old `expression()`) or that hides such a thing behind a CSS escape
 * is dropped whole; harmless inline styles (colour, emphasis) stay.
 */
const FETCHING_STYLE = /url\s*\(|image-set|image\s*\(|@import|expression\s*\(|\\/i;
let hooked = false;
function dropFetchingStyles(sanitizer: Purify): void {
  if (hooked) return;
  hooked = true;
  sanitizer.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style' && FETCHING_STYLE.test(data.attrValue)) data.keepAttr = false;
  });
}

/** Elements rich text may not hold, whichever sanitizer runs (besides what both refuse anyway). */
const FORBIDDEN_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'];

function clean(dirty: string, sanitizer: Purify): DirectiveResult {
  dropFetchingStyles(sanitizer);
  return unsafeHTML(
    sanitizer.sanitize(dirty.replace(HANDLER_ATTRIBUTES, '$1'), {
      USE_PROFILES: { html: true },
      FORBID_TAGS: FORBIDDEN_TAGS,
      ADD_ATTR: ['target'],
    }),
  );
}

/** The browser's own HTML Sanitizer (`Element.setHTML`), where it exists: no DOMPurify download. */
type SetHtml = (html: string, options: { sanitizer: { removeElements: string[] } }) => void;
export const sanitizer = {
  /** Whether the native sanitizer is used (tests switch it off to check the DOMPurify path). */
  native: typeof (Element.prototype as unknown as { setHTML?: SetHtml }).setHTML === 'function',
};

/**
 * Rich text through `setHTML`: its safe default drops scripts, event handlers and `javascript:`
 * URLs; our list removes the same elements DOMPurify is told to; fetching styles are removed while
 * the nodes are still detached (a detached element's style applies to nothing, so fetches nothing).
 * The nodes are made once per value: an unchanged text keeps its DOM (and any focus inside it).
 */
class NativeSanitized extends Directive {
  private last?: string;
  render(_dirty: string): unknown {
    return noChange;
  }
  override update(_part: unknown, [dirty]: [string]): unknown {
    if (dirty === this.last) return noChange;
    this.last = dirty;
    const holder = document.createElement('div');
    (holder as unknown as { setHTML: SetHtml }).setHTML(dirty.replace(HANDLER_ATTRIBUTES, '$1'), { sanitizer: { removeElements: FORBIDDEN_TAGS } });
    for (const element of holder.querySelectorAll('[style]')) {
      if (FETCHING_STYLE.test(element.getAttribute('style')!)) element.removeAttribute('style');
    }
    // The native default keeps `data:` links; the library's URL policy does not (DOMPurify drops them too).
    for (const element of holder.querySelectorAll('[href], [action], [formaction]')) {
      for (const name of ['href', 'action', 'formaction']) {
        const value = element.getAttribute(name);
        if (value !== null && !isSafeUrl(value, 'link')) element.removeAttribute(name);
      }
    }
    return [...holder.childNodes];
  }
}
const nativeSanitized = directive(NativeSanitized);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * A placeholder text for an HTML fragment, shown for the moment DOMPurify loads: tags are dropped
 * and common entities decoded. Not DOMParser: parsing a string as HTML is a Trusted Types sink, and
 * pages that require Trusted Types would refuse it. Rendered as text, so nothing here can run.
 */
function plainText(dirty: string): string {
  return dirty
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/&#(\d{1,7});/g, (entity, code: string) => (Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : entity));
}

/**
 * Rich text from data, made inert: the browser's own sanitizer where it has one (`setHTML`, same
 * allow-list), else DOMPurify (loaded on first use), which removes scripts, event handler attributes,
 * `javascript:` URLs and the like, then Lit renders what is left. Until DOMPurify has loaded
 * (first use only), the fragment's plain text is shown.
 */
export function safeHtml(dirty: string): unknown {
  if (sanitizer.native) return nativeSanitized(dirty);
  if (purify) return clean(dirty, purify);
  return until(loadPurify().then((sanitizer) => clean(dirty, sanitizer)), plainText(dirty));
}
