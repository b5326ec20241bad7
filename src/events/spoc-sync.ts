/** `spoc-sync` detail: the LRS the queue drained to. */
export interface SpocSyncDetail {
  endpoint: string;
}

/** Every queued statement has reached the LRS (the outbox drained). Bubbles, composed. */
export class SpocSyncEvent extends CustomEvent<SpocSyncDetail> {
  constructor(endpoint: string) {
    super('spoc-sync', { bubbles: true, composed: true, detail: { endpoint } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-sync': SpocSyncEvent;
  }
}
