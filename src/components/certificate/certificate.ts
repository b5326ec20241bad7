import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import type { CourseProgress } from '../../course/progress-model.js';
import { SpocEarnedEvent } from '../../events/spoc-earned.js';
import type { SpocErrorDetail } from '../../events/spoc-error.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { safeUrl } from '../../internal/url-policy.js';
import { languageMap, textOf } from '../../internal/validation.js';
import { agentKey } from '../../xapi/actor.js';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from '../../xapi/vocabulary.js';
import { CourseChecksController } from '../progress/course-checks.js';
import { MEDAL_PATH, certificateSvg, download, svgToPng, type CertificateImage } from './certificate-image.js';
import { certificateDefinitionSchema, certificateFields, type CertificateDefinition } from './certificate.schema.js';
import buttonStyles from '../../styles/button.styles.js';
import styles from './certificate.styles.js';
import { buildCredential, credentialId, verificationCode, type OpenBadgeCredential } from './credential.js';
import { beginCertificatePrint } from './print-styles.js';
import { addStrings } from '../../i18n/index.js';
import { certificateStrings } from '../../i18n/strings/certificate.js';

// This element's strings travel with it (a page downloads the strings of the elements it uses).
addStrings(certificateStrings);

interface Standing {
  earned: boolean;
  remaining: string[];
}

/**
 * @summary The certificate a learner earns at the end of the course: locked (with what remains to
 * do) until the rule is met, then a printable, downloadable (PNG, PDF) and verifiable certificate
 * issued as an Open Badges 3.0 credential, with a verification code printed on it.
 *
 * @tag spoc-certificate
 * @status experimental
 * @since 0.1
 *
 * @event {SpocEarnedDetail} spoc-earned - The learner has just earned the certificate: once per registration, with the
 *   `earned` statement. `detail: { credential, code }`. A certificate already earned (a reload, another
 *   device) fires nothing: read the reflected `earned` attribute, `issuedCredential` and `verificationCode`.
 * @event {SpocStatementDetail} spoc-statement - The `earned` statement (once per registration). `detail: { statement }`.
 * @event {SpocErrorDetail} spoc-error - Invalid definition, a rule naming unknown modules, a failed download, a course
 *   with no definition (`no-course-definition`), results recorded under an id the course does not list
 *   (`unknown-activity`). `detail: { code, message, issues? }`.
 *
 * @csspart base - The certificate.
 * @csspart badge - The badge (SVG); `badge-locked` while locked.
 * @csspart title - The certificate title.
 * @csspart remaining - The list of what remains to do (locked).
 * @csspart details - Learner, course, date, score, issuer lines.
 * @csspart code - The verification code.
 * @csspart actions - The buttons; `button`, `print-button`, `png-button`, `pdf-button`, `json-button`.
 * @csspart notice - Status messages (unsigned credential, download progress, course misconfiguration).
 * @csspart error - The error view.
 *
 * @cssproperty [--spoc-certificate-accent-color=var(--spoc-color-accent)] - Badge, border and title.
 * @cssproperty [--spoc-certificate-background=var(--spoc-color-surface)] - Background.
 * @cssproperty [--spoc-certificate-locked-color=var(--spoc-color-muted)] - The badge outline while locked.
 * @cssproperty [--spoc-certificate-font-family=Georgia, serif] - The certificate's typeface.
 * @cssproperty [--spoc-certificate-radius=var(--spoc-border-radius)] - Corner radius.
 */
export class SpocCertificate extends SpocElement {
  static override styles = [SpocElement.styles, buttonStyles, styles];

  private readonly definitionLoader = new DefinitionController<CertificateDefinition>(this, {
    schema: certificateDefinitionSchema,
    translation: () => this.localize.t,
  });
  private readonly xapi = new XapiController(this, 'certificate', { followProgress: true });
  private readonly checks = new CourseChecksController(this, {
    context: () => this.xapi.course,
    onMissingDefinition: () => this.reportError({ code: 'no-course-definition', message: this.localize.t.certificate.noCourseDefinition }),
    onUnknownActivity: (id) => this.reportError({ code: 'unknown-activity', message: this.localize.t.certificate.unknownActivity(id) }),
  });
  /** What the shown credential was built from (a change — the learner's name — issues it again). */
  private issuedFor = '';
  private issueRun = 0;
  /** Registrations whose `earned` was recorded (or found recorded) from this page. */
  private readonly recorded = new Set<string>();
  /** When a certificate with no completion date (a rule without `courseCompleted`) was first earned here. */
  private readonly earnedAt = new Map<string, string>();
  /** The last progress of this course, kept while a new learner's is computed (no flash of "Loading…"). */
  private lastProgress?: CourseProgress;
  private reportedRuleError = '';

