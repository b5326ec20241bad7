/**
 * Rendering of one question's inputs, per type, as Lit templates. Native controls throughout
 * (radios, checkboxes, text fields, selects, buttons): keyboard, touch and screen readers work
 * as the platform intends; ordering and matching need no drag and drop.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeHtml } from '../../internal/sanitize.js';
import { textOf, type LocalizedText } from '../../internal/validation.js';
import type { Translation } from '../../i18n/translation.js';
import type { Question, QuizItem } from './quiz.schema.js';
import { BLANK, gapIsRight, type Evaluation, type QuizResponse } from './quiz-scoring.js';

export interface QuestionView {
  question: Question;
  response: QuizResponse | undefined;
  /** Checked questions are read-only. */
  locked: boolean;
  /** Order of choices / sequence items / matching targets, as shown. */
  order: string[] | undefined;
  lang: string;
  t: Translation;
  /** Gets the new response from the current one (read at event time, never from a stale render). */
  onChange: (update: (current: QuizResponse | undefined) => QuizResponse) => void;
  /** A sequencing item was moved to `index` (0-based) of `total`. */
  onMoved?: (itemId: string, label: string, index: number, total: number, direction: 'up' | 'down') => void;
  /** The evaluation once checked: choices are then marked (icon and text, not colour alone). */
  checked?: Evaluation | undefined;
  /** Whether the right answer may be shown (marks on the right choices). */
  showSolution?: boolean;
}

/** After a check: how a choice is marked, with its text (icon and words, never colour alone). */
function choiceMark(view: QuestionView, chosen: boolean, right: boolean): TemplateResult | typeof nothing {
  if (!view.checked) return nothing;
  const { t } = view;
  if (chosen && !right) return html`<span part="choice-mark choice-mark-wrong"><span aria-hidden="true">✗</span> ${t.quiz.markChosenWrong}</span>`;
  if (chosen && right) return html`<span part="choice-mark choice-mark-right"><span aria-hidden="true">✓</span> ${t.quiz.markChosenRight}</span>`;
  if (right && view.showSolution && !view.checked.correct) return html`<span part="choice-mark choice-mark-right"><span aria-hidden="true">✓</span> ${t.quiz.markRight}</span>`;
  return nothing;
}

function choiceParts(view: QuestionView, chosen: boolean, right: boolean): string {
  let parts = 'choice';
  if (chosen) parts += ' choice-selected';
  if (view.checked && chosen && !right) parts += ' choice-wrong';
  if (view.checked && right && (chosen || (view.showSolution && !view.checked.correct))) parts += ' choice-right';
  return parts;
}

/** Text from the definition, or its sanitized rich form when given. */
export function richText(text: LocalizedText | undefined, rich: LocalizedText | undefined, lang: string): unknown {
  return rich !== undefined ? safeHtml(textOf(rich, lang)) : textOf(text, lang);
}

const ordered = <T extends { id: string }>(items: readonly T[], order: string[] | undefined): T[] =>
  order ? order.map((id) => items.find((item) => item.id === id)).filter((item): item is T => !!item) : [...items];

function renderChoices(view: QuestionView, items: readonly QuizItem[], multiple: boolean): TemplateResult {
  const { question, response, locked, lang } = view;
  const selected = multiple ? ((response as string[] | undefined) ?? []) : response === undefined ? [] : [response as string];
  const toggle = (id: string, checked: boolean) => {
    if (!multiple) view.onChange(() => id);
    else
      view.onChange((current) => {
        const list = ((current as string[] | undefined) ?? []).filter((s) => s !== id);
        return checked ? [...list, id] : list;
      });
  };
  const rightIds = question.type === 'choice' ? [question.correct] : question.type === 'multiple-response' ? question.correct : [];
  return html`<div part="choices" role="presentation">
    ${ordered(items, view.order).map(
      (choice) => html`<label part=${choiceParts(view, selected.includes(choice.id), rightIds.includes(choice.id))}>
        <input
          part="choice-input"
          type=${multiple ? 'checkbox' : 'radio'}
          name=${question.id}
          value=${choice.id}
          .checked=${selected.includes(choice.id)}
          ?disabled=${locked}
          @change=${(event: Event) => toggle(choice.id, (event.target as HTMLInputElement).checked)}
        />
        <span>${richText(choice.text, choice.html, lang)}${choiceMark(view, selected.includes(choice.id), rightIds.includes(choice.id))}</span>
      </label>`,
    )}
  </div>`;
}

