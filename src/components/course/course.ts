import { provide } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { courseContext, type CourseContext } from '../../context/course-context.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { LmsController } from '../../controllers/lms-controller.js';
import { LrsDeliveryController } from '../../controllers/lrs-delivery-controller.js';
import type { DeadLetter, OutboxStatus } from '../../xapi/outbox.js';
import { CourseProgressController } from '../../controllers/course-progress-controller.js';
import { SpocErrorEvent, type SpocErrorDetail, type SpocIssue } from '../../events/spoc-error.js';
import { safeUrl } from '../../internal/url-policy.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { pageIri } from '../../xapi/activity-id.js';
import { defaultStore } from '../../xapi/default-tracker.js';
import type { XapiVersion } from '../../xapi/statement.js';
import { Tracker } from '../../xapi/tracker.js';
import { courseDefinitionSchema, type CourseDefinition } from '../../course/course.schema.js';
import type { CourseProgress } from '../../course/progress-model.js';
import styles from './course.styles.js';
import { addStrings } from '../../i18n/index.js';
import { courseStrings } from '../../i18n/strings/course.js';

// This element's strings travel with it (a page downloads the strings of the elements it uses).
addStrings(courseStrings);

// What an attribute must be before anything is built from it.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const isEmail = (value: string) => EMAIL.test(value.replace(/^mailto:/i, ''));
function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * @summary The course around the learning elements: it says who the learner is, which course and
 * registration the statements belong to, in which language, and where statements go.
 * Every nested spoc element reads this through context; each element also works alone.
 *
 * @tag spoc-course
 * @status experimental
 * @since 0.1
 *
 * @slot - The course's content: spoc elements and any other markup.
 *
 * @event {SpocErrorDetail} spoc-error - Invalid course definition, unreachable `src`, or a record that could not be
 *   saved; an invalid attribute (`invalid-attribute`, the attribute named in `issues`); for an LRS (`lrs-endpoint`):
 *   `lrs-rejected` (a statement refused and set aside: `statementId`, the LRS's text in `lrsMessage`, see
 *   `deadLetters()`), `lrs-unauthorized` (sending paused until `setLrsCredentials`), `lrs-unreachable` (once per
 *   outage; statements wait and go when it answers). `detail: { code, message, issues?, statementId?, lrsMessage? }`.
 * @event {SpocStatementDetail} spoc-statement - Bubbles up from every nested element; `detail: { statement }`. The course
 *   adds its own: `progressed` (cmi5 progress extension, 0–100) when the percentage changes, and
 *   `completed` once per registration when every required module is done.
 * @event {SpocSyncDetail} spoc-sync - Every queued statement reached the LRS (the outbox drained). `detail: { endpoint }`.
 *
 * @csspart base - Wrapper of the slotted content.
 * @csspart error - The error view shown when the course definition or an attribute is invalid (content stays usable).
 * @csspart error-list - The list of problems inside the error view.
 * @csspart lms-notice - Why the LMS (SCORM / cmi5) is not recording: the course goes on locally.
 * @csspart lms-exit - The "Leave the course" button of a cmi5 launch (ends the session, returns to the LMS).
 *
 * @cssproperty [--spoc-course-gap=var(--spoc-spacing)] - Space below the error view.
 */
export class SpocCourse extends SpocElement {
  static override styles = [SpocElement.styles, styles];

  private readonly definitionLoader = new DefinitionController<CourseDefinition | undefined>(this, {
    schema: courseDefinitionSchema,
    translation: () => this.localize.t,
    required: false,
  });

  /** LMS bridges (SCORM 1.2 / 2004, cmi5): found and wired with no code from the page. */
  private readonly lms = new LmsController(this, {
    scorm: () => this.scorm,
    course: () => ({ courseId: this.context?.courseId ?? this.resolvedCourseId(), definition: this.definitionLoader.value }),
    tracker: () => this.context?.tracker,
    translation: () => this.localize.t,
    // Late bridges (the runtime appeared after this module loaded): the learner may be the LMS's.
    onConnected: () => (this.context = this.buildContext()),
  });

