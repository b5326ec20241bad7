import { createContext } from '@lit/context';
import type { Tracker } from '../xapi/tracker.js';
import type { Agent } from '../xapi/statement.js';
import type { CourseDefinition } from '../components/course/course.schema.js';

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
}

/** `Symbol.for` so a provider and a consumer from two copies of the bundle still meet. */
export const courseContext = createContext<CourseContext>(Symbol.for('spoc-elements:course'));
