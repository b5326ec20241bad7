import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { ResumeState } from '../../controllers/resume-state.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import { SpocAnswerEvent } from '../../events/spoc-answer.js';
import { SpocCompleteEvent } from '../../events/spoc-complete.js';
import type { SpocErrorDetail, SpocIssue } from '../../events/spoc-error.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { iriSchema, langOf, languageMap, textOf } from '../../internal/validation.js';
import { isoDuration } from '../../xapi/ids.js';
import type { Activity } from '../../xapi/statement.js';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from '../../xapi/vocabulary.js';
import { describeResponse, describeSolution, renderQuestionInputs, richText } from './quiz-question.js';
import { evaluate, interactionDefinition, isAnswered, parseDecimal, seededShuffle, totalScore, type Evaluation, type QuizResponse } from './quiz-scoring.js';
import { quizDefinitionSchema, type Question, type QuizDefinition } from './quiz.schema.js';
import buttonStyles from '../../styles/button.styles.js';
import styles from './quiz.styles.js';
import { addStrings } from '../../i18n/index.js';
import { quizStrings } from '../../i18n/strings/quiz.js';

// This element's strings travel with it (a page downloads the strings of the elements it uses).
addStrings(quizStrings);

/** One attempt, as kept for resume (local store, and the LRS State resource when configured). */
interface Attempt {
  attempt: number;
  /** Epoch ms when the learner started; absent until the first answer (or the start button). */
  startedAt?: number;
  questionOrder: string[];
  /** Shown order of choices / sequence items / matching targets, per question. */
  orders: Record<string, string[]>;
  responses: Record<string, QuizResponse>;
  checked: Record<string, Evaluation>;
  page: number;
  finished: boolean;
  /** Epoch ms of the last check (the next question's time starts there). */
  lastCheckAt?: number;
  timedOut?: boolean;
  durationMs?: number;
}

const STATE_ID = 'https://w3id.org/spoc-elements/state/quiz-attempt';

/**
 * A long quiz on one page is drawn in batches: the first questions at once (what the learner sees
 * first), the rest a batch per task after it, so no single task builds hundreds of questions.
 */
const FIRST_BATCH = 4;
const NEXT_BATCH = 25;

type Kind = 'correct' | 'partial' | 'incorrect';
const kindOf = (evaluation: Evaluation): Kind => (evaluation.correct ? 'correct' : evaluation.fraction > 0 ? 'partial' : 'incorrect');
/** One symbol per verdict, the same in the feedback and in the review. */
const SYMBOLS: Record<Kind, string> = { correct: '✓', partial: '◐', incorrect: '✗' };

