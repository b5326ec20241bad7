/**
 * `result.response` and `correctResponsesPattern` strings for the ten xAPI interaction types,
 * exactly as xAPI 1.0.3 writes them: `[,]` between items, `[.]` inside pairs, `[:]` for numeric
 * ranges, `{case_matters=…}` / `{order_matters=…}` at the start, `{lang=…}` before an item.
 */
import type { InteractionType } from './statement.js';

export interface NumericRange {
  min?: number;
  max?: number;
}

/** The decoded value of a response (or of one correct pattern) per interaction type. */
export interface InteractionValues {
  'true-false': boolean;
  choice: string[];
  'fill-in': string[];
  'long-fill-in': string[];
  matching: Array<[source: string, target: string]>;
  performance: Array<[step: string, response: string | NumericRange]>;
  sequencing: string[];
  likert: string;
  numeric: number | NumericRange;
  other: string;
}

/** Characterstring parameters a correct response pattern may carry. */
export interface PatternOptions {
  /** fill-in / long-fill-in; the spec's default is `false`. */
  caseMatters?: boolean;
  /** fill-in / long-fill-in / performance; the spec's default is `true`. */
  orderMatters?: boolean;
  /** Language of the text items (fill-in, long-fill-in), written `{lang=…}` before each. */
  lang?: string;
}

export interface DecodedPattern<T extends InteractionType> extends PatternOptions {
  value: InteractionValues[T];
}

const LIST = '[,]';
const PAIR = '[.]';
const RANGE = '[:]';

const split = (text: string, separator: string) => (text === '' ? [] : text.split(separator));
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));
const parseNumber = (text: string) => (text === '' ? undefined : Number(text));

/** Digits after the decimal point of a number as written (`1.25` → 2, `1e-3` → 3). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = '', exponent = '0'] = String(value).toLowerCase().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * The range `value ± tolerance`, its bounds rounded to the precision the author wrote
 * (`1.2 ± 0.3` is `0.9[:]1.5`, never `0.8999999999999999[:]1.5`). Scoring compares with exactly
 * these bounds, so the written pattern and the verdict always agree.
 */
export function toleranceRange(value: number, tolerance: number): Required<NumericRange> {
  const digits = Math.min(20, Math.max(decimalsOf(value), decimalsOf(tolerance)));
  const round = (n: number) => Number(n.toFixed(digits));
  return { min: round(value - tolerance), max: round(value + tolerance) };
}

function encodeRange(range: NumericRange, separator: string): string {
  return `${numberText(range.min)}${separator}${numberText(range.max)}`;
}

function decodeRange(text: string, separator: string): NumericRange {
  const [min, max] = text.split(separator) as [string, string];
  const range: NumericRange = {};
  if (min !== '') range.min = Number(min);
  if (max !== '') range.max = Number(max);
  return range;
}

/** Encodes a learner's response (or, with `encodePattern`, a correct answer) as xAPI text. */
export function encodeResponse<T extends InteractionType>(type: T, value: InteractionValues[T]): string {
  switch (type) {
    case 'true-false':
      return String(value as boolean);
    case 'choice':
    case 'sequencing':
    case 'fill-in':
    case 'long-fill-in':
      return (value as string[]).join(LIST);
    case 'matching':
      return (value as InteractionValues['matching']).map(([s, t]) => `${s}${PAIR}${t}`).join(LIST);
    case 'performance':
      return (value as InteractionValues['performance'])
        .map(([step, answer]) => `${step}${PAIR}${typeof answer === 'string' ? answer : encodeRange(answer, ':')}`)
        .join(LIST);
    case 'numeric':
      return typeof value === 'number' ? String(value) : encodeRange(value as NumericRange, RANGE);
    default:
      return String(value);
  }
}

/** Decodes an xAPI response string into the value for its interaction type. */
export function decodeResponse<T extends InteractionType>(type: T, text: string): InteractionValues[T] {
  return decodeValue(type, text);
}

function decodeValue<T extends InteractionType>(type: T, text: string): InteractionValues[T] {
  let value: unknown;
  switch (type) {
    case 'true-false':
      value = text === 'true';
      break;
    case 'choice':
    case 'sequencing':
    case 'fill-in':
    case 'long-fill-in':
      value = split(text, LIST);
      break;
    case 'matching':
      value = split(text, LIST).map((pair) => pair.split(PAIR));
      break;
    case 'performance':
      value = split(text, LIST).map((pair) => {
        const [step, answer = ''] = pair.split(PAIR) as [string, string?];
        const isRange = /^-?\d*\.?\d*:-?\d*\.?\d*$/.test(answer) && answer.includes(':');
        return [step, isRange ? decodeRange(answer, ':') : answer];
      });
      break;
    case 'numeric':
      value = text.includes(RANGE) ? decodeRange(text, RANGE) : parseNumber(text);
      break;
    default:
      value = text;
  }
  return value as InteractionValues[T];
}

