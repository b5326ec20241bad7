/**
 * HTTP to any conformant LRS (xAPI 1.0.3, or 2.0.0 when configured): statements (POST single or
 * batch, PUT by id, GET with filters following `more`), about, and the State resource. Every
 * request carries `X-Experience-API-Version` and the configured `Authorization`, has a timeout, and
 * never puts credentials in a URL or a log line.
 */
import type { Agent, Statement, XapiVersion } from './statement.js';
import type { RemoteStateStore } from './tracker.js';

export interface LrsClientOptions {
  /** Base endpoint, e.g. `https://lrs.example.com/xapi/` (a missing final slash is added). */
  endpoint: string;
  /** The whole `Authorization` header value: `Basic …` or `Bearer …`. */
  auth?: string | undefined;
  version?: XapiVersion | undefined;
  /** Milliseconds before a request is abandoned (default 15 000). */
  timeout?: number | undefined;
  /** `fetch` to use (tests, service workers); default the global one. */
  fetch?: typeof fetch | undefined;
}

/** An LRS answer that is not a success, with what the client needs to decide what to do. */
export class LrsError extends Error {
  constructor(
    readonly status: number,
    /** The LRS's own error text (or the network error's). */
    readonly detail: string,
    /** Seconds to wait, from `Retry-After`. */
    readonly retryAfter?: number,
  ) {
    super(status ? `LRS answered ${status}: ${detail}` : `LRS unreachable: ${detail}`);
    this.name = 'LrsError';
  }
}

export interface StatementFilters {
  agent?: Agent;
  verb?: string;
  activity?: string;
  registration?: string;
  since?: string;
  until?: string;
  limit?: number;
  related_activities?: boolean;
  ascending?: boolean;
}

export interface StateParams {
  activityId: string;
  agent: Agent;
  registration?: string | undefined;
  stateId: string;
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/** The agent as the LRS wants it in a query parameter (its identifier only, plus objectType). */
function agentParam(agent: Agent): string {
  const { name: _name, ...identifier } = agent;
  return JSON.stringify({ objectType: 'Agent', ...identifier });
}

export class LrsClient {
  readonly endpoint: string;
  private auth: string | undefined;
  private readonly version: XapiVersion;
  private readonly timeout: number;
  private readonly fetcher: typeof fetch;