function renderTrueFalse(view: QuestionView): TemplateResult {
  const { question, response, locked, t } = view;
  return html`<div part="choices">
    ${[true, false].map(
      (value) => html`<label part=${choiceParts(view, response === value, question.type === 'true-false' && question.correct === value)}>
        <input
          part="choice-input"
          type="radio"
          name=${question.id}
          value=${String(value)}
          .checked=${response === value}
          ?disabled=${locked}
          @change=${() => view.onChange(() => value)}
        />
        <span>${value ? t.quiz.true : t.quiz.false}${choiceMark(view, response === value, question.type === 'true-false' && question.correct === value)}</span>
      </label>`,
    )}
  </div>`;
}

function renderFillIn(view: QuestionView, question: Extract<Question, { type: 'fill-in' }>): TemplateResult {
  const answers = (view.response as Record<string, string> | undefined) ?? {};
  const sentence = textOf(question.text, view.lang);
  const parts = sentence.split(/\[\[([^\]]+)\]\]/);
  // Each gap is named with its sentence: this gap as a blank, the others as "…".
  const context = (gapId: string) => sentence.replace(/\[\[([^\]]+)\]\]/g, (_, id: string) => (id === gapId ? BLANK : '…'));
  return html`<p part="sentence">
    ${parts.map((part, index) => {
      if (index % 2 === 0) return part;
      const gapIndex = question.gaps.findIndex((gap) => gap.id === part);
      if (gapIndex < 0) return part;
      const right = gapIsRight(question.gaps[gapIndex]!, answers[part]);
      const mark = view.checked
        ? html`<span part="gap-mark gap-mark-${right ? 'right' : 'wrong'}"
            ><span aria-hidden="true">${right ? '✓' : '✗'}</span><span class="visually-hidden">${right ? view.t.quiz.markChosenRight : view.t.quiz.markChosenWrong}</span></span
          >`
        : nothing;
      return html`<input
        part=${view.checked ? `input gap gap-${right ? 'right' : 'wrong'}` : 'input gap'}
        type="text"
        autocomplete="off"
        spellcheck="false"
        aria-label=${view.t.quiz.blankIn(gapIndex + 1, question.gaps.length, context(part))}
        .value=${answers[part] ?? ''}
        ?disabled=${view.locked}
        @input=${(event: Event) => {
          const value = (event.target as HTMLInputElement).value;
          view.onChange((current) => ({ ...(current as Record<string, string> | undefined), [part]: value }));
        }}
      />${mark}`;
    })}
  </p>`;
}

function renderNumeric(view: QuestionView, question: Extract<Question, { type: 'numeric' }>): TemplateResult {
  return html`<label part="numeric">
    <span>${view.t.quiz.answerLabel}</span>
    <input
      part="input"
      type="text"
      inputmode="decimal"
      autocomplete="off"
      .value=${(view.response as string | undefined) ?? ''}
      ?disabled=${view.locked}
      @input=${(event: Event) => {
        const value = (event.target as HTMLInputElement).value;
        view.onChange(() => value);
      }}
    />
    ${question.unit ? html`<span part="unit">${textOf(question.unit, view.lang)}</span>` : nothing}
  </label>`;
}

function renderSequencing(view: QuestionView, question: Extract<Question, { type: 'sequencing' }>): TemplateResult {
  const order = (view.response as string[] | undefined) ?? view.order ?? question.items.map((item) => item.id);
  const items = ordered(question.items, order);
  const move = (item: QuizItem, from: number, to: number) => {
    view.onChange((current) => {
      const next = [...((current as string[] | undefined) ?? order)];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved!);
      return next;
    });
    view.onMoved?.(item.id, textOf(item.text, view.lang), to, items.length, to < from ? 'up' : 'down');
  };
  return html`<ol part="sequence">
    ${items.map((item, index) => {
      const label = textOf(item.text, view.lang);
      return html`<li part="sequence-item" data-id=${item.id}>
        <span part="sequence-text">${richText(item.text, item.html, view.lang)}</span>
        <span class="visually-hidden">, ${view.t.quiz.position(index + 1, items.length)}</span>
        <span part="sequence-buttons">
          <button
            part="move-button"
            type="button"
            data-move="up"
            aria-label=${view.t.quiz.moveUp(label)}
            ?disabled=${view.locked || index === 0}
            @click=${() => move(item, index, index - 1)}
          >
            ↑
          </button>
          <button
            part="move-button"
            type="button"
            data-move="down"
            aria-label=${view.t.quiz.moveDown(label)}
            ?disabled=${view.locked || index === items.length - 1}
            @click=${() => move(item, index, index + 1)}
          >
            ↓
          </button>
        </span>
      </li>`;
    })}
  </ol>`;
}