const TEXT_TYPES: ReadonlySet<InteractionType> = new Set(['fill-in', 'long-fill-in']);

/** Encodes one `correctResponsesPattern` entry, with its characterstring parameters. */
export function encodePattern<T extends InteractionType>(
  type: T,
  value: InteractionValues[T],
  options: PatternOptions = {},
): string {
  let prefix = '';
  if (options.caseMatters !== undefined && TEXT_TYPES.has(type)) prefix += `{case_matters=${options.caseMatters}}`;
  if (options.orderMatters !== undefined && (TEXT_TYPES.has(type) || type === 'performance')) {
    prefix += `{order_matters=${options.orderMatters}}`;
  }
  if (options.lang && TEXT_TYPES.has(type)) {
    return prefix + (value as string[]).map((item) => `{lang=${options.lang}}${item}`).join(LIST);
  }
  return prefix + encodeResponse(type, value);
}

/** Decodes one `correctResponsesPattern` entry, returning its value and parameters. */
export function decodePattern<T extends InteractionType>(type: T, pattern: string): DecodedPattern<T> {
  const options: PatternOptions = {};
  let rest = pattern;
  for (;;) {
    const match = /^\{(case_matters|order_matters)=(true|false)\}/.exec(rest);
    if (!match) break;
    if (match[1] === 'case_matters') options.caseMatters = match[2] === 'true';
    else options.orderMatters = match[2] === 'true';
    rest = rest.slice(match[0].length);
  }
  let value = decodeValue(type, rest);
  if (TEXT_TYPES.has(type)) {
    value = (value as string[]).map((item) => {
      const lang = /^\{lang=([^}]+)\}/.exec(item);
      if (!lang) return item;
      options.lang = lang[1];
      return item.slice(lang[0].length);
    }) as InteractionValues[T];
  }
  return { ...options, value };
}

function inRange(value: number, range: NumericRange): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

function matchesOne<T extends InteractionType>(type: T, response: InteractionValues[T], pattern: DecodedPattern<T>): boolean {
  switch (type) {
    case 'choice':
      return sameSet(response as string[], pattern.value as string[]);
    case 'matching': {
      const pairs = (list: InteractionValues['matching']) => list.map(([s, t]) => `${s}\u0001${t}`);
      return sameSet(pairs(response as InteractionValues['matching']), pairs(pattern.value as InteractionValues['matching']));
    }
    case 'fill-in':
    case 'long-fill-in': {
      const fold = (text: string) => (pattern.caseMatters ? text.trim() : text.trim().toLocaleLowerCase());
      const given = (response as string[]).map(fold);
      const expected = (pattern.value as string[]).map(fold);
      return pattern.orderMatters === false ? sameSet(given, expected) : given.join(LIST) === expected.join(LIST);
    }
    case 'numeric': {
      const expected = pattern.value as InteractionValues['numeric'];
      const given = response as InteractionValues['numeric'];
      if (typeof given !== 'number' || Number.isNaN(given)) return false;
      return typeof expected === 'number' ? given === expected : inRange(given, expected);
    }
    case 'performance': {
      const expected = pattern.value as InteractionValues['performance'];
      const given = response as InteractionValues['performance'];
      const stepMatches = ([step, answer]: [string, string | NumericRange], [gStep, gAnswer]: [string, string | NumericRange]) =>
        step === gStep &&
        (typeof answer === 'string'
          ? answer === gAnswer
          : typeof gAnswer === 'string' && gAnswer !== '' && inRange(Number(gAnswer), answer));
      if (expected.length !== given.length) return false;
      if (pattern.orderMatters === false) return expected.every((e) => given.some((g) => stepMatches(e, g)));
      return expected.every((e, i) => stepMatches(e, given[i]!));
    }
    default:
      return encodeResponse(type, response) === encodeResponse(type, pattern.value);
  }
}

/**
 * Whether a response matches the correct responses pattern: it must match one entry of the array
 * entirely (xAPI's "any of" semantics). `undefined` when the pattern is absent (no right answer).
 */
export function matchesPattern<T extends InteractionType>(
  type: T,
  response: InteractionValues[T],
  correctResponsesPattern: readonly string[] | undefined,
): boolean | undefined {
  if (correctResponsesPattern === undefined) return undefined;
  return correctResponsesPattern.some((pattern) => matchesOne(type, response, decodePattern(type, pattern)));
}
