import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DirectiveResult } from 'lit/directive.js';

/**
 * Rich text from data, made inert: DOMPurify removes scripts, event handler attributes,
 * `javascript:` URLs and the like, then Lit renders what is left. Links open safely.
 */
export function safeHtml(dirty: string): DirectiveResult {
  const clean = DOMPurify.sanitize(dirty, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    ADD_ATTR: ['target'],
  });
  return unsafeHTML(clean);
}