/**
 * @summary A quiz from JSON: the learner answers each question (seven types), checks it and gets
 * feedback, then sees a results view with the score and, when attempts remain, can try again.
 * Every answer is an xAPI `answered` statement; the attempt is `attempted`, `completed` and
 * `passed` / `failed`. Answers in progress survive a reload.
 *
 * @tag spoc-quiz
 * @status experimental
 * @since 0.1
 *
 * @event {SpocAnswerDetail} spoc-answer - A question was checked. `detail: { questionId, response, correct, score: { raw, max, scaled } }`.
 * @event {SpocCompleteDetail} spoc-complete - The attempt is finished. `detail: { score: { raw, min, max, scaled }, passed?, attempt, duration }`.
 * @event {SpocStatementDetail} spoc-statement - Every xAPI statement, complete as sent. `detail: { statement }`.
 * @event {SpocErrorDetail} spoc-error - Invalid definition, unreachable `src`, invalid JSON, an invalid `pass-score` or `activity-id` (`invalid-attribute`). `detail: { code, message, issues? }`.
 *
 * @csspart base - The quiz.
 * @csspart header - Title, description, attempt and timer.
 * @csspart title - The quiz title.
 * @csspart timer - The countdown (with a time limit).
 * @csspart question - One question.
 * @csspart prompt - A question's prompt.
 * @csspart choices - The choices of a choice / multiple-response / true-false question.
 * @csspart choice - One choice (label with its input); `choice-selected` when chosen; after a check `choice-right` (the right answer, when shown) and `choice-wrong` (chosen, not right).
 * @csspart choice-mark - The text and icon that mark a choice after a check ("✗ your answer, incorrect", "✓ right answer").
 * @csspart input - Text fields and selects.
 * @csspart sequence - The list of a sequencing question; `sequence-item` each item; `move-button` its buttons.
 * @csspart matches - The pairs of a matching question; `match` each (`match-right` / `match-wrong` after a check); `match-select` its select; `match-mark` the text that marks it.
 * @csspart gap - A fill-in gap (`gap-right` / `gap-wrong` after a check); `gap-mark` its icon and text.
 * @csspart feedback - Feedback after checking (`feedback-correct`, `feedback-incorrect`, `feedback-partial`); focused after the check.
 * @csspart solution - The right answer shown after checking.
 * @csspart button - Every button; also `check-button`, `nav-button`, `finish-button`, `retry-button`, `start-button`.
 * @csspart results - The results view; `score`, `verdict`, `overall-feedback`, `review` (a table: question, answer, result), `review-item` each row (`review-correct`, `review-partial`, `review-incorrect`).
 * @csspart finish-hint - Says why "See my results" is not offered yet (questions left to check).
 * @csspart error - The error view for an invalid definition.
 *
 * @cssproperty [--spoc-quiz-accent-color=var(--spoc-color-accent)] - Buttons, focus and selected choices.
 * @cssproperty [--spoc-quiz-correct-color=var(--spoc-color-success)] - Correct feedback.
 * @cssproperty [--spoc-quiz-incorrect-color=var(--spoc-color-danger)] - Incorrect feedback.
 * @cssproperty [--spoc-quiz-background=var(--spoc-color-surface)] - Background of the quiz.
 * @cssproperty [--spoc-quiz-border-color=var(--spoc-color-border)] - Borders of questions and choices.
 * @cssproperty [--spoc-quiz-radius=var(--spoc-border-radius)] - Corner radius.
 * @cssproperty [--spoc-quiz-gap=var(--spoc-spacing)] - Space between questions.
 */
export class SpocQuiz extends SpocElement {
  static override styles = [SpocElement.styles, buttonStyles, styles];

  private readonly definitionLoader = new DefinitionController<QuizDefinition>(this, {
    schema: quizDefinitionSchema,
    translation: () => this.localize.t,
  });
  private readonly xapi = new XapiController(this, 'quiz');
  private timer?: ReturnType<typeof setInterval>;
  /** The attempt in progress, kept for this learner and registration (a reload resumes it). */
  private readonly resume = new ResumeState<Attempt>(this.xapi, STATE_ID, (error) => this.reportStateError(error));

  @state() private current?: Attempt;
  @state() private notice = '';
  /** The last sequencing move, announced politely: `questionId|text`. */
  @state() private moveNotice = '';
  /** When the current question became the learner's task in this session (shown, page turned). */
  private shownAt?: number;
  /** The attribute problem last reported, so `spoc-error` fires once per bad value. */
  private reportedAttributes = '';
  /** How many questions of an all-on-one-page quiz are drawn so far (see FIRST_BATCH), and of which quiz. */
  private drawn = FIRST_BATCH;
  private drawnQuiz?: QuizDefinition;
  private nextBatch?: ReturnType<typeof setTimeout>;

  /** URL of the quiz definition JSON. */
  @property() src?: string;

  /** The quiz definition as an object (takes precedence over inline JSON and `src`). */
  @property({ attribute: false }) definition?: QuizDefinition;

  /** Explicit activity IRI for the quiz (else `<course-id>/quiz/<id>`, else from the page URL). */
  @property({ attribute: 'activity-id' }) activityId = '';

  /** Id of the course module this quiz belongs to (adds the module to `grouping`). */
  @property() module = '';

  /**
   * Pass mark 0–1; overrides the definition's `passScore`. Anything else (`abc`, `1.5`, `80%`)
   * shows the error view naming `pass-score` and fires `spoc-error`: no statement is sent.
   */
  @property({
    attribute: 'pass-score',
    converter: { fromAttribute: (value: string | null) => (value === null ? undefined : value.trim() === '' ? Number.NaN : Number(value.trim())) },
  })
  passScore?: number;

  /** Where the quiz stands: `not-started`, `in-progress` or `completed` (reflected for CSS). */
  @property({ reflect: true }) status: 'not-started' | 'in-progress' | 'completed' = 'not-started';

  /**
   * The clock the quiz reads (time limit, durations). Replace it to control time in tests.
   * @internal
   */
  clock: { now(): number } = { now: () => Date.now() };

