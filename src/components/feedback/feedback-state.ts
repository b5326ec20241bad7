/**
 * Where a questionnaire's draft and sent answers are kept. Identified: the tracker's resume state
 * (local store, and the LRS State resource when there is an LRS), like the peer review's draft.
 * Anonymous: this browser's local store only, so the answers never reach the LRS or an LMS beside
 * the learner's identity; they are there to show the learner their own answers after a reload.
 */
import { ResumeState } from '../../controllers/resume-state.js';
import type { XapiController } from '../../controllers/xapi-controller.js';
import type { Answers } from './feedback.schema.js';

/** What is kept: the answers being written (the draft), and what was sent and when. */
export interface SavedFeedback {
  answers: Answers;
  sent?: { at: string; answers: Answers };
}

const STATE_ID = 'https://w3id.org/spoc-elements/state/feedback';

/** The anonymous variant of `ResumeState`: same contract, local store only. */
class LocalOnlyState {
  private loadedFor = '';
  private activityId = '';
  restoring: Promise<void> = Promise.resolve();

  constructor(
    private readonly xapi: XapiController,
    private readonly onSaveError: (error: Error) => void,
  ) {}

  private key(activityId: string) {
    const { tracker } = this.xapi;
    return { activityId, agent: tracker.actor, registration: tracker.registration, stateId: STATE_ID };
  }

  follow(activityId: string, apply: (saved: SavedFeedback | undefined) => void): void {
    const key = `${activityId}|${this.xapi.tracker.registration}`;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    this.activityId = activityId;
    const store = this.xapi.tracker.store;
    this.restoring = (store ? store.getState<SavedFeedback>(this.key(activityId)) : Promise.resolve(undefined))
      .catch(() => undefined)
      .then((saved) => {
        if (key === this.loadedFor) apply(saved);
      });
  }

  save(document: SavedFeedback): void {
    if (!this.activityId) return;
    this.xapi.tracker.store?.setState(this.key(this.activityId), document).catch((error: unknown) => this.onSaveError(error as Error));
  }
}

/** The identified or the anonymous store, chosen per call. */
export class FeedbackState {
  private readonly identified: ResumeState<SavedFeedback>;
  private readonly local: LocalOnlyState;
  private anonymous = false;

  constructor(xapi: XapiController, onSaveError: (error: Error) => void) {
    this.identified = new ResumeState<SavedFeedback>(xapi, STATE_ID, onSaveError);
    this.local = new LocalOnlyState(xapi, onSaveError);
  }

  private get current() {
    return this.anonymous ? this.local : this.identified;
  }

  /** Settles once the saved answers of the current questionnaire have been read. */
  get restoring(): Promise<void> {
    return this.current.restoring;
  }

  /** Call from `willUpdate`: reads the saved answers when the questionnaire, mode or registration changed. */
  follow(activityId: string, anonymous: boolean, apply: (saved: SavedFeedback | undefined) => void): void {
    this.anonymous = anonymous;
    this.current.follow(activityId, apply);
  }

  save(document: SavedFeedback): void {
    this.current.save(document);
  }
}
