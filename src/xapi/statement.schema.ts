/**
 * The zod schema of a complete xAPI 1.0.3 statement: what a conformant LRS accepts. Used at the
 * boundaries (tests, records read back) rather than on every statement the tracker makes.
 *
 * Why `zod/mini` (the whole library uses it): measured with esbuild, minified + gzip -9, one
 * course-sized schema and a `safeParse`: `zod` 92.5 KB gzipped, `zod/mini` 6.8 KB gzipped. The
 * full build cannot be tree-shaken (methods live on the schema classes), which alone would take
 * most of the bundle budget; `zod/mini` gives the same validation with functions that tree-shake.
 */
import * as z from 'zod/mini';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
/** ISO 8601 duration as xAPI allows it (weeks alone). */
const DURATION = /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$|^P\d+W$/;
/** RFC 3339 timestamp with at least millisecond precision and a zone. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3,}(Z|[+-]\d{2}:\d{2})$/;

const iri = () => z.string().check(z.regex(IRI, 'Expected an absolute IRI'));
const languageMap = z.record(z.string().check(z.minLength(2)), z.string());
const extensions = z.record(iri(), z.unknown());

const account = z.strictObject({ homePage: iri(), name: z.string().check(z.minLength(1)) });
const ifiFields = {
  name: z.optional(z.string()),
  mbox: z.optional(z.string().check(z.regex(/^mailto:[^@\s]+@[^@\s]+$/, 'Expected mailto:address'))),
  mbox_sha1sum: z.optional(z.string().check(z.regex(/^[0-9a-f]{40}$/i))),
  openid: z.optional(iri()),
  account: z.optional(account),
};
const countIfis = (value: Record<string, unknown>) =>
  ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => value[key] !== undefined).length;

export const agentSchema = z
  .strictObject({ objectType: z.optional(z.literal('Agent')), ...ifiFields })
  .check(z.refine((agent) => countIfis(agent) === 1, 'An Agent needs exactly one identifier'));

export const groupSchema = z
  .strictObject({ objectType: z.literal('Group'), member: z.optional(z.array(agentSchema)), ...ifiFields })
  .check(
    z.refine(
      (group) => countIfis(group) === 1 || (countIfis(group) === 0 && (group.member?.length ?? 0) > 0),
      'A Group needs one identifier, or members when anonymous',
    ),
  );

const actorSchema = z.union([agentSchema, groupSchema]);
const component = z.strictObject({ id: z.string().check(z.minLength(1)), description: z.optional(languageMap) });

const definitionSchema = z
  .strictObject({
    name: z.optional(languageMap),
    description: z.optional(languageMap),
    type: z.optional(iri()),
    moreInfo: z.optional(iri()),
    extensions: z.optional(extensions),
    interactionType: z.optional(
      z.enum(['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other']),
    ),
    correctResponsesPattern: z.optional(z.array(z.string())),
    choices: z.optional(z.array(component)),
    scale: z.optional(z.array(component)),
    source: z.optional(z.array(component)),
    target: z.optional(z.array(component)),
    steps: z.optional(z.array(component)),
  })
  .check(
    z.refine(
      (d) =>
        d.interactionType !== undefined ||
        [d.correctResponsesPattern, d.choices, d.scale, d.source, d.target, d.steps].every((v) => v === undefined),
      'Interaction properties need an interactionType',
    ),
  );

const activitySchema = z.strictObject({
  objectType: z.optional(z.literal('Activity')),
  id: iri(),
  definition: z.optional(definitionSchema),
});
const statementRefSchema = z.strictObject({ objectType: z.literal('StatementRef'), id: z.string().check(z.regex(UUID)) });

const scoreSchema = z
  .strictObject({
    scaled: z.optional(z.number().check(z.gte(-1), z.lte(1))),
    raw: z.optional(z.number()),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
  })
  .check(
    z.refine((s) => s.min === undefined || s.max === undefined || s.min < s.max, 'min must be below max'),
    z.refine(
      (s) => s.raw === undefined || ((s.min === undefined || s.raw >= s.min) && (s.max === undefined || s.raw <= s.max)),
      'raw must lie between min and max',
    ),
  );

const resultSchema = z.strictObject({
  score: z.optional(scoreSchema),
  success: z.optional(z.boolean()),
  completion: z.optional(z.boolean()),
  response: z.optional(z.string()),
  duration: z.optional(z.string().check(z.regex(DURATION, 'Expected an ISO 8601 duration'))),
  extensions: z.optional(extensions),
});

const activityList = z.array(activitySchema);
const contextSchema = z.strictObject({
  registration: z.optional(z.string().check(z.regex(UUID))),
  instructor: z.optional(actorSchema),
  team: z.optional(groupSchema),
  contextActivities: z.optional(
    z
      .strictObject({
        parent: z.optional(activityList),
        grouping: z.optional(activityList),
        category: z.optional(activityList),
        other: z.optional(activityList),
      })
      .check(z.refine((c) => Object.keys(c).length > 0, 'contextActivities must not be empty')),
  ),
  revision: z.optional(z.string()),
  platform: z.optional(z.string()),
  language: z.optional(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))),
  statement: z.optional(statementRefSchema),
  extensions: z.optional(extensions),
});

/** A complete statement as the library sends it (xAPI 1.0.3: no `version` property). */
export const statementSchema = z.strictObject({
  id: z.string().check(z.regex(UUID, 'Expected a UUID')),
  actor: actorSchema,
  verb: z.strictObject({ id: iri(), display: z.optional(languageMap) }),
  object: z.union([activitySchema, statementRefSchema, agentSchema.check(z.refine((a) => a.objectType === 'Agent')), groupSchema]),
  result: z.optional(resultSchema),
  context: z.optional(contextSchema),
  timestamp: z.string().check(z.regex(TIMESTAMP, 'Expected an RFC 3339 timestamp with milliseconds')),
  stored: z.optional(z.string()),
  authority: z.optional(actorSchema),
});

