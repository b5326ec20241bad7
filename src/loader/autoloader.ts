/**
 * The autoloader: registers each `spoc-*` element when its tag first appears — in the document, or
 * in an open shadow root — by importing only that element's chunk (resolved from the loader's own
 * URL, so it works from any path or CDN). Shoelace / Web Awesome's autoloader and Stencil's lazy
 * loader work the same way: a MutationObserver over the document, and over each open shadow root
 * found, for undefined custom elements.
 */
import { prefetchDefinition } from '../internal/definition-prefetch.js';
import { ELEMENTS } from './elements.js';

/** The attribute that names an element's JSON definition (the capsule's `src` is its video). */
const DEFINITION_SRC: Readonly<Record<string, string>> = {
  'spoc-course': 'src',
  'spoc-quiz': 'src',
  'spoc-peer-review': 'src',
  'spoc-certificate': 'src',
  'spoc-feedback': 'src',
  'spoc-scenario': 'src',
  'spoc-progress': 'course-src',
  'spoc-cohort-report': 'course-src',
};

/** Starts downloading an element's definition while its chunk downloads (the element takes it). */
function prefetchFor(element: Element): void {
  const src = element.getAttribute(DEFINITION_SRC[element.localName] ?? '')?.trim();
  if (!src) return;
  try {
    const url = new URL(src, document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') prefetchDefinition(url.href);
  } catch {
    // not a URL: the element reports it
  }
}

const requested = new Map<string, Promise<unknown>>();
const observed = new WeakSet<Node>();

/** Imports the element's chunk once; a failed import is reported on the console and retried next time. */
function load(tag: string): Promise<unknown> | undefined {
  const loader = ELEMENTS[tag];
  if (!loader || customElements.get(tag)) return undefined;
  let pending = requested.get(tag);
  if (!pending) {
    pending = loader().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`spoc-elements: <${tag}> could not be loaded.`, error);
    });
    requested.set(tag, pending);
  }
  return pending;
}

/** Loads every spoc-* element in `root` (and its open shadow roots), and watches `root` for more. */
export function discover(root: Document | ShadowRoot | Element): Promise<unknown[]> {
  const pending: Promise<unknown>[] = [];
  const visit = (element: Element) => {
    const tag = element.localName;
    if (tag.startsWith('spoc-')) {
      const loading = load(tag);
      if (loading) {
        pending.push(loading);
        prefetchFor(element);
      }
    }
    // Open shadow roots of other components on the page (a framework's, or ours once upgraded).
    if (element.shadowRoot) watch(element.shadowRoot);
  };
  if (root instanceof Element) visit(root);
  root.querySelectorAll('*').forEach(visit);
  return Promise.all(pending);
}

const observer = new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) void discover(node);
  }
});

function watch(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  observer.observe(root, { childList: true, subtree: true });
  void discover(root);
}

/** Starts watching the document; an element that upgrades later gets its shadow root watched too. */
export function startAutoloader(): void {
  watch(document);
  // Our own elements render their shadow content after they upgrade (a report draws progress views).
  for (const tag of Object.keys(ELEMENTS)) {
    void customElements.whenDefined(tag).then(() => {
      document.querySelectorAll(tag).forEach((element) => {
        void (element as Element & { updateComplete?: Promise<unknown> }).updateComplete?.then(() => {
          if (element.shadowRoot) watch(element.shadowRoot);
        });
      });
    });
  }
}
