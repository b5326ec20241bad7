/**
 * What `<spoc-scenario>` says in xAPI, as pure functions of the definition and the run: the
 * scenario and node activities, the score, and the statement bodies (verb, object, result) the
 * element sends with its context.
 */
import { languageMap, textOf } from '../../internal/validation.js';
import type { Activity, ActivityDefinition, PartialStatement, Score } from '../../xapi/statement.js';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from '../../xapi/vocabulary.js';
import { bestScore, type ChecklistNode, type ChoiceNode, type ScenarioDefinition, type ScenarioNode } from './scenario.schema.js';

/** One play of the scenario, as kept for resume. */
export interface Run {
  attempt: number;
  /** Epoch ms of the learner's first action; absent before it. */
  startedAt?: number;
  /** Node ids in the order visited; the last is the current node. */
  path: string[];
  /** Choice node → option chosen (the last time the learner was there). */
  choices: Record<string, string>;
  /** Checklist node → items ticked. */
  ticked: Record<string, string[]>;
  finished: boolean;
  durationMs?: number;
}

/** xAPI's list separator in a `choice` response (see src/xapi/interactions.ts). */
const LIST = '[,]';

type Body = Pick<PartialStatement, 'verb' | 'object' | 'result'>;

export function scenarioActivity(scenario: ScenarioDefinition, id: string, lang: string): Activity {
  const definition: ActivityDefinition = { type: ACTIVITY_TYPES.scenario };
  const name = languageMap(scenario.title, lang);
  if (name) definition.name = name;
  const description = languageMap(scenario.description, lang);
  if (description) definition.description = description;
  return { objectType: 'Activity', id, definition };
}

/** A node's activity: `<scenario>/node/<id>`, named by its title (else its text, else its id). */
export function nodeActivity(scenarioId: string, node: ScenarioNode, lang: string, extra: ActivityDefinition = {}): Activity {
  const definition: ActivityDefinition = { name: languageMap(node.title ?? node.text, lang) ?? { [lang]: node.id }, ...extra };
  if (node.title && node.text) definition.description = languageMap(node.text, lang)!;
  return { objectType: 'Activity', id: `${scenarioId}/node/${encodeURIComponent(node.id)}`, definition };
}

const components = (items: ReadonlyArray<{ id: string; text: Parameters<typeof languageMap>[0] }>, lang: string) =>
  items.map((item) => ({ id: item.id, description: languageMap(item.text, lang)! }));

/** `answered` on a choice: a `choice` interaction, the option as `response`, its points as score. */
export function answeredChoice(scenarioId: string, node: ChoiceNode, optionId: string, lang: string): Body {
  const option = node.options.find((o) => o.id === optionId)!;
  const max = Math.max(...node.options.map((o) => o.points ?? 0));
  const result: PartialStatement['result'] = { response: option.id };
  if (max > 0) result.score = { raw: option.points ?? 0, min: 0, max, scaled: Math.round(((option.points ?? 0) / max) * 10000) / 10000 };
  return {
    verb: VERBS.answered,
    object: nodeActivity(scenarioId, node, lang, { type: ACTIVITY_TYPES.interaction, interactionType: 'choice', choices: components(node.options, lang) }),
    result,
  };
}

/** `answered` on a checklist: the items ticked, as a `choice` interaction's response. */
export function answeredChecklist(scenarioId: string, node: ChecklistNode, ticked: readonly string[], lang: string): Body {
  const order = node.items.map((item) => item.id).filter((id) => ticked.includes(id));
  const correct = node.items.filter((item) => item.mandatory).map((item) => item.id);
  const extra: ActivityDefinition = { type: ACTIVITY_TYPES.interaction, interactionType: 'choice', choices: components(node.items, lang) };
  if (correct.length) extra.correctResponsesPattern = [correct.join(LIST)];
  return {
    verb: VERBS.answered,
    object: nodeActivity(scenarioId, node, lang, extra),
    result: { response: order.join(LIST), completion: true },
  };
}

/** `experienced` on a scene the learner went through. */
export function experiencedScene(scenarioId: string, node: ScenarioNode, lang: string): Body {
  return { verb: VERBS.experienced, object: nodeActivity(scenarioId, node, lang) };
}

/**
 * The run's score: the end node's `score` when it has one, else the points of the options chosen
 * along the path (each node once) over the best path's points. `undefined` when nothing is scored.
 */
export function scoreOf(scenario: ScenarioDefinition, run: Run): Score & { raw: number; min: number; max: number; scaled: number } | undefined {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const last = byId.get(run.path[run.path.length - 1] ?? '');
  if (last?.kind === 'end' && last.score !== undefined) return { raw: last.score, min: 0, max: 1, scaled: last.score };
  const max = bestScore(scenario);
  if (!max) return undefined;
  let raw = 0;
  for (const id of new Set(run.path)) {
    const node = byId.get(id);
    if (node?.kind === 'choice') raw += node.options.find((o) => o.id === run.choices[id])?.points ?? 0;
  }
  raw = Math.min(raw, max);
  return { raw, min: 0, max, scaled: Math.round((raw / max) * 10000) / 10000 };
}

/** `completed` (and the `passed` / `failed` that follows with a pass mark): score, duration, path. */
export function finishedBodies(activity: Activity, score: Score | undefined, passed: boolean | undefined, duration: string, path: string[]): Body[] {
  const common = {
    duration,
    ...(score ? { score } : {}),
    ...(passed === undefined ? {} : { success: passed }),
    extensions: { [EXTENSIONS.spoc.path]: path },
  };
  const bodies: Body[] = [{ verb: VERBS.completed, object: activity, result: { completion: true, ...common } }];
  if (passed !== undefined) bodies.push({ verb: passed ? VERBS.passed : VERBS.failed, object: activity, result: common });
  return bodies;
}

/** The node's text for a language, for the path recap. */
export const nodeLabel = (node: ScenarioNode, lang: string, fallback: string) => textOf(node.title, lang) || fallback;
