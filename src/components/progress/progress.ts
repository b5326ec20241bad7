import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProperties } from '../../internal/css-properties.js';
import { courseContext, type CourseContext } from '../../context/course-context.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { isDone, type CourseProgress, type ModuleProgress } from '../../course/progress-model.js';
import { SpocProgressChangeEvent } from '../../events/spoc-progress-change.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { safeUrl } from '../../internal/url-policy.js';
import { textOf } from '../../internal/validation.js';
import { resolveActor, resolveRegistration } from '../../xapi/actor.js';
import { LrsClient } from '../../xapi/lrs-client.js';
import { defaultStore } from '../../xapi/default-tracker.js';
import { courseDefinitionSchema, type CourseDefinition } from '../../course/course.schema.js';
import { CourseChecksController } from './course-checks.js';
import { ProgressSourceController, type ProgressTarget, type RemoteProblem } from './progress-source.js';
import styles from './progress.styles.js';
import { addStrings } from '../../i18n/index.js';
import { progressStrings } from '../../i18n/strings/progress.js';

// This element's strings travel with it (a page downloads the strings of the elements it uses).
addStrings(progressStrings);

export type ProgressVariant = 'bar' | 'steps' | 'ring' | 'list';

const ICONS: Record<ModuleProgress['status'], string> = {
  'not-started': '',
  'in-progress': '…',
  completed: '✓',
  passed: '✓',
  failed: '!',
};

/**
 * @summary Where the learner stands in the course: a bar, a stepper of modules, a compact ring for
 * a header, or a list with status, score and time spent. Live inside a `<spoc-course>`; alone on any
 * page (an LMS theme header, an intranet dashboard) given `course-id` / `course-src`, from the
 * records kept in this browser or an LRS. Updates across tabs.
 *
 * @tag spoc-progress
 * @status experimental
 * @since 0.1
 *
 * @slot - An optional inline course definition: `<script type="application/json">` (standalone use).
 *
 * @event {SpocProgressChangeDetail} spoc-progress-change - The progress changed (or was first computed). `detail: { progress }`,
 *   the whole model: `courseId`, `status`, `percent` (0–1), `completed`, `completedAt?`, `score?`,
 *   `timeSpent` (s), `next?` and `modules[]` (`id`, `title`, `url?`, `required`, `status`, `percent`,
 *   `timeSpent`, `score?`, `activities`).
 * @event {SpocErrorDetail} spoc-error - The course definition is invalid or unreachable, or the LRS could not be read
 *   (`lrs-unauthorized`, `lrs-unreachable`): the local records are still shown. Inside a `<spoc-course>`:
 *   the course has no definition (`no-course-definition`), or an element records results under an id
 *   the definition does not list (`unknown-activity`, the id in the message).
 *
 * @csspart base - The wrapper of every variant.
 * @csspart header - Label and value above the bar (bar, steps, list).
 * @csspart label - The "Course progress" label.
 * @csspart value - The percentage text.
 * @csspart summary - "2 of 4 modules done".
 * @csspart track - The bar's track (`role="progressbar"`).
 * @csspart indicator - The filled part of the bar.
 * @csspart ring - The ring (`role="progressbar"`).
 * @csspart ring-track - The ring's background circle.
 * @csspart ring-indicator - The ring's filled arc.
 * @csspart steps - The list of modules of the `steps` variant.
 * @csspart step - One module in `steps`; also `step-<status>` (`step-completed`, `step-failed`…) and `step-next`.
 * @csspart step-icon - The status icon of a step.
 * @csspart step-title - A step's title (a link when the module has a URL).
 * @csspart list - The list of modules of the `list` variant.
 * @csspart module - One module in `list`; also `module-<status>` and `module-next`.
 * @csspart module-title - A module's title (a link when the module has a URL).
 * @csspart status - A module's status badge in `list`.
 * @csspart module-score - A module's score in `list`.
 * @csspart module-time - A module's time spent in `list`.
 * @csspart completed-on - The completion date.
 * @csspart notice - A notice: LRS unavailable, course outline unknown, course misconfigured. In the `ring`
 *   variant, a small badge on the ring (the text is for assistive technologies and the tooltip).
 * @csspart empty - Shown when there is no course to show.
 * @csspart error - The error view (invalid or unreachable course definition).
 * @csspart error-list - The list of problems inside the error view.
 *
 * @cssproperty [--spoc-progress-accent-color=var(--spoc-color-accent)] - Fill of the bar, ring and current step.
 * @cssproperty [--spoc-progress-track-color=var(--spoc-color-surface-alt)] - Unfilled track.
 * @cssproperty [--spoc-progress-success-color=var(--spoc-color-success)] - Completed and passed modules.
 * @cssproperty [--spoc-progress-danger-color=var(--spoc-color-danger)] - Failed modules.
 * @cssproperty [--spoc-progress-bar-height=0.625rem] - Thickness of the bar.
 * @cssproperty [--spoc-progress-ring-size=3.5rem] - Diameter of the ring.
 * @cssproperty [--spoc-progress-gap=var(--spoc-spacing)] - Space between parts.
 * @cssproperty [--spoc-progress-link-color=inherit] - Module links (default: the text colour, underlined).
 *
 * Text follows the host page's `color` (a dark LMS header, a light intranet page) unless
 * `--spoc-color-text` is set; step icons and status pills carry their own background.
 *
 * @cssstate completed - The course is complete.
 * @cssstate not-started - Nothing done yet.
 */
