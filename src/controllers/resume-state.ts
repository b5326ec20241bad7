import type { XapiController } from './xapi-controller.js';

/**
 * An element's resume document (a quiz attempt, a review draft, a capsule's position) in the
 * tracker's state store: read again whenever the activity or the registration changes, written on
 * every change. What cannot be read starts afresh; nothing the learner sent is lost with it.
 */
export class ResumeState<T> {
  private loadedFor = '';
  private activityId = '';
  /** Settles once the document of the current activity and registration has been read. */
  restoring: Promise<void> = Promise.resolve();

  constructor(
    private readonly xapi: XapiController,
    private readonly stateId: string,
    private readonly onSaveError: (error: Error) => void = () => undefined,
  ) {}

  /**
   * Call on connect: opens the store now, so the read in `follow` (which waits for the element's
   * definition: its activity id) finds it open instead of opening it then — on a first visit,
   * opening means creating the database. Reads a key no element uses.
   */
  prepare(): void {
    const tracker = this.xapi.tracker;
    tracker.store?.getState({ activityId: '', agent: tracker.actor, registration: tracker.registration, stateId: this.stateId }).catch(() => undefined);
  }

  /**
   * Call from `willUpdate`: when the activity or the registration changed, reads the saved
   * document and hands it to `apply` (`undefined` when there is none), unless a newer read started.
   */
  follow(activityId: string, apply: (saved: T | undefined) => void): void {
    const key = `${activityId}|${this.xapi.tracker.registration}`;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    this.activityId = activityId;
    this.restoring = this.xapi.tracker
      // A document the LRS hands over after the first render still resumes the element.
      .getState<T>(activityId, this.stateId, (late) => {
        if (key === this.loadedFor) apply(late);
      })
      .catch(() => undefined)
      .then((saved) => {
        if (key === this.loadedFor) apply(saved);
      });
  }

  save(document: T): void {
    if (!this.activityId) return;
    this.xapi.tracker.setState(this.activityId, this.stateId, document).catch((error: unknown) => this.onSaveError(error as Error));
  }
}