  /**
   * Course progress: the model shared as `context.progress`, and the course's own `progressed` /
   * `completed` statements.
   */
  private readonly progressTracking = new CourseProgressController(this, () => this.context);

  /** Delivery to an LRS (`lrs-endpoint`), through the durable outbox. */
  private readonly lrs = new LrsDeliveryController(this, () => this.localize.t);

  /** The value shared with nested elements (replaced, never mutated, on change). */
  @provide({ context: courseContext })
  @state()
  protected context!: CourseContext;

  /** The course's activity IRI; defaults to the definition's `id`, else the page URL. */
  @property({ attribute: 'course-id' }) courseId = '';

  /** URL of the course definition JSON. */
  @property() src?: string;

  /** The course definition as an object (takes precedence over `src` and inline JSON). */
  @property({ attribute: false }) definition?: CourseDefinition;

  /** Learner's display name (the actor's `name`). */
  @property({ attribute: 'learner-name' }) learnerName = '';

  /** Learner's email: the actor is identified by `mbox`. */
  @property({ attribute: 'learner-email' }) learnerEmail = '';

  /** With `learner-account-name`: the actor is identified by this account. */
  @property({ attribute: 'learner-account-home-page' }) learnerAccountHomePage = '';

  /** Account name on `learner-account-home-page`. */
  @property({ attribute: 'learner-account-name' }) learnerAccountName = '';

  /** xAPI version spoken to an LRS: `1.0.3` (default) or `2.0.0`. */
  @property({ attribute: 'xapi-version' }) xapiVersion: XapiVersion = '1.0.3';

  /** Base URL of an LRS (`https://lrs.example.com/xapi/`): statements go there too, through a durable outbox. */
  @property({ attribute: 'lrs-endpoint' }) lrsEndpoint = '';

  /** The whole `Authorization` value for the LRS: `Basic …` or `Bearer …` (see also `setLrsCredentials`). */
  @property({ attribute: 'lrs-auth' }) lrsAuth = '';

  /**
   * SCORM bridge: `auto` (default) looks for `API_1484_11` (2004, preferred) then `API` (1.2) in
   * the parent frames and the opener; `1.2` or `2004` forces a version; `off` never reports to SCORM.
   * Read when the course connects.
   */
  @property() scorm: 'auto' | 'off' | '1.2' | '2004' = 'auto';

  /** The parsed course definition, once loaded. */
  get course(): CourseDefinition | undefined {
    return this.definitionLoader.value;
  }

  /** The tracker every nested element sends its statements through. */
  get tracker(): Tracker {
    return this.context.tracker;
  }

  /** Where the learner stands in the course (live), once the definition is loaded. */
  get progress(): CourseProgress | undefined {
    return this.context?.progress;
  }

  /** Resolves when the definition has loaded (or failed). */
  get definitionComplete(): Promise<unknown> {
    return this.definitionLoader.complete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.context ??= this.buildContext();
  }

  /**
   * The attributes that say who learns and where records go, checked before anything is built
   * from them: `learner-email` (an email address), `learner-account-home-page` (an absolute http(s)
   * URL), `course-id` (an absolute IRI without spaces), `lrs-endpoint` (the URL policy: http, https
   * or relative), `xapi-version` (1.0.3 or 2.0.0). Each problem names its attribute.
   */
  private attributeIssues(): SpocIssue[] {
    const t = this.localize.t.delivery;
    const issues: SpocIssue[] = [];
    const problem = (path: string, message: string) => issues.push({ path, code: 'invalid-attribute', message });
    const email = this.learnerEmail.trim();
    if (email && !isEmail(email)) problem('learner-email', t.emailIssue(email));
    const homePage = this.learnerAccountHomePage.trim();
    if (homePage && !isHttpUrl(homePage)) problem('learner-account-home-page', t.homePageIssue(homePage));
    const courseId = this.courseId.trim();
    if (courseId && !IRI.test(courseId)) problem('course-id', t.courseIdIssue(courseId));
    const endpoint = this.lrsEndpoint.trim();
    if (endpoint && safeUrl(endpoint, 'link') === undefined) problem('lrs-endpoint', t.endpointIssue(endpoint));
    if (this.xapiVersion !== '1.0.3' && this.xapiVersion !== '2.0.0') problem('xapi-version', t.versionIssue(String(this.xapiVersion)));
    return issues;
  }

