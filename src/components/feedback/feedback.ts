import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import { SpocCompleteEvent } from '../../events/spoc-complete.js';
import { catalogFor } from '../../i18n/index.js';
import { SpocFormElement } from '../../internal/spoc-form-element.js';
import { languageMap, textOf } from '../../internal/validation.js';
import { activityIdFor, pageIri } from '../../xapi/activity-id.js';
import type { Activity } from '../../xapi/statement.js';
import { ACTIVITY_TYPES } from '../../xapi/vocabulary.js';
import buttonStyles from '../../styles/button.styles.js';
import { defaultQuestionnaire } from './default-questionnaire.js';
import { FeedbackState } from './feedback-state.js';
import { answered, answerStatements, answerText, anonymousStatement, completedStatement, overallScore, pseudonym, type FeedbackTargets } from './feedback-statements.js';
import {
  DEFAULT_MAX_LENGTH,
  feedbackDefinitionSchema,
  scaleOf,
  type Answer,
  type Answers,
  type FeedbackDefinition,
  type FeedbackItem,
} from './feedback.schema.js';
import { strings } from './feedback.strings.js';
import styles from './feedback.styles.js';

type Scope = 'module' | 'course';
/** What blocks sending: `[item id, message, kind]`. */
type Problems = Array<[string, string, 'missing' | 'too-short' | 'too-long']>;

/** Characters as the learner counts them (an emoji is one). */
const lengthOf = (text: string) => Array.from(text).length;

const star = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"/></svg>`;

/**
 * @summary Hot feedback ("feedback à chaud") on a module or the course: overall satisfaction, "was
 * it useful?", "what should we improve?" — the standard set with no JSON at all, or a custom
 * questionnaire (ratings shown as stars, NPS 0–10, choices, text with length limits). Sent once per
 * registration (unless `allow-resubmit`), then a thank-you and the learner's own answers, read-only,
 * also after a reload. The draft is autosaved; inside a `<form>` the answers are the control's value.
 * `anonymous`: the answers go out under a pseudonym; only the fact of responding is identified.
 *
 * @tag spoc-feedback
 * @status experimental
 * @since 0.2
 *
 * @event {SpocCompleteDetail} spoc-complete - The answers were sent. `detail: { score? }` (the overall rating).
 * @event {SpocStatementDetail} spoc-statement - Each statement, complete as sent. `detail: { statement }`.
 * @event {SpocErrorDetail} spoc-error - Invalid questionnaire, unreachable `src`, invalid JSON. `detail: { code, message, issues? }`.
 * @event input - The draft changed.
 * @event change - The learner changed an answer (a rating, a choice).
 *
 * @csspart base - The element.
 * @csspart title - The heading.
 * @csspart intro - The intro text.
 * @csspart anonymous-note - The notice shown in anonymous mode.
 * @csspart item - One question (a fieldset, or the text answer's block).
 * @csspart item-prompt - A question's text.
 * @csspart scale - A rating or NPS radio group's points.
 * @csspart point - One point of a scale (a star or a numbered box).
 * @csspart point-selected - The chosen point.
 * @csspart scale-labels - The labels of a scale's ends.
 * @csspart option - One choice label.
 * @csspart option-selected - A chosen option.
 * @csspart text - A text answer's field.
 * @csspart counter - A text answer's character count; also `counter-over` past the limit.
 * @csspart field-error - An inline message (missing answer, text over the limit).
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart button - Every button.
 * @csspart submit-button - "Send my feedback".
 * @csspart change-button - "Change my answers" (with `allow-resubmit`).
 * @csspart thanks - The thank-you and the learner's answers after sending.
 * @csspart answers - The learner's answers, read-only.
 * @csspart error - The error view for an invalid questionnaire.
 *
 * @cssproperty [--spoc-feedback-accent-color=var(--spoc-color-accent)] - Buttons, chosen points and options.
 * @cssproperty [--spoc-feedback-star-color=var(--spoc-color-warning)] - Stars (outline, and filled up to the rating).
 * @cssproperty [--spoc-feedback-background=var(--spoc-color-surface)] - Background.
 * @cssproperty [--spoc-feedback-border-color=var(--spoc-color-border)] - Borders.
 * @cssproperty [--spoc-feedback-error-color=var(--spoc-color-danger)] - Validation messages.
 * @cssproperty [--spoc-feedback-radius=var(--spoc-border-radius)] - Corner radius.
 * @cssproperty [--spoc-feedback-gap=var(--spoc-spacing)] - Space between blocks.
 */
