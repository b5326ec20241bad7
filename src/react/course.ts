/** `spoc-elements/react/course`: the React wrapper of `<spoc-course>` alone (a page pays only for what it uses). */
import type { EventName } from '@lit/react';
import { SpocCourse as SpocCourseElement } from '../components/course/course.js';
import type { SpocSyncEvent } from '../events/spoc-sync.js';
import { common, wrap } from './wrap.js';

/** `<spoc-course>`: the learner, course and LRS for every element inside it. */
export const SpocCourse = wrap('SpocCourse', 'spoc-course', SpocCourseElement, {
  ...common,
  onSpocSync: 'spoc-sync' as EventName<SpocSyncEvent>,
});
