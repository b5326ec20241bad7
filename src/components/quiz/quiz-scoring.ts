/**
 * Pure quiz logic (no DOM): what a learner's response is worth, how it is written in xAPI, and the
 * question as a `cmi.interaction` activity definition. Scores are fractions 0–1 of the weight.
 */
import { languageMap, type LocalizedText } from '../../internal/validation.js';
import { encodePattern, encodeResponse, matchesPattern, toleranceRange, type PatternOptions } from '../../xapi/interactions.js';
import type { ActivityDefinition, InteractionComponent, InteractionType } from '../../xapi/statement.js';
import { ACTIVITY_TYPES } from '../../xapi/vocabulary.js';
import type { Question } from './quiz.schema.js';

/** A learner's response as the form holds it, per question type. */
export interface QuizResponses {
  choice: string;
  'multiple-response': string[];
  'true-false': boolean;
  'fill-in': Record<string, string>;
  numeric: string;
  sequencing: string[];
  matching: Record<string, string>;
}
export type QuizResponse = QuizResponses[keyof QuizResponses];

export interface Evaluation {
  questionId: string;
  /** 0–1: share of the question's points earned. */
  fraction: number;
  correct: boolean;
  points: number;
  max: number;
  /** `result.response` in the interaction type's xAPI format. */
  response: string;
}

/** Reads a decimal typed as "3,5" (French) or "3.5"; NaN when it is not a number. */
export function parseDecimal(text: string): number {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  return normalized === '' || !/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(normalized) ? Number.NaN : Number(normalized);
}

const interactionTypes: Record<Question['type'], InteractionType> = {
  choice: 'choice',
  'multiple-response': 'choice',
  'true-false': 'true-false',
  'fill-in': 'fill-in',
  numeric: 'numeric',
  sequencing: 'sequencing',
  matching: 'matching',
};

/** Whether a gap's answer is one of its accepted answers (case ignored unless `caseSensitive`). */
export function gapIsRight(gap: { answers: readonly string[]; caseSensitive?: boolean | undefined }, text: string | undefined): boolean {
  const given = (text ?? '').trim();
  return gap.answers.some((answer) => (gap.caseSensitive ? answer.trim() === given : answer.trim().toLocaleLowerCase() === given.toLocaleLowerCase()));
}

const ratio = (right: number, total: number) => (total === 0 ? 0 : Math.max(0, Math.min(1, right / total)));

function fraction(question: Question, response: QuizResponse | undefined): number {
  if (response === undefined) return 0;
  switch (question.type) {
    case 'choice':
      return response === question.correct ? 1 : 0;
    case 'true-false':
      return response === question.correct ? 1 : 0;
    case 'multiple-response': {
      // Each right pick earns, each wrong pick costs (no guessing everything for full marks).
      const picked = response as string[];
      const right = picked.filter((id) => question.correct.includes(id)).length;
      const wrong = picked.length - right;
      return question.correct.length === 0 ? (picked.length === 0 ? 1 : 0) : ratio(right - wrong, question.correct.length);
    }
    case 'fill-in': {
      const answers = response as Record<string, string>;
      const right = question.gaps.filter((gap) => gapIsRight(gap, answers[gap.id])).length;
      return ratio(right, question.gaps.length);
    }
    case 'numeric': {
      const value = parseDecimal(response as string);
      if (Number.isNaN(value)) return 0;
      // Exactly what the written correctResponsesPattern says: no hidden margin.
      return matchesPattern('numeric', value, correctPatterns(question, '')) ? 1 : 0;
    }
    case 'sequencing': {
      const order = response as string[];
      return order.length === question.items.length && question.items.every((item, i) => order[i] === item.id) ? 1 : 0;
    }
    case 'matching': {
      const chosen = response as Record<string, string>;
      return ratio(question.pairs.filter(([source, target]) => chosen[source] === target).length, question.pairs.length);
    }
    default:
      return 0;
  }
}

/** `result.response` for a response, in the xAPI format of the question's interaction type. */
export function encodeQuizResponse(question: Question, response: QuizResponse | undefined): string {
  switch (question.type) {
    case 'choice':
      return response === undefined ? '' : encodeResponse('choice', [response as string]);
    case 'multiple-response':
      return encodeResponse('choice', (response as string[] | undefined) ?? []);
    case 'true-false':
      return response === undefined ? '' : encodeResponse('true-false', response as boolean);
    case 'fill-in': {
      const answers = (response as Record<string, string> | undefined) ?? {};
      return encodeResponse('fill-in', question.gaps.map((gap) => (answers[gap.id] ?? '').trim()));
    }
    case 'numeric': {
      const value = parseDecimal((response as string | undefined) ?? '');
      return Number.isNaN(value) ? ((response as string | undefined) ?? '').trim() : encodeResponse('numeric', value);
    }
    case 'sequencing':
      return encodeResponse('sequencing', (response as string[] | undefined) ?? []);
    case 'matching': {
      const chosen = (response as Record<string, string> | undefined) ?? {};
      return encodeResponse('matching', question.source.filter((s) => chosen[s.id]).map((s): [string, string] => [s.id, chosen[s.id]!]));
    }
    default:
      return '';
  }
}

