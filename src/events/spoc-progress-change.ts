import type { CourseProgress } from '../course/progress-model.js';

export interface SpocProgressChangeDetail {
  /** The whole progress model: course status, percent, time spent, next module, every module and activity. */
  progress: CourseProgress;
}

/** `<spoc-progress>`'s model changed (first computed, or moved). Bubbles, composed. */
export class SpocProgressChangeEvent extends CustomEvent<SpocProgressChangeDetail> {
  constructor(detail: SpocProgressChangeDetail) {
    super('spoc-progress-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-progress-change': SpocProgressChangeEvent;
  }
}