  /** The attribute problem shown and reported (`invalid-attribute`), if any. */
  private attributeError: SpocErrorDetail | undefined;
  private attributeKey = '';

  /** Checks the attributes (messages in the current language); reports once per set of problems. */
  private checkAttributes(): void {
    const issues = this.attributeIssues();
    this.attributeError = issues.length ? { code: 'invalid-attribute', message: this.localize.t.delivery.invalidAttribute, issues } : undefined;
    const key = JSON.stringify(issues.map((issue) => [issue.path, this.getAttribute(issue.path)]));
    if (key === this.attributeKey) return;
    this.attributeKey = key;
    if (this.attributeError) this.reportError(this.attributeError);
  }

  /** An attribute's value when it passed its check, else `undefined` (as if it were not there). */
  private valid(name: 'learner-email' | 'learner-account-home-page' | 'course-id', value: string): string | undefined {
    const trimmed = value.trim();
    if (!trimmed) return undefined;
    return this.attributeIssues().some((issue) => issue.path === name) ? undefined : trimmed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkAttributes();
    // Compared with what the context was built from (not `changed`: the first update lists every
    // attribute the page set, which the context built on connect already used).
    const learnerChanged = this.learnerInputs() !== this.builtFor;
    const definition = this.definitionLoader.value;
    const lang = this.localize.lang;
    if (learnerChanged || definition !== this.context.definition || lang !== this.context.lang) {
      const rebuild = learnerChanged || (!this.valid('course-id', this.courseId) && definition?.id !== undefined && definition.id !== this.context.courseId);
      this.context = rebuild ? this.buildContext() : { ...this.context, definition, lang };
    }
    // An unusable attribute: nothing goes to the LRS (records stay in this browser until it is fixed).
    const endpoint = this.attributeError ? '' : this.lrsEndpoint.trim();
    if (endpoint !== this.lrsConfigured || changed.has('xapiVersion') || this.lrsTracker !== this.context.tracker) {
      this.lrsTracker = this.context.tracker;
      this.lrsConfigured = endpoint;
      this.lrs.configure(this.context.tracker, endpoint, this.lrsAuth, this.xapiVersion === '2.0.0' ? '2.0.0' : '1.0.3');
    } else if (changed.has('lrsAuth')) {
      this.lrs.setCredentials(this.lrsAuth);
    }
    this.shareProgress();
  }

  /** The tracker the LRS delivery is attached to. */
  private lrsTracker: Tracker | undefined;
  /** The endpoint the LRS delivery was configured with ('' for none). */
  private lrsConfigured: string | undefined;

  /** The learner was brought back to the module the LMS remembered (once per page). */
  private returned = false;

  /**
   * The module the learner last worked in, as the SCORM LMS kept it from the session before
   * (`cmi.core.lesson_location` / `cmi.location`); when it is a module of the definition, its first
   * element on this page (`module="…"`) is scrolled into view once at start (unless the page URL
   * has a fragment of its own).
   */
  get lmsLocation(): string | undefined {
    return this.lms.location;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.returnToLocation();
  }

  private returnToLocation(): void {
    const moduleId = this.lms.location;
    const definition = this.definitionLoader.value;
    if (this.returned || !moduleId || !definition) return;
    this.returned = true;
    if (location.hash || !definition.modules.some((module) => module.id === moduleId)) return;
    const target = this.querySelector(`[module="${CSS.escape(moduleId)}"]`);
    target?.scrollIntoView({ block: 'start' });
  }