export class SpocFeedback extends SpocFormElement {
  static override styles = [SpocFormElement.styles, buttonStyles, styles];

  private readonly definitionLoader = new DefinitionController<FeedbackDefinition>(this, {
    schema: feedbackDefinitionSchema,
    translation: () => this.localize.t,
    required: false,
  });
  private readonly xapi = new XapiController(this, 'feedback');
  private readonly saved = new FeedbackState(this.xapi, (error) => this.reportStateError(error));

  @state() private answers: Answers = {};
  /** What was sent, and when (the read-only view shows these, not a later draft). */
  @state() private sent: { at: string; answers: Answers } | undefined;
  @state() private editing = false;
  @state() private showErrors = false;

  /** URL of a questionnaire JSON (else the standard set). */
  @property() src?: string;

  /** The questionnaire as an object (takes precedence over inline JSON and `src`). */
  @property({ attribute: false }) definition?: FeedbackDefinition;

  /** Id of the course module asked about (its activity is what is rated). */
  @property() module = '';

  /** `module` (default when `module` is set) or `course`: what the questionnaire is about. */
  @property() scope?: Scope;

  /** Answers go out under a pseudonym; only the fact of responding is identified. */
  @property({ type: Boolean, reflect: true }) anonymous = false;

  /**
   * The learner may change and send their answers again (default: once per registration). Ignored
   * in anonymous mode: a second anonymous response could not replace the first without linking them.
   */
  @property({ type: Boolean, attribute: 'allow-resubmit' }) allowResubmit = false;

  /** Explicit activity IRI of the questionnaire (else `<course-id>/feedback/<id>`, else from the page URL). */
  @property({ attribute: 'activity-id' }) activityId = '';

  /** The questionnaire shown: the validated definition, else the standard set; `undefined` while loading or invalid. */
  get questionnaire(): FeedbackDefinition | undefined {
    const loader = this.definitionLoader;
    if (loader.value) return loader.value;
    if (loader.loading || loader.error || !this.hasUpdated) return undefined;
    return defaultQuestionnaire(this.currentScope, this.module);
  }

  /** The answers as JSON (what a surrounding form submits): `{ id, answers }`. */
  get value(): string {
    return JSON.stringify({ id: this.questionnaire?.id, answers: this.answers });
  }

  /** Whether the answers were sent in this registration. */
  get submitted(): boolean {
    return this.sent !== undefined;
  }

  /** Resolves once the questionnaire and the saved answers are loaded. */
  get ready(): Promise<unknown> {
    return this.definitionLoader.complete.then(() => this.updateComplete).then(() => this.saved.restoring);
  }

  private get currentScope(): Scope {
    return this.scope ?? (this.module ? 'module' : 'course');
  }

  private get isAnonymous(): boolean {
    return this.anonymous || this.questionnaire?.anonymous === true;
  }

  private get text() {
    return catalogFor(strings, this.localize.lang);
  }

  protected override willUpdate(): void {
    const questionnaire = this.questionnaire;
    if (!questionnaire) return;
    this.saved.follow(this.xapi.activityId(questionnaire.id, this.activityId), this.isAnonymous, (saved) => {
      this.answers = saved?.answers ?? {};
      this.sent = saved?.sent;
      this.editing = false;
    });
    this.syncForm(questionnaire);
  }

  // --- answers and form value

  private syncForm(questionnaire: FeedbackDefinition): void {
    this.internals.setFormValue(this.value);
    const problems = this.sent && !this.editing ? [] : this.problems(questionnaire);
    const tooLong = problems.find(([, , kind]) => kind === 'too-long');
    if (tooLong) this.internals.setValidity({ tooLong: true }, tooLong[1]);
    else if (this.required && problems.length) this.internals.setValidity({ valueMissing: true }, this.text.incomplete);
    else this.internals.setValidity({});
  }

  /** @internal `form.reset()` clears answers not yet sent. */
  formResetCallback(): void {
    if (this.sent) return;
    this.showErrors = false;
    this.save({});
  }

  private save(answers: Answers): void {
    this.answers = answers;
    this.saved.save({ answers, ...(this.sent ? { sent: this.sent } : {}) });
    this.emit(new Event('input', { bubbles: true, composed: true }));
  }

  private setAnswer(entry: FeedbackItem, answer: Answer, change = true): void {
    this.save({ ...this.answers, [entry.id]: answer });
    if (change) this.emit(new Event('change', { bubbles: true, composed: true }));
  }