export class SpocProgress extends SpocElement {
  static override styles = [SpocElement.styles, styles];

  private readonly internals = this.attachInternals();

  private readonly definitionLoader = new DefinitionController<CourseDefinition | undefined>(this, {
    schema: courseDefinitionSchema,
    translation: () => this.localize.t,
    required: false,
  });

  private readonly source = new ProgressSourceController(this, {
    onProblem: (problem) => this.handleRemoteProblem(problem),
  });

  private readonly checks = new CourseChecksController(this, {
    context: () => (this.standalone ? undefined : this.course),
    onMissingDefinition: () => this.reportError({ code: 'no-course-definition', message: this.localize.t.progress.noCourseDefinition }),
    onUnknownActivity: (id) => this.reportError({ code: 'unknown-activity', message: this.localize.t.progress.unknownActivity(id) }),
  });

  /** Last model shown (its JSON), to fire `spoc-progress-change` and announce only on change. */
  private shownKey = '';
  /** Last model announced through `spoc-progress-change`. */
  private emittedKey = '';

  @consume({ context: courseContext, subscribe: true })
  @state()
  private course?: CourseContext;

  /** What the learner hears (politely) when the progress moves. */
  @state() private announcement = '';

  /** How progress is drawn: `bar` (default), `steps`, `ring` (compact, for headers) or `list`. */
  @property({ reflect: true }) variant: ProgressVariant = 'bar';

  /** Standalone: the course's activity IRI (defaults to the definition's `id`). */
  @property({ attribute: 'course-id' }) courseId = '';

  /** Standalone: URL of the course definition JSON (modules and their rules). */
  @property({ attribute: 'course-src' }) courseSrc = '';

  /** Standalone: the course definition as an object (takes precedence over `course-src`). */
  @property({ attribute: false }) definition?: CourseDefinition;

  /** Standalone: learner's display name. */
  @property({ attribute: 'learner-name' }) learnerName = '';

  /** Standalone: learner's email (the actor's `mbox`). */
  @property({ attribute: 'learner-email' }) learnerEmail = '';

  /** Standalone: with `learner-account-name`, the learner's account. */
  @property({ attribute: 'learner-account-home-page' }) learnerAccountHomePage = '';

  /** Standalone: account name on `learner-account-home-page`. */
  @property({ attribute: 'learner-account-name' }) learnerAccountName = '';

  /** Standalone: the registration to show (default: the one kept in this browser for the learner and course). */
  @property() registration = '';

  /** Standalone: an LRS to read the learner's statements from (besides this browser's records). */
  @property({ attribute: 'lrs-endpoint' }) lrsEndpoint = '';

