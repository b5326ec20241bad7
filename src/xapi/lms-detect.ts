/**
 * Is this page in an LMS? The cheap, synchronous half of the LMS bridges: the cmi5 launch
 * parameters in the page URL and the SCORM runtime object in a parent frame or the opener. The
 * bridges themselves (cmi5.ts, scorm.ts, with fflate for the resume data) are loaded only when
 * one of these answers yes (issue #22: nothing loaded before it is needed).
 */
import type { ScormVersion } from './scorm-format.js';
import type { Agent } from './statement.js';

export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

/** The five launch parameters (cmi5 §8.1), or `undefined` when the page was not launched by an LMS. */
export function readCmi5Launch(search: string = location.search): Cmi5Launch | undefined {
  const params = new URLSearchParams(search);
  const [endpoint, fetch, actor, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((name) =>
    params.get(name),
  );
  if (!endpoint || !fetch || !actor || !registration || !activityId) return undefined;
  try {
    const agent = JSON.parse(actor) as Agent;
    if (!agent || typeof agent !== 'object' || !agent.account) return undefined;
    return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetch, actor: { objectType: 'Agent', ...agent }, registration, activityId };
  } catch {
    return undefined;
  }
}

/** The SCORM 1.2 runtime object (`window.API`). Every call answers a string. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 runtime object (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

export type ScormApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** A runtime call that failed, with the LMS's own error code and text. */
export interface ScormError {
  /** `LMSInitialize`, `SetValue` … */
  call: string;
  /** The data model element, for get/set. */
  element?: string | undefined;
  /** The runtime's error code (`GetLastError`); 0 when the call answered "false" with no code. */
  code: number;
  /** The runtime's error string (`GetErrorString`). */
  text: string;
}

/** The parent frames up to the top, then the opener and its parents, bounded. */
function* candidateWindows(start: Window, maxTries: number): Generator<Window> {
  let tries = 0;
  const climb = function* (from: Window | null): Generator<Window> {
    let win = from;
    while (win && tries++ < maxTries) {
      yield win;
      let parent: Window | null = null;
      try {
        parent = win.parent;
      } catch {
        return;
      }
      if (!parent || parent === win) return;
      win = parent;
    }
  };
  yield* climb(start);
  let opener: Window | null = null;
  try {
    opener = start.top?.opener ?? start.opener ?? null;
  } catch {
    opener = null;
  }
  yield* climb(opener);
}

function property(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name] ?? undefined;
  } catch {
    return undefined; // a cross-origin frame
  }
}

/**
 * Finds the LMS runtime: `API_1484_11` (SCORM 2004, preferred) through the whole chain, then
 * `API` (SCORM 1.2); `version` restricts the search to one. At most `maxTries` windows per search.
 */
export function findScormApi(start: Window = window, version?: ScormVersion, maxTries = 500): ScormApi | undefined {
  const searches: Array<[ScormVersion, string]> = [
    ['2004', 'API_1484_11'],
    ['1.2', 'API'],
  ];
  for (const [found, name] of searches) {
    if (version && version !== found) continue;
    for (const win of candidateWindows(start, maxTries)) {
      const api = property(win, name);
      if (api && typeof api === 'object') return { version: found, api } as ScormApi;
    }
  }
  return undefined;
}


export type LmsBridges = typeof import('./lms-bridges.js');
let bridges: LmsBridges | undefined;
let loading: Promise<LmsBridges> | undefined;

/** Loads the SCORM / cmi5 bridges (once for the page). */
export function loadLmsBridges(): Promise<LmsBridges> {
  loading ??= import('./lms-bridges.js').then((module) => (bridges = module));
  return loading;
}

/** The bridges, once loaded. */
export function loadedLmsBridges(): LmsBridges | undefined {
  return bridges;
}

/** An LMS launched this page: cmi5 launch parameters in its URL, or a SCORM runtime around it. */
export function lmsDetected(): boolean {
  return readCmi5Launch() !== undefined || findScormApi(window) !== undefined;
}
