/**
 * The review definition `<spoc-peer-review>` accepts (JSON from `src`, an inline
 * `<script type="application/json">` child, or the `definition` property). Field by field:
 *
 * - `id` (required) — the review activity's id: `<course-id>/peer-review/<id>` (or `activity-id`).
 * - `mode` — `peer` (default), `self`, `calibration` or `received`; the `mode` attribute overrides it.
 * - `lang` — content language (RFC 5646) for statement language maps.
 * - `submission` — the work reviewed: `id`, `title`, `text` (plain) or `html` (sanitized), `links[]`
 *   `{ url, title }` (`url`: `https:`, `http:` or relative; `javascript:`, `data:`, `vbscript:` … are
 *   refused with the path), `author` `{ name }` (omit it, or `anonymous: true`, to hide who wrote it),
 *   `activityId` (its IRI; default `<review activity>/submission/<id>`), `statementId` (the UUID of
 *   the statement that submitted it: referenced as `context.statement`).
 * - `rubric.criteria[]` — `id`, `title`, `description`, `comment`: `optional` (default) |
 *   `required` | `disabled`, `feedbackOnly` (a comment and no score), `options[]` `{ id, label,
 *   points, explanation }` (required unless feedback-only).
 * - `overallComment` — `{ prompt, minLength, maxLength, required }`.
 * - `reference` — calibration: the reference assessment `{ choices: { criterionId: optionId },
 *   comments?: { criterionId: text } }`.
 * - `reviews[]` — received mode: `{ choices, comments?, overall? }` per review (reviewers stay anonymous).
 * - `aggregate` — received mode: `median` (default) or `mean`.
 */
import * as z from 'zod/mini';
import { addIssue, checkUniqueIds, idSchema, iriSchema, linkUrlSchema, localizedText } from '../../internal/validation.js';

export const reviewModes = ['peer', 'self', 'calibration', 'received'] as const;
export type ReviewMode = (typeof reviewModes)[number];

const option = z.strictObject({ id: idSchema, label: localizedText, points: z.number(), explanation: z.optional(localizedText) });
const criterion = z.strictObject({
  id: idSchema,
  title: localizedText,
  description: z.optional(localizedText),
  comment: z.optional(z.enum(['optional', 'required', 'disabled'])),
  feedbackOnly: z.optional(z.boolean()),
  options: z.optional(z.array(option)),
});
const assessment = z.strictObject({
  choices: z.record(z.string(), z.string()),
  comments: z.optional(z.record(z.string(), z.string())),
  overall: z.optional(z.string()),
});

export const peerReviewDefinitionSchema = z
  .strictObject({
    id: idSchema,
    mode: z.optional(z.enum(reviewModes)),
    lang: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))),
    submission: z.strictObject({
      id: idSchema,
      title: localizedText,
      text: z.optional(localizedText),
      html: z.optional(localizedText),
      links: z.optional(z.array(z.strictObject({ url: linkUrlSchema, title: z.optional(localizedText) }))),
      author: z.optional(z.strictObject({ name: z.optional(z.string()), anonymous: z.optional(z.boolean()) })),
      activityId: z.optional(iriSchema),
      statementId: z.optional(z.uuid()),
    }),
    rubric: z.strictObject({ criteria: z.array(criterion).check(z.minLength(1)) }),
    overallComment: z.optional(
      z.strictObject({
        prompt: z.optional(localizedText),
        minLength: z.optional(z.int().check(z.gte(0))),
        maxLength: z.optional(z.int().check(z.positive())),
        required: z.optional(z.boolean()),
      }),
    ),
    reference: z.optional(assessment),
    reviews: z.optional(z.array(assessment)),
    aggregate: z.optional(z.enum(['median', 'mean'])),
  })
  .check(
    z.superRefine((review, ctx) => {
      const { criteria } = review.rubric;
      checkUniqueIds(ctx, criteria, ['rubric', 'criteria']);
      criteria.forEach((c, i) => {
        if (c.feedbackOnly) return;
        if (!c.options?.length) ctx.issues.push({ code: 'too_small', minimum: 1, origin: 'array', inclusive: true, path: ['rubric', 'criteria', i, 'options'], input: c.options, message: '' });
        else checkUniqueIds(ctx, c.options, ['rubric', 'criteria', i, 'options']);
      });
      const limits = review.overallComment;
      if (limits?.minLength !== undefined && limits.maxLength !== undefined && limits.minLength > limits.maxLength) {
        addIssue(ctx, 'min-above-max', ['overallComment', 'minLength']);
      }
      const checkChoices = (choices: Record<string, string>, base: PropertyKey[]) => {
        for (const [criterionId, optionId] of Object.entries(choices)) {
          const found = criteria.find((c) => c.id === criterionId);
          if (!found) addIssue(ctx, 'unknown-reference', [...base, 'choices', criterionId], criterionId);
          else if (!found.options?.some((o) => o.id === optionId)) addIssue(ctx, 'unknown-reference', [...base, 'choices', criterionId], optionId);
        }
      };
      if (review.reference) checkChoices(review.reference.choices, ['reference']);
      review.reviews?.forEach((r, i) => checkChoices(r.choices, ['reviews', i]));
    }),
  );

export type PeerReviewDefinition = z.infer<typeof peerReviewDefinitionSchema>;
export type RubricCriterion = z.infer<typeof criterion>;
export type Assessment = z.infer<typeof assessment>;
