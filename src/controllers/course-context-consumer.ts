import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { courseContext, type CourseContext } from '../context/course-context.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Whether an element showing `before` needs no new render for `after`. */
export type SameFor = (before: CourseContext, after: CourseContext) => boolean;

/** Everything but the progress is the same (the course replaces its context on each progress change). */
export const sameButProgress: SameFor = (before, after) =>
  (Object.keys({ ...before, ...after }) as Array<keyof CourseContext>).every((key) => key === 'progress' || before[key] === after[key]);

/**
 * The enclosing `<spoc-course>`'s context, subscribed, like `ContextConsumer` (a course that
 * upgrades later is found through the page's ContextRoot) — but the host renders again only when
 * `same` says what it shows changed. The course puts its progress in its context, so the context
 * changes after nearly every statement: with a plain consumer every element of the page rendered
 * again for each answer, each second of video watched to a threshold, each page turn.
 */
export class CourseContextConsumer implements ReactiveController {
  /** The course's context, the latest one (whether or not the host rendered for it). */
  value: CourseContext | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly same: SameFor,
  ) {
    host.addController(this);
  }

  // A stable identity: the ContextRoot and the provider recognize a request they already hold.
  private readonly callback = (value: CourseContext, unsubscribe?: () => void) => {
    // Another provider answers now (the element moved): leave the previous one.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    const before = this.value;
    this.value = value;
    if (!before || !this.same(before, value)) this.host.requestUpdate();
  };

  hostConnected(): void {
    this.host.dispatchEvent(new ContextEvent(courseContext, this.host, this.callback, true));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
