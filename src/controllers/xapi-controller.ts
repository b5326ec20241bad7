import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseContext } from '../context/course-context.js';
import { CourseContextConsumer, sameButProgress } from './course-context-consumer.js';
import { activityIdFor } from '../xapi/activity-id.js';
import { defaultTracker } from '../xapi/default-tracker.js';
import type { Activity, ContextActivities, PartialStatement, Statement } from '../xapi/statement.js';
import type { Tracker } from '../xapi/tracker.js';
import { ACTIVITY_TYPES } from '../xapi/vocabulary.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * An element's way to xAPI: the enclosing course's tracker (or the page-wide default one),
 * its activity id, and the course/module activities that group its statements.
 */
export class XapiController implements ReactiveController {
  private readonly host: Host;
  private readonly consumer: CourseContextConsumer;
  /** Kept after the host leaves its course, so a last statement (terminated) still goes there. */
  private lastCourse: CourseContext | undefined;

  /**
   * `followProgress`: the host renders again when the course's progress changes (the
   * certificate); other elements render again only when something else of the course changed.
   */
  constructor(host: Host, private readonly kind: string, options: { followProgress?: boolean } = {}) {
    this.host = host;
    host.addController(this);
    this.consumer = new CourseContextConsumer(host, options.followProgress ? () => false : sameButProgress);
  }

  hostConnected(): void {}

  /** The enclosing course, when there is one. */
  get course(): CourseContext | undefined {
    if (this.consumer.value) this.lastCourse = this.consumer.value;
    return this.consumer.value ?? (this.host.isConnected ? undefined : this.lastCourse);
  }

  get tracker(): Tracker {
    return this.course?.tracker ?? defaultTracker();
  }

  /** `activity-id` when given, else `<course-id>/<kind>/<id>`, else from the page URL. */
  activityId(id: string, explicit?: string): string {
    return activityIdFor({ activityId: explicit || undefined, courseId: this.course?.courseId, kind: this.kind, id });
  }

  /** Language of the content for statement language maps: given, else the course's, else the page's. */
  contentLang(own?: string): string {
    return own || this.course?.definition?.lang || document.documentElement.lang || 'en';
  }

  /** `grouping`: the course and, with a module id, the module (as activities). */
  grouping(moduleId?: string): Activity[] {
    const course = this.course;
    if (!course) return [];
    const activities: Activity[] = [{ id: course.courseId, definition: { type: ACTIVITY_TYPES.course } }];
    if (moduleId) activities.push({ id: `${course.courseId.replace(/\/+$/, '')}/module/${encodeURIComponent(moduleId)}`, definition: { type: ACTIVITY_TYPES.module } });
    return activities;
  }

  /** Context activities with the given parent and the course/module grouping. */
  contextActivities(options: { parent?: Activity[]; module?: string; category?: Activity[] }): ContextActivities | undefined {
    const result: ContextActivities = {};
    if (options.parent?.length) result.parent = options.parent;
    const grouping = this.grouping(options.module);
    if (grouping.length) result.grouping = grouping;
    if (options.category?.length) result.category = options.category;
    return Object.keys(result).length ? result : undefined;
  }

  /**
   * Sends a statement through the tracker; `spoc-statement` fires on the host, or on the document
   * when the host has just been removed (its last statements still reach page listeners).
   */
  send(partial: PartialStatement): Statement {
    return this.tracker.send(partial, this.host.isConnected ? this.host : document).statement;
  }
}
