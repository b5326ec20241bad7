/**
 * Optional JSON for `<spoc-capsule>` (the `definition` property or an inline
 * `<script type="application/json">` child):
 *
 * - `chapters[]` — `{ time, title }` (seconds, text); else a `<track kind="chapters">` is used.
 * - `checkpoints[]` — `{ id, time, question, requireCorrect }`: at `time` the video pauses and
 *   shows `question`, a quiz question in the quiz's JSON format (any of its seven types); with
 *   `requireCorrect` the learner continues only after a right answer.
 */
import * as z from 'zod/mini';
import { checkUniqueIds, idSchema, localizedText } from '../../internal/validation.js';
import { questionSchema } from '../quiz/quiz.schema.js';

export const capsuleDefinitionSchema = z
  .strictObject({
    chapters: z.optional(z.array(z.strictObject({ time: z.number().check(z.gte(0)), title: localizedText }))),
    checkpoints: z.optional(
      z.array(z.strictObject({ id: idSchema, time: z.number().check(z.gte(0)), question: questionSchema, requireCorrect: z.optional(z.boolean()) })),
    ),
  })
  .check(z.superRefine((capsule, ctx) => checkUniqueIds(ctx, capsule.checkpoints ?? [], ['checkpoints'])));

export type CapsuleDefinition = z.infer<typeof capsuleDefinitionSchema>;
export type Checkpoint = NonNullable<CapsuleDefinition['checkpoints']>[number];