  @state() private credential?: OpenBadgeCredential;
  @state() private code = '';
  @state() private notice = '';
  @state() private celebrating = false;

  /** URL of the certificate definition JSON. */
  @property() src?: string;

  /** The certificate definition as an object (takes precedence over inline JSON and `src`). */
  @property({ attribute: false }) definition?: CertificateDefinition;

  /** Explicit activity IRI of the certificate (else `<course-id>/certificate/<id>`). */
  @property({ attribute: 'activity-id' }) activityId = '';

  /**
   * Signs the credential (the host's job: its backend holds the keys). Receives the unsigned
   * credential, returns the signed one. Without it the JSON is marked `unsigned`.
   */
  @property({ attribute: false }) sign?: (credential: OpenBadgeCredential) => Promise<OpenBadgeCredential>;

  /** Whether the certificate is earned (reflected for CSS). */
  @property({ type: Boolean, reflect: true }) earned = false;

  /** The validated definition, once loaded. */
  get certificate(): CertificateDefinition | undefined {
    return this.definitionLoader.value;
  }

  /** The issued credential, once earned. */
  get issuedCredential(): OpenBadgeCredential | undefined {
    return this.credential;
  }

  /** The verification code, once earned. */
  get verificationCode(): string {
    return this.code;
  }

  /** Resolves once the definition is loaded. */
  get ready(): Promise<unknown> {
    return this.definitionLoader.complete;
  }

  /** The course progress shown (the previous one of the same course while a new one is computed). */
  private get progress(): CourseProgress | undefined {
    const course = this.xapi.course;
    if (course?.progress) return (this.lastProgress = course.progress);
    return course && this.lastProgress?.courseId === course.courseId ? this.lastProgress : undefined;
  }

  protected override willUpdate(): void {
    const definition = this.certificate;
    const progress = this.progress;
    if (!definition || !progress || this.ruleError(definition)) return;
    const { earned } = this.standing(definition, progress);
    this.earned = earned;
    if (earned) void this.issue(definition, progress);
  }

  protected override updated(): void {
    const definition = this.certificate;
    const error = definition && this.ruleError(definition);
    if (error && this.reportedRuleError !== JSON.stringify(error.issues)) {
      this.reportedRuleError = JSON.stringify(error.issues);
      this.reportError(error);
    }
  }

  private certificateActivityId(definition: CertificateDefinition): string {
    return this.xapi.activityId(definition.id, this.activityId);
  }

  /** The rule checked against the course: modules and activities it names must exist. */
  private ruleError(definition: CertificateDefinition): SpocErrorDetail | undefined {
    const course = this.xapi.course?.definition;
    if (!course || !definition.rule) return undefined;
    const t = this.localize.t;
    const issues = [
      ...(definition.rule.modules ?? []).flatMap((id, i) =>
        course.modules.some((m) => m.id === id) ? [] : [{ path: `rule.modules[${i}]`, code: 'unknown-reference', message: t.issues['unknown-reference'](id) }],
      ),
      ...(definition.rule.minScores ?? []).flatMap((entry, i) =>
        course.modules.some((m) => m.activities.some((a) => a.id === entry.activity))
          ? []
          : [{ path: `rule.minScores[${i}].activity`, code: 'unknown-reference', message: t.issues['unknown-reference'](entry.activity) }],
      ),
    ];
    return issues.length ? { code: 'invalid-definition', message: t.errors['invalid-definition'], issues } : undefined;
  }

  /** Earned or not, and what remains, from the course progress. */
  private standing(definition: CertificateDefinition, progress: CourseProgress): Standing {
    const t = this.localize.t.certificate;
    const lang = this.localize.lang;
    const remaining: string[] = [];
    const rule = definition.rule ?? {};
    if ((rule.courseCompleted ?? true) && !progress.completed) remaining.push(t.remainingCourse);
    for (const id of rule.modules ?? []) {
      const module = progress.modules.find((m) => m.id === id);
      if (module && module.status !== 'completed' && module.status !== 'passed') remaining.push(t.remainingModule(textOf(module.title, lang)));
    }
    for (const { activity, min } of rule.minScores ?? []) {
      const found = progress.modules.flatMap((m) => m.activities).find((a) => a.id === activity);
      if (found && (found.score ?? 0) < min) {
        const best = found.score === undefined ? undefined : this.localize.percent(found.score);
        remaining.push(t.remainingScore(this.activityName(activity), this.localize.percent(min), best));
      }
    }
    return { earned: remaining.length === 0, remaining };
  }