  /** The validated quiz definition, once loaded. */
  get quiz(): QuizDefinition | undefined {
    return this.definitionLoader.value;
  }

  /** Resolves once the definition and the saved attempt are loaded, and every question is drawn. */
  get ready(): Promise<unknown> {
    // The saved document is asked for in the update that follows the definition: wait for it.
    return this.definitionLoader.complete
      .then(() => this.updateComplete)
      .then(() => this.resume.restoring)
      .then(() => this.allDrawn());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // While the definition downloads (the course's context is known by now).
    this.resume.prepare();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
    clearTimeout(this.nextBatch);
    this.nextBatch = undefined;
  }

  protected override updated(): void {
    this.drawNextBatch();
  }

  /**
   * Questions left to draw: the next batch in a task of its own. The first batch is painted before
   * the second is drawn (after the next frame, or a moment later in a page that draws no frames).
   */
  private drawNextBatch(): void {
    if (this.nextBatch || !this.drawingQuestions() || !this.isConnected) return;
    const draw = () => {
      if (this.nextBatch !== timer) return;
      clearTimeout(timer);
      this.nextBatch = undefined;
      this.drawn += NEXT_BATCH;
      this.requestUpdate();
    };
    const first = this.drawn === FIRST_BATCH;
    const timer = setTimeout(draw, first ? 100 : 0);
    this.nextBatch = timer;
    if (first) requestAnimationFrame(() => setTimeout(draw));
  }

  /** Whether the questions on one page are shown and some are not drawn yet. */
  private drawingQuestions(): boolean {
    const quiz = this.quiz;
    const attempt = this.current;
    if (!quiz || !attempt || attempt.finished || quiz.layout === 'paged' || this.attributeError || this.definitionLoader.error) return false;
    const needsStart = !!quiz.timeLimit && !attempt.startedAt;
    return !needsStart && this.drawn < quiz.questions.length;
  }

  private async allDrawn(): Promise<void> {
    while (this.drawingQuestions() && this.isConnected) {
      await new Promise((resolve) => setTimeout(resolve));
      await this.updateComplete;
    }
  }

  /** Problems with the attributes (`pass-score`, `activity-id`), each with the attribute as its path. */
  private attributeIssues(): SpocIssue[] {
    const t = this.localize.t;
    const issues: SpocIssue[] = [];
    const passScore = this.passScore;
    if (passScore !== undefined && passScore !== null && !(typeof passScore === 'number' && Number.isFinite(passScore) && passScore >= 0 && passScore <= 1)) {
      issues.push({ path: 'pass-score', code: 'invalid-attribute', message: t.quiz.passScoreIssue(this.getAttribute('pass-score') ?? String(passScore)) });
    }
    if (this.activityId && !iriSchema.safeParse(this.activityId).success) {
      issues.push({ path: 'activity-id', code: 'invalid-attribute', message: t.issues['not-an-iri'] });
    }
    return issues;
  }

  private get attributeError(): SpocErrorDetail | undefined {
    const issues = this.attributeIssues();
    return issues.length ? { code: 'invalid-attribute', message: this.localize.t.quiz.invalidAttribute, issues } : undefined;
  }

  protected override willUpdate(): void {
    const attributeError = this.attributeError;
    const signature = attributeError ? JSON.stringify(attributeError.issues) : '';
    if (signature !== this.reportedAttributes) {
      this.reportedAttributes = signature;
      if (attributeError) this.reportError(attributeError);
    }
    if (attributeError) {
      this.stopTimer();
      return;
    }
    const quiz = this.quiz;
    if (!quiz) return;
    if (quiz !== this.drawnQuiz) {
      this.drawnQuiz = quiz;
      this.drawn = FIRST_BATCH;
    }
    this.resume.follow(this.quizActivityId(quiz), (saved) => {
      this.current = saved && saved.questionOrder?.length === quiz.questions.length ? saved : this.newAttempt(quiz, 1);
      this.shownAt = this.clock.now();
    });
    const attempt = this.current;
    if (attempt) this.status = attempt.finished ? 'completed' : attempt.startedAt ? 'in-progress' : 'not-started';
    if (attempt && !attempt.finished && attempt.startedAt && this.deadline(quiz, attempt) !== undefined) {
      if (this.remainingMs(quiz, attempt) <= 0) queueMicrotask(() => this.finish(true));
      else this.startTimer();
    } else {
      this.stopTimer();
    }
  }

