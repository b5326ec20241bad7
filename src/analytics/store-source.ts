/** Statements from the embedded local store (a trainer's own device, a demo page): the course's, newer than the cursor. */
import type { LocalStore } from '../xapi/local-store.js';
import type { CourseIndex } from './course-index.js';
import { type FoldState, emptyFold, foldStatements } from './fold.js';

/** Folds the store's statements about the course (its activities and their parts) newer than `state.cursor`. */
export async function foldFromStore(store: Pick<LocalStore, 'query'>, index: CourseIndex, state: FoldState = emptyFold(index.courseId)): Promise<FoldState> {
  const statements = await store.query({ activity: index.courseId, relatedActivities: true, ...(state.cursor ? { since: state.cursor } : {}) });
  return foldStatements(state, statements, index);
}
