import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { courseIndex, type CourseIndex } from '../../analytics/course-index.js';
import { type ExportOptions, learnersCsv, modulesCsv, questionsCsv, reportJson, stringsFor } from '../../analytics/exports.js';
import { emptyFold, foldInSlices, type FoldState } from '../../analytics/fold.js';
import type { RosterEntry } from '../../analytics/learners.js';
import { AnalyticsSourceError, foldFromLrs, lrsClient } from '../../analytics/lrs-source.js';
import { buildReportInSlices, type CohortReport } from '../../analytics/report.js';
import { yieldToMain } from '../../analytics/slices.js';
import { courseContext, type CourseContext } from '../../context/course-context.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { courseDefinitionSchema, type CourseDefinition } from '../../course/course.schema.js';
import type { SpocErrorDetail } from '../../events/spoc-error.js';
import { addStrings, catalogFor } from '../../i18n/index.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { textOf } from '../../internal/validation.js';
import { defaultStore } from '../../xapi/default-tracker.js';
import type { Statement } from '../../xapi/statement.js';
import type { Tracker } from '../../xapi/tracker.js';
import '../progress/progress.js';
import { type CohortReportStrings, strings, type ViewName } from './cohort-report.strings.js';
import styles from './cohort-report.styles.js';
import { formats, type Formats } from './format.js';
import { parseRoster, RosterError } from '../../analytics/roster.js';
import type { ViewContext } from './views/context.js';
import { renderLearnerDetail } from './views/learner-detail.js';
import { type LearnerFilter, renderLearners, type SortKey } from './views/learners.js';
import { renderOverview } from './views/overview.js';
import { renderPrePost } from './views/prepost.js';
import { renderPrintSummary } from './views/print.js';
import { renderQuestions } from './views/questions.js';
import { renderSatisfaction } from './views/satisfaction.js';
import { renderVideos } from './views/videos.js';
import { quizStrings } from '../../i18n/strings/quiz.js';
import { progressStrings } from '../../i18n/strings/progress.js';

// This element's strings travel with it (a page downloads the strings of the elements it uses).
addStrings(quizStrings, progressStrings);

export const VIEWS: readonly ViewName[] = ['overview', 'learners', 'questions', 'videos', 'satisfaction', 'prepost'];
const HASH_PREFIX = '#report-';

export type CsvKind = 'learners' | 'questions' | 'modules';