  /** The whole `Authorization` value for `lrs-endpoint` (`Basic …` / `Bearer …`). */
  @property({ attribute: 'lrs-auth' }) lrsAuth = '';

  /** @internal The definition URL, as the definition loader reads it. */
  get src(): string | undefined {
    return this.courseSrc || undefined;
  }

  /** The progress shown, once known. */
  get progress(): CourseProgress | undefined {
    return this.standalone ? this.source.value : this.course?.progress;
  }

  /** Whether the element reads records itself rather than following an enclosing `<spoc-course>`. */
  private get standalone(): boolean {
    return !!(this.courseId || this.courseSrc || this.definition !== undefined || this.definitionLoader.value) || !this.course;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.sync(this.standaloneTarget());
    const progress = this.progress;
    const key = progress ? JSON.stringify(progress) : '';
    if (key === this.shownKey || !progress) return;
    const previous = this.shownKey ? (JSON.parse(this.shownKey) as CourseProgress) : undefined;
    this.shownKey = key;
    if (previous && previous.courseId === progress.courseId) this.announcement = this.describeChange(previous, progress);
    this.internals.states?.clear();
    if (progress.completed) this.internals.states?.add('completed');
    if (progress.status === 'not-started') this.internals.states?.add('not-started');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const progress = this.progress;
    if (progress && this.shownKey !== this.emittedKey) {
      this.emittedKey = this.shownKey;
      this.emit(new SpocProgressChangeEvent({ progress }));
    }
  }

  private standaloneTarget(): ProgressTarget | undefined {
    if (!this.standalone) return undefined;
    const definition = this.definitionLoader.value;
    const courseId = this.courseId || definition?.id || this.course?.courseId || '';
    if (!courseId) return undefined;
    const actor = resolveActor({
      name: this.learnerName || undefined,
      email: this.learnerEmail || undefined,
      accountHomePage: this.learnerAccountHomePage || undefined,
      accountName: this.learnerAccountName || undefined,
    });
    const target: ProgressTarget = { courseId, definition, actor, registration: this.registration || resolveRegistration(actor, courseId), store: defaultStore() };
    if (this.lrsEndpoint) {
      // The learner's statements of this registration from the LRS (GET, following `more`).
      const client = new LrsClient({ endpoint: this.lrsEndpoint, auth: this.lrsAuth || undefined });
      target.remote = (agent, registration) => client.getStatements({ agent, registration, limit: 500 });
      target.remoteKey = `${this.lrsEndpoint}|${this.lrsAuth}`;
    }
    return target;
  }

  private handleRemoteProblem(problem: RemoteProblem): void {
    const t = this.localize.t.progress;
    // The technical reason ("Failed to fetch", "HTTP 503") is for the page's developer, not shown to the learner.
    this.reportError({ code: problem.code, message: `${problem.code === 'lrs-unauthorized' ? t.lrsUnauthorized : t.lrsUnavailable} (${problem.reason})` });
  }

  /** The polite announcement for a change: course completed, modules finished, new percentage. */
  private describeChange(previous: CourseProgress, progress: CourseProgress): string {
    const t = this.localize.t.progress;
    if (progress.completed && !previous.completed) return t.announceCompleted;
    const changed = progress.modules.filter((module) => previous.modules.find((m) => m.id === module.id)?.status !== module.status);
    const parts = changed.map((module) => t.announceModule(textOf(module.title, this.localize.lang), t.status[module.status]));
    if (Math.round(previous.percent * 100) !== Math.round(progress.percent * 100) || !parts.length) {
      parts.push(t.announceProgress(this.localize.percent(progress.percent)));
    }
    return parts.join(' ');
  }

  private counts(progress: CourseProgress): { done: number; total: number } {
    const required = progress.modules.filter((module) => module.required);
    return { done: required.filter((module) => isDone(module.status)).length, total: required.length };
  }

  private valueText(progress: CourseProgress): string {
    const { done, total } = this.counts(progress);
    const percent = this.localize.percent(progress.percent);
    return total ? this.localize.t.progress.valueText(percent, done, total) : percent;
  }

