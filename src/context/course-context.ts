import { createContext } from '@lit/context';
import type { Tracker } from '../xapi/tracker.js';
import type { Agent } from '../xapi/statement.js';
import type { CourseDefinition } from '../course/course.schema.js';
import type { CourseProgress } from '../course/progress-model.js';

/** What `<spoc-course>` shares with the elements inside it. Replaced (never mutated) on change. */
export interface CourseContext {
  /** The course's activity IRI. */
  courseId: string;
  /** The parsed course definition, once loaded. */
  definition?: CourseDefinition | undefined;
  /** Resolved UI language (BCP 47). */
  lang: string;
  actor: Agent;
  registration: string;
  tracker: Tracker;
  /** Where the learner stands, recomputed live as statements arrive (once the definition is loaded). */
  progress?: CourseProgress | undefined;
}

/** `Symbol.for` so a provider and a consumer from two copies of the bundle still meet. */
export const courseContext = createContext<CourseContext>(Symbol.for('spoc-elements:course'));
