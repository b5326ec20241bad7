/**
 * The questionnaire `<spoc-feedback>` accepts (JSON from `src`, an inline
 * `<script type="application/json">` child, or the `definition` property). With none, the element
 * shows the standard hot-feedback set (see `default-questionnaire.ts`). Field by field:
 *
 * - `id` (required) — the questionnaire's id: its activity is `<course-id>/feedback/<id>` (or `activity-id`).
 * - `lang` — content language (RFC 5646) for statement language maps.
 * - `title`, `intro`, `thanks` — plain text or `{ "fr": "…", "en": "…" }`.
 * - `anonymous` — answers sent under a pseudonym (the `anonymous` attribute does the same).
 * - `overall` — id of the `rating` (or `nps`) item whose answer is the score of the `rated`
 *   statement (default: the first `rating` item); `comment` — id of the `text` item sent as the
 *   `rated` statement's response (default: the first `text` item).
 * - `items[]` — each `id`, `kind`, `prompt`, `required` (default false), and per kind:
 *   - `rating`: `min` (default 1), `max` (default 5), integers, 2 to 11 points; `labels`
 *     `{ min, max }` for the ends; `style` `stars` (default) or `numbers`;
 *   - `nps`: 0–10, `labels` `{ min, max }`;
 *   - `choice` / `multiple-choice`: `options[]` `{ id, label }` (at least one);
 *   - `text`: `minLength`, `maxLength` (default 2000), `rows`.
 */
import * as z from 'zod/mini';
import { addIssue, checkUniqueIds, idSchema, localizedText } from '../../internal/validation.js';

/** The longest text answer accepted when the questionnaire sets no limit. */
export const DEFAULT_MAX_LENGTH = 2000;

const ends = z.optional(z.strictObject({ min: z.optional(localizedText), max: z.optional(localizedText) }));
const option = z.strictObject({ id: idSchema, label: localizedText });

export const itemKinds = ['rating', 'nps', 'choice', 'multiple-choice', 'text'] as const;

/** The fields each kind accepts beyond `id`, `kind`, `prompt`, `required`. */
const KIND_FIELDS: Record<(typeof itemKinds)[number], readonly string[]> = {
  rating: ['min', 'max', 'labels', 'style'],
  nps: ['labels'],
  choice: ['options'],
  'multiple-choice': ['options'],
  text: ['minLength', 'maxLength', 'rows'],
};

// One flat item shape checked per kind below: a union of five object schemas costs a page more
// than 1 KB gzipped of zod for the same messages.
const item = z.strictObject({
  id: idSchema,
  kind: z.enum(itemKinds),
  prompt: localizedText,
  required: z.optional(z.boolean()),
  min: z.optional(z.int()),
  max: z.optional(z.int()),
  labels: ends,
  style: z.optional(z.enum(['stars', 'numbers'])),
  options: z.optional(z.array(option)),
  minLength: z.optional(z.int().check(z.gte(0))),
  maxLength: z.optional(z.int().check(z.positive())),
  rows: z.optional(z.int().check(z.positive())),
});

export const feedbackDefinitionSchema = z
  .strictObject({
    id: idSchema,
    lang: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))),
    title: z.optional(localizedText),
    intro: z.optional(localizedText),
    thanks: z.optional(localizedText),
    anonymous: z.optional(z.boolean()),
    overall: z.optional(idSchema),
    comment: z.optional(idSchema),
    items: z.array(item).check(z.minLength(1)),
  })
  .check(
    z.superRefine((definition, ctx) => {
      const { items } = definition;
      checkUniqueIds(ctx, items, ['items']);
      items.forEach((entry, i) => {
        const path = ['items', i];
        const extra = Object.keys(entry).filter((key) => !['id', 'kind', 'prompt', 'required', ...(KIND_FIELDS[entry.kind] ?? [])].includes(key));
        if (extra.length) ctx.issues.push({ code: 'unrecognized_keys', keys: extra, path, input: entry, message: '' });
        if (entry.kind === 'rating') {
          const min = entry.min ?? 1;
          const max = entry.max ?? 5;
          // An empty or one-point scale (min ≥ max) asks nothing; more than 11 points is not a rating.
          if (max <= min) ctx.issues.push({ code: 'too_small', minimum: min + 1, origin: 'number', inclusive: true, path: [...path, 'max'], input: max, message: '' });
          else if (max - min > 10) ctx.issues.push({ code: 'too_big', maximum: min + 10, origin: 'number', inclusive: true, path: [...path, 'max'], input: max, message: '' });
        }
        if (entry.kind === 'choice' || entry.kind === 'multiple-choice') {
          if (!entry.options?.length) ctx.issues.push({ code: 'too_small', minimum: 1, origin: 'array', inclusive: true, path: [...path, 'options'], input: entry.options, message: '' });
          else checkUniqueIds(ctx, entry.options, [...path, 'options']);
        }
        if (entry.kind === 'text' && entry.minLength !== undefined && entry.maxLength !== undefined && entry.minLength > entry.maxLength) {
          addIssue(ctx, 'min-above-max', [...path, 'minLength']);
        }
      });
      const find = (id: string | undefined) => items.find((entry) => entry.id === id);
      if (definition.overall !== undefined && !['rating', 'nps'].includes(find(definition.overall)?.kind ?? '')) {
        addIssue(ctx, 'unknown-reference', ['overall'], definition.overall);
      }
      if (definition.comment !== undefined && find(definition.comment)?.kind !== 'text') addIssue(ctx, 'unknown-reference', ['comment'], definition.comment);
    }),
  );

export type FeedbackDefinition = z.infer<typeof feedbackDefinitionSchema>;
export type FeedbackItem = FeedbackDefinition['items'][number];
/** A learner's answer to one item: a scale point, option ids, or text. */
export type Answer = number | string[] | string;
export type Answers = Record<string, Answer>;

/** The lowest and highest point of a rating or NPS item. */
export function scaleOf(entry: FeedbackItem): { min: number; max: number } {
  return entry.kind === 'nps' ? { min: 0, max: 10 } : { min: entry.min ?? 1, max: entry.max ?? 5 };
}

/** The item scored by the `rated` statement: `overall`, else the first rating. */
export function overallItem(definition: FeedbackDefinition): FeedbackItem | undefined {
  const found = definition.items.find((entry) => (definition.overall ? entry.id === definition.overall : entry.kind === 'rating'));
  return found?.kind === 'rating' || found?.kind === 'nps' ? found : undefined;
}

/** The text item sent as the `rated` statement's response: `comment`, else the first text item. */
export function commentItem(definition: FeedbackDefinition): FeedbackItem | undefined {
  const found = definition.items.find((entry) => (definition.comment ? entry.id === definition.comment : entry.kind === 'text'));
  return found?.kind === 'text' ? found : undefined;
}
