import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { ResumeState } from '../../controllers/resume-state.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import { SpocCompleteEvent } from '../../events/spoc-complete.js';
import type { SpocErrorDetail } from '../../events/spoc-error.js';
import { SpocReviewSubmitEvent } from '../../events/spoc-review-submit.js';
import { safeHtml } from '../../internal/sanitize.js';
import { SpocFormElement } from '../../internal/spoc-form-element.js';
import { safeUrl } from '../../internal/url-policy.js';
import { iriSchema, languageMap, textOf } from '../../internal/validation.js';
import type { Activity } from '../../xapi/statement.js';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from '../../xapi/vocabulary.js';
import { peerReviewDefinitionSchema, reviewModes, type PeerReviewDefinition, type ReviewMode, type RubricCriterion } from './peer-review.schema.js';
import buttonStyles from '../../styles/button.styles.js';
import styles from './peer-review.styles.js';
import { aggregate, bounds, pointsOf, scored, total } from './rubric.js';
import { addStrings } from '../../i18n/index.js';
import { reviewStrings } from '../../i18n/strings/review.js';

// This element's strings travel with it (a page downloads the strings of the elements it uses).
addStrings(reviewStrings);

/** What the reviewer has entered; autosaved as a draft, frozen once sent. */
interface Draft {
  choices: Record<string, string>;
  comments: Record<string, string>;
  overall: string;
  /** Set once the review is sent. */
  sentAt?: string;
}

const DRAFT_STATE = 'https://w3id.org/spoc-elements/state/review-draft';
const emptyDraft = (): Draft => ({ choices: {}, comments: {}, overall: '' });

/**
 * @summary Rubric-based review of a peer's work (or of one's own, or of a practice example), and the
 * view of the reviews an author received. Criteria are radio groups with their explanations, with
 * comments, a live total, validation on submit, a confirmation, then a read-only summary. The draft
 * is autosaved; inside a `<form>` the review is the control's value.
 *
 * @tag spoc-peer-review
 * @status experimental
 * @since 0.1
 *
 * @event {SpocReviewSubmitDetail} spoc-review-submit - The learner confirmed; cancelable (nothing is sent when prevented). `detail: { mode, choices, comments, overall, score }`.
 * @event {SpocCompleteDetail} spoc-complete - The review was sent. `detail: { score }`.
 * @event {SpocStatementDetail} spoc-statement - The `reviewed` statement, complete as sent. `detail: { statement }`.
 * @event {SpocErrorDetail} spoc-error - Invalid definition, unreachable `src`, invalid JSON, an invalid `mode` or `activity-id` (`invalid-attribute`). `detail: { code, message, issues? }`.
 * @event input - The draft changed (a choice or a comment).
 * @event change - The learner changed a choice.
 *
 * @csspart base - The element.
 * @csspart submission - The work reviewed; `submission-title`, `submission-body`, `links`.
 * @csspart rubric - The list of criteria.
 * @csspart criterion - One criterion (fieldset); `criterion-title`, `criterion-description`.
 * @csspart option - One option label; `option-selected` when chosen; `option-explanation`.
 * @csspart comment - A comment field (criterion or overall).
 * @csspart field-error - An inline validation message.
 * @csspart error-summary - The list of problems shown on submit, each naming its criterion and linking to it.
 * @csspart total - The live total.
 * @csspart button - Every button; also `submit-button`, `confirm-button`, `back-button`.
 * @csspart confirmation - The confirmation step.
 * @csspart summary - The read-only summary after sending; `difference` rows in calibration.
 * @csspart received - The aggregated reviews (received mode); `aggregate-row`, `spread` (lowest–highest points given), `received-comment`.
 * @csspart error - The error view for an invalid definition.
 *
 * @cssproperty [--spoc-peer-review-accent-color=var(--spoc-color-accent)] - Buttons and chosen options.
 * @cssproperty [--spoc-peer-review-background=var(--spoc-color-surface)] - Background.
 * @cssproperty [--spoc-peer-review-border-color=var(--spoc-color-border)] - Borders.
 * @cssproperty [--spoc-peer-review-error-color=var(--spoc-color-danger)] - Validation messages.
 * @cssproperty [--spoc-peer-review-radius=var(--spoc-border-radius)] - Corner radius.
 * @cssproperty [--spoc-peer-review-gap=var(--spoc-spacing)] - Space between blocks.
 */
