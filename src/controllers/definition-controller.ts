import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { SpocErrorEvent, type SpocErrorDetail } from '../events/spoc-error.js';
import type { Translation } from '../i18n/translation.js';
import { jsonErrorOffset, lineAndColumn } from '../internal/json-error-offset.js';
import { parseWith } from '../internal/validation.js';
import { takePrefetchedDefinition } from '../internal/definition-prefetch.js';

/** What an element exposes for its data: a URL, a property, or an inline JSON script child. */
export interface DefinitionSource {
  src?: string | undefined;
  definition?: unknown;
}

type Host = ReactiveControllerHost & HTMLElement & DefinitionSource;

/** Thrown inside the task, carried to the error view. */
class DefinitionError extends Error {
  constructor(readonly detail: SpocErrorDetail) {
    super(detail.message);
  }
}

/**
 * Loads and validates an element's definition from, in order of precedence: the `definition`
 * property, an inline `<script type="application/json">` child, the `src` URL. Invalid JSON, a
 * failed fetch or a schema mismatch become a localized `SpocErrorDetail` (and a `spoc-error`
 * event); nothing is thrown to the element. Loading is a `@lit/task`: a new `src` aborts the old fetch.
 */
export class DefinitionController<T> implements ReactiveController {
  private readonly host: Host;
  private readonly task: Task<[string | undefined, unknown, string], T>;
  private inlineJson: string | undefined;
  private readonly observer: MutationObserver;
  /** The `src` download started on connect, before the first update (see `prefetch`). */
  private prefetched: { url: string; response: Promise<Response>; controller: AbortController } | undefined;

  constructor(
    host: Host,
    private readonly options: {
      schema: z.ZodMiniType<T>;
      translation: () => Translation;
      required?: boolean;
      /** Where the definition's URL comes from; default the host's `src` (a capsule's `src` is its video). */
      src?: () => string | undefined;
    },
  ) {
    this.host = host;
    host.addController(this);
    this.observer = new MutationObserver(() => this.readInline());
    this.task = new Task(this.host, {
      args: () => [this.options.src ? this.options.src() : this.host.src, this.host.definition, this.inlineJson ?? ''] as [string | undefined, unknown, string],
      task: ([src, definition, inline], { signal }) => this.load(src, definition, inline, signal),
      onError: (error) => {
        if (error instanceof DefinitionError) host.dispatchEvent(new SpocErrorEvent(error.detail));
      },
    });
  }

  hostConnected(): void {
    this.readInline();
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.prefetch();
  }

  private srcUrl(): string | undefined {
    const src = this.options.src ? this.options.src() : this.host.src;
    try {
      return src ? new URL(src, document.baseURI).href : undefined;
    } catch {
      return undefined; // not a URL: the task reports it
    }
  }

  /**
   * Starts downloading `src` as the element connects: the first update (where the task runs) comes
   * only after the page's remaining modules are evaluated, and the download is what a first render
   * waits for longest. The task takes this response when it asks for the same URL.
   */
  private prefetch(): void {
    const url = this.srcUrl();
    if (this.prefetched || !url || this.host.definition !== undefined || this.inlineJson?.trim()) return;
    const controller = new AbortController();
    // The autoloader may have started it already, while this element's code was downloading.
    const response = takePrefetchedDefinition(url) ?? fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    response.catch(() => undefined); // reported by the task, when it uses this response
    this.prefetched = { url, response, controller };
  }

  /** The prefetched response for `url` (aborted with `signal`), else a new request; an unused prefetch is aborted. */
  private request(url: URL, signal: AbortSignal): Promise<Response> {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    if (prefetched?.url === url.href && !prefetched.controller.signal.aborted) {
      if (signal.aborted) prefetched.controller.abort();
      else signal.addEventListener('abort', () => prefetched.controller.abort(), { once: true });
      return prefetched.response;
    }
    prefetched?.controller.abort();
    return fetch(url, { signal, headers: { Accept: 'application/json' } });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private readInline(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.inlineJson) {
      this.inlineJson = text;
      this.host.requestUpdate();
    }
  }

  private async load(src: string | undefined, definition: unknown, inline: string, signal: AbortSignal): Promise<T> {
    const t = this.options.translation();
    let data: unknown = definition;
    // A definition given otherwise: a download started on connect is not needed.
    if (data !== undefined || inline.trim() || !src) {
      this.prefetched?.controller.abort();
      this.prefetched = undefined;
    }
    if (data === undefined && inline.trim()) data = this.parseJson(inline, t);
    if (data === undefined && src) {
      let response: Response;
      try {
        response = await this.request(new URL(src, document.baseURI), signal);
      } catch (error) {
        if (signal.aborted) throw error;
        throw new DefinitionError({ code: 'fetch-failed', message: t.errors['fetch-failed'](`${src}: ${(error as Error).message}`) });
      }
      if (!response.ok) {
        throw new DefinitionError({ code: 'fetch-failed', message: t.errors['fetch-failed'](`${src}: HTTP ${response.status}`) });
      }
      data = this.parseJson(await response.text(), t);
    }
    if (data === undefined) {
      if (this.options.required === false) return undefined as T;
      throw new DefinitionError({ code: 'missing-definition', message: t.errors['missing-definition'] });
    }
    const outcome = parseWith(this.options.schema, data, t);
    if (!outcome.ok) throw new DefinitionError(outcome.error);
    return outcome.value;
  }

  private parseJson(text: string, t: Translation): unknown {
    try {
      return JSON.parse(text);
    } catch {
      // The browser's own message is English, engine-specific and often has no position.
      const { line, column } = lineAndColumn(text, jsonErrorOffset(text));
      throw new DefinitionError({
        code: 'invalid-json',
        message: t.errors['invalid-json'],
        issues: [{ path: t.errorPathRoot, code: 'invalid-json', message: t.jsonSyntax(line, column) }],
      });
    }
  }

  /** The validated definition, once loaded. */
  get value(): T | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** The localized problem, when loading or validation failed. */
  get error(): SpocErrorDetail | undefined {
    if (this.task.status !== TaskStatus.ERROR) return undefined;
    const error = this.task.error;
    if (error instanceof DefinitionError) return error.detail;
    const t = this.options.translation();
    return { code: 'unexpected', message: t.errors.unexpected };
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Resolves once the current load has settled (tests, stories). */
  get complete(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }
}
