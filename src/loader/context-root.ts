import { ContextRoot } from '@lit/context';

// A provider (`spoc-course`) may upgrade after the elements inside it: ContextRoot replays their
// context requests once it does. One root per document, even with two copies of the library.
const ROOT_FLAG = Symbol.for('spoc-elements:context-root');

/** Attaches the page's one ContextRoot (idempotent across copies of the library). */
export function attachContextRoot(): void {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[ROOT_FLAG]) return;
  flags[ROOT_FLAG] = true;
  new ContextRoot().attach(document.body ?? document.documentElement);
}
