/**
 * The page-wide tracker used by an element that has no `spoc-course` around it: the anonymous
 * (or page-configured) learner, one registration for the page, statements kept in the local store.
 */
import { resolveActor, resolveRegistration } from './actor.js';
import { pageIri } from './activity-id.js';
import { LocalStore } from './local-store.js';
import { Tracker } from './tracker.js';

let shared: Tracker | undefined;
let sharedStore: LocalStore | undefined;

/** The origin-wide local store (one IndexedDB database per origin). */
export function defaultStore(): LocalStore {
  sharedStore ??= new LocalStore();
  return sharedStore;
}

export function defaultTracker(): Tracker {
  if (!shared) {
    const actor = resolveActor();
    shared = new Tracker({
      actor,
      registration: resolveRegistration(actor, pageIri()),
      language: document.documentElement.lang || undefined,
      store: defaultStore(),
    });
  }
  return shared;
}