/** The document-level `@page` rule the one-pager needs (a shadow root's `@page` is ignored). */
let pageSheet: CSSStyleSheet | undefined;
let pageSheetUsers = 0;
function adoptPageSheet(doc: Document, add: boolean): void {
  if (add) {
    pageSheetUsers += 1;
    if (!pageSheet) {
      pageSheet = new CSSStyleSheet();
      pageSheet.replaceSync('@page { size: A4 portrait; margin: 12mm; }');
    }
    if (!doc.adoptedStyleSheets.includes(pageSheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageSheet];
  } else if (--pageSheetUsers <= 0 && pageSheet) {
    pageSheetUsers = 0;
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
  }
}

/** `<spoc-progress>` inside the learner detail reads the course context: no statements flow through this tracker. */
const silentTracker = { subscribe: () => () => undefined, store: undefined } as unknown as Tracker;

/**
 * @summary The trainer's and HR's view of a cohort: key figures, the module funnel, learners who
 * need a nudge, item analysis, video retention, satisfaction, before / after — from an LRS, this
 * browser's records or a `statements` array — with CSV downloads and a one-page printable session
 * review. For trainers only: it reads every learner's statements (see the README).
 *
 * @tag spoc-cohort-report
 * @status experimental
 * @since 0.2
 *
 * @slot - An optional inline course definition: `<script type="application/json">`.
 *
 * @event {SpocErrorDetail} spoc-error - The course or roster is invalid or unreachable (`invalid-definition`,
 *   `invalid-json`, `fetch-failed`, `invalid-roster`, `roster-fetch-failed`), or the LRS refused or could not be read
 *   (`lrs-unauthorized`, `lrs-forbidden`, `lrs-unreachable`, `lrs-error`, `lrs-bad-answer`). What was already loaded stays on screen.
 *
 * @csspart base - The wrapper.
 * @csspart header - Title, last update, refresh and downloads.
 * @csspart refresh - The refresh button.
 * @csspart loading - The progress bar while statements stream in.
 * @csspart updated - "Last updated" time.
 * @csspart downloads - The download and print buttons.
 * @csspart tablist - The view tabs.
 * @csspart tab - A tab; the selected one also `tab-selected`.
 * @csspart panel - The selected view.
 * @csspart tiles - The key figure tiles; each `tile` and `tile-<id>` (`tile-completion`, `tile-satisfaction`…).
 * @csspart chart - A chart (figure with caption, summary, SVG and data table); also `funnel`, `answers-chart`,
 *   `retention-chart`, `rating-chart`, `prepost-chart`.
 * @csspart learners-table - The learners table; rows `learner-row` (and `attention`), names `learner-link`.
 * @csspart sort-button - A column's sort button.
 * @csspart search - The learners search field.
 * @csspart filter - The learners filter.
 * @csspart learner-detail - A learner's detail; `back`, `reminder`, `learner-progress`, `timeline` inside.
 * @csspart questions-table - The item analysis table.
 * @csspart print-summary - The one-page session review (shown only when printing).
 * @csspart empty - A view with nothing to show yet.
 * @csspart error - The error view.
 * @csspart error-list - The list of problems inside the error view.
 *
 * @cssproperty [--spoc-cohort-report-accent-color=var(--spoc-color-accent)] - Selected tab, first chart series, links.
 * @cssproperty [--spoc-cohort-report-success-color=var(--spoc-color-success)] - Second chart series (finished, after).
 * @cssproperty [--spoc-cohort-report-warning-color=var(--spoc-color-warning)] - Needs attention, replay hotspots.
 * @cssproperty [--spoc-cohort-report-muted-color=var(--spoc-color-muted)] - "Before" bars, secondary text.
 * @cssproperty [--spoc-cohort-report-tile-background=var(--spoc-color-surface-alt)] - Key figure tiles.
 */
export class SpocCohortReport extends SpocElement {
  static override styles = [SpocElement.styles, styles];

  private readonly definitionLoader = new DefinitionController<CourseDefinition | undefined>(this, {
    schema: courseDefinitionSchema,
    translation: () => this.localize.t,
    required: false,
    src: () => this.courseSrc || undefined,
  });

  private readonly provider = new ContextProvider(this, { context: courseContext });

  /** The LRS's xAPI endpoint (`https://lrs.example.com/xAPI/`). Without it (and without `statements`), this browser's records. */
  @property({ attribute: 'lrs-endpoint' }) lrsEndpoint = '';

  /**
   * The `Authorization` value for `lrs-endpoint` (`Basic …`, `Bearer …`, or `key:secret`). Prefer
   * `setLrsCredentials()` with a short-lived token from your backend: an attribute is visible in the page.
   */
  @property({ attribute: 'lrs-auth' }) lrsAuth = '';

  /** URL of the course definition JSON (`src/course/course.schema.ts`). */
  @property({ attribute: 'course-src' }) courseSrc = '';

  /** The course definition as an object (takes precedence over `course-src` and inline JSON). */
  @property({ attribute: false }) definition?: unknown;

  /** The course's activity IRI when the definition has no `id`. */
  @property({ attribute: 'course-id' }) courseId = '';

  /** URL of the roster: CSV (`name,email` header; `;` or tab also read) or JSON (`[{ name, email | mbox | account }]`). */
  @property({ attribute: 'roster-src' }) rosterSrc = '';

  /** The roster as an array of `{ name?, email | mbox | account }` (takes precedence over `roster-src`). */
  @property({ attribute: false }) roster?: unknown;

  /** Statements to report on instead of an LRS (an export, a test). */
  @property({ attribute: false }) statements?: readonly unknown[] | undefined;

  /** The view shown: `overview`, `learners`, `questions`, `videos`, `satisfaction`, `prepost`. Follows the URL hash `#report-<view>`. */
  @property({ reflect: true }) view: ViewName = 'overview';

  /** Keep the view in the URL hash (`#report-learners`) so that a link opens it; `no-link-hash` leaves the URL alone. */
  @property({ attribute: 'no-link-hash', type: Boolean, converter: { fromAttribute: (value) => value === null } }) linkHash = true;

  /** Days without activity before a learner is flagged (default 7). */
  @property({ attribute: 'inactive-days', type: Number }) inactiveDays = 7;

  /** Capsule chapters for the retention curves: `{ [capsuleId]: [{ time (s), title }] }`. */
  @property({ attribute: false }) chapters: Record<string, ReadonlyArray<{ time: number; title: unknown }>> = {};

  /** "Now" for days inactive and schedules (ms since 1970); default the time of each update. */
  @property({ attribute: false }) now?: number | undefined;

  @state() private reportValue?: CohortReport;
  @state() private loading = false;
  @state() private read = 0;
  @state() private updatedAt?: Date;
  @state() private sourceError?: SpocErrorDetail | undefined;
  @state() private rosterError?: SpocErrorDetail | undefined;
  @state() private selected?: string | undefined;
  @state() private sort: SortKey = 'name';
  @state() private descending = false;
  @state() private filter: LearnerFilter = 'all';
  @state() private query = '';

  private index?: CourseIndex;
  private fold?: FoldState;
  private rosterEntries?: RosterEntry[] | undefined;
  private sourceKey = '';
  private rosterKey: unknown = undefined;
  private generation = 0;
  /** The report being built (in slices, between which the page stays responsive), if one is. */
  private building: Promise<void> | undefined;
  private builds = 0;
  private credentials = '';
  private formatsFor: { lang: string; formats: Formats } | undefined;
  private focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  private readonly onHashChange = () => this.readHash();

  /** The report shown, once built. */
  get report(): CohortReport | undefined {
    return this.reportValue;
  }

  /**
   * The LRS credentials as a whole `Authorization` value (`Bearer <token>` from your backend, or
   * `Basic …`), kept out of the DOM; reloads the report.
   */
  setLrsCredentials(authorization: string): void {
    this.credentials = authorization;
    this.requestUpdate();
  }

  /** Fetches what is new since the last load (`since` = the last statement's `stored` time) and rebuilds the report. */
  async refresh(): Promise<void> {
    await this.load(false);
  }

  /** A CSV file of the report, in the interface language (`;` and decimal commas in French). */
  csv(kind: CsvKind): string {
    const report = this.reportValue;
    if (!report) return '';
    const options = this.exportOptions();
    return kind === 'learners' ? learnersCsv(report, options) : kind === 'questions' ? questionsCsv(report, options) : modulesCsv(report, options);
  }

  /** Prints the one-page session review (A4). */
  printSummary(): void {
    window.print();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.readHash();
    adoptPageSheet(document, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    adoptPageSheet(document, false);
    this.generation++;
  }

  private get s(): CohortReportStrings {
    return catalogFor(strings, this.localize.lang);
  }

  private exportOptions(): ExportOptions {
    const lang = this.localize.lang;
    return lang.startsWith('fr') ? { lang, separator: ';' } : { lang };
  }

  private readHash(): void {
    if (!this.linkHash) return;
    const hash = decodeURIComponent(location.hash);
    if (!hash.startsWith(HASH_PREFIX)) return;
    const view = hash.slice(HASH_PREFIX.length) as ViewName;
    if (VIEWS.includes(view)) this.view = view;
  }

  private get authorization(): string {
    return this.credentials || this.lrsAuth;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!VIEWS.includes(this.view)) this.view = 'overview';
    // The roster: parsed (or fetched) when it changes.
    const rosterKey = this.roster !== undefined ? this.roster : this.rosterSrc;
    if (rosterKey !== this.rosterKey) {
      this.rosterKey = rosterKey;
      void this.loadRoster();
    }
    const definition = this.definitionLoader.value;
    const key = [definition ? JSON.stringify(definition) : '', this.courseId, this.lrsEndpoint, this.authorization, this.statements ? 'array' : ''].join('|');
    if (definition && (key !== this.sourceKey || changed.has('statements'))) {
      this.sourceKey = key;
      void this.load(true);
    } else if (this.fold && this.index && (changed.has('inactiveDays') || changed.has('now'))) {
      void this.rebuild();
    }
    this.provider.setValue(this.learnerContext());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    focus?.()?.focus();
  }

  private async loadRoster(): Promise<void> {
    const key = this.rosterKey;
    try {
      let entries: RosterEntry[] | undefined;
      if (this.roster !== undefined) entries = parseRoster(this.roster, this.s.rosterIssues);
      else if (this.rosterSrc) {
        let text: string;
        try {
          const response = await fetch(new URL(this.rosterSrc, document.baseURI));
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          text = await response.text();
        } catch (error) {
          throw new RosterError('roster-fetch-failed', `${this.s.errors.rosterFetch} (${(error as Error).message})`);
        }
        entries = parseRoster(text, this.s.rosterIssues);
      }
      if (key !== this.rosterKey) return;
      this.rosterEntries = entries;
      this.rosterError = undefined;
      void this.rebuild();
    } catch (error) {
      if (key !== this.rosterKey) return;
      const detail: SpocErrorDetail =
        error instanceof RosterError
          ? { code: error.code, message: error.code === 'invalid-roster' ? `${this.s.errors.roster} ${this.s.errors.keptOnScreen}` : `${error.message} ${this.s.errors.keptOnScreen}`, ...(error.issues ? { issues: error.issues } : {}) }
          : { code: 'invalid-roster', message: `${this.s.errors.roster} (${(error as Error).message})` };
      this.rosterError = detail;
      this.reportError(detail);
    }
  }

  /** Reads the statements (all of them, or only what is new) and rebuilds the report. */
  private async load(full: boolean): Promise<void> {
    const definition = this.definitionLoader.value;
    if (!definition) return;
    let index: CourseIndex;
    try {
      index = courseIndex(definition, this.courseId || definition.id);
    } catch {
      this.sourceError = { code: 'invalid-definition', message: this.s.noCourse };
      return;
    }
    const generation = ++this.generation;
    this.loading = true;
    this.read = 0;
    try {
      let fold: FoldState;
      if (this.statements) {
        // The loading state is drawn in this task; the folding starts in the next one.
        await yieldToMain();
        if (generation !== this.generation) return;
        fold = await foldInSlices(emptyFold(index.courseId), this.statements, index);
        this.read = this.statements.length;
      } else if (this.lrsEndpoint) {
        const incremental = !full && this.fold && this.index?.courseId === index.courseId;
        fold = incremental ? this.fold! : emptyFold(index.courseId);
        const client = lrsClient(this.lrsEndpoint, this.authorization || undefined);
        await foldFromLrs(client, index, fold, {
          onPage: ({ statements }) => {
            if (generation === this.generation) this.read = statements;
          },
        });
      } else {
        const statements: Statement[] = await defaultStore().query({});
        fold = await foldInSlices(emptyFold(index.courseId), statements, index);
        this.read = statements.length;
      }
      if (generation !== this.generation) return;
      this.index = index;
      this.fold = fold;
      this.sourceError = undefined;
      this.updatedAt = new Date();
      await this.rebuild();
    } catch (error) {
      if (generation !== this.generation) return;
      this.sourceError = this.describeSourceError(error);
      this.reportError(this.sourceError);
      // Pages folded before the failure are real data: show them.
      if (this.fold && this.index) void this.rebuild();
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private describeSourceError(error: unknown): SpocErrorDetail {
    const t = this.s.errors;
    const keep = this.reportValue ? ` ${t.keptOnScreen}` : '';
    if (error instanceof AnalyticsSourceError) {
      const message = {
        unauthorized: t.unauthorized,
        forbidden: t.forbidden,
        unreachable: t.unreachable,
        'lrs-error': t.lrsError(String(error.status ?? '')),
        'bad-answer': t.badAnswer,
      }[error.code];
      const code = error.code === 'bad-answer' ? 'lrs-bad-answer' : error.code === 'lrs-error' ? 'lrs-error' : `lrs-${error.code}`;
      return { code, message: `${message}${keep}`, lrsMessage: error.message };
    }
    return { code: 'lrs-unreachable', message: `${t.unreachable}${keep}`, lrsMessage: error instanceof Error ? error.message : String(error) };
  }

  /** Builds the report from the fold; the latest call wins. */
  private rebuild(): Promise<void> {
    if (!this.index || !this.fold) return Promise.resolve();
    const build = ++this.builds;
    const building: Promise<void> = buildReportInSlices(this.index, this.fold, { roster: this.rosterEntries, inactiveDays: this.inactiveDays, now: this.now })
      .then((report) => {
        if (build === this.builds) this.reportValue = report;
      })
      .finally(() => {
        if (this.building === building) this.building = undefined;
      });
    this.building = building;
    return building;
  }

  /** Also waits for a report being built (after `now`, `inactiveDays` or the roster changed), then for it to be drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.building) {
      await this.building;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /** The course context `<spoc-progress>` reads in the learner detail: that learner's progress. */
  private learnerContext(): CourseContext {
    const learner = this.reportValue?.learners.find((l) => l.key === this.selected);
    const actor = this.fold?.learners.get(this.selected ?? '')?.actor ?? { objectType: 'Agent' as const, mbox: 'mailto:nobody@example.invalid' };
    return {
      courseId: this.index?.courseId ?? '',
      definition: this.index?.definition,
      lang: this.localize.lang,
      actor,
      registration: '',
      tracker: silentTracker,
      progress: learner?.progress,
    };
  }

  /** The interface language's formats, their `Intl` formatters built once per language. */
  private get formats(): Formats {
    const lang = this.localize.lang;
    if (this.formatsFor?.lang !== lang) this.formatsFor = { lang, formats: formats(lang) };
    return this.formatsFor.formats;
  }

  private context(report: CohortReport): ViewContext {
    const lang = this.localize.lang;
    return {
      report,
      index: this.index!,
      state: this.fold!,
      s: this.s,
      a: stringsFor(lang),
      lang,
      ...this.formats,
      chapters: this.chapters,
    };
  }

  private select(view: ViewName, focus = false): void {
    this.view = view;
    this.selected = undefined;
    // The view is deep-linkable: the hash names it (replaced, not pushed: no history entry per tab).
    if (this.linkHash && location.hash !== `${HASH_PREFIX}${view}`) history.replaceState(history.state, '', `${HASH_PREFIX}${view}`);
    if (focus) this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`);
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const current = VIEWS.indexOf(this.view);
    let next: number | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (current + 1) % VIEWS.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (current - 1 + VIEWS.length) % VIEWS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = VIEWS.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.select(VIEWS[next]!, true);
  }

  private download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private fileName(kind: string, extension: string): string {
    const course = (this.index?.definition.id ?? this.index?.courseId ?? 'course').replace(/\/+$/, '');
    const slug = course.slice(course.lastIndexOf('/') + 1).replace(/[^\w.-]+/g, '-') || 'course';
    return `${slug}-${kind}.${extension}`;
  }

  private downloadCsv(kind: CsvKind): void {
    this.download(this.fileName(kind, 'csv'), this.csv(kind), 'text/csv;charset=utf-8');
  }

  private openLearner(key: string): void {
    this.selected = key;
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#detail-title');
  }

  private closeLearner(): void {
    const key = this.selected;
    this.selected = undefined;
    this.focusAfterUpdate = () => [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="learner-link"]')].find((b) => b.dataset['key'] === key);
  }

  private renderPanel(ctx: ViewContext): TemplateResult {
    switch (this.view) {
      case 'learners': {
        const learner = this.selected ? ctx.report.learners.find((l) => l.key === this.selected) : undefined;
        if (learner) return renderLearnerDetail(ctx, learner, () => this.closeLearner());
        return renderLearners(ctx, {
          sort: this.sort,
          descending: this.descending,
          filter: this.filter,
          query: this.query,
          onSort: (key) => {
            this.descending = this.sort === key ? !this.descending : key !== 'name';
            this.sort = key;
          },
          onFilter: (filter) => (this.filter = filter),
          onQuery: (query) => (this.query = query),
          onOpen: (key) => this.openLearner(key),
        });
      }
      case 'questions':
        return renderQuestions(ctx);
      case 'videos':
        return renderVideos(ctx);
      case 'satisfaction':
        return renderSatisfaction(ctx);
      case 'prepost':
        return renderPrePost(ctx);
      default:
        return renderOverview(ctx);
    }
  }

  private renderTabs(ctx: ViewContext): TemplateResult {
    const s = this.s;
    return html`<div part="tablist" role="tablist" aria-label=${s.label} class="tabs" @keydown=${this.onTabKeydown}>
        ${VIEWS.map((view) => {
          const selected = view === this.view;
          return html`<button
            type="button"
            role="tab"
            id=${`tab-${view}`}
            part=${selected ? 'tab tab-selected' : 'tab'}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls=${selected ? `panel-${view}` : nothing}
            tabindex=${selected ? '0' : '-1'}
            @click=${() => this.select(view)}
          >
            ${s.views[view]}
          </button>`;
        })}
      </div>
      <div part="panel" role="tabpanel" id=${`panel-${this.view}`} aria-labelledby=${`tab-${this.view}`} tabindex="0" class="panel">${this.renderPanel(ctx)}</div>`;
  }

  private renderHeader(report: CohortReport | undefined): TemplateResult {
    const s = this.s;
    const title = report ? textOf(report.title, this.localize.lang) : this.index ? textOf(this.index.definition.title, this.localize.lang) : s.label;
    const time = this.updatedAt ? this.formats.date(this.updatedAt, { timeStyle: 'short' }) : '';
    return html`<header part="header" class="header">
      <h2 class="title">${title}</h2>
      <div class="status-line">
        <p part="updated" role="status" class="muted">
          ${this.loading ? html`${this.reportValue ? s.refreshing : s.loading} ${s.read(this.formats.number(this.read))}` : time ? s.lastUpdated(time) : ''}
        </p>
        ${this.loading ? html`<progress part="loading" aria-label=${s.loading}></progress>` : nothing}
        ${this.definitionLoader.value
          ? html`<button type="button" part="refresh" class="button" ?disabled=${this.loading} @click=${() => void this.refresh()}>${s.refresh}</button>`
          : nothing}
      </div>
      ${report
        ? html`<div part="downloads" class="downloads" role="group" aria-label=${s.exports.title}>
            <button type="button" class="button secondary" data-export="learners" @click=${() => this.downloadCsv('learners')}>${s.exports.learners}</button>
            <button type="button" class="button secondary" data-export="questions" @click=${() => this.downloadCsv('questions')}>${s.exports.questions}</button>
            <button type="button" class="button secondary" data-export="modules" @click=${() => this.downloadCsv('modules')}>${s.exports.modules}</button>
            <button type="button" class="button secondary" data-export="json" @click=${() => this.download(this.fileName('report', 'json'), reportJson(report), 'application/json')}>${s.exports.json}</button>
            <button type="button" class="button secondary" data-export="print" @click=${() => this.printSummary()}>${s.exports.print}</button>
          </div>`
        : nothing}
    </header>`;
  }

  override render() {
    const s = this.s;
    const report = this.reportValue;
    const definitionError = this.definitionLoader.error;
    const errors = [definitionError, this.rosterError, this.sourceError].filter((e): e is SpocErrorDetail => !!e);
    const ctx = report && this.index && this.fold ? this.context(report) : undefined;
    let body: TemplateResult | typeof nothing = nothing;
    if (ctx) body = ctx.report.learners.length || ctx.report.counts.folded ? this.renderTabs(ctx) : html`<p part="empty">${s.noData}</p>${this.renderTabs(ctx)}`;
    else if (!this.definitionLoader.value && !this.definitionLoader.loading && !definitionError) body = html`<p part="empty">${s.noCourse}</p>`;
    else if (!errors.length) body = html`<p part="empty" aria-busy="true">${s.loading}</p>`;
    return html`<div part="base" class="base">
        <div class="screen">${this.renderHeader(report)} ${errors.map((error) => this.renderError(error))} ${body}</div>
        ${ctx ? renderPrintSummary(ctx) : nothing}
      </div>`;
  }
}

SpocCohortReport.define('spoc-cohort-report');

// This entry alone (`spoc-elements/cohort-report.js`) types its events' global declarations.
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-cohort-report': SpocCohortReport;
  }
}