  // --- attempt state

  private quizActivityId(quiz: QuizDefinition): string {
    return this.xapi.activityId(quiz.id, this.activityId);
  }

  private newAttempt(quiz: QuizDefinition, attempt: number): Attempt {
    const seed = `${this.xapi.tracker.registration}|${this.quizActivityId(quiz)}|${attempt}`;
    const ids = quiz.questions.map((q) => q.id);
    const orders: Record<string, string[]> = {};
    for (const question of quiz.questions) {
      const shuffle = question.shuffle ?? quiz.shuffleChoices ?? false;
      const ids = (list: ReadonlyArray<{ id: string }>) => list.map((item) => item.id);
      if ((question.type === 'choice' || question.type === 'multiple-response') && shuffle) {
        orders[question.id] = seededShuffle(ids(question.choices), `${seed}|${question.id}`);
      } else if (question.type === 'matching' && shuffle) {
        orders[question.id] = seededShuffle(ids(question.target), `${seed}|${question.id}`);
      } else if (question.type === 'sequencing') {
        // Always shown out of order (never already solved).
        const right = ids(question.items);
        let order = seededShuffle(right, `${seed}|${question.id}`);
        if (order.join() === right.join()) order = [...order.slice(1), order[0]!];
        orders[question.id] = order;
      }
    }
    return {
      attempt,
      questionOrder: quiz.shuffleQuestions ? seededShuffle(ids, seed) : ids,
      orders,
      responses: {},
      checked: {},
      page: 0,
      finished: false,
    };
  }

  private save(next: Attempt): void {
    this.current = next;
    this.resume.save(next);
  }

  /** The learner's response; a sequence left as shown counts as answered in that order. */
  private responseOf(attempt: Attempt, question: Question): QuizResponse | undefined {
    return attempt.responses[question.id] ?? (question.type === 'sequencing' ? attempt.orders[question.id] : undefined);
  }

  private get passMark(): number | undefined {
    const own = this.passScore;
    return own !== undefined && own !== null && Number.isFinite(own) ? own : this.quiz?.passScore;
  }

  private maxAttempts(quiz: QuizDefinition): number {
    return quiz.attempts ?? 0;
  }

  private deadline(quiz: QuizDefinition, attempt: Attempt): number | undefined {
    return quiz.timeLimit && attempt.startedAt ? attempt.startedAt + quiz.timeLimit * 1000 : undefined;
  }

  private remainingMs(quiz: QuizDefinition, attempt: Attempt): number {
    const deadline = this.deadline(quiz, attempt);
    return deadline === undefined ? Number.POSITIVE_INFINITY : Math.max(0, deadline - this.clock.now());
  }

  private startTimer(): void {
    this.timer ??= setInterval(() => this.requestUpdate(), 1000);
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  // --- xAPI

  private quizActivity(quiz: QuizDefinition): Activity {
    const lang = this.xapi.contentLang(quiz.lang);
    const definition: Activity['definition'] = { type: ACTIVITY_TYPES.assessment };
    const name = languageMap(quiz.title, lang);
    if (name) definition.name = name;
    const description = languageMap(quiz.description, lang);
    if (description) definition.description = description;
    return { objectType: 'Activity', id: this.quizActivityId(quiz), definition };
  }

  private attemptContext(quiz: QuizDefinition, attempt: Attempt, parent?: Activity) {
    return {
      contextActivities: this.xapi.contextActivities({ parent: parent ? [parent] : [], module: this.module || undefined }),
      extensions: { [EXTENSIONS.spoc.attempt]: attempt.attempt },
      language: this.xapi.contentLang(quiz.lang),
    };
  }

  /** Starts the attempt (first answer, or the start button of a timed quiz): `attempted`. */
  private begin(attempt: Attempt): Attempt {
    const quiz = this.quiz!;
    if (attempt.startedAt) return attempt;
    const started = { ...attempt, startedAt: this.clock.now() };
    this.xapi.send({ verb: VERBS.attempted, object: this.quizActivity(quiz), context: this.attemptContext(quiz, started) });
    return started;
  }

  // --- handlers

  private handleStart() {
    this.shownAt = this.clock.now();
    if (this.current) this.save(this.begin(this.current));
    // The start button is gone: focus the first question.
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="prompt"]')?.focus());
  }

