/**
 * The course definition `<spoc-course>` accepts (JSON from `src`, an inline script or the
 * `definition` property). Field by field:
 *
 * - `id` — the course's activity IRI (absolute, stable). Overridden by the `course-id` attribute.
 * - `title`, `description` — plain text or `{ "fr": "…", "en": "…" }`.
 * - `lang` — language of the content (RFC 5646), used in statement language maps; default the page's.
 * - `modules[]` — in order: `id`, `title`, optional `description`, `duration` (minutes), `url`
 *   (where the module lives, for links), `optional` (not needed to complete the course), and
 *   `activities[]`: what completes the module.
 * - `activities[]` — `id` (the element's id: a quiz's definition id, a capsule's `activity` id…),
 *   `type` (`capsule` | `quiz` | `peer-review` | `feedback` | `scenario` | `resource` | `activity`),
 *   optional `title`, `activityId` (an explicit IRI when the element has its own `activity-id`), and
 *   `requirement`: what counts — `completed` (default for capsules, feedback, scenarios and
 *   activities), `passed` (default for quizzes), `reviewed` (default for peer reviews),
 *   `experienced` (default for resources: the job aid was opened), or `attempted`.
 *   Quizzes may carry a `role` (`diagnostic` before the module, `final` after it) and a
 *   `competency` (free text): a diagnostic and a final quiz on the same competency give the
 *   cohort report its before / after comparison.
 * - `opensAt`, `dueAt` (optional, per module) — ISO 8601 dates ("one module a week"): a learner
 *   who has not finished a module by its `dueAt` is behind schedule.
 * - `completedBy` (optional) — ids of the module's activities that complete it (default: all).
 * - `requires` (optional) — ids of modules to finish first (they decide which module is "next").
 */
import * as z from 'zod/mini';
import type { core } from 'zod/mini';
import { addIssue, checkUniqueIds, idSchema, iriSchema, linkUrlSchema, localizedText } from '../internal/validation.js';

export const activityTypes = ['capsule', 'quiz', 'peer-review', 'feedback', 'scenario', 'resource', 'activity'] as const;
export const requirements = ['attempted', 'completed', 'passed', 'reviewed', 'experienced'] as const;
export const activityRoles = ['diagnostic', 'final'] as const;

/** An ISO 8601 date or date-time (`2026-12-07`, `2026-12-07T09:00:00Z`). */
const isoDate = z.string().check(z.refine((value) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), 'not-a-date'));

export const courseActivitySchema = z.strictObject({
  id: idSchema,
  type: z.enum(activityTypes),
  title: z.optional(localizedText),
  activityId: z.optional(iriSchema),
  requirement: z.optional(z.enum(requirements)),
  role: z.optional(z.enum(activityRoles)),
  competency: z.optional(z.string().check(z.minLength(1))),
});

export const courseModuleSchema = z.strictObject({
  id: idSchema,
  title: localizedText,
  description: z.optional(localizedText),
  duration: z.optional(z.number().check(z.positive())),
  url: z.optional(linkUrlSchema),
  optional: z.optional(z.boolean()),
  opensAt: z.optional(isoDate),
  dueAt: z.optional(isoDate),
  activities: z.array(courseActivitySchema),
  completedBy: z.optional(z.array(idSchema)),
  requires: z.optional(z.array(idSchema)),
});

/** Completion rules must name activities of their module and modules of the course. */
function checkReferences(ctx: core.$RefinementCtx, modules: ReadonlyArray<z.infer<typeof courseModuleSchema>>): void {
  const moduleIds = new Set(modules.map((module) => module.id));
  modules.forEach((module, m) => {
    const activityIds = new Set(module.activities.map((activity) => activity.id));
    module.completedBy?.forEach((id, i) => {
      if (!activityIds.has(id)) addIssue(ctx, 'unknown-reference', ['modules', m, 'completedBy', i], id);
    });
    module.requires?.forEach((id, i) => {
      if (!moduleIds.has(id)) addIssue(ctx, 'unknown-reference', ['modules', m, 'requires', i], id);
    });
  });
}

export const courseDefinitionSchema = z
  .strictObject({
    id: z.optional(iriSchema),
    title: localizedText,
    description: z.optional(localizedText),
    lang: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))),
    modules: z.array(courseModuleSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((course, ctx) => {
      checkUniqueIds(ctx, course.modules, ['modules']);
      const seen = new Set<string>();
      course.modules.forEach((module, m) =>
        module.activities.forEach((activity, a) => {
          const key = `${activity.type}/${activity.id}`;
          if (seen.has(key)) addIssue(ctx, 'duplicate-id', ['modules', m, 'activities', a, 'id'], activity.id);
          seen.add(key);
        }),
      );
      checkReferences(ctx, course.modules);
    }),
  );

export type CourseActivity = z.infer<typeof courseActivitySchema>;
export type CourseModule = z.infer<typeof courseModuleSchema>;
export type CourseDefinition = z.infer<typeof courseDefinitionSchema>;