  constructor(options: LrsClientOptions) {
    this.endpoint = options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`;
    this.auth = options.auth;
    this.version = options.version ?? '1.0.3';
    this.timeout = options.timeout ?? 15_000;
    this.fetcher = options.fetch ?? ((...args) => fetch(...args));
  }

  /** Replaces the credentials (a page that obtained a new token). */
  setAuth(auth: string | undefined): void {
    this.auth = auth;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { 'X-Experience-API-Version': this.version, Accept: 'application/json', ...(this.auth ? { Authorization: this.auth } : {}), ...extra };
  }

  /** One request; throws `LrsError` on a network error, a timeout or a non-2xx answer. */
  async request(path: string, init: RequestInit & { params?: Record<string, string | undefined> } = {}): Promise<Response> {
    const url = new URL(path, this.endpoint);
    for (const [key, value] of Object.entries(init.params ?? {})) if (value !== undefined) url.searchParams.set(key, value);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout);
    let response: Response;
    try {
      response = await this.fetcher(url, { ...init, headers: this.headers(init.headers as Record<string, string>), signal: controller.signal });
    } catch (error) {
      throw new LrsError(0, controller.signal.aborted ? `timeout after ${this.timeout} ms` : (error as Error).message);
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      throw new LrsError(response.status, text.slice(0, 2000) || response.statusText, retryAfterSeconds(response.headers.get('Retry-After')));
    }
    return response;
  }

  /** POSTs one statement or a batch; resolves with the ids the LRS stored, in order. */
  async postStatements(statements: Statement | Statement[], options: { keepalive?: boolean } = {}): Promise<string[]> {
    return this.postJson(JSON.stringify(statements), options);
  }

  /** The same with the body already serialized (the outbox measures its batches in JSON bytes). */
  async postJson(body: string, options: { keepalive?: boolean } = {}): Promise<string[]> {
    const response = await this.request('statements', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
      ...(options.keepalive ? { keepalive: true } : {}),
    });
    return (await response.json()) as string[];
  }

  /** PUTs one statement under its own id (204 from the LRS). */
  async putStatement(statement: Statement): Promise<void> {
    await this.request('statements', {
      method: 'PUT',
      params: { statementId: statement.id },
      body: JSON.stringify(statement),
      headers: { 'Content-Type': 'application/json' },
    });
  }

  async getStatement(id: string): Promise<Statement> {
    return (await (await this.request('statements', { params: { statementId: id } })).json()) as Statement;
  }

  /** Every statement matching the filters, following `more` links until the end (or `max`). */
  async getStatements(filters: StatementFilters = {}, max = Number.POSITIVE_INFINITY): Promise<Statement[]> {
    const params: Record<string, string | undefined> = {
      agent: filters.agent ? agentParam(filters.agent) : undefined,
      verb: filters.verb,
      activity: filters.activity,
      registration: filters.registration,
      since: filters.since,
      until: filters.until,
      limit: filters.limit === undefined ? undefined : String(filters.limit),
      related_activities: filters.related_activities === undefined ? undefined : String(filters.related_activities),
      ascending: filters.ascending === undefined ? undefined : String(filters.ascending),
    };
    const all: Statement[] = [];
    let page = (await (await this.request('statements', { params })).json()) as { statements: Statement[]; more?: string };
    all.push(...page.statements);
    while (page.more && all.length < max) {
      // `more` is relative to the LRS's origin (full path, optional query).
      const next = new URL(page.more, this.endpoint);
      page = (await (await this.request(next.href)).json()) as { statements: Statement[]; more?: string };
      all.push(...page.statements);
    }
    return all.slice(0, max);
  }

  async about(): Promise<{ version: string[]; extensions?: Record<string, unknown> }> {
    return (await (await this.request('about')).json()) as { version: string[] };
  }

  private stateParams(params: StateParams): Record<string, string | undefined> {
    return { activityId: params.activityId, agent: agentParam(params.agent), registration: params.registration, stateId: params.stateId };
  }

  /** A state document, or `undefined` when the LRS has none (404). */
  async getState<T = unknown>(params: StateParams): Promise<T | undefined> {
    try {
      return (await (await this.request('activities/state', { params: this.stateParams(params) })).json()) as T;
    } catch (error) {
      if (error instanceof LrsError && error.status === 404) return undefined;
      throw error;
    }
  }

  async putState(params: StateParams, document: unknown): Promise<void> {
    await this.request('activities/state', { method: 'PUT', params: this.stateParams(params), body: JSON.stringify(document), headers: { 'Content-Type': 'application/json' } });
  }

  /** Merges top-level properties into a JSON state document (xAPI POST semantics). */
  async postState(params: StateParams, document: Record<string, unknown>): Promise<void> {
    await this.request('activities/state', { method: 'POST', params: this.stateParams(params), body: JSON.stringify(document), headers: { 'Content-Type': 'application/json' } });
  }

  async deleteState(params: StateParams): Promise<void> {
    await this.request('activities/state', { method: 'DELETE', params: this.stateParams(params) });
  }
}

/**
 * The LRS State resource as a tracker's remote state store. An LRS without a State resource
 * (404/405/501) is not asked again; after a network error it rests for a minute.
 */
export function lrsStateStore(client: LrsClient, restMs = 60_000): RemoteStateStore {
  let supported = true;
  let restUntil = 0;
  const usable = () => supported && Date.now() >= restUntil;
  const failed = (error: unknown): never => {
    if (error instanceof LrsError && [404, 405, 501].includes(error.status)) supported = false;
    else if (error instanceof LrsError && error.status === 0) restUntil = Date.now() + restMs;
    throw error;
  };
  return {
    getState: async <T>(key: StateParams) => (usable() ? client.getState<T>(key).catch(failed) : undefined),
    setState: async (key: StateParams, document: unknown) => {
      if (usable()) await client.putState(key, document).catch(failed);
    },
  };
}
