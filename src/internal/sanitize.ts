import type { DirectiveResult } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { until } from 'lit/directives/until.js';

type Purify = typeof import('dompurify').default;

let purify: Purify | undefined;
let loading: Promise<Purify> | undefined;

/** DOMPurify (~9 KB gzipped) is loaded the first time some rich text needs it: plain-text content never pays for it. */
function loadPurify(): Promise<Purify> {
  loading ??= import('dompurify').then((module) => (purify = module.default));
  return loading;
}

function clean(dirty: string, sanitizer: Purify): DirectiveResult {
  return unsafeHTML(
    sanitizer.sanitize(dirty, {
      USE_PROFILES: { html: true },
      FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
      ADD_ATTR: ['target'],
    }),
  );
}

/** The text of an HTML fragment, read without running or loading anything (DOMParser documents are inert). */
function plainText(dirty: string): string {
  return new DOMParser().parseFromString(dirty, 'text/html').body.textContent ?? '';
}

/**
 * Rich text from data, made inert: DOMPurify removes scripts, event handler attributes,
 * `javascript:` URLs and the like, then Lit renders what is left. Until DOMPurify has loaded
 * (first use only), the fragment's plain text is shown.
 */
export function safeHtml(dirty: string): unknown {
  if (purify) return clean(dirty, purify);
  return until(loadPurify().then((sanitizer) => clean(dirty, sanitizer)), plainText(dirty));
}
