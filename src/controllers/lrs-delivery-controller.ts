import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SpocErrorEvent } from '../events/spoc-error.js';
import { SpocSyncEvent } from '../events/spoc-sync.js';
import { LrsClient, lrsStateStore } from '../xapi/lrs-client.js';
import type { Translation } from '../i18n/translation.js';
import { Outbox, readDeadLetters, type DeadLetter, type OutboxProblem, type OutboxStatus } from '../xapi/outbox.js';
import type { XapiVersion } from '../xapi/statement.js';
import type { Tracker } from '../xapi/tracker.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Sends a course's statements to an LRS through the durable outbox (in addition to the local
 * store), and reports: `spoc-sync` when the queue drains; `spoc-error` with a localized message
 * for a refused statement (`lrs-rejected`, with `statementId` and the LRS's text as `lrsMessage`),
 * refused credentials (`lrs-unauthorized`) and an LRS out of reach (`lrs-unreachable`, once per
 * outage).
 */
export class LrsDeliveryController implements ReactiveController {
  private outbox: Outbox | undefined;
  private detach: (() => void) | undefined;
  private key = '';
  private state: ReturnType<typeof lrsStateStore> | undefined;
  private tracker: Tracker | undefined;

  private endpoint = '';

  constructor(
    private readonly host: Host,
    private readonly translation: () => Translation,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  /** Connects `tracker` to the LRS at `endpoint` (or disconnects when there is none). */
  configure(tracker: Tracker, endpoint: string, auth: string, version: XapiVersion): void {
    const key = `${endpoint}|${version}`;
    if (key === this.key && this.outbox) {
      this.detach?.();
      this.detach = tracker.addSink(this.outbox);
      this.tracker?.setRemoteState(undefined);
      this.tracker = tracker;
      tracker.setRemoteState(this.state);
      return;
    }
    this.stop();
    this.key = key;
    this.endpoint = endpoint;
    if (!endpoint) return;
    const client = new LrsClient({ endpoint, auth: auth || undefined, version });
    this.outbox = new Outbox({
      client,
      // Each statement kept locally and queued for the LRS in one IndexedDB transaction.
      store: tracker.store,
      onDrained: () => this.host.dispatchEvent(new SpocSyncEvent(client.endpoint)),
      onProblem: (problem) => this.report(problem),
    });
    this.detach = tracker.addSink(this.outbox);
    // Resume documents follow the learner to another device through the State resource.
    this.state = lrsStateStore(client);
    tracker.setRemoteState(this.state);
    this.tracker = tracker;
    void this.pullRecord(client, tracker);
  }

  /**
   * The learner's record for this registration made on another device: read from the LRS once and
   * kept in the local store, so progress, certificate and an LMS bridge judge the whole record.
   */
  private async pullRecord(client: LrsClient, tracker: Tracker): Promise<void> {
    const store = tracker.store;
    if (!store) return;
    try {
      const remote = await client.getStatements({ agent: tracker.actor, registration: tracker.registration }, 5000);
      if (tracker !== this.tracker || !remote.length) return;
      const known = new Set((await store.query({ agent: tracker.actor, registration: tracker.registration })).map((s) => s.id));
      const missing = remote.filter((statement) => !known.has(statement.id));
      if (missing.length) await store.save(missing);
    } catch {
      // Unreachable or refused: reported by the outbox when it sends; this browser's record stays.
    }
  }

  /** New credentials for the LRS (a token obtained later); resumes a paused queue. */
  setCredentials(auth: string): void {
    this.outbox?.setCredentials(auth || undefined);
  }

  /** Queued count, dead letters, pause and last error; `undefined` with no LRS. */
  status(): Promise<OutboxStatus> | undefined {
    return this.outbox?.status();
  }

  /** Sends the statements the LRS refused once more; how many (0 with no LRS). */
  retryDeadLetters(): Promise<number> {
    return this.outbox?.retryDeadLetters() ?? Promise.resolve(0);
  }

  /** The statements the LRS refused, read from the outbox's store (none with no LRS). */
  deadLetters(): Promise<DeadLetter[]> {
    return this.endpoint ? readDeadLetters({ endpoint: this.endpoint }) : Promise.resolve([]);
  }

  private report(problem: OutboxProblem): void {
    const t = this.translation().delivery;
    const message = { 'lrs-rejected': t.rejected, 'lrs-unauthorized': t.unauthorized, 'lrs-unreachable': t.unreachable }[problem.code];
    this.host.dispatchEvent(
      new SpocErrorEvent({
        code: problem.code,
        message,
        lrsMessage: problem.lrsMessage ?? problem.message,
        ...(problem.statementId ? { statementId: problem.statementId } : {}),
      }),
    );
  }

  get deliveryOutbox(): Outbox | undefined {
    return this.outbox;
  }

  private stop(): void {
    this.tracker?.setRemoteState(undefined);
    this.tracker = undefined;
    this.state = undefined;
    this.detach?.();
    this.detach = undefined;
    this.outbox?.dispose();
    this.outbox = undefined;
    this.key = '';
    this.endpoint = '';
  }
}
