/** What the fold needs to know of the course: which activity IRIs are its own, and of which kind. */
import type { CourseActivity, CourseDefinition } from '../course/course.schema.js';
import { activityIdFor } from '../xapi/activity-id.js';

export interface IndexedActivity {
  /** The activity's xAPI IRI. */
  iri: string;
  moduleId: string;
  activity: CourseActivity;
}

export interface CourseIndex {
  courseId: string;
  /** The course IRI without a final slash: its activities start with `<base>/`. */
  base: string;
  /** `<base>/feedback/`: where `<spoc-feedback>` surveys live. */
  feedbackBase: string;
  definition: CourseDefinition;
  /** Course activities by IRI (what `computeProgress` folds). */
  activities: Map<string, IndexedActivity>;
  /** Module activity IRIs (`<course>/module/<id>`) by module id. */
  modules: Map<string, string>;
}

/**
 * Indexes a course definition. `courseId` overrides the definition's `id` (as the `course-id`
 * attribute does); one of the two is required.
 */
export function courseIndex(definition: CourseDefinition, courseId = definition.id): CourseIndex {
  if (!courseId) throw new TypeError('The course needs an id (its activity IRI): give the definition an "id" or pass courseId.');
  const activities = new Map<string, IndexedActivity>();
  const modules = new Map<string, string>();
  for (const module of definition.modules) {
    modules.set(module.id, `${courseId.replace(/\/+$/, '')}/module/${encodeURIComponent(module.id)}`);
    for (const activity of module.activities) {
      const iri = activityIdFor({ activityId: activity.activityId, courseId, kind: activity.type, id: activity.id });
      activities.set(iri, { iri, moduleId: module.id, activity });
    }
  }
  const base = courseId.replace(/\/+$/, '');
  return { courseId, base, feedbackBase: `${base}/feedback/`, definition, activities, modules };
}

/** Whether an activity IRI belongs to the course: the course itself, under its IRI, or one of its explicit activity ids. */
export function inCourse(index: CourseIndex, iri: string): boolean {
  const { base } = index;
  return (iri.startsWith(base) && (iri.length === base.length || iri.charCodeAt(base.length) === 47 || iri === index.courseId)) || index.activities.has(iri);
}
