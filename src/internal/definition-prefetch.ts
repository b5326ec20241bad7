/**
 * Definition downloads started before an element's code is there: the autoloader starts one as it
 * finds a tag whose `src` names a JSON definition (while the element's chunk downloads), and the
 * element takes the response when it connects instead of asking again. One registry for the page
 * (two copies of the library share it: the same URL is the same response either way).
 */
const REGISTRY = Symbol.for('spoc-elements:definition-prefetch');
/** A response nobody took (the element got another definition meanwhile) is let go after this. */
const KEEP_MS = 30_000;

function registry(): Map<string, Promise<Response>> {
  const scope = globalThis as unknown as Record<symbol, Map<string, Promise<Response>> | undefined>;
  return (scope[REGISTRY] ??= new Map());
}

/** Starts downloading the definition at `url` (absolute), once. */
export function prefetchDefinition(url: string): void {
  const pending = registry();
  if (pending.has(url)) return;
  const response = fetch(url, { headers: { Accept: 'application/json' } });
  response.catch(() => undefined); // the element reports a failure when it takes the response
  pending.set(url, response);
  setTimeout(() => pending.get(url) === response && pending.delete(url), KEEP_MS);
}

/** The download started for `url`, if any; taken once (a response body is read once). */
export function takePrefetchedDefinition(url: string): Promise<Response> | undefined {
  const pending = registry();
  const response = pending.get(url);
  pending.delete(url);
  return response;
}
