export interface SpocAnswerDetail {
  questionId: string;
  /** The response in the xAPI format of the question's interaction type. */
  response: string;
  correct: boolean;
  /** Points earned, out of the question's weight (`max`); `scaled` is their share (0–1). */
  score: { raw: number; max: number; scaled: number };
}

/** A learner checked one question's answer. Bubbles, composed. */
export class SpocAnswerEvent extends CustomEvent<SpocAnswerDetail> {
  constructor(detail: SpocAnswerDetail) {
    super('spoc-answer', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-answer': SpocAnswerEvent;
  }
}