export class SpocPeerReview extends SpocFormElement {
  static override styles = [SpocFormElement.styles, buttonStyles, styles];

  private readonly definitionLoader = new DefinitionController<PeerReviewDefinition>(this, {
    schema: peerReviewDefinitionSchema,
    translation: () => this.localize.t,
  });
  private readonly xapi = new XapiController(this, 'peer-review');
  private readonly resume = new ResumeState<Draft>(this.xapi, DRAFT_STATE, (error) => this.reportStateError(error));

  @state() private draft: Draft = emptyDraft();
  @state() private step: 'form' | 'confirm' = 'form';
  @state() private showErrors = false;
  /** The attribute problem last reported, so `spoc-error` fires once per bad value. */
  private reportedAttributes = '';

  /** URL of the review definition JSON. */
  @property() src?: string;

  /** The review definition as an object (takes precedence over inline JSON and `src`). */
  @property({ attribute: false }) definition?: PeerReviewDefinition;

  /**
   * `peer`, `self`, `calibration` or `received`; overrides the definition's `mode`. Any other value
   * shows the error view naming `mode` and fires `spoc-error` (never a silent peer review).
   */
  @property() mode?: ReviewMode;

  /** Explicit activity IRI of the review (else `<course-id>/peer-review/<id>`, else from the page URL). */
  @property({ attribute: 'activity-id' }) activityId = '';

  /** Id of the course module this review belongs to (adds the module to `grouping`). */
  @property() module = '';

  /** The validated definition, once loaded. */
  get review(): PeerReviewDefinition | undefined {
    return this.definitionLoader.value;
  }

  /** The review as JSON (what a surrounding form submits). */
  get value(): string {
    return JSON.stringify({ mode: this.currentMode, ...this.draft, score: this.score() });
  }

  /** Resolves once the definition and the saved draft are loaded. */
  get ready(): Promise<unknown> {
    // The saved document is asked for in the update that follows the definition: wait for it.
    return this.definitionLoader.complete.then(() => this.updateComplete).then(() => this.resume.restoring);
  }

  private get currentMode(): ReviewMode {
    const own = this.mode && (reviewModes as readonly string[]).includes(this.mode) ? this.mode : undefined;
    return own ?? this.review?.mode ?? 'peer';
  }

  /** Problems with the attributes (`mode`, `activity-id`), each with the attribute as its path. */
  private get attributeError(): SpocErrorDetail | undefined {
    const t = this.localize.t;
    const issues = [];
    if (this.mode !== undefined && this.mode !== null && !(reviewModes as readonly string[]).includes(this.mode)) {
      issues.push({ path: 'mode', code: 'invalid-attribute', message: t.review.modeIssue(String(this.mode), reviewModes.join(', ')) });
    }
    if (this.activityId && !iriSchema.safeParse(this.activityId).success) {
      issues.push({ path: 'activity-id', code: 'invalid-attribute', message: t.issues['not-an-iri'] });
    }
    return issues.length ? { code: 'invalid-attribute', message: t.review.invalidAttribute, issues } : undefined;
  }

  protected override willUpdate(): void {
    const attributeError = this.attributeError;
    const signature = attributeError ? JSON.stringify(attributeError.issues) : '';
    if (signature !== this.reportedAttributes) {
      this.reportedAttributes = signature;
      if (attributeError) this.reportError(attributeError);
    }
    const review = this.review;
    if (!review) return;
    this.resume.follow(this.reviewActivityId(review), (saved) => {
      if (saved) this.draft = { ...emptyDraft(), ...saved };
    });
    this.syncForm();
  }

  // --- draft and form value

  private reviewActivityId(review: PeerReviewDefinition): string {
    return this.xapi.activityId(review.id, this.activityId);
  }

  private save(draft: Draft): void {
    this.draft = draft;
    this.resume.save(draft);
    this.emit(new Event('input', { bubbles: true, composed: true }));
  }

  private syncForm(): void {
    const problems = this.review && this.currentMode !== 'received' ? this.problems(this.review) : [];
    this.internals.setFormValue(this.review ? this.value : null);
    if (this.required && problems.length && !this.draft.sentAt) {
      this.internals.setValidity({ valueMissing: true }, this.localize.t.review.incomplete);
    } else {
      this.internals.setValidity({});
    }
  }

  /** @internal `form.reset()` clears the review. */
  formResetCallback(): void {
    this.step = 'form';
    this.showErrors = false;
    this.save(emptyDraft());
  }