/** Scores one response. */
export function evaluate(question: Question, response: QuizResponse | undefined): Evaluation {
  const max = question.weight ?? 1;
  const earned = fraction(question, response);
  return {
    questionId: question.id,
    fraction: earned,
    correct: earned === 1,
    points: Math.round(earned * max * 1000) / 1000,
    max,
    response: encodeQuizResponse(question, response),
  };
}

/** Whether the learner has given something for every part of the question. */
export function isAnswered(question: Question, response: QuizResponse | undefined): boolean {
  if (response === undefined) return false;
  switch (question.type) {
    case 'multiple-response':
      return (response as string[]).length > 0;
    case 'fill-in':
      return question.gaps.some((gap) => ((response as Record<string, string>)[gap.id] ?? '').trim() !== '');
    case 'numeric':
      return (response as string).trim() !== '';
    case 'matching':
      return Object.values(response as Record<string, string>).some(Boolean);
    default:
      return true;
  }
}

/** Every combination of the gaps' alternatives, capped: the pattern is informative, not exhaustive. */
function fillInPatterns(question: Extract<Question, { type: 'fill-in' }>, lang: string): string[] {
  let combinations: string[][] = [[]];
  for (const gap of question.gaps) {
    combinations = combinations.flatMap((prefix) => gap.answers.map((answer) => [...prefix, answer])).slice(0, 32);
  }
  const options: PatternOptions = { caseMatters: question.gaps.some((gap) => gap.caseSensitive), lang };
  return combinations.map((values) => encodePattern('fill-in', values, options));
}

function correctPatterns(question: Question, lang: string): string[] {
  switch (question.type) {
    case 'choice':
      return [encodePattern('choice', [question.correct])];
    case 'multiple-response':
      return [encodePattern('choice', question.correct)];
    case 'true-false':
      return [encodePattern('true-false', question.correct)];
    case 'fill-in':
      return fillInPatterns(question, lang);
    case 'numeric': {
      const { correct } = question;
      if (typeof correct === 'number') return [encodePattern('numeric', correct)];
      if ('min' in correct) return [encodePattern('numeric', { min: correct.min, max: correct.max })];
      return [encodePattern('numeric', toleranceRange(correct.value, correct.tolerance))];
    }
    case 'sequencing':
      return [encodePattern('sequencing', question.items.map((i) => i.id))];
    case 'matching':
      return [encodePattern('matching', question.pairs as Array<[string, string]>)];
    default:
      return [];
  }
}

const components = (items: ReadonlyArray<{ id: string; text: LocalizedText }>, lang: string): InteractionComponent[] =>
  items.map((item) => ({ id: item.id, description: languageMap(item.text, lang)! }));

/** A blank as written in descriptions (xAPI, SCORM) and read in gap labels. */
export const BLANK = '____';

/** The fill-in sentence with each `[[gapId]]` written as a blank. */
export function blanked(text: LocalizedText, blank: (gapId: string) => string = () => BLANK): LocalizedText {
  const replace = (value: string) => value.replace(/\[\[([^\]]+)\]\]/g, (_, id: string) => blank(id));
  return typeof text === 'string' ? replace(text) : Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, replace(value)]));
}

/** The question as a `cmi.interaction` activity definition, texts as language maps in `lang`. */
export function interactionDefinition(question: Question, lang: string): ActivityDefinition {
  const definition: ActivityDefinition = {
    type: ACTIVITY_TYPES.interaction,
    name: languageMap(question.prompt, lang)!,
    interactionType: interactionTypes[question.type],
    correctResponsesPattern: correctPatterns(question, lang),
  };
  if (question.type === 'fill-in') definition.description = languageMap(blanked(question.text), lang)!;
  if (question.type === 'choice' || question.type === 'multiple-response') definition.choices = components(question.choices, lang);
  if (question.type === 'sequencing') definition.choices = components(question.items, lang);
  if (question.type === 'matching') {
    definition.source = components(question.source, lang);
    definition.target = components(question.target, lang);
  }
  return definition;
}

/** Overall score of an attempt. */
export function totalScore(questions: readonly Question[], evaluations: ReadonlyMap<string, Evaluation>) {
  const max = questions.reduce((sum, q) => sum + (q.weight ?? 1), 0);
  const raw = Math.round(questions.reduce((sum, q) => sum + (evaluations.get(q.id)?.points ?? 0), 0) * 1000) / 1000;
  return { raw, min: 0, max, scaled: max === 0 ? 0 : Math.round((raw / max) * 10000) / 10000 };
}

// Seeded shuffle: the same learner sees the same order on reload (FNV-1a seed, mulberry32 PRNG).
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function seededShuffle<T>(list: readonly T[], seed: string): T[] {
  let state = hash(seed);
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