  private handleResponse(question: Question, update: (current: QuizResponse | undefined) => QuizResponse) {
    const attempt = this.current;
    if (!attempt || attempt.finished || attempt.checked[question.id]) return;
    this.notice = '';
    const started = this.begin(attempt);
    this.save({ ...started, responses: { ...started.responses, [question.id]: update(started.responses[question.id]) } });
  }

  private handleCheck(question: Question) {
    const quiz = this.quiz;
    const attempt = this.current;
    if (!quiz || !attempt || attempt.finished) return;
    const response = this.responseOf(attempt, question);
    const t = this.localize.t;
    if (!isAnswered(question, response)) {
      this.notice = `${question.id}|${t.quiz.answerRequired}`;
      return;
    }
    if (question.type === 'numeric' && Number.isNaN(parseDecimal(response as string))) {
      this.notice = `${question.id}|${t.quiz.invalidNumber}`;
      return;
    }
    this.notice = '';
    this.moveNotice = '';
    const evaluation = evaluate(question, response);
    const lang = this.xapi.contentLang(quiz.lang);
    // Time on this question: since it became the learner's task (the quiz shown in this session,
    // the page turned, or the previous check), whichever came last.
    const now = this.clock.now();
    const since = Math.max(this.shownAt ?? now, attempt.lastCheckAt ?? 0);
    const parent = this.quizActivity(quiz);
    this.xapi.send({
      verb: VERBS.answered,
      object: { objectType: 'Activity', id: `${parent.id}/question/${encodeURIComponent(question.id)}`, definition: interactionDefinition(question, lang) },
      result: {
        response: evaluation.response,
        success: evaluation.correct,
        score: { raw: evaluation.points, min: 0, max: evaluation.max, scaled: Math.round(evaluation.fraction * 10000) / 10000 },
        duration: isoDuration(Math.max(0, now - since)),
      },
      context: this.attemptContext(quiz, attempt, { id: parent.id, definition: parent.definition! }),
    });
    this.emit(
      new SpocAnswerEvent({
        questionId: question.id,
        response: evaluation.response,
        correct: evaluation.correct,
        score: { raw: evaluation.points, max: evaluation.max, scaled: evaluation.fraction },
      }),
    );
    this.save({ ...attempt, checked: { ...attempt.checked, [question.id]: evaluation }, lastCheckAt: now });
    // The check button is gone: focus goes to what the learner needs next, the feedback.
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`[data-question="${CSS.escape(question.id)}"] [part~="feedback"]`)?.focus());
  }

  /** A sequencing item moved: focus stays on that item's button, and the move is announced. */
  private handleMoved(question: Question, itemId: string, label: string, index: number, total: number, direction: 'up' | 'down') {
    this.moveNotice = `${question.id}|${this.localize.t.quiz.moved(label, index + 1, total)}`;
    void this.updateComplete.then(() => {
      const item = this.shadowRoot?.querySelector(`[data-question="${CSS.escape(question.id)}"] [part~="sequence-item"][data-id="${CSS.escape(itemId)}"]`);
      const same = item?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]`);
      const other = item?.querySelector<HTMLButtonElement>(`[data-move="${direction === 'up' ? 'down' : 'up'}"]`);
      (same && !same.disabled ? same : other)?.focus();
    });
  }

  private handlePage(page: number) {
    this.shownAt = this.clock.now();
    if (this.current) this.save({ ...this.current, page });
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="prompt"]')?.focus());
  }

  private handleFinish() {
    this.finish(false);
  }

  private handleRetry() {
    const quiz = this.quiz;
    const attempt = this.current;
    if (!quiz || !attempt) return;
    const max = this.maxAttempts(quiz);
    if (max && attempt.attempt >= max) return;
    this.shownAt = this.clock.now();
    this.drawn = FIRST_BATCH; // a long quiz is drawn again a batch at a time
    this.save(this.newAttempt(quiz, attempt.attempt + 1));
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLElement>('[part~="question"] input, [part~="question"] select, [part~="question"] button:not([disabled]), [part~="start-button"]')?.focus(),
    );
  }

  /** Ends the attempt: `completed` with the score, then `passed` / `failed` with a pass mark. */
  private finish(timedOut: boolean): void {
    const quiz = this.quiz;
    const attempt = this.current;
    if (!quiz || !attempt || attempt.finished) return;
    const started = this.begin(attempt);
    const evaluations = new Map(Object.entries(started.checked));
    const score = totalScore(quiz.questions, evaluations);
    const durationMs = Math.max(0, this.clock.now() - (started.startedAt ?? this.clock.now()));
    const duration = isoDuration(durationMs);
    const passMark = this.passMark;
    const passed = passMark === undefined ? undefined : score.scaled >= passMark;
    const object = this.quizActivity(quiz);
    const context = this.attemptContext(quiz, started);
    this.xapi.send({
      verb: VERBS.completed,
      object,
      result: { score, completion: true, duration, ...(passed === undefined ? {} : { success: passed }) },
      context,
    });
    if (passed !== undefined) {
      this.xapi.send({ verb: passed ? VERBS.passed : VERBS.failed, object, result: { score, success: passed, duration }, context });
    }
    this.save({ ...started, finished: true, timedOut, durationMs });
    this.stopTimer();
    this.emit(new SpocCompleteEvent({ score, ...(passed === undefined ? {} : { passed }), attempt: started.attempt, duration }));
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="results"] h3')?.focus());
  }

  // --- rendering

  /** Correct, incorrect or partly correct, as the feedback and the review both say it. */
  private verdictText(evaluation: Evaluation): string {
    const { t } = this.localize;
    const kind = kindOf(evaluation);
    return kind === 'correct' ? t.quiz.correct : kind === 'partial' ? t.quiz.partial(this.localize.percent(evaluation.fraction)) : t.quiz.incorrect;
  }

  /** A score for people: at most one decimal ("6,2", never "6,167"). */
  private points(value: number): string {
    return this.localize.number(value, { maximumFractionDigits: 1 });
  }

  private renderFeedback(question: Question, evaluation: Evaluation, attempt: Attempt, quiz: QuizDefinition): TemplateResult {
    const { t } = this.localize;
    const shown = this.localize.lang;
    const kind = kindOf(evaluation);
    const verdict = this.verdictText(evaluation);
    const own = question.feedback?.[kind] ?? (kind === 'partial' ? question.feedback?.incorrect : undefined);
    const response = this.responseOf(attempt, question);
    const chosen =
      question.type === 'choice' || question.type === 'multiple-response'
        ? question.choices.filter((c) => c.feedback && (Array.isArray(response) ? response.includes(c.id) : response === c.id))
        : [];
    const showSolution = !evaluation.correct && (question.showSolution ?? quiz.showSolution ?? true);
    // Focused after the check (tabindex=-1), and read out then: not also a live region.
    return html`<div part="feedback feedback-${kind}" role="group" aria-label=${t.quiz.feedbackLabel} tabindex="-1">
      <p class="verdict"><span aria-hidden="true">${SYMBOLS[kind]}</span> ${verdict}</p>
      ${own ? html`<p>${textOf(own, shown)}</p>` : nothing}
      ${chosen.map((c) => html`<p part="choice-feedback">${textOf(c.text, shown)} — ${textOf(c.feedback, shown)}</p>`)}
      ${showSolution
        ? html`<p part="solution"><strong>${t.quiz.solution}</strong> ${describeSolution(question, shown, t, (n) => this.localize.number(n))}</p>
            ${question.explanation ? html`<p part="explanation">${textOf(question.explanation, shown)}</p>` : nothing}`
        : nothing}
    </div>`;
  }

  private renderQuestion(quiz: QuizDefinition, attempt: Attempt, question: Question, index: number): TemplateResult {
    const { t } = this.localize;
    const shown = this.localize.lang;
    const promptLang = langOf(question.prompt, shown, this.xapi.contentLang(quiz.lang));
    const evaluation = attempt.checked[question.id];
    const locked = !!evaluation || attempt.finished;
    const promptId = `prompt-${question.id}`;
    const [noticeFor, noticeText] = this.notice.split('|');
    const [moveFor, moveText] = this.moveNotice.split('|');
    const usesGroup = question.type === 'choice' || question.type === 'multiple-response' || question.type === 'true-false';
    const body = renderQuestionInputs({
      question,
      response: attempt.responses[question.id],
      locked,
      order: attempt.orders[question.id],
      lang: shown,
      t,
      onChange: (update) => this.handleResponse(question, update),
      onMoved: (itemId, label, index, total, direction) => this.handleMoved(question, itemId, label, index, total, direction),
      checked: evaluation,
      showSolution: !!evaluation && (question.showSolution ?? quiz.showSolution ?? true),
    });
    // A group, not a landmark: a page with quizzes would otherwise list every question as a region.
    // Choice questions are named once, by their radiogroup / group below.
    return html`<div part="question" data-question=${question.id} role=${usesGroup ? nothing : 'group'} aria-labelledby=${usesGroup ? nothing : promptId}>
      <p class="question-number">${t.quiz.questionOf(index + 1, quiz.questions.length)}</p>
      <div part="prompt" id=${promptId} tabindex="-1" lang=${promptLang}>${richText(question.prompt, question.html, shown)}</div>
      ${usesGroup ? html`<div role=${question.type === 'multiple-response' ? 'group' : 'radiogroup'} aria-labelledby=${promptId}>${body}</div>` : body}
      <div class="live" role="status">
        ${noticeFor === question.id ? html`<p part="notice">${noticeText}</p>` : nothing}
        ${moveFor === question.id ? html`<p class="visually-hidden">${moveText}</p>` : nothing}
      </div>
      ${evaluation ? this.renderFeedback(question, evaluation, attempt, quiz) : nothing}
      ${locked ? nothing : html`<button part="button check-button" type="button" @click=${() => this.handleCheck(question)}>${t.quiz.check}</button>`}
    </div>`;
  }

  private renderTimer(quiz: QuizDefinition, attempt: Attempt): TemplateResult | typeof nothing {
    if (!quiz.timeLimit || !attempt.startedAt || attempt.finished) return nothing;
    const seconds = Math.ceil(this.remainingMs(quiz, attempt) / 1000);
    const { t } = this.localize;
    // role=timer is not announced every second; the last minute is announced once, politely.
    return html`<p part="timer" role="timer" aria-live="off">${t.quiz.timeLeft(this.localize.clock(seconds))}</p>
      <p class="visually-hidden" role="status">${seconds <= 60 ? t.quiz.timeLeft(this.localize.duration(60, 'long')) : ''}</p>`;
  }

  private renderHeader(quiz: QuizDefinition, attempt: Attempt): TemplateResult {
    const { t } = this.localize;
    const shown = this.localize.lang;
    const contentLang = this.xapi.contentLang(quiz.lang);
    const max = this.maxAttempts(quiz);
    const answered = Object.keys(attempt.checked).length;
    // Not <header>: at the top of a shadow tree it would be a second banner landmark on the page.
    return html`<div part="header">
      ${quiz.title ? html`<h2 part="title" lang=${langOf(quiz.title, shown, contentLang)}>${textOf(quiz.title, shown)}</h2>` : nothing}
      ${quiz.description ? html`<p part="description" lang=${langOf(quiz.description, shown, contentLang)}>${textOf(quiz.description, shown)}</p>` : nothing}
      <p part="meta">
        <span>${t.quiz.attempt(attempt.attempt, max)}</span>
        <span>${t.quiz.progress(answered, quiz.questions.length)}</span>
        ${this.passMark !== undefined ? html`<span>${t.quiz.passMark(this.localize.percent(this.passMark))}</span>` : nothing}
      </p>
      ${this.renderTimer(quiz, attempt)}
    </div>`;
  }

  private renderResults(quiz: QuizDefinition, attempt: Attempt): TemplateResult {
    const { t } = this.localize;
    const shown = this.localize.lang;
    const score = totalScore(quiz.questions, new Map(Object.entries(attempt.checked)));
    const passMark = this.passMark;
    const passed = passMark === undefined ? undefined : score.scaled >= passMark;
    const overall = quiz.feedback?.find((range) => score.scaled >= range.min && (range.max === undefined || score.scaled < range.max || range.max === 1));
    const max = this.maxAttempts(quiz);
    const canRetry = !max || attempt.attempt < max;
    const questions = attempt.questionOrder.map((id) => quiz.questions.find((q) => q.id === id)!).filter(Boolean);
    // Named after the quiz too: a page with several quizzes has several results regions.
    const title = quiz.title ? textOf(quiz.title, shown) : '';
    return html`<section part="results" aria-label=${title ? `${t.quiz.results} — ${title}` : t.quiz.results}>
      <h3 id="results-title" tabindex="-1">${t.quiz.results}</h3>
      ${attempt.timedOut ? html`<p part="notice" role="status">${t.quiz.timeUp}</p>` : nothing}
      <p part="score">${t.quiz.score(this.points(score.raw), this.points(score.max), this.localize.percent(score.scaled))}</p>
      ${passed === undefined ? nothing : html`<p part="verdict verdict-${passed ? 'passed' : 'failed'}">${passed ? t.quiz.passed : t.quiz.failed}</p>`}
      ${overall ? html`<p part="overall-feedback">${textOf(overall.text, shown)}</p>` : nothing}
      <h4>${t.quiz.review}</h4>
      <table part="review">
        <thead>
          <tr>
            <th scope="col">${t.quiz.questionHeader}</th>
            <th scope="col">${t.quiz.answerLabel}</th>
            <th scope="col">${t.quiz.resultHeader}</th>
          </tr>
        </thead>
        <tbody>
          ${questions.map((question) => {
            const evaluation = attempt.checked[question.id];
            const kind = evaluation ? kindOf(evaluation) : 'incorrect';
            return html`<tr part="review-item review-${kind}" data-question=${question.id}>
              <th scope="row" part="review-prompt">${textOf(question.prompt, shown)}</th>
              <td>${evaluation ? describeResponse(question, this.responseOf(attempt, question), shown, t) : t.quiz.noAnswer}</td>
              <td>
                <span aria-hidden="true">${SYMBOLS[kind]}</span>
                ${evaluation ? this.verdictText(evaluation) : t.quiz.incorrect}
                ${evaluation ? html`<span class="points">(${this.points(evaluation.points)} / ${this.points(evaluation.max)})</span>` : nothing}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${canRetry
        ? html`${max ? html`<p>${t.quiz.attemptsLeft(max - attempt.attempt)}</p>` : nothing}
            <button part="button retry-button" type="button" @click=${this.handleRetry}>${t.quiz.retry}</button>`
        : html`<p>${t.quiz.noAttemptsLeft}</p>`}
    </section>`;
  }

  private renderQuestions(quiz: QuizDefinition, attempt: Attempt): TemplateResult {
    const { t } = this.localize;
    const questions = attempt.questionOrder.map((id) => quiz.questions.find((q) => q.id === id)!).filter(Boolean);
    const allChecked = questions.every((q) => attempt.checked[q.id]);
    const left = questions.filter((q) => !attempt.checked[q.id]).length;
    const finish = allChecked
      ? html`<button part="button finish-button" type="button" @click=${this.handleFinish}>${t.quiz.finish}</button>`
      : html`<p part="finish-hint">${t.quiz.finishHint(left)}</p>`;
    if (quiz.layout !== 'paged') {
      return html`${questions.slice(0, this.drawn).map((q, i) => this.renderQuestion(quiz, attempt, q, i))}
        <div part="nav">${finish}</div>`;
    }
    const page = Math.min(attempt.page, questions.length - 1);
    const question = questions[page]!;
    return html`${this.renderQuestion(quiz, attempt, question, page)}
      <nav part="nav" aria-label=${t.quiz.label}>
        ${page > 0 ? html`<button part="button nav-button" type="button" @click=${() => this.handlePage(page - 1)}>${t.quiz.previous}</button>` : nothing}
        ${page < questions.length - 1 ? html`<button part="button nav-button" type="button" @click=${() => this.handlePage(page + 1)}>${t.quiz.next}</button>` : nothing}
        ${finish}
      </nav>`;
  }

  override render() {
    const error = this.attributeError ?? this.definitionLoader.error;
    if (error) return this.renderError(error);
    const quiz = this.quiz;
    const attempt = this.current;
    const { t } = this.localize;
    if (!quiz || !attempt) return html`<div part="base" aria-busy="true"><p part="loading">${t.loading}</p></div>`;
    const needsStart = !!quiz.timeLimit && !attempt.startedAt && !attempt.finished;
    return html`<div part="base" lang=${this.localize.lang}>
      ${this.renderHeader(quiz, attempt)}
      ${attempt.finished
        ? this.renderResults(quiz, attempt)
        : needsStart
          ? html`<p>${t.quiz.timeLimit(this.localize.duration(quiz.timeLimit!, 'long'))}</p>
              <button part="button start-button" type="button" @click=${this.handleStart}>${t.quiz.start}</button>`
          : this.renderQuestions(quiz, attempt)}
    </div>`;
  }
}

SpocQuiz.define('spoc-quiz');

// This entry alone (`spoc-elements/quiz.js`) types its definition and its events' global declarations.
export type { QuizDefinition } from './quiz.schema.js';
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-quiz': SpocQuiz;
  }
}