  private limits(entry: FeedbackItem) {
    return { min: entry.minLength ?? 0, max: entry.maxLength ?? DEFAULT_MAX_LENGTH };
  }

  /** What blocks sending, as `[item id, message, kind]`; a text over its limit is refused, never cut. */
  private problems(questionnaire: FeedbackDefinition): Problems {
    const t = this.text;
    const found: Problems = [];
    for (const entry of questionnaire.items) {
      const answer = this.answers[entry.id];
      if (entry.kind === 'text') {
        const length = lengthOf(typeof answer === 'string' ? answer.trim() : '');
        const { min, max } = this.limits(entry);
        if (length > max) found.push([entry.id, t.tooLong(this.localize.number(max), this.localize.number(length - max)), 'too-long']);
        else if (entry.required && length === 0) found.push([entry.id, t.writeAnswer, 'missing']);
        else if (length > 0 && length < min) found.push([entry.id, t.tooShort(this.localize.number(min)), 'too-short']);
      } else if (entry.required && !answered(answer)) {
        found.push([entry.id, entry.kind === 'multiple-choice' ? t.chooseAtLeastOne : t.chooseOne, 'missing']);
      }
    }
    return found;
  }

  private targets(questionnaire: FeedbackDefinition): FeedbackTargets {
    const lang = this.xapi.contentLang(questionnaire.lang);
    const course = this.xapi.course;
    const courseActivity: Activity | undefined = course
      ? { objectType: 'Activity', id: course.courseId, definition: { type: ACTIVITY_TYPES.course, ...(course.definition ? { name: languageMap(course.definition.title, lang)! } : {}) } }
      : undefined;
    let rated: Activity;
    if (this.currentScope === 'course' || !this.module) {
      rated = courseActivity ?? { objectType: 'Activity', id: pageIri(), definition: { type: ACTIVITY_TYPES.course } };
    } else {
      const title = course?.definition?.modules.find((m) => m.id === this.module)?.title;
      rated = {
        objectType: 'Activity',
        id: activityIdFor({ courseId: course?.courseId, kind: 'module', id: this.module }),
        definition: { type: ACTIVITY_TYPES.module, ...(title ? { name: languageMap(title, lang)! } : {}) },
      };
    }
    const name = languageMap(questionnaire.title, lang) ?? Object.fromEntries(Object.entries(strings).map(([code, s]) => [code, s.title(this.currentScope)]));
    return {
      survey: { objectType: 'Activity', id: this.xapi.activityId(questionnaire.id, this.activityId), definition: { type: ACTIVITY_TYPES.survey, name } },
      rated,
      course: courseActivity,
      lang,
    };
  }

  // --- handlers

  private handleText(entry: FeedbackItem, event: Event): void {
    this.setAnswer(entry, (event.target as HTMLTextAreaElement).value, false);
  }

