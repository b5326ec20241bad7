/**
 * The scenario definition `<spoc-scenario>` accepts (JSON from `src`, an inline
 * `<script type="application/json">` child, or the `definition` property). Field by field:
 *
 * Scenario
 * - `id` (required) — stable id; the scenario's activity id is `<course-id>/scenario/<id>` (or the
 *   element's `activity-id`).
 * - `title`, `description` — text (plain, or `{ "fr": "…", "en": "…" }`).
 * - `lang` — language of the content (RFC 5646), used in statement language maps.
 * - `start` — id of the first node (default: the first node of `nodes`).
 * - `passScore` — pass mark 0–1 on the scaled score (the `pass-score` attribute overrides it).
 *   With it, the scenario reports `passed` / `failed`.
 * - `maxScore` — the points of the best path (default: computed from the graph).
 * - `allowBack` — the learner may go back one step (default false). Restart is always offered.
 * - `nodes[]` — at least one; ids unique.
 *
 * Node (every kind): `id`, `kind`, optional `title` (the heading; default "Step n"), `text`,
 * `html` (rich text, sanitized; shown instead of `text`).
 * - `scene` — a situation to read or watch: optional `image` `{ src, alt }`, optional `video`
 *   `{ src, captions?, poster?, title? }` (played by `<spoc-capsule>` when that element is
 *   loaded), and `next`: the node that follows.
 * - `choice` — `options[]` (2–5) `{ id, text, next, feedback?, points? }`: the learner picks one,
 *   reads its feedback, goes on to its `next` node. Points (≥ 0) add up along the path.
 * - `checklist` — `items[]` `{ id, text, mandatory? }` to tick before going on to `next`; the
 *   mandatory ones must be ticked.
 * - `end` — an outcome: optional `band` (the outcome's label, "Entretien réussi"), `score`
 *   (0–1: the scenario's scaled score when this end is reached, instead of the points), and
 *   `retry` (default true: "try again" is offered).
 *
 * Graph checks at load: `start` must name a node, every `next` must name a node, every node must
 * be reachable from the start, and from every node an end must be reachable (no cycle without an
 * exit). Each problem is reported with its path (`nodes[3].options[1].next`).
 */
import * as z from 'zod/mini';
import { addIssue, checkUniqueIds, idSchema, localizedText, mediaUrlSchema } from '../../internal/validation.js';

const fraction = () => z.number().check(z.gte(0), z.lte(1));

const common = {
  id: idSchema,
  title: z.optional(localizedText),
  text: z.optional(localizedText),
  html: z.optional(localizedText),
};

export const sceneNodeSchema = z.strictObject({
  ...common,
  kind: z.literal('scene'),
  image: z.optional(z.strictObject({ src: mediaUrlSchema, alt: localizedText })),
  video: z.optional(
    z.strictObject({ src: mediaUrlSchema, captions: z.optional(mediaUrlSchema), poster: z.optional(mediaUrlSchema), title: z.optional(localizedText) }),
  ),
  next: idSchema,
});

export const choiceOptionSchema = z.strictObject({
  id: idSchema,
  text: localizedText,
  next: idSchema,
  feedback: z.optional(localizedText),
  points: z.optional(z.number().check(z.gte(0))),
});

export const choiceNodeSchema = z.strictObject({
  ...common,
  kind: z.literal('choice'),
  options: z.array(choiceOptionSchema).check(z.minLength(2), z.maxLength(5)),
});

export const checklistNodeSchema = z.strictObject({
  ...common,
  kind: z.literal('checklist'),
  items: z.array(z.strictObject({ id: idSchema, text: localizedText, mandatory: z.optional(z.boolean()) })).check(z.minLength(1)),
  next: idSchema,
});

export const endNodeSchema = z.strictObject({
  ...common,
  kind: z.literal('end'),
  band: z.optional(localizedText),
  score: z.optional(fraction()),
  retry: z.optional(z.boolean()),
});

export const scenarioNodeSchema = z.discriminatedUnion('kind', [sceneNodeSchema, choiceNodeSchema, checklistNodeSchema, endNodeSchema]);

export type ScenarioNode = z.infer<typeof scenarioNodeSchema>;
export type ChoiceNode = z.infer<typeof choiceNodeSchema>;
export type ChecklistNode = z.infer<typeof checklistNodeSchema>;
export type EndNode = z.infer<typeof endNodeSchema>;
export type SceneNode = z.infer<typeof sceneNodeSchema>;

