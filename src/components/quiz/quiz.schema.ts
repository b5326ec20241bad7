/**
 * The quiz definition `<spoc-quiz>` accepts (JSON from `src`, an inline
 * `<script type="application/json">` child, or the `definition` property). Field by field:
 *
 * Quiz
 * - `id` (required) — stable id; the quiz's activity id is `<course-id>/quiz/<id>` (or the
 *   element's `activity-id`).
 * - `title`, `description` — text (plain, or `{ "fr": "…", "en": "…" }`).
 * - `lang` — language of the content (RFC 5646), used in statement language maps.
 * - `passScore` — pass mark 0–1 (the `pass-score` attribute overrides it). With it, the quiz
 *   reports `passed` / `failed`.
 * - `attempts` — how many attempts (0 or absent = unlimited).
 * - `showSolution` — show the right answer after a question is checked (default true).
 * - `shuffleQuestions`, `shuffleChoices` — shuffled once per learner and attempt (stable on reload).
 * - `layout` — `all` (every question on one page, default) or `paged` (one question per page).
 * - `timeLimit` — seconds for an attempt, with a visible countdown; the attempt ends when it runs out.
 * - `feedback[]` — overall feedback by score range: `{ "min": 0.8, "text": "…" }` (`min` ≤ score,
 *   optional `max` > score; the first matching range wins).
 * - `questions[]` — at least one.
 *
 * Question (every type)
 * - `id` (required, unique), `type`, `prompt` (text), optional `html` (rich prompt, sanitized),
 *   `weight` (points, default 1), `feedback` `{ correct, incorrect, partial }`, `explanation`
 *   (shown with the solution), and per-question overrides `shuffle`, `showSolution`.
 * - `choice` — `choices[]` `{ id, text, html?, feedback? }` and `correct`: one choice id.
 * - `multiple-response` — `choices[]` and `correct`: the list of right ids (partial credit).
 * - `true-false` — `correct`: true | false.
 * - `fill-in` — `text`: a sentence with gaps written `[[gapId]]`; `gaps[]` `{ id, answers[],
 *   caseSensitive? }` (any of `answers` is right).
 * - `numeric` — `correct`: a number, `{ "min": 1, "max": 3 }`, or `{ "value": 10, "tolerance": 0.5 }`;
 *   optional `unit` shown after the field.
 * - `sequencing` — `items[]` `{ id, text }` in the right order (shown shuffled).
 * - `matching` — `source[]` and `target[]` `{ id, text }`, `pairs[]` `[sourceId, targetId]`.
 */
import * as z from 'zod/mini';
import { addIssue, checkUniqueIds, idSchema, localizedText } from '../../internal/validation.js';

const fraction = () => z.number().check(z.gte(0), z.lte(1));
const item = z.strictObject({ id: idSchema, text: localizedText, html: z.optional(localizedText), feedback: z.optional(localizedText) });

const common = {
  id: idSchema,
  prompt: localizedText,
  html: z.optional(localizedText),
  weight: z.optional(z.number().check(z.positive())),
  explanation: z.optional(localizedText),
  feedback: z.optional(
    z.strictObject({ correct: z.optional(localizedText), incorrect: z.optional(localizedText), partial: z.optional(localizedText) }),
  ),
  shuffle: z.optional(z.boolean()),
  showSolution: z.optional(z.boolean()),
};

export const choiceQuestionSchema = z.strictObject({ ...common, type: z.literal('choice'), choices: z.array(item).check(z.minLength(2)), correct: idSchema });
export const multipleResponseQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('multiple-response'),
  choices: z.array(item).check(z.minLength(2)),
  correct: z.array(idSchema),
});
export const trueFalseQuestionSchema = z.strictObject({ ...common, type: z.literal('true-false'), correct: z.boolean() });
export const fillInQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('fill-in'),
  text: localizedText,
  gaps: z
    .array(z.strictObject({ id: idSchema, answers: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), caseSensitive: z.optional(z.boolean()) }))
    .check(z.minLength(1)),
});
export const numericQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('numeric'),
  correct: z.union([
    z.number(),
    z.strictObject({ min: z.number(), max: z.number() }),
    z.strictObject({ value: z.number(), tolerance: z.number().check(z.gte(0)) }),
  ]),
  unit: z.optional(localizedText),
});
export const sequencingQuestionSchema = z.strictObject({ ...common, type: z.literal('sequencing'), items: z.array(item).check(z.minLength(2)) });
export const matchingQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('matching'),
  source: z.array(item).check(z.minLength(1)),
  target: z.array(item).check(z.minLength(1)),
  pairs: z.array(z.tuple([idSchema, idSchema])).check(z.minLength(1)),
});

