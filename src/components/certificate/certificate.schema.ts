/**
 * The certificate definition `<spoc-certificate>` accepts (JSON from `src`, an inline
 * `<script type="application/json">` child, or the `definition` property). Field by field:
 *
 * - `id` (required) — the certificate's id: its activity is `<course-id>/certificate/<id>`.
 * - `title`, `description` — text (plain or `{ "fr": "…", "en": "…" }`).
 * - `issuer` — `name` (required), `url` (a link: `https:`, `http:` or relative), `logo` (an image URL:
 *   the same, or `blob:`), `id` (an IRI; default the `url`). Any other scheme (`javascript:`, `data:` …)
 *   is refused with `unsafe-url`.
 * - `rule` — what earns it: `courseCompleted` (default true), `modules[]` (module ids that must be
 *   completed or passed), `minScores[]` `{ activity, min }` (a course activity id and its minimum
 *   scaled score 0–1).
 * - `validity` — `{ years, months, days }` after completion; or `validUntil` (an ISO date).
 * - `fields` — what the printed certificate shows, in order: `learner`, `course`, `date`, `score`,
 *   `issuer`, `code` (default all).
 */
import * as z from 'zod/mini';
import { idSchema, iriSchema, linkUrlSchema, localizedText, mediaUrlSchema } from '../../internal/validation.js';

export const certificateFields = ['learner', 'course', 'date', 'score', 'issuer', 'code'] as const;

export const certificateDefinitionSchema = z.strictObject({
  id: idSchema,
  title: localizedText,
  description: z.optional(localizedText),
  issuer: z.strictObject({
    name: z.string().check(z.trim(), z.minLength(1)),
    url: z.optional(linkUrlSchema),
    logo: z.optional(mediaUrlSchema),
    id: z.optional(iriSchema),
  }),
  rule: z.optional(
    z.strictObject({
      courseCompleted: z.optional(z.boolean()),
      modules: z.optional(z.array(idSchema)),
      minScores: z.optional(z.array(z.strictObject({ activity: idSchema, min: z.number().check(z.gte(0), z.lte(1)) }))),
    }),
  ),
  validity: z.optional(
    z.strictObject({
      years: z.optional(z.int().check(z.gte(0))),
      months: z.optional(z.int().check(z.gte(0))),
      days: z.optional(z.int().check(z.gte(0))),
    }),
  ),
  validUntil: z.optional(z.iso.date()),
  fields: z.optional(z.array(z.enum(certificateFields))),
});

export type CertificateDefinition = z.infer<typeof certificateDefinitionSchema>;
export type CertificateField = (typeof certificateFields)[number];