  /** How the learner knows an activity: its title, else its kind and module ("in the quiz of “Feedback”"). */
  private activityName(id: string): string {
    const t = this.localize.t.certificate;
    const lang = this.localize.lang;
    for (const module of this.xapi.course?.definition?.modules ?? []) {
      const activity = module.activities.find((a) => a.id === id);
      if (!activity) continue;
      return activity.title ? t.scoreTarget(textOf(activity.title, lang)) : t.scoreTargetOf[activity.type](textOf(module.title, lang));
    }
    return t.scoreTarget(id);
  }

  private validUntil(definition: CertificateDefinition, from: Date): string | undefined {
    if (definition.validUntil) return new Date(`${definition.validUntil}T23:59:59.999Z`).toISOString();
    const v = definition.validity;
    if (!v) return undefined;
    const until = new Date(from);
    until.setUTCFullYear(until.getUTCFullYear() + (v.years ?? 0), until.getUTCMonth() + (v.months ?? 0), until.getUTCDate() + (v.days ?? 0));
    return until.toISOString();
  }

  /**
   * Builds (and signs) the credential from what it says — built again when that changes (the
   * learner's name), keeping its id — then records `earned` once per registration.
   */
  private async issue(definition: CertificateDefinition, progress: CourseProgress): Promise<void> {
    const course = this.xapi.course!;
    const activityId = this.certificateActivityId(definition);
    const seed = `${activityId}|${agentKey(course.actor)}|${course.registration}`;
    const lang = this.xapi.contentLang();
    if (!progress.completedAt && !this.earnedAt.has(seed)) this.earnedAt.set(seed, new Date().toISOString());
    const from = new Date(progress.completedAt ?? this.earnedAt.get(seed)!);
    const courseTitle = textOf(course.definition?.title, lang);
    // The credential leaves the page: its URLs are absolute (a `blob:` logo means nothing elsewhere).
    const issuerUrl = absoluteUrl(safeUrl(definition.issuer.url, 'link'));
    const issuerLogo = absoluteUrl(safeUrl(definition.issuer.logo, 'link'));
    const input = {
      name: textOf(definition.title, lang),
      description: textOf(definition.description, lang) || courseTitle,
      narrative: this.localize.t.certificate.narrative(courseTitle || course.courseId),
      achievementId: activityId,
      issuer: { id: definition.issuer.id ?? issuerUrl ?? `${course.courseId}#issuer`, name: definition.issuer.name, url: issuerUrl, logo: issuerLogo },
      learner: { name: course.actor.name, email: course.actor.mbox?.replace(/^mailto:/, ''), accountId: course.actor.account ? `${course.actor.account.homePage}#${course.actor.account.name}` : undefined },
      validFrom: from.toISOString(),
      validUntil: this.validUntil(definition, from),
      score: progress.score,
    };
    const key = JSON.stringify([seed, input, !!this.sign]);
    if (this.issuedFor === key) return;
    this.issuedFor = key;
    const run = ++this.issueRun;
    const unsigned = buildCredential({ id: await credentialId(seed), ...input });
    let credential = unsigned;
    if (this.sign) {
      try {
        const { unsigned: _marker, ...content } = unsigned;
        credential = await this.sign(content as OpenBadgeCredential);
      } catch (error) {
        this.reportError({ code: 'sign-failed', message: (error as Error).message });
      }
    }
    const code = await verificationCode(credential);
    if (run !== this.issueRun) return; // a newer credential is on its way
    this.code = code;
    this.credential = credential;
    await this.recordEarned(definition, credential, activityId, seed);
  }

  /** The `earned` statement and `spoc-earned`, the first time only (not on a reload: the records say so). */
  private async recordEarned(definition: CertificateDefinition, credential: OpenBadgeCredential, activityId: string, seed: string): Promise<void> {
    if (this.recorded.has(seed)) return;
    this.recorded.add(seed);
    const course = this.xapi.course!;
    const tracker = course.tracker;
    let earlier: unknown[] | undefined;
    try {
      earlier = await tracker.store?.query({ verb: VERBS.earned.id, activity: activityId, registration: course.registration, agent: course.actor, limit: 1 });
    } catch {
      earlier = undefined; // no readable records: this page cannot know, it records it
    }
    if (earlier?.length) return;
    const lang = this.xapi.contentLang();
    this.xapi.send({
      verb: VERBS.earned,
      object: { objectType: 'Activity', id: activityId, definition: { type: ACTIVITY_TYPES.badge, name: languageMap(definition.title, lang)! } },
      result: { completion: true, extensions: { [EXTENSIONS.spoc.credentialId]: credential.id } },
      context: { contextActivities: this.xapi.contextActivities({}), language: lang },
    });
    this.emit(new SpocEarnedEvent({ credential: this.credential ?? credential, code: this.code }));
    // First time earned: a short celebration (none with prefers-reduced-motion, see styles).
    this.celebrating = true;
    this.notice = this.localize.t.certificate.celebrate;
    setTimeout(() => (this.celebrating = false), 2500);
  }

