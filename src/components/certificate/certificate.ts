import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import type { CourseProgress } from '../../course/progress-model.js';
import { SpocEarnedEvent } from '../../events/spoc-earned.js';
import type { SpocErrorDetail } from '../../events/spoc-error.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { languageMap, textOf } from '../../internal/validation.js';
import { agentKey } from '../../xapi/actor.js';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from '../../xapi/vocabulary.js';
import { MEDAL_PATH, certificateSvg, download, pngToPdf, svgToPng } from './certificate-image.js';
import { certificateDefinitionSchema, certificateFields, type CertificateDefinition } from './certificate.schema.js';
import buttonStyles from '../../styles/button.styles.js';
import styles from './certificate.styles.js';
import { buildCredential, credentialId, verificationCode, type OpenBadgeCredential } from './credential.js';
import { ensurePrintStyles } from './print-styles.js';

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
 * @event {SpocEarnedDetail} spoc-earned - The certificate is earned. `detail: { credential, code }`.
 * @event {SpocStatementDetail} spoc-statement - The `earned` statement (once per registration). `detail: { statement }`.
 * @event {SpocErrorDetail} spoc-error - Invalid definition, a rule naming unknown modules, a failed download. `detail: { code, message, issues? }`.
 *
 * @csspart base - The certificate.
 * @csspart badge - The badge (SVG); `badge-locked` while locked.
 * @csspart title - The certificate title.
 * @csspart remaining - The list of what remains to do (locked).
 * @csspart details - Learner, course, date, score, issuer lines.
 * @csspart code - The verification code.
 * @csspart actions - The buttons; `button`, `print-button`, `png-button`, `pdf-button`, `json-button`.
 * @csspart notice - Status messages (unsigned credential, download progress).
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
  private readonly xapi = new XapiController(this, 'certificate');
  private issuing = '';
  private reportedRuleError = '';

  @state() private credential?: OpenBadgeCredential;
  @state() private code = '';
  @state() private notice = '';
  @state() private celebrating = false;

  /** URL of the certificate definition JSON. */
  @property() src?: string;

  /** The certificate definition as an object (takes precedence over inline JSON and `src`). */
  @property({ attribute: false }) definition?: unknown;

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

  override connectedCallback(): void {
    super.connectedCallback();
    ensurePrintStyles();
  }

  protected override willUpdate(): void {
    const definition = this.certificate;
    const progress = this.xapi.course?.progress;
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
        const title = textOf(this.xapi.course?.definition?.modules.flatMap((m) => m.activities).find((a) => a.id === activity)?.title, lang) || activity;
        remaining.push(t.remainingScore(title, this.localize.percent(min), this.localize.percent(found.score ?? 0)));
      }
    }
    return { earned: remaining.length === 0, remaining };
  }

  private validUntil(definition: CertificateDefinition, from: Date): string | undefined {
    if (definition.validUntil) return new Date(`${definition.validUntil}T23:59:59.999Z`).toISOString();
    const v = definition.validity;
    if (!v) return undefined;
    const until = new Date(from);
    until.setUTCFullYear(until.getUTCFullYear() + (v.years ?? 0), until.getUTCMonth() + (v.months ?? 0), until.getUTCDate() + (v.days ?? 0));
    return until.toISOString();
  }

  /** Builds (and signs) the credential, then records `earned` once per registration. */
  private async issue(definition: CertificateDefinition, progress: CourseProgress): Promise<void> {
    const course = this.xapi.course!;
    const activityId = this.certificateActivityId(definition);
    const key = `${activityId}|${agentKey(course.actor)}|${course.registration}`;
    if (this.issuing === key) return;
    this.issuing = key;
    const lang = this.xapi.contentLang();
    const from = new Date(progress.completedAt ?? Date.now());
    const courseTitle = textOf(course.definition?.title, lang);
    const unsigned = buildCredential({
      id: await credentialId(key),
      name: textOf(definition.title, lang),
      description: textOf(definition.description, lang) || courseTitle,
      narrative: this.localize.t.certificate.narrative(courseTitle || course.courseId),
      achievementId: activityId,
      issuer: { id: definition.issuer.id ?? definition.issuer.url ?? `${course.courseId}#issuer`, name: definition.issuer.name, url: definition.issuer.url, logo: definition.issuer.logo },
      learner: { name: course.actor.name, email: course.actor.mbox?.replace(/^mailto:/, ''), accountId: course.actor.account ? `${course.actor.account.homePage}#${course.actor.account.name}` : undefined },
      validFrom: from.toISOString(),
      validUntil: this.validUntil(definition, from),
      score: progress.score,
    });
    let credential = unsigned;
    if (this.sign) {
      try {
        const { unsigned: _marker, ...content } = unsigned;
        credential = await this.sign(content as OpenBadgeCredential);
      } catch (error) {
        this.reportError({ code: 'sign-failed', message: (error as Error).message });
      }
    }
    this.code = await verificationCode(credential);
    this.credential = credential;
    await this.recordEarned(definition, credential, activityId);
  }

  private async recordEarned(definition: CertificateDefinition, credential: OpenBadgeCredential, activityId: string): Promise<void> {
    const course = this.xapi.course!;
    const tracker = course.tracker;
    const earlier = await tracker.store?.query({ verb: VERBS.earned.id, activity: activityId, registration: course.registration, agent: course.actor, limit: 1 });
    this.emit(new SpocEarnedEvent({ credential, code: this.code }));
    if (earlier?.length) return;
    const lang = this.xapi.contentLang();
    this.xapi.send({
      verb: VERBS.earned,
      object: { objectType: 'Activity', id: activityId, definition: { type: ACTIVITY_TYPES.badge, name: languageMap(definition.title, lang)! } },
      result: { completion: true, extensions: { [EXTENSIONS.spoc.credentialId]: credential.id } },
      context: { contextActivities: this.xapi.contextActivities({}), language: lang },
    });
    // First time earned: a short celebration (none with prefers-reduced-motion, see styles).
    this.celebrating = true;
    this.notice = this.localize.t.certificate.celebrate;
    setTimeout(() => (this.celebrating = false), 2500);
  }

  // --- actions

  private imageSvg(): string {
    const definition = this.certificate!;
    const style = getComputedStyle(this.shadowRoot!.querySelector('[part~="base"]')!);
    return certificateSvg({
      title: textOf(definition.title, this.localize.lang),
      lines: this.detailLines(),
      code: this.localize.t.certificate.code(this.code),
      issuer: this.localize.t.certificate.issuedBy(definition.issuer.name),
      colors: {
        accent: style.getPropertyValue('--_accent').trim() || '#1d4ed8',
        text: style.color || '#1f2933',
        background: style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : '#ffffff',
      },
    });
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

  private handlePrint() {
    this.dataset['printing'] = '';
    window.addEventListener('afterprint', () => delete this.dataset['printing'], { once: true });
    window.print();
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
    return svgToPng(this.imageSvg());
  }

  /** The certificate as a one-page A4 landscape PDF (pdf-lib is loaded on first use). */
  async pdf(): Promise<Blob> {
    return pngToPdf(await this.png(), textOf(this.certificate!.title, this.localize.lang));
  }

  // --- rendering

  private detailLines(): string[] {
    const definition = this.certificate!;
    const course = this.xapi.course!;
    const progress = course.progress!;
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
    </div>`;
  }

  private renderEarned(definition: CertificateDefinition): TemplateResult {
    const t = this.localize.t.certificate;
    const fields = definition.fields ?? certificateFields;
    return html`<article part="base" class="earned ${this.celebrating ? 'celebrate' : ''}" aria-labelledby="certificate-title">
      ${this.renderBadge(false)}
      <p class="kind">${t.earned}</p>
      <h2 part="title" id="certificate-title">${textOf(definition.title, this.localize.lang)}</h2>
      <div part="details">${this.detailLines().map((line) => html`<p>${line}</p>`)}</div>
      ${fields.includes('issuer')
        ? html`<p class="issuer">
            ${definition.issuer.logo ? html`<img src=${definition.issuer.logo} alt="" width="32" height="32" />` : nothing}
            ${definition.issuer.url ? html`<a href=${definition.issuer.url}>${t.issuedBy(definition.issuer.name)}</a>` : t.issuedBy(definition.issuer.name)}
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

  override render() {
    const error = this.definitionLoader.error;
    if (error) return this.renderError(error);
    const definition = this.certificate;
    const { t } = this.localize;
    if (!definition) return html`<div part="base" aria-busy="true"><p>${t.loading}</p></div>`;
    const ruleError = this.ruleError(definition);
    if (ruleError) return this.renderError(ruleError);
    const progress = this.xapi.course?.progress;
    if (!this.xapi.course) return html`<div part="base"><p part="notice">${t.certificate.noCourse}</p></div>`;
    if (!progress) return html`<div part="base" aria-busy="true"><p>${t.loading}</p></div>`;
    const standing = this.standing(definition, progress);
    return standing.earned ? this.renderEarned(definition) : this.renderLocked(definition, standing);
  }
}

SpocCertificate.define('spoc-certificate');

declare global {
  interface HTMLElementTagNameMap {
    'spoc-certificate': SpocCertificate;
  }
}