  /** Puts the latest progress in the context (a new context object when it changed). */
  private shareProgress(): void {
    const progress = this.progressTracking.progressFor(this.context.tracker);
    if (progress !== this.context.progress) this.context = { ...this.context, progress };
  }

  private resolvedCourseId(): string {
    return this.valid('course-id', this.courseId) || this.definitionLoader.value?.id || pageIri();
  }

  /** What the learner, the registration and the tracker are made from. */
  private learnerInputs(): string {
    return JSON.stringify([this.learnerName, this.learnerEmail, this.learnerAccountHomePage, this.learnerAccountName, this.courseId, this.xapiVersion]);
  }

  /** `learnerInputs()` when the context was last built. */
  private builtFor = '';

  private buildContext(): CourseContext {
    this.builtFor = this.learnerInputs();
    const courseId = this.resolvedCourseId();
    const { actor, registration } = this.lms.learner(
      {
        name: this.learnerName || undefined,
        email: this.valid('learner-email', this.learnerEmail),
        accountHomePage: this.valid('learner-account-home-page', this.learnerAccountHomePage),
        accountName: this.learnerAccountName.trim() || undefined,
      },
      courseId,
    );
    const definition = this.definitionLoader.value;
    const tracker = new Tracker({
      actor,
      registration,
      language: definition?.lang ?? (document.documentElement.lang || undefined),
      xapiVersion: this.xapiVersion === '2.0.0' ? '2.0.0' : '1.0.3',
      store: defaultStore(),
      onSinkError: (error, sink) =>
        this.dispatchEvent(
          new SpocErrorEvent({
            code: 'sink-failed',
            message: `${this.localize.t.errors['sink-failed']} (${sink.name}: ${error instanceof Error ? error.message : String(error)})`,
          }),
        ),
    });
    return { courseId, definition, lang: this.localize.lang, actor, registration, tracker };
  }

  private handleLmsExit() {
    void this.lms.exit();
  }

  /**
   * Sets the LRS credentials later (a page that gets a token from its own backend): statements
   * queued meanwhile are kept and sent, and a queue paused by a 401/403 resumes.
   */
  setLrsCredentials(auth: string): void {
    this.lrsAuth = auth;
    this.lrs.setCredentials(auth);
  }

  /** Delivery to the LRS: queued count, dead letters, paused, last error (`undefined` with no LRS). */
  deliveryStatus(): Promise<OutboxStatus> | undefined {
    return this.lrs.status();
  }

  /**
   * The statements the LRS refused (each `spoc-error` `lrs-rejected`), with its status and text,
   * oldest first; `[]` with no LRS. Read from the outbox's store: nothing is sent.
   */
  async deadLetters(): Promise<DeadLetter[]> {
    return (await this.lrs.deadLetters()).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  /**
   * Sends the statements the LRS refused (`spoc-error` `lrs-rejected`) once more, after the LRS or
   * its configuration was fixed. Resolves with how many were queued again.
   */
  retryDeadLetters(): Promise<number> {
    return this.lrs.retryDeadLetters();
  }

  /** Ends the LMS session (SCORM Terminate, cmi5 `terminated`) and, for cmi5, returns to the LMS. */
  exitCourse(): Promise<void> {
    return this.lms.exit();
  }

  private renderLms() {
    const { notice, cmi5 } = this.lms;
    return html`${notice ? html`<p part="lms-notice" role="status">${notice}</p>` : nothing}
    ${cmi5?.open ? html`<button part="lms-exit" type="button" @click=${this.handleLmsExit}>${this.localize.t.lms.exit}</button>` : nothing}`;
  }

  override render() {
    const error = this.definitionLoader.error;
    const attributes = this.attributeError;
    return html`${attributes ? this.renderError(attributes) : nothing}${error ? this.renderError(error) : nothing}${this.renderLms()}
      <div part="base"><slot></slot></div>`;
  }
}

SpocCourse.define('spoc-course');

// This entry alone (`spoc-elements/course.js`) types its definition and its events' global declarations.
export type { CourseDefinition } from '../../course/course.schema.js';
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-course': SpocCourse;
  }
}
