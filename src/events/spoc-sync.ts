/** Every queued statement has reached the LRS (the outbox drained). Bubbles, composed. */
export class SpocSyncEvent extends CustomEvent<{ endpoint: string }> {
  constructor(endpoint: string) {
    super('spoc-sync', { bubbles: true, composed: true, detail: { endpoint } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-sync': SpocSyncEvent;
  }
}