export const questionSchema = z.discriminatedUnion('type', [
  choiceQuestionSchema,
  multipleResponseQuestionSchema,
  trueFalseQuestionSchema,
  fillInQuestionSchema,
  numericQuestionSchema,
  sequencingQuestionSchema,
  matchingQuestionSchema,
]);

/** Cross-field checks of one question; `base` is its path. */
function checkQuestion(ctx: z.core.$RefinementCtx, question: Question, base: PropertyKey[]): void {
  switch (question.type) {
    case 'choice':
    case 'multiple-response': {
      checkUniqueIds(ctx, question.choices, [...base, 'choices']);
      const ids = new Set(question.choices.map((c) => c.id));
      const correct = typeof question.correct === 'string' ? [question.correct] : question.correct;
      correct.forEach((id, i) => {
        if (!ids.has(id)) addIssue(ctx, 'unknown-reference', typeof question.correct === 'string' ? [...base, 'correct'] : [...base, 'correct', i], id);
      });
      break;
    }
    case 'fill-in': {
      checkUniqueIds(ctx, question.gaps, [...base, 'gaps']);
      const texts = typeof question.text === 'string' ? [question.text] : Object.values(question.text);
      for (const gap of question.gaps) {
        if (!texts.every((text) => text.includes(`[[${gap.id}]]`))) addIssue(ctx, 'unknown-reference', [...base, 'text'], `[[${gap.id}]]`);
      }
      break;
    }
    case 'numeric':
      if (typeof question.correct === 'object' && 'min' in question.correct && question.correct.min > question.correct.max) {
        addIssue(ctx, 'min-above-max', [...base, 'correct']);
      }
      break;
    case 'sequencing':
      checkUniqueIds(ctx, question.items, [...base, 'items']);
      break;
    case 'matching': {
      checkUniqueIds(ctx, question.source, [...base, 'source']);
      checkUniqueIds(ctx, question.target, [...base, 'target']);
      const sources = new Set(question.source.map((s) => s.id));
      const targets = new Set(question.target.map((t) => t.id));
      question.pairs.forEach(([source, target], i) => {
        if (!sources.has(source)) addIssue(ctx, 'unknown-reference', [...base, 'pairs', i, 0], source);
        if (!targets.has(target)) addIssue(ctx, 'unknown-reference', [...base, 'pairs', i, 1], target);
      });
      break;
    }
    default:
      break;
  }
}

export const quizDefinitionSchema = z
  .strictObject({
    id: idSchema,
    title: z.optional(localizedText),
    description: z.optional(localizedText),
    lang: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))),
    passScore: z.optional(fraction()),
    attempts: z.optional(z.int().check(z.gte(0))),
    showSolution: z.optional(z.boolean()),
    shuffleQuestions: z.optional(z.boolean()),
    shuffleChoices: z.optional(z.boolean()),
    layout: z.optional(z.enum(['all', 'paged'])),
    timeLimit: z.optional(z.number().check(z.positive())),
    feedback: z.optional(z.array(z.strictObject({ min: fraction(), max: z.optional(fraction()), text: localizedText }))),
    questions: z.array(questionSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((quiz, ctx) => {
      checkUniqueIds(ctx, quiz.questions, ['questions']);
      quiz.questions.forEach((question, index) => checkQuestion(ctx, question, ['questions', index]));
    }),
  );

export type QuizDefinition = z.infer<typeof quizDefinitionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuizItem = z.infer<typeof item>;