/** The ids a node leads to, each with the path of the field that names it. */
export function linksOf(node: ScenarioNode): Array<{ to: string; path: PropertyKey[] }> {
  switch (node.kind) {
    case 'choice':
      return node.options.map((option, i) => ({ to: option.next, path: ['options', i, 'next'] }));
    case 'end':
      return [];
    default:
      return [{ to: node.next, path: ['next'] }];
  }
}

/** The first node: `start`, else the first of `nodes`. */
export const startOf = (scenario: { start?: string | undefined; nodes: ReadonlyArray<{ id: string }> }) => scenario.start ?? scenario.nodes[0]!.id;

/** Graph checks: missing start, dangling links, unreachable nodes, nodes with no way to an end. */
function checkGraph(ctx: z.core.$RefinementCtx, scenario: { start?: string | undefined; nodes: readonly ScenarioNode[] }): void {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const start = startOf(scenario);
  if (!byId.has(start)) {
    addIssue(ctx, 'scenario-missing-start', ['start'], start);
    return;
  }
  scenario.nodes.forEach((node, n) => {
    for (const link of linksOf(node)) if (!byId.has(link.to)) addIssue(ctx, 'unknown-reference', ['nodes', n, ...link.path], link.to);
  });
  const next = (id: string) => linksOf(byId.get(id)!).map((link) => link.to).filter((to) => byId.has(to));
  // Reachable from the start.
  const reached = new Set([start]);
  const queue = [start];
  while (queue.length) for (const to of next(queue.shift()!)) if (!reached.has(to)) reached.add(to), queue.push(to);
  // Can reach an end: walk the links backwards from every end.
  const back = new Map<string, string[]>();
  for (const node of scenario.nodes) for (const to of next(node.id)) back.set(to, [...(back.get(to) ?? []), node.id]);
  const exits = new Set(scenario.nodes.filter((node) => node.kind === 'end').map((node) => node.id));
  const pending = [...exits];
  while (pending.length) for (const from of back.get(pending.shift()!) ?? []) if (!exits.has(from)) exits.add(from), pending.push(from);
  scenario.nodes.forEach((node, n) => {
    if (!reached.has(node.id)) addIssue(ctx, 'scenario-unreachable', ['nodes', n, 'id'], node.id);
    else if (!exits.has(node.id)) addIssue(ctx, 'scenario-no-exit', ['nodes', n, 'id'], node.id);
  });
}

export const scenarioDefinitionSchema = z
  .strictObject({
    id: idSchema,
    title: z.optional(localizedText),
    description: z.optional(localizedText),
    lang: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))),
    start: z.optional(idSchema),
    passScore: z.optional(fraction()),
    maxScore: z.optional(z.number().check(z.positive())),
    allowBack: z.optional(z.boolean()),
    nodes: z.array(scenarioNodeSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((scenario, ctx) => {
      checkUniqueIds(ctx, scenario.nodes, ['nodes']);
      scenario.nodes.forEach((node, n) => {
        if (node.kind === 'choice') checkUniqueIds(ctx, node.options, ['nodes', n, 'options']);
        if (node.kind === 'checklist') checkUniqueIds(ctx, node.items, ['nodes', n, 'items']);
      });
      checkGraph(ctx, scenario);
    }),
  );

export type ScenarioDefinition = z.infer<typeof scenarioDefinitionSchema>;

/**
 * The points of the best path from the start to an end (each node counted once), what a learner
 * can reach at most; `maxScore` when the definition gives it.
 */
export function bestScore(scenario: ScenarioDefinition): number {
  if (scenario.maxScore !== undefined) return scenario.maxScore;
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  let best = 0;
  let budget = 20000; // simple paths can be many in a large graph: past this, the sum of each choice's best
  const walk = (id: string, seen: Set<string>, sum: number): void => {
    if (--budget < 0) return;
    const node = byId.get(id);
    if (!node || seen.has(id)) return;
    if (node.kind === 'end') best = Math.max(best, sum);
    const inner = new Set(seen).add(id);
    if (node.kind === 'choice') for (const option of node.options) walk(option.next, inner, sum + (option.points ?? 0));
    else if (node.kind !== 'end') walk(node.next, inner, sum);
  };
  walk(startOf(scenario), new Set(), 0);
  if (budget < 0) {
    best = scenario.nodes.reduce((sum, node) => sum + (node.kind === 'choice' ? Math.max(...node.options.map((o) => o.points ?? 0)) : 0), 0);
  }
  return best;
}