  private score() {
    const criteria = this.review?.rubric.criteria ?? [];
    const { min, max } = bounds(criteria);
    const raw = total(criteria, this.draft.choices);
    return { raw, min, max, scaled: max === min ? 0 : Math.round(((raw - min) / (max - min)) * 10000) / 10000 };
  }

  /** What blocks sending, as `[field id, message]`. */
  private problems(review: PeerReviewDefinition): Array<[string, string]> {
    const t = this.localize.t.review;
    const found: Array<[string, string]> = [];
    for (const c of review.rubric.criteria) {
      if (!c.feedbackOnly && c.options?.length && !this.draft.choices[c.id]) found.push([`criterion-${c.id}`, t.chooseOption]);
      if ((c.comment === 'required' || (c.feedbackOnly && c.comment !== 'disabled' && c.comment !== 'optional')) && !(this.draft.comments[c.id] ?? '').trim()) {
        found.push([`comment-${c.id}`, t.writeComment]);
      }
    }
    const limits = review.overallComment;
    const overall = this.draft.overall.trim();
    if (limits && (limits.required || limits.minLength) && overall.length < Math.max(limits.minLength ?? 1, limits.required ? 1 : 0)) {
      found.push(['overall', t.tooShort(Math.max(limits.minLength ?? 1, 1))]);
    }
    if (limits?.maxLength !== undefined && overall.length > limits.maxLength) found.push(['overall', t.tooLong(limits.maxLength)]);
    return found;
  }

  // --- handlers

  private handleChoice(criterion: RubricCriterion, optionId: string) {
    this.save({ ...this.draft, choices: { ...this.draft.choices, [criterion.id]: optionId } });
    this.emit(new Event('change', { bubbles: true, composed: true }));
  }

  private handleComment(key: string, event: Event) {
    const value = (event.target as HTMLTextAreaElement).value;
    if (key === 'overall') this.save({ ...this.draft, overall: value });
    else this.save({ ...this.draft, comments: { ...this.draft.comments, [key]: value } });
  }