  // --- actions

  /** What the PNG and the PDF show, with the colours of the certificate on screen (always on a light page). */
  private image(): CertificateImage {
    const definition = this.certificate!;
    const t = this.localize.t.certificate;
    const base = this.shadowRoot!.querySelector('[part~="base"]')!;
    const style = getComputedStyle(base);
    const badge = this.shadowRoot!.querySelector('[part~="badge"]');
    const background = style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : '#ffffff';
    const dark = luminance(background) < 0.4;
    return {
      title: textOf(definition.title, this.localize.lang),
      lines: this.detailLines(),
      code: this.code ? t.code(this.code) : '',
      issuer: t.issuedBy(definition.issuer.name),
      colors: {
        accent: dark ? '#1d4ed8' : (badge && getComputedStyle(badge).color) || '#1d4ed8',
        text: dark ? '#1f2933' : style.color || '#1f2933',
        background: dark ? '#ffffff' : background,
      },
      lang: this.localize.lang,
    };
  }

  private fileName(extension: string): string {
    return `${(this.certificate?.id ?? 'certificate').replace(/[^\w-]+/g, '-')}.${extension}`;
  }

  private async runDownload(make: () => Promise<Blob>, extension: string): Promise<void> {
    this.notice = this.localize.t.certificate.preparing;
    try {
      download(await make(), this.fileName(extension));
      this.notice = '';
    } catch (error) {
      this.notice = this.localize.t.certificate.downloadFailed;
      this.reportError({ code: 'download-failed', message: `${this.localize.t.certificate.downloadFailed} (${(error as Error).message})` });
    }
  }

  /** Prints this certificate alone, on one A4 landscape page (the page prints as it is otherwise). */
  private handlePrint() {
    const end = beginCertificatePrint(this);
    try {
      window.print();
    } catch {
      end();
    }
  }

  private handlePng() {
    void this.runDownload(() => this.png(), 'png');
  }

  private handlePdf() {
    void this.runDownload(() => this.pdf(), 'pdf');
  }

  private handleJson() {
    void this.runDownload(async () => new Blob([JSON.stringify(this.credential, null, 2)], { type: 'application/ld+json' }), 'json');
  }

  /** The certificate as a PNG image (1600×1131). */
  png(): Promise<Blob> {
    return svgToPng(certificateSvg(this.image()));
  }

  /** The certificate as a one-page A4 landscape PDF with real text (pdf-lib is loaded on first use). */
  async pdf(): Promise<Blob> {
    const image = this.image();
    const { certificatePdf } = await import('./certificate-pdf.js');
    return certificatePdf(image);
  }

  // --- rendering

  private detailLines(): string[] {
    const definition = this.certificate!;
    const course = this.xapi.course!;
    const progress = this.progress!;
    const t = this.localize.t.certificate;
    const lang = this.localize.lang;
    const lines: string[] = [];
    for (const field of definition.fields ?? certificateFields) {
      if (field === 'learner') lines.push(t.awardedTo(course.actor.name || t.learnerUnknown));
      if (field === 'course' && course.definition) lines.push(t.forCourse(textOf(course.definition.title, lang)));
      if (field === 'date' && progress.completedAt) lines.push(t.completedOn(this.localize.date(progress.completedAt)));
      if (field === 'score' && progress.score !== undefined) lines.push(t.score(this.localize.percent(progress.score)));
    }
    if (this.credential?.validUntil) lines.push(t.validUntil(this.localize.date(this.credential.validUntil)));
    return lines;
  }

  private renderBadge(locked: boolean): TemplateResult {
    return html`<svg part="badge${locked ? ' badge-locked' : ''}" viewBox="0 0 120 136" width="96" height="109" aria-hidden="true" focusable="false">
      ${locked
        ? svg`<path d=${MEDAL_PATH} fill="none" stroke="currentColor" stroke-width="4" stroke-dasharray="8 6"/><rect x="44" y="62" width="32" height="26" rx="4" fill="currentColor"/><path d="M50 62 v-8 a10 10 0 0 1 20 0 v8" fill="none" stroke="currentColor" stroke-width="4"/>`
        : svg`<path d=${MEDAL_PATH} fill="currentColor"/><circle cx="60" cy="68" r="34" fill="var(--_background)"/><path d="M44 68 L56 80 L78 56" fill="none" stroke="currentColor" stroke-width="8"/>`}
    </svg>`;
  }