  private handleToggle(entry: FeedbackItem, optionId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current = Array.isArray(this.answers[entry.id]) ? (this.answers[entry.id] as string[]) : [];
    if (entry.kind === 'choice') this.setAnswer(entry, [optionId]);
    else this.setAnswer(entry, checked ? [...current.filter((id) => id !== optionId), optionId] : current.filter((id) => id !== optionId));
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    const questionnaire = this.questionnaire;
    if (!questionnaire || this.disabled) return;
    if (this.problems(questionnaire).length) {
      this.showErrors = true;
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="error-summary"]')?.focus());
      return;
    }
    this.showErrors = false;
    this.send(questionnaire);
    this.sent = { at: new Date().toISOString(), answers: { ...this.answers } };
    this.editing = false;
    this.saved.save({ answers: this.answers, sent: this.sent });
    const score = overallScore(questionnaire, this.answers);
    this.emit(new SpocCompleteEvent(score ? { score } : {}));
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#thanks-title')?.focus());
  }

  private send(questionnaire: FeedbackDefinition): void {
    const targets = this.targets(questionnaire);
    const answers = answerStatements(questionnaire, this.answers, targets);
    if (this.isAnonymous) {
      // One pseudonym for this sending, never stored; the statements skip the tracker's enrichment.
      const actor = pseudonym(this.xapi.course?.courseId);
      const target = this.isConnected ? this : document;
      for (const partial of answers) this.xapi.tracker.deliverAnonymous(anonymousStatement(partial, actor), target);
    } else {
      for (const partial of answers) this.xapi.send(partial);
    }
    this.xapi.send(completedStatement(targets));
  }

  private handleChange(): void {
    this.editing = true;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('input, textarea')?.focus());
  }

  private focusItem(event: Event, id: string): void {
    event.preventDefault();
    this.shadowRoot?.querySelector<HTMLElement>(`#item-${CSS.escape(id)} input, #text-${CSS.escape(id)}`)?.focus();
  }

  // --- rendering

  private fieldError(id: string, problems: Problems): TemplateResult | typeof nothing {
    const problem = problems.find(([item, , kind]) => item === id && (this.showErrors || kind === 'too-long'));
    return problem ? html`<p part="field-error" id="error-${id}" role=${problem[2] === 'too-long' ? 'alert' : nothing}>${problem[1]}</p>` : nothing;
  }

  private prompt(entry: FeedbackItem): TemplateResult {
    const t = this.text;
    return html`${textOf(entry.prompt, this.localize.lang)} <span class="meta">(${entry.required ? t.required : t.optional})</span>`;
  }

  private renderScale(entry: FeedbackItem, problems: Problems, locked: boolean): TemplateResult {
    const { lang } = this.localize;
    const t = this.text;
    const { min, max } = scaleOf(entry);
    const invalid = this.showErrors && problems.some(([id]) => id === entry.id);
    const chosen = this.answers[entry.id];
    const stars = entry.kind === 'rating' && (entry.style ?? 'stars') === 'stars';
    const minLabel = textOf(entry.labels?.min, lang) || (entry.kind === 'nps' ? t.npsMin : '');
    const maxLabel = textOf(entry.labels?.max, lang) || (entry.kind === 'nps' ? t.npsMax : '');
    const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    const n = (value: number) => this.localize.number(value);
    return html`<fieldset part="item" id="item-${entry.id}" class=${stars ? 'stars' : 'numbers'} ?disabled=${locked} aria-invalid=${invalid ? 'true' : nothing} aria-describedby=${invalid ? `error-${entry.id}` : nothing}>
      <legend part="item-prompt">${this.prompt(entry)}</legend>
      ${this.fieldError(entry.id, problems)}
      <div part="scale">
        ${points.map((value) => {
          const end = value === min ? minLabel : value === max ? maxLabel : '';
          const label = entry.kind === 'nps' ? t.npsPoint(n(value), end) : t.ratingPoint(n(value), n(max), end);
          const selected = chosen === value;
          const filled = stars && typeof chosen === 'number' && value <= chosen;
          return html`<label part="point${selected ? ' point-selected' : ''}" class=${filled ? 'filled' : ''}>
            <input
              class="visually-hidden"
              type="radio"
              name="item-${entry.id}"
              value=${value}
              aria-label=${label}
              .checked=${selected}
              @change=${() => this.setAnswer(entry, value)}
            />${stars ? star : html`<span aria-hidden="true">${n(value)}</span>`}
          </label>`;
        })}
      </div>
      ${minLabel || maxLabel ? html`<p part="scale-labels" aria-hidden="true"><span>${minLabel}</span><span>${maxLabel}</span></p>` : nothing}
    </fieldset>`;
  }

  private renderChoice(entry: FeedbackItem, problems: Problems, locked: boolean): TemplateResult {
    const { lang } = this.localize;
    const chosen = Array.isArray(this.answers[entry.id]) ? (this.answers[entry.id] as string[]) : [];
    const invalid = this.showErrors && problems.some(([id]) => id === entry.id);
    const type = entry.kind === 'choice' ? 'radio' : 'checkbox';
    return html`<fieldset part="item" id="item-${entry.id}" ?disabled=${locked} aria-invalid=${invalid ? 'true' : nothing} aria-describedby=${invalid ? `error-${entry.id}` : nothing}>
      <legend part="item-prompt">${this.prompt(entry)}</legend>
      ${this.fieldError(entry.id, problems)}
      ${(entry.options ?? []).map(
        (o) => html`<label part="option${chosen.includes(o.id) ? ' option-selected' : ''}">
          <input type=${type} name="item-${entry.id}" value=${o.id} .checked=${chosen.includes(o.id)} @change=${(event: Event) => this.handleToggle(entry, o.id, event)} />
          <span>${textOf(o.label, lang)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderText(entry: FeedbackItem, problems: Problems, locked: boolean): TemplateResult {
    const t = this.text;
    const value = typeof this.answers[entry.id] === 'string' ? (this.answers[entry.id] as string) : '';
    const { max } = this.limits(entry);
    const problem = problems.find(([id, , kind]) => id === entry.id && (this.showErrors || kind === 'too-long'));
    const over = lengthOf(value.trim()) > max;
    return html`<div part="item" class="text-item" id="item-${entry.id}">
      <label for="text-${entry.id}" part="item-prompt">${this.prompt(entry)}</label>
      <textarea
        part="text"
        id="text-${entry.id}"
        rows=${entry.rows ?? 4}
        ?disabled=${locked}
        ?required=${entry.required}
        .value=${value}
        aria-invalid=${problem ? 'true' : nothing}
        aria-describedby=${problem ? `error-${entry.id} count-${entry.id}` : `count-${entry.id}`}
        @input=${(event: Event) => this.handleText(entry, event)}
      ></textarea>
      <p part="counter${over ? ' counter-over' : ''}" id="count-${entry.id}" class="meta">${t.characters(this.localize.number(lengthOf(value.trim())), this.localize.number(max))}</p>
      ${this.fieldError(entry.id, problems)}
    </div>`;
  }

  private renderForm(questionnaire: FeedbackDefinition): TemplateResult {
    const t = this.text;
    const problems = this.problems(questionnaire);
    const locked = this.disabled;
    return html`<form novalidate @submit=${this.handleSubmit} aria-labelledby="title">
      ${this.showErrors && problems.length
        ? html`<div part="error-summary" role="alert" tabindex="-1">
            <p>${t.errorSummary(problems.length)}</p>
            <ul>
              ${problems.map(([id, message]) => {
                const entry = questionnaire.items.find((i) => i.id === id)!;
                return html`<li><a href="#item-${id}" @click=${(e: Event) => this.focusItem(e, id)}>${textOf(entry.prompt, this.localize.lang)} — ${message}</a></li>`;
              })}
            </ul>
          </div>`
        : nothing}
      ${questionnaire.items.map((entry) => {
        switch (entry.kind) {
          case 'rating':
          case 'nps':
            return this.renderScale(entry, problems, locked);
          case 'choice':
          case 'multiple-choice':
            return this.renderChoice(entry, problems, locked);
          case 'text':
            return this.renderText(entry, problems, locked);
        }
      })}
      <button part="button submit-button" type="submit" ?disabled=${locked}>${t.submit}</button>
    </form>`;
  }

  private renderThanks(questionnaire: FeedbackDefinition): TemplateResult {
    const { lang } = this.localize;
    const t = this.text;
    const n = (value: number) => this.localize.number(value);
    const sent = this.sent?.answers ?? this.answers;
    return html`<section part="thanks" aria-labelledby="thanks-title">
      <h3 id="thanks-title" tabindex="-1">${textOf(questionnaire.thanks, lang) || t.thanks}</h3>
      <h4>${t.yourAnswers}</h4>
      <dl part="answers">
        ${questionnaire.items.map(
          (entry) => html`<dt>${textOf(entry.prompt, lang)}</dt>
            <dd>${answerText(entry, sent[entry.id], lang, n) || html`<span class="meta">${t.noAnswer}</span>`}</dd>`,
        )}
      </dl>
      ${this.allowResubmit && !this.isAnonymous ? html`<button part="button change-button" type="button" ?disabled=${this.disabled} @click=${this.handleChange}>${t.change}</button>` : nothing}
    </section>`;
  }

  override render() {
    const error = this.definitionLoader.error;
    if (error) return this.renderError(error);
    const questionnaire = this.questionnaire;
    if (!questionnaire) return html`<div part="base" aria-busy="true"><p>${this.localize.t.loading}</p></div>`;
    const { lang } = this.localize;
    const t = this.text;
    const sent = this.sent !== undefined && !this.editing;
    return html`<div part="base" lang=${lang}>
      <h2 part="title" id="title">${textOf(questionnaire.title, lang) || t.title(this.currentScope)}</h2>
      ${questionnaire.intro && !sent ? html`<p part="intro">${textOf(questionnaire.intro, lang)}</p>` : nothing}
      ${this.isAnonymous && !sent ? html`<p part="anonymous-note">${t.anonymousNote}</p>` : nothing}
      ${sent ? this.renderThanks(questionnaire) : this.renderForm(questionnaire)}
    </div>`;
  }
}

SpocFeedback.define('spoc-feedback');

// This entry alone (`spoc-elements/feedback.js`) types its definition and its events' global declarations.
export type { FeedbackDefinition } from './feedback.schema.js';
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-feedback': SpocFeedback;
  }
}