function renderMatching(view: QuestionView, question: Extract<Question, { type: 'matching' }>): TemplateResult {
  const chosen = (view.response as Record<string, string> | undefined) ?? {};
  const targets = ordered(question.target, view.order);
  const rightFor = (sourceId: string) => question.pairs.find(([s]) => s === sourceId)?.[1];
  const state = (sourceId: string) => (!view.checked ? '' : chosen[sourceId] && chosen[sourceId] === rightFor(sourceId) ? 'right' : 'wrong');
  return html`<div part="matches">
    ${question.source.map(
      (source) => html`<label part=${state(source.id) ? `match match-${state(source.id)}` : 'match'}>
        <span part="match-source">${textOf(source.text, view.lang)}</span>
        <select
          part="input match-select"
          ?disabled=${view.locked}
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            view.onChange((current) => ({ ...(current as Record<string, string> | undefined), [source.id]: value }));
          }}
        >
          <option value="" ?selected=${!chosen[source.id]}>${view.t.quiz.choose}</option>
          ${targets.map((target) => html`<option value=${target.id} ?selected=${chosen[source.id] === target.id}>${textOf(target.text, view.lang)}</option>`)}
        </select>
        ${state(source.id)
          ? html`<span part="match-mark">
              <span aria-hidden="true">${state(source.id) === 'right' ? '✓' : '✗'}</span>
              ${state(source.id) === 'right' ? view.t.quiz.markChosenRight : view.t.quiz.markChosenWrong}${state(source.id) === 'wrong' && view.showSolution
                ? html` — ${view.t.quiz.rightIs(textOf(question.target.find((t) => t.id === rightFor(source.id))?.text, view.lang))}`
                : nothing}
            </span>`
          : nothing}
      </label>`,
    )}
  </div>`;
}

/** The inputs of a question, by type. */
export function renderQuestionInputs(view: QuestionView): TemplateResult {
  const { question } = view;
  switch (question.type) {
    case 'choice':
      return renderChoices(view, question.choices, false);
    case 'multiple-response':
      return renderChoices(view, question.choices, true);
    case 'true-false':
      return renderTrueFalse(view);
    case 'fill-in':
      return renderFillIn(view, question);
    case 'numeric':
      return renderNumeric(view, question);
    case 'sequencing':
      return renderSequencing(view, question);
    case 'matching':
      return renderMatching(view, question);
    default:
      return html``;
  }
}

/** The learner's response (or the right one) as readable text, for feedback and review. */
export function describeResponse(question: Question, response: QuizResponse | undefined, lang: string, t: Translation): string {
  const text = (items: readonly QuizItem[], id: string | undefined) => textOf(items.find((item) => item.id === id)?.text, lang) || (id ?? '');
  if (response === undefined) return t.quiz.noAnswer;
  switch (question.type) {
    case 'choice':
      return text(question.choices, response as string);
    case 'multiple-response':
      return (response as string[]).map((id) => text(question.choices, id)).join(', ') || t.quiz.noAnswer;
    case 'true-false':
      return response ? t.quiz.true : t.quiz.false;
    case 'fill-in':
      return question.gaps.map((gap) => (response as Record<string, string>)[gap.id]?.trim() || '…').join(' / ');
    case 'numeric':
      return (response as string).trim() || t.quiz.noAnswer;
    case 'sequencing':
      return (response as string[]).map((id) => text(question.items, id)).join(' → ');
    case 'matching':
      return question.source
        .map((source) => `${textOf(source.text, lang)} → ${text(question.target, (response as Record<string, string>)[source.id]) || '…'}`)
        .join(' ; ');
    default:
      return '';
  }
}

/** The right answer as readable text. */
export function describeSolution(question: Question, lang: string, t: Translation, formatNumber: (n: number) => string): string {
  switch (question.type) {
    case 'choice':
      return describeResponse(question, question.correct, lang, t);
    case 'multiple-response':
      return describeResponse(question, question.correct, lang, t);
    case 'true-false':
      return describeResponse(question, question.correct, lang, t);
    case 'fill-in':
      return question.gaps.map((gap) => gap.answers[0]).join(' / ');
    case 'numeric': {
      const { correct } = question;
      if (typeof correct === 'number') return formatNumber(correct);
      if ('min' in correct) return `${formatNumber(correct.min)} – ${formatNumber(correct.max)}`;
      return `${formatNumber(correct.value)} ± ${formatNumber(correct.tolerance)}`;
    }
    case 'sequencing':
      return describeResponse(question, question.items.map((item) => item.id), lang, t);
    case 'matching':
      return describeResponse(question, Object.fromEntries(question.pairs), lang, t);
    default:
      return '';
  }
}