  /** A `role="progressbar"` with the ARIA every variant shares, around the variant's drawing. */
  private renderProgressbar(progress: CourseProgress, part: string, content: TemplateResult): TemplateResult {
    return html`<div
      part=${part}
      role="progressbar"
      aria-label=${this.localize.t.progress.label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${Math.round(progress.percent * 100)}
      aria-valuetext=${this.valueText(progress)}
    >
      ${content}
    </div>`;
  }

  private renderBar(progress: CourseProgress): TemplateResult {
    const value = Math.round(progress.percent * 100);
    return this.renderProgressbar(progress, 'track', html`<div part="indicator" ${cssProperties({ 'inline-size': `${value}%` })}></div>`);
  }

  private renderHeader(progress: CourseProgress): TemplateResult {
    const { t } = this.localize;
    const { done, total } = this.counts(progress);
    return html`<div part="header">
      <span part="label">${t.progress.label}</span>
      <span part="value">${this.localize.percent(progress.percent)}</span>
      ${total ? html`<span part="summary">${t.progress.modulesDone(done, total)}</span>` : nothing}
    </div>`;
  }

  private renderRing(progress: CourseProgress): TemplateResult {
    const value = Math.round(progress.percent * 100);
    const text = this.localize.percent(progress.percent);
    // Circumference 100 on a radius of 15.9155 (100 / 2π): the dash length is the percentage.
    return this.renderProgressbar(
      progress,
      'ring',
      html`<svg viewBox="0 0 36 36" aria-hidden="true" focusable="false">
          <circle part="ring-track" cx="18" cy="18" r="15.9155" pathLength="100"></circle>
          <circle part="ring-indicator" class=${value === 0 ? 'zero' : ''} cx="18" cy="18" r="15.9155" pathLength="100" stroke-dasharray=${`${value} 100`}></circle>
        </svg>
        <span part="value" class=${value >= 100 ? 'long' : ''} aria-hidden="true">${text}</span>`,
    );
  }

  /** The ring with nothing in it (no course to measure), holding its place in a header. */
  private renderEmptyRing(): TemplateResult {
    return html`<div part="ring" class="empty"><svg viewBox="0 0 36 36" aria-hidden="true" focusable="false"><circle part="ring-track" cx="18" cy="18" r="15.9155"></circle></svg><span part="value" aria-hidden="true">—</span></div>`;
  }

  private renderTitle(module: ModuleProgress, part: string): TemplateResult {
    const title = textOf(module.title, this.localize.lang);
    // A URL the policy refuses (`javascript:`, `data:` …) leaves the title as plain text.
    const url = safeUrl(module.url, 'link');
    return url ? html`<a part=${part} href=${url}>${title}</a>` : html`<span part=${part}>${title}</span>`;
  }

  private renderSteps(progress: CourseProgress): TemplateResult {
    const { t } = this.localize;
    return html`<ol part="steps" aria-label=${t.progress.modules}>
      ${progress.modules.map((module) => {
        const next = module.id === progress.next;
        return html`<li part=${`step step-${module.status}${next ? ' step-next' : ''}`} aria-current=${next ? 'step' : nothing}>
          <span part="step-icon" aria-hidden="true">${ICONS[module.status]}</span>
          <span class="step-text">
            ${this.renderTitle(module, 'step-title')}
            <span class="step-status">${t.progress.status[module.status]}${module.required ? '' : ` · ${t.progress.optional}`}${next ? ` · ${t.progress.next}` : ''}</span>
          </span>
        </li>`;
      })}
    </ol>`;
  }

  private renderList(progress: CourseProgress): TemplateResult {
    const { t } = this.localize;
    return html`<ol part="list" aria-label=${t.progress.modules}>
      ${progress.modules.map((module) => {
        const next = module.id === progress.next;
        return html`<li part=${`module module-${module.status}${next ? ' module-next' : ''}`} aria-current=${next ? 'step' : nothing}>
          <span class="module-heading">
            ${this.renderTitle(module, 'module-title')}
            <span part="status">${t.progress.status[module.status]}</span>
            ${module.required ? nothing : html`<span class="tag">${t.progress.optional}</span>`}
            ${next ? html`<span class="tag">${t.progress.next}</span>` : nothing}
          </span>
          <span class="module-details">
            <span part="module-score">${t.progress.score(module.score === undefined ? '—' : this.localize.percent(module.score))}</span>
            <span part="module-time">${t.progress.timeSpent(this.localize.duration(module.timeSpent))}</span>
          </span>
        </li>`;
      })}
    </ol>`;
  }

