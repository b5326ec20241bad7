/**
 * Misconfigurations a page author cannot see, found by the elements that show the course's
 * progress (`<spoc-progress>`, `<spoc-certificate>`) inside a `<spoc-course>`:
 *
 * - `no-course-definition`: the course has no definition (no `src`, inline JSON or `definition`
 *   property — or it failed to load), so there is no progress to show or earn;
 * - `unknown-activity`: an element in the course records statements about an activity the
 *   definition does not list (a quiz whose `id` is not one of the course's activity ids): its
 *   results never count.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseContext } from '../../context/course-context.js';
import type { CourseActivity, CourseDefinition } from '../../course/course.schema.js';
import { activityIdFor } from '../../xapi/activity-id.js';
import type { Statement } from '../../xapi/statement.js';
import { isActivity } from '../../xapi/statement.js';

/** What these checks read of `<spoc-course>` (typed loosely: no import of the course element). */
interface CourseElement extends HTMLElement {
  updateComplete: Promise<unknown>;
  definitionComplete: Promise<unknown>;
  course?: unknown;
}

/** The nearest `<spoc-course>` around `element`, across shadow roots. */
export function enclosingCourse(element: Element): CourseElement | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof ShadowRoot) node = node.host;
    else if (node instanceof Element && node.localName === 'spoc-course') return node as CourseElement;
    else node = node.parentNode;
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The activity kinds of a course (as in its schema; listed here so the certificate does not load the schema). */
const KINDS: ReadonlyArray<CourseActivity['type']> = ['capsule', 'quiz', 'peer-review', 'feedback', 'scenario', 'resource', 'activity'];

/** The course activities a definition knows, as IRIs. */
export function knownActivityIds(definition: CourseDefinition, courseId: string): Set<string> {
  return new Set(
    definition.modules.flatMap((module) => module.activities.map((activity) => activityIdFor({ activityId: activity.activityId, courseId, kind: activity.type, id: activity.id }))),
  );
}

/**
 * The ids (`quiz-1`) of the course-namespace activities (`<course-id>/<type>/<id>`) a statement is
 * about, itself or through its context parent, that `known` does not hold.
 */
export function unknownActivityIds(statement: Statement, courseId: string, known: ReadonlySet<string>): string[] {
  const pattern = new RegExp(`^${escapeRegExp(courseId.replace(/\/+$/, ''))}/(${KINDS.join('|')})/([^/#?]+)$`);
  const ids = [
    ...(isActivity(statement.object) ? [statement.object.id] : []),
    ...(statement.context?.contextActivities?.parent ?? []).map((activity) => activity.id),
  ];
  return ids.flatMap((id) => {
    const match = pattern.exec(id);
    return match && !known.has(id) ? [decodeURIComponent(match[2]!)] : [];
  });
}

type Host = ReactiveControllerHost & HTMLElement;

export class CourseChecksController implements ReactiveController {
  /** The course is done loading and has no definition. */
  missingDefinition = false;
  /** Activity ids recorded in this course that its definition does not list. */
  unknown: string[] = [];
  private context: CourseContext | undefined;
  /** The course last checked (kept across a move in the page: what was reported is not reported again). */
  private checked: { registration: string; courseId: string; definition: CourseDefinition } | undefined;
  private unsubscribe: (() => void) | undefined;
  private checking = 0;

  constructor(
    private readonly host: Host,
    private readonly options: {
      context: () => CourseContext | undefined;
      onMissingDefinition: () => void;
      onUnknownActivity: (id: string) => void;
    },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const context = this.options.context();
    if (context === this.context) return;
    const previous = this.context;
    this.context = context;
    if (context?.tracker !== previous?.tracker || context?.definition !== previous?.definition || context?.courseId !== previous?.courseId) this.follow(context);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.context = undefined;
    this.checking++;
  }

  private follow(context: CourseContext | undefined): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const run = ++this.checking;
    if (this.missingDefinition && context?.definition) {
      this.missingDefinition = false;
      this.host.requestUpdate();
    }
    if (!context) return;
    if (!context.definition) {
      void this.checkDefinition(run);
      return;
    }
    const known = knownActivityIds(context.definition, context.courseId);
    const seen = (statement: Statement) => {
      for (const id of unknownActivityIds(statement, context.courseId, known)) {
        if (this.unknown.includes(id)) continue;
        this.unknown = [...this.unknown, id];
        this.options.onUnknownActivity(id);
        this.host.requestUpdate();
      }
    };
    const checked = this.checked;
    if (checked?.registration !== context.registration || checked.courseId !== context.courseId || checked.definition !== context.definition) this.unknown = [];
    this.checked = { registration: context.registration, courseId: context.courseId, definition: context.definition };
    this.unsubscribe = context.tracker.subscribe(seen);
    // What was recorded before this page (a passed quiz before a reload).
    void context.tracker.store
      ?.query({ agent: context.actor, registration: context.registration })
      .then((statements) => {
        if (run === this.checking) statements.forEach(seen);
      })
      .catch(() => undefined);
  }

  /** Waits for the course to finish loading its definition; reports when there is none. */
  private async checkDefinition(run: number): Promise<void> {
    const course = enclosingCourse(this.host);
    if (course) {
      await course.updateComplete;
      await course.definitionComplete;
      await course.updateComplete;
    }
    // No <spoc-course> element found: a context from elsewhere that carries no definition.
    if (run !== this.checking || (course && course.course !== undefined) || this.missingDefinition) return;
    this.missingDefinition = true;
    this.options.onMissingDefinition();
    this.host.requestUpdate();
  }
}