  private renderLocked(definition: CertificateDefinition, standing: Standing): TemplateResult {
    const t = this.localize.t.certificate;
    return html`<div part="base" class="locked">
      ${this.renderBadge(true)}
      <h2 part="title">${textOf(definition.title, this.localize.lang)}</h2>
      <p><strong>${t.locked}</strong> — ${t.lockedHint}</p>
      <p>${t.remaining}</p>
      <ul part="remaining">${standing.remaining.map((item) => html`<li>${item}</li>`)}</ul>
      ${this.renderUnknown()}
    </div>`;
  }

  private renderEarned(definition: CertificateDefinition): TemplateResult {
    const t = this.localize.t.certificate;
    const fields = definition.fields ?? certificateFields;
    // Checked at the schema, and again here: a refused URL renders nothing clickable.
    const link = safeUrl(definition.issuer.url, 'link');
    const logo = safeUrl(definition.issuer.logo, 'media');
    return html`<article part="base" class="earned ${this.celebrating ? 'celebrate' : ''}" aria-labelledby="certificate-title">
      ${this.renderBadge(false)}
      <p class="kind">${t.earned}</p>
      <h2 part="title" id="certificate-title">${textOf(definition.title, this.localize.lang)}</h2>
      <div part="details">${this.detailLines().map((line) => html`<p>${line}</p>`)}</div>
      ${fields.includes('issuer')
        ? html`<p class="issuer">
            ${logo ? html`<img src=${logo} alt="" width="32" height="32" />` : nothing}
            ${link ? html`<a href=${link}>${t.issuedBy(definition.issuer.name)}</a>` : t.issuedBy(definition.issuer.name)}
          </p>`
        : nothing}
      ${fields.includes('code') && this.code ? html`<p part="code">${t.code(this.code)}</p>` : nothing}
      ${this.credential?.unsigned ? html`<p class="unsigned">${t.unsigned}</p>` : nothing}
      <div part="actions">
        <button part="button print-button" type="button" @click=${this.handlePrint}>${t.print}</button>
        <button part="button png-button" type="button" @click=${this.handlePng}>${t.png}</button>
        <button part="button pdf-button" type="button" @click=${this.handlePdf}>${t.pdf}</button>
        <button part="button json-button" type="button" ?disabled=${!this.credential} @click=${this.handleJson}>${t.json}</button>
      </div>
      <p part="notice" role="status">${this.notice}</p>
    </article>`;
  }

  /** Results recorded under ids the course does not list (they never count toward the certificate). */
  private renderUnknown(): TemplateResult | typeof nothing {
    const t = this.localize.t.certificate;
    return this.checks.unknown.length
      ? html`<ul part="notice" class="problems">${this.checks.unknown.map((id) => html`<li>${t.unknownActivity(id)}</li>`)}</ul>`
      : nothing;
  }

  override render() {
    const error = this.definitionLoader.error;
    if (error) return this.renderError(error);
    const definition = this.certificate;
    const { t } = this.localize;
    if (!definition) return html`<div part="base" aria-busy="true"><p>${t.loading}</p></div>`;
    const ruleError = this.ruleError(definition);
    if (ruleError) return this.renderError(ruleError);
    const progress = this.progress;
    if (!this.xapi.course) return html`<div part="base"><p part="notice">${t.certificate.noCourse}</p></div>`;
    if (!progress && this.checks.missingDefinition && !this.xapi.course.definition) {
      return html`<div part="base" class="locked">
        ${this.renderBadge(true)}
        <h2 part="title">${textOf(definition.title, this.localize.lang)}</h2>
        <p part="notice">${t.certificate.noCourseDefinition}</p>
      </div>`;
    }
    if (!progress) return html`<div part="base" aria-busy="true"><p>${t.loading}</p></div>`;
    const standing = this.standing(definition, progress);
    return standing.earned ? this.renderEarned(definition) : this.renderLocked(definition, standing);
  }
}

/** `url` resolved against the page (`undefined` stays `undefined`). */
function absoluteUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/** Relative luminance (WCAG) of an `rgb()` colour; 1 when unreadable. */
function luminance(color: string): number {
  const rgb = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  if (!rgb) return 1;
  const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

SpocCertificate.define('spoc-certificate');

// This entry alone (`spoc-elements/certificate.js`) types its definition and its events' global declarations.
export type { CertificateDefinition } from './certificate.schema.js';
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-certificate': SpocCertificate;
  }
}