  private renderProgress(progress: CourseProgress): TemplateResult {
    const { t } = this.localize;
    const variant = this.variant;
    const completedOn = progress.completedAt
      ? html`<p part="completed-on">${t.progress.completedOn(this.localize.date(progress.completedAt))}</p>`
      : nothing;
    if (variant === 'ring') return this.renderRing(progress);
    const outline = progress.modules.length > 0;
    return html`${this.renderHeader(progress)}${this.renderBar(progress)}
      ${variant === 'steps' && outline ? this.renderSteps(progress) : nothing}
      ${variant === 'list' && outline ? this.renderList(progress) : nothing} ${completedOn}
      ${(variant === 'steps' || variant === 'list') && !outline ? html`<p part="notice">${t.progress.noDefinition}</p>` : nothing}`;
  }

  /** The LRS could not be read: a sentence, or in the ring a badge that does not widen a header. */
  private renderNotice(): TemplateResult | typeof nothing {
    const problem = this.standalone ? this.source.problem : undefined;
    if (!problem) return nothing;
    const t = this.localize.t.progress;
    const unauthorized = problem.code === 'lrs-unauthorized';
    if (this.variant === 'ring') return this.renderBadge(unauthorized ? t.lrsUnauthorizedShort : t.lrsUnavailableShort, unauthorized ? t.lrsUnauthorized : t.lrsUnavailable);
    return html`<p part="notice" role="status">${unauthorized ? t.lrsUnauthorized : t.lrsUnavailable}</p>`;
  }

  /** A warning on the ring: a small mark, the words for assistive technologies and as a tooltip. */
  private renderBadge(short: string, long: string): TemplateResult {
    return html`<p part="notice" class="badge" role="status" title=${short}><span aria-hidden="true">!</span><span class="visually-hidden">${long}</span></p>`;
  }

  /** Misconfigurations of the enclosing course, explained. */
  private renderChecks(): TemplateResult | typeof nothing {
    const t = this.localize.t.progress;
    if (this.checks.missingDefinition && !this.progress) {
      return this.variant === 'ring' ? this.renderBadge(t.noCourseDefinitionShort, t.noCourseDefinition) : html`<p part="notice" role="status">${t.noCourseDefinition}</p>`;
    }
    if (!this.checks.unknown.length) return nothing;
    const text = this.checks.unknown.map((id) => t.unknownActivity(id)).join(' ');
    return this.variant === 'ring' ? this.renderBadge(text, text) : html`<p part="notice" role="status">${text}</p>`;
  }

  override render() {
    const { t } = this.localize;
    const error = this.standalone ? this.definitionLoader.error : undefined;
    const progress = this.progress;
    const waiting = this.standalone ? !!this.standaloneTarget() || this.definitionLoader.loading : !!this.course?.definition || !this.checks.missingDefinition;
    let body: TemplateResult;
    if (progress) body = this.renderProgress(progress);
    else if (!this.standalone && this.checks.missingDefinition) body = this.variant === 'ring' ? this.renderEmptyRing() : html``;
    else if (waiting) body = html`<p part="empty" aria-busy="true">${t.loading}</p>`;
    else if (this.standalone && !error) body = html`<p part="empty">${t.progress.noCourse}</p>`;
    else body = html`<p part="empty">${t.progress.empty}</p>`;
    return html`${error ? this.renderError(error) : nothing}
      <div part="base" class=${`variant-${this.variant}`}>${body}${this.renderNotice()}${this.renderChecks()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}

SpocProgress.define('spoc-progress');

// This entry alone (`spoc-elements/progress.js`) types its definition and its events' global declarations.
export type { CourseDefinition } from '../../course/course.schema.js';
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-progress': SpocProgress;
  }
}