  private handleSubmit(event: Event) {
    event.preventDefault();
    const review = this.review;
    if (!review) return;
    if (this.problems(review).length) {
      this.showErrors = true;
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="error-summary"]')?.focus());
      return;
    }
    this.showErrors = false;
    this.step = 'confirm';
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="confirm-button"]')?.focus());
  }

  private handleBack() {
    this.step = 'form';
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="submit-button"]')?.focus());
  }

  private handleConfirm() {
    const review = this.review;
    if (!review || this.attributeError) return;
    const score = this.score();
    const mode = this.currentMode;
    const submit = this.emit(
      new SpocReviewSubmitEvent({ mode, choices: { ...this.draft.choices }, comments: { ...this.draft.comments }, overall: this.draft.overall, score }),
    );
    if (submit.defaultPrevented) {
      this.step = 'form';
      return;
    }
    this.sendStatement(review, score, mode);
    this.save({ ...this.draft, sentAt: new Date().toISOString() });
    this.step = 'form';
    this.emit(new SpocCompleteEvent({ score }));
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="summary"] h3')?.focus());
  }

  private sendStatement(review: PeerReviewDefinition, score: ReturnType<SpocPeerReview['score']>, mode: ReviewMode): void {
    const lang = this.xapi.contentLang(review.lang);
    const parentId = this.reviewActivityId(review);
    const { submission } = review;
    const object: Activity = {
      objectType: 'Activity',
      id: submission.activityId ?? `${parentId}/submission/${encodeURIComponent(submission.id)}`,
      definition: { type: ACTIVITY_TYPES.assignment, name: languageMap(submission.title, lang)! },
    };
    const criteria = review.rubric.criteria.map((c) => ({
      id: c.id,
      ...(this.draft.choices[c.id] ? { option: this.draft.choices[c.id], points: pointsOf(c, this.draft.choices[c.id]) } : {}),
      ...(this.draft.comments[c.id]?.trim() ? { comment: this.draft.comments[c.id]!.trim() } : {}),
    }));
    const hasScore = scored(review.rubric.criteria).length > 0;
    this.xapi.send({
      verb: VERBS.reviewed,
      object,
      result: {
        ...(hasScore ? { score } : {}),
        ...(this.draft.overall.trim() ? { response: this.draft.overall.trim() } : {}),
        extensions: { [EXTENSIONS.spoc.rubric]: { criteria } },
      },
      context: {
        contextActivities: this.xapi.contextActivities({
          parent: [{ id: parentId, definition: { type: ACTIVITY_TYPES.review } }],
          module: this.module || undefined,
        }),
        extensions: { [EXTENSIONS.spoc.reviewMode]: mode },
        ...(submission.statementId ? { statement: { objectType: 'StatementRef' as const, id: submission.statementId } } : {}),
        language: lang,
      },
    });
  }

  // --- rendering

  private renderSubmission(review: PeerReviewDefinition): TemplateResult {
    const { t, lang } = this.localize;
    const { submission } = review;
    const author = submission.author;
    return html`<section part="submission" aria-labelledby="submission-title">
      <h3 part="submission-title" id="submission-title">${textOf(submission.title, lang)}</h3>
      <p class="meta">${author?.name && !author.anonymous ? t.review.by(author.name) : t.review.anonymousAuthor}</p>
      <div part="submission-body">
        ${submission.html ? safeHtml(textOf(submission.html, lang)) : html`<p class="plain">${textOf(submission.text, lang)}</p>`}
      </div>
      ${submission.links?.length
        ? html`<ul part="links" aria-label=${t.review.links}>
            ${submission.links.map((link) => {
              // Checked at the schema too: a refused address is never rendered as a link.
              const href = safeUrl(link.url, 'link');
              const label = textOf(link.title, lang) || link.url;
              return href
                ? html`<li><a href=${href} target="_blank" rel="noopener noreferrer">${label}</a></li>`
                : html`<li>${textOf(link.title, lang) || t.review.linkRefused} <span class="meta">(${t.review.linkRefused})</span></li>`;
            })}
          </ul>`
        : nothing}
    </section>`;
  }

  private fieldError(field: string, problems: Array<[string, string]>): TemplateResult | typeof nothing {
    const message = this.showErrors ? problems.find(([f]) => f === field)?.[1] : undefined;
    return message ? html`<p part="field-error" id="error-${field}">${message}</p>` : nothing;
  }

  private renderCriterion(c: RubricCriterion, problems: Array<[string, string]>, locked: boolean): TemplateResult {
    const { t, lang } = this.localize;
    const choice = this.draft.choices[c.id];
    const choiceError = this.showErrors && problems.some(([f]) => f === `criterion-${c.id}`);
    const commentError = this.showErrors && problems.some(([f]) => f === `comment-${c.id}`);
    const commentMode = c.comment ?? (c.feedbackOnly ? 'required' : 'optional');
    return html`<fieldset part="criterion" id="criterion-${c.id}" ?disabled=${locked} aria-describedby=${choiceError ? `error-criterion-${c.id}` : nothing} aria-invalid=${choiceError ? 'true' : nothing}>
      <legend part="criterion-title">${textOf(c.title, lang)}${c.feedbackOnly ? html` <span class="meta">(${t.review.feedbackOnly})</span>` : nothing}</legend>
      ${c.description ? html`<p part="criterion-description">${textOf(c.description, lang)}</p>` : nothing}
      ${this.fieldError(`criterion-${c.id}`, problems)}
      ${(c.feedbackOnly ? [] : (c.options ?? [])).map(
        (option) => html`<label part="option${choice === option.id ? ' option-selected' : ''}">
          <input type="radio" name="criterion-${c.id}" value=${option.id} .checked=${choice === option.id} @change=${() => this.handleChoice(c, option.id)} />
          <span>
            <span class="option-label">${textOf(option.label, lang)} <span class="points">(${this.pointsText(option.points)})</span></span>
            ${option.explanation ? html`<span part="option-explanation">${textOf(option.explanation, lang)}</span>` : nothing}
          </span>
        </label>`,
      )}
      ${commentMode === 'disabled'
        ? nothing
        : html`<label class="comment-label">
              <span>${commentMode === 'required' ? t.review.commentRequired : t.review.comment}</span>
              <textarea
                part="comment"
                id="comment-${c.id}"
                rows="2"
                .value=${this.draft.comments[c.id] ?? ''}
                ?required=${commentMode === 'required'}
                aria-invalid=${commentError ? 'true' : nothing}
                aria-describedby=${commentError ? `error-comment-${c.id}` : nothing}
                @input=${(event: Event) => this.handleComment(c.id, event)}
              ></textarea>
            </label>
            ${this.fieldError(`comment-${c.id}`, problems)}`}
    </fieldset>`;
  }

  private renderForm(review: PeerReviewDefinition): TemplateResult {
    const { t, lang } = this.localize;
    const problems = this.problems(review);
    const score = this.score();
    const limits = review.overallComment;
    const overallError = this.showErrors && problems.some(([f]) => f === 'overall');
    const locked = this.step === 'confirm' || this.disabled;
    // Named after the work too: two reviews on one page are two distinct form landmarks.
    return html`<form novalidate @submit=${this.handleSubmit} aria-label=${`${t.review.rubric} — ${textOf(review.submission.title, lang)}`}>
      ${this.showErrors && problems.length
        ? html`<div part="error-summary" role="alert" tabindex="-1">
            <p>${t.review.errorSummary(problems.length)}</p>
            <ul>
              ${problems.map(([field, message]) => html`<li><a href="#${field}" @click=${(e: Event) => this.focusField(e, field)}>${t.review.problemIn(this.fieldName(review, field), message)}</a></li>`)}
            </ul>
          </div>`
        : nothing}
      <div part="rubric">${review.rubric.criteria.map((c) => this.renderCriterion(c, problems, locked))}</div>
      <label class="comment-label">
        <span>${textOf(limits?.prompt, lang) || t.review.overall}</span>
        <textarea
          part="comment"
          id="overall"
          rows="4"
          ?disabled=${locked}
          .value=${this.draft.overall}
          aria-invalid=${overallError ? 'true' : nothing}
          aria-describedby=${overallError ? 'error-overall' : limits?.minLength ? 'overall-hint' : nothing}
          @input=${(event: Event) => this.handleComment('overall', event)}
        ></textarea>
      </label>
      ${limits?.minLength ? html`<p class="meta" id="overall-hint">${t.review.overallHint(limits.minLength)}</p>` : nothing}
      ${this.fieldError('overall', problems)}
      ${scored(review.rubric.criteria).length
        ? html`<p part="total" aria-live="polite">${t.review.total(this.localize.number(score.raw), this.localize.number(score.max))}</p>`
        : nothing}
      ${this.step === 'confirm'
        ? html`<div part="confirmation" role="group" aria-labelledby="confirm-title">
            <p id="confirm-title"><strong>${t.review.confirmTitle}</strong></p>
            <p>${t.review.confirmText}</p>
            <button part="button confirm-button" type="button" @click=${this.handleConfirm}>${t.review.confirm}</button>
            <button part="button back-button" type="button" @click=${this.handleBack}>${t.review.back}</button>
          </div>`
        : html`<button part="button submit-button" type="submit" ?disabled=${this.disabled}>${t.review.submit}</button>`}
    </form>`;
  }

  /** "(1 pt)", "(2 pts)"; "1 point", "2 points" in French. */
  private pointsText(points: number): string {
    return this.localize.t.review.points(points, this.localize.number(points));
  }

  /** What a problem's field is called, as the learner sees it (the criterion's title). */
  private fieldName(review: PeerReviewDefinition, field: string): string {
    const { t, lang } = this.localize;
    if (field === 'overall') return textOf(review.overallComment?.prompt, lang) || t.review.overall;
    const [, kind, id] = /^(criterion|comment)-(.*)$/.exec(field) ?? [];
    const title = textOf(review.rubric.criteria.find((c) => c.id === id)?.title, lang);
    return kind === 'comment' ? `${title} — ${t.review.comment}` : title;
  }

  private focusField(event: Event, field: string) {
    event.preventDefault();
    const target = this.shadowRoot?.getElementById(field);
    (target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target)?.focus();
  }

  private renderSummary(review: PeerReviewDefinition): TemplateResult {
    const { t, lang } = this.localize;
    const score = this.score();
    const calibration = this.currentMode === 'calibration' && review.reference;
    const scoredCriteria = scored(review.rubric.criteria);
    const same = calibration ? scoredCriteria.filter((c) => review.reference!.choices[c.id] === this.draft.choices[c.id]).length : 0;
    return html`<section part="summary" aria-labelledby="summary-title">
      <h3 id="summary-title" tabindex="-1">${t.review.summary}</h3>
      <p role="status">${t.review.submitted}</p>
      ${calibration ? html`<p>${t.review.calibrationResult(same, scoredCriteria.length)}</p>` : nothing}
      <dl>
        ${review.rubric.criteria.map((c) => {
          const mine = c.options?.find((o) => o.id === this.draft.choices[c.id]);
          const reference = calibration ? c.options?.find((o) => o.id === review.reference!.choices[c.id]) : undefined;
          const delta = mine && reference ? mine.points - reference.points : 0;
          return html`<dt>${textOf(c.title, lang)}</dt>
            <dd>
              ${mine ? html`<span>${calibration ? t.review.labelled(t.review.yourChoice, textOf(mine.label, lang)) : textOf(mine.label, lang)} (${this.pointsText(mine.points)})</span>` : nothing}
              ${this.draft.comments[c.id] ? html`<q>${this.draft.comments[c.id]}</q>` : nothing}
              ${reference
                ? html`<span part="difference difference-${delta === 0 ? 'same' : 'different'}">
                    ${t.review.labelled(t.review.reference, textOf(reference.label, lang))} (${this.pointsText(reference.points)}) —
                    ${delta === 0 ? t.review.matches : t.review.differs(delta, `${delta > 0 ? '+' : ''}${this.localize.number(delta)}`)}
                  </span>`
                : nothing}
              ${calibration && review.reference!.comments?.[c.id] ? html`<q>${review.reference!.comments[c.id]}</q>` : nothing}
            </dd>`;
        })}
      </dl>
      ${this.draft.overall ? html`<p><strong>${t.review.labelled(t.review.overall, '')}</strong> ${this.draft.overall}</p>` : nothing}
      ${scoredCriteria.length ? html`<p part="total">${t.review.total(this.localize.number(score.raw), this.localize.number(score.max))}</p>` : nothing}
    </section>`;
  }

  private renderReceived(review: PeerReviewDefinition): TemplateResult {
    const { t, lang } = this.localize;
    const reviews = review.reviews ?? [];
    const how = review.aggregate ?? 'median';
    const values = aggregate(review.rubric.criteria, reviews, how);
    const max = (c: RubricCriterion) => Math.max(...(c.options ?? []).map((o) => o.points));
    return html`<section part="received" aria-labelledby="received-title">
      <h3 id="received-title">${t.review.received}</h3>
      <p>${reviews.length ? t.review.reviewsCount(reviews.length) : t.review.noReviews}</p>
      ${reviews.length
        ? html`<table>
              <thead>
                <tr>
                  <th scope="col">${t.review.rubric}</th>
                  <th scope="col">${how === 'mean' ? t.review.meanOf : t.review.medianOf}</th>
                  <th scope="col">${t.review.spread}</th>
                </tr>
              </thead>
              <tbody>
                ${scored(review.rubric.criteria).map(
                  (c) => html`<tr part="aggregate-row" data-criterion=${c.id}>
                    <th scope="row">${textOf(c.title, lang)}</th>
                    <td>${values.has(c.id) ? `${this.localize.number(values.get(c.id)!.value)} / ${this.localize.number(max(c))}` : '—'}</td>
                    <td part="spread">${values.has(c.id) ? t.review.range(this.localize.number(values.get(c.id)!.min), this.localize.number(values.get(c.id)!.max)) : '—'}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
            <ul class="comments">
              ${reviews.flatMap((r, index) => {
                const lines = [...Object.entries(r.comments ?? {}).map(([id, text]) => t.review.labelled(textOf(review.rubric.criteria.find((c) => c.id === id)?.title, lang), text)), ...(r.overall ? [r.overall] : [])];
                return lines.map((line) => html`<li part="received-comment"><strong>${t.review.reviewer(index + 1)}</strong> — ${line}</li>`);
              })}
            </ul>`
        : nothing}
    </section>`;
  }

  override render() {
    const error = this.attributeError ?? this.definitionLoader.error;
    if (error) return this.renderError(error);
    const review = this.review;
    const { t } = this.localize;
    if (!review) return html`<div part="base" aria-busy="true"><p>${t.loading}</p></div>`;
    const mode = this.currentMode;
    return html`<div part="base" lang=${this.localize.lang}>
      <h2 class="title">${t.review.label(mode)}</h2>
      ${this.renderSubmission(review)}
      ${mode === 'received' ? this.renderReceived(review) : this.draft.sentAt ? this.renderSummary(review) : this.renderForm(review)}
    </div>`;
  }
}

SpocPeerReview.define('spoc-peer-review');

// This entry alone (`spoc-elements/peer-review.js`) types its definition and its events' global declarations.
export type { PeerReviewDefinition } from './peer-review.schema.js';
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-peer-review': SpocPeerReview;
  }
}
