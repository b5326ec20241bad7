/**
 * Statements from an LRS, page by page: `GET statements?activity=<course-id>&related_activities=true`
 * (ascending), following `more`, each page folded as it arrives; `since` = the state's cursor, so
 * a refresh fetches only what is new. A 401/403 or an unreachable LRS rejects with an
 * `AnalyticsSourceError` that says so; what was folded stays, and the next call continues from
 * the page where the stream broke off (`state.resume`).
 */
import { LrsClient, LrsError } from '../xapi/lrs-client.js';
import type { Statement } from '../xapi/statement.js';
import type { CourseIndex } from './course-index.js';
import { type FoldState, emptyFold, foldStatements } from './fold.js';

export type SourceErrorCode = 'unauthorized' | 'forbidden' | 'unreachable' | 'lrs-error' | 'bad-answer';

export class AnalyticsSourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'AnalyticsSourceError';
  }
}

export interface LrsSourceOptions {
  /** Statements per page asked of the LRS (it may answer fewer). */
  limit?: number;
  /** Told after each page is folded. */
  onPage?: (info: { statements: number; requests: number; cursor?: string | undefined }) => void;
  /** Fetch from this `stored` time instead of the state's cursor (exclusive). */
  since?: string;
}

export interface LrsSourceResult {
  state: FoldState;
  /** HTTP requests made. */
  requests: number;
  /** Statements received. */
  statements: number;
}

/** An `LrsError`, also from another copy of the library (two bundles on one page). */
const isLrsError = (error: unknown): error is LrsError => error instanceof LrsError || (error instanceof Error && error.name === 'LrsError' && typeof (error as LrsError).status === 'number');

function explain(error: unknown, endpoint: string): AnalyticsSourceError {
  if (isLrsError(error)) {
    if (error.status === 401) return new AnalyticsSourceError('unauthorized', `The LRS at ${endpoint} refused the credentials (401): check the key and secret.`, 401);
    if (error.status === 403) return new AnalyticsSourceError('forbidden', `The LRS at ${endpoint} does not allow these credentials to read statements (403).`, 403);
    if (error.status === 0) return new AnalyticsSourceError('unreachable', `The LRS at ${endpoint} could not be reached (${error.detail}).`);
    return new AnalyticsSourceError('lrs-error', `The LRS at ${endpoint} answered ${error.status}: ${error.detail.slice(0, 300)}`, error.status);
  }
  return new AnalyticsSourceError('bad-answer', `The LRS at ${endpoint} gave an answer that is not a statement result: ${(error as Error)?.message ?? String(error)}`);
}

/**
 * Folds the course's statements from the LRS into `state` (a new one when omitted), following
 * `more` links. Resolves with the state, the number of requests and of statements received.
 */
export async function foldFromLrs(client: LrsClient, index: CourseIndex, state: FoldState = emptyFold(index.courseId), options: LrsSourceOptions = {}): Promise<LrsSourceResult> {
  let requests = 0;
  let received = 0;
  const params: Record<string, string | undefined> = {
    activity: index.courseId,
    related_activities: 'true',
    ascending: 'true',
    since: options.since ?? state.cursor,
    limit: options.limit === undefined ? undefined : String(options.limit),
  };
  // A stream that broke off continues from its `more` link.
  let next: string | undefined = options.since === undefined ? state.resume : undefined;
  let first = next === undefined;
  next ??= 'statements';
  while (next) {
    let page: { statements?: unknown; more?: unknown };
    try {
      const response = await client.request(first ? next : new URL(next, client.endpoint).href, first ? { params } : {});
      requests += 1;
      page = (await response.json()) as typeof page;
      if (!page || !Array.isArray(page.statements)) throw new Error('no "statements" array');
    } catch (error) {
      if (!first) state.resume = next;
      throw explain(error, client.endpoint);
    }
    first = false;
    const statements = page.statements as Statement[];
    received += statements.length;
    foldStatements(state, statements, index);
    next = typeof page.more === 'string' && page.more && statements.length ? page.more : undefined;
    // Until the stream ends, a refresh must continue from the next page, not from `since`.
    if (next) state.resume = next;
    else delete state.resume;
    options.onPage?.({ statements: received, requests, cursor: state.cursor });
  }
  return { state, requests, statements: received };
}

/** An `LrsClient` from an endpoint and an `Authorization` value (`Basic …` / `Bearer …`, or `key:secret`). */
export function lrsClient(endpoint: string, auth?: string, options: { fetch?: typeof fetch; timeout?: number } = {}): LrsClient {
  let header = auth?.trim();
  if (header && !/^(Basic|Bearer)\s/i.test(header) && header.includes(':')) {
    // UTF-8 first: btoa alone refuses anything outside Latin-1.
    let binary = '';
    for (const byte of new TextEncoder().encode(header)) binary += String.fromCharCode(byte);
    header = `Basic ${btoa(binary)}`;
  }
  return new LrsClient({ endpoint, auth: header, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeout ? { timeout: options.timeout } : {}) });
}
