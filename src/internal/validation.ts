/**
 * zod at the boundary: parse, and turn every problem into a localized line with its path.
 * Our own refinements report `custom` issues whose message is a catalog key (`duplicate-id` …)
 * and whose `params.ref` names the offending value.
 */
import * as z from 'zod/mini';
import type { core } from 'zod/mini';
import type { SpocErrorDetail, SpocIssue } from '../events/spoc-error.js';
import type { Translation } from '../i18n/translation.js';
import { isSafeUrl } from './url-policy.js';

/** `['questions', 1, 'choices', 0, 'id']` → `questions[1].choices[0].id`. */
export function formatPath(path: ReadonlyArray<PropertyKey>, root: string): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || root;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  // zod refuses NaN and ±Infinity as numbers: "expected a number, got a number" would say nothing.
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'Infinity';
  return typeof value;
}

/** The expected types of a union whose every branch failed on the type itself ("text or an object"). */
function unionTypes(issue: core.$ZodIssueInvalidUnion): string[] | undefined {
  const expected = new Set<string>();
  for (const branch of issue.errors) {
    const first = branch[0];
    if (branch.length !== 1 || first?.code !== 'invalid_type' || first.path.length > 0) return undefined;
    expected.add(first.expected === 'record' ? 'object' : first.expected);
  }
  return expected.size ? [...expected] : undefined;
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Our own catalog entry when an issue's message is one of its keys (custom checks, regexes). */
function ownMessage(issue: core.$ZodIssue, t: Translation): string | undefined {
  if (issue.code !== 'custom' && issue.code !== 'invalid_format') return undefined;
  const own = (t.issues as unknown as Record<string, string | ((ref: string) => string)>)[issue.message];
  if (typeof own === 'function') return own(String((issue as core.$ZodIssueCustom).params?.['ref'] ?? ''));
  return own;
}

function describe(issue: core.$ZodIssue, t: Translation): string {
  const types = t.types as Record<string, string>;
  const { issues } = t;
  const own = ownMessage(issue, t);
  if (own !== undefined) return own;
  switch (issue.code) {
    case 'invalid_type': {
      const received = typeName(issue.input);
      return issues.invalid_type(types[issue.expected] ?? issue.expected, types[received] ?? received);
    }
    case 'too_small':
      return issues.too_small(String(issue.minimum), issue.origin);
    case 'too_big':
      return issues.too_big(String(issue.maximum), issue.origin);
    case 'invalid_format': {
      const formats = t.formats as Record<string, string>;
      return issues.invalid_format(formats[issue.format] ?? formats['regex']!);
    }
    case 'invalid_value':
      return issues.invalid_value(list(issue.values));
    case 'unrecognized_keys':
      return issues.unrecognized_keys(issue.keys.join(', '));
    case 'not_multiple_of':
      return issues.not_multiple_of(String(issue.divisor));
    case 'invalid_union': {
      const expected = unionTypes(issue);
      if (!expected) return issues.invalid_union;
      const received = typeName(issue.input);
      return issues.invalid_type(t.or(expected.map((type) => types[type] ?? type)), types[received] ?? received);
    }
    case 'invalid_key':
    case 'invalid_element':
      return issues[issue.code];
    default:
      return issues.custom;
  }
}

/** zod issues as the error view lists them. */
export function localizeIssues(issues: readonly core.$ZodIssue[], t: Translation): SpocIssue[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path, t.errorPathRoot),
    code: ownMessage(issue, t) === undefined ? issue.code : issue.message,
    message: describe(issue, t),
  }));
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; error: SpocErrorDetail };

/** Parses `data` with `schema`; on failure, a `spoc-error` detail with each problem localized. */
export function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown, t: Translation): ParseOutcome<T> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    error: { code: 'invalid-definition', message: t.errors['invalid-definition'], issues: localizeIssues(result.error.issues, t) },
  };
}

/** Adds a custom issue whose message is a catalog key. */
export function addIssue(
  ctx: core.$RefinementCtx,
  key: 'duplicate-id' | 'unknown-reference' | 'not-an-iri' | 'min-above-max' | (string & {}),
  path: PropertyKey[],
  ref?: string,
): void {
  ctx.issues.push({ code: 'custom', message: key, path, input: ctx.value, params: ref === undefined ? {} : { ref } } as core.$ZodRawIssue);
}

/** Reports every id that appears twice in `items` (path: `[...base, index, 'id']`). */
export function checkUniqueIds(ctx: core.$RefinementCtx, items: ReadonlyArray<{ id: string }>, base: PropertyKey[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) addIssue(ctx, 'duplicate-id', [...base, index, 'id'], item.id);
    seen.add(item.id);
  });
}

// ---------------------------------------------------------------------------------------------
// Schemas shared by every element's data.

/** Plain text, or text per language (`{ "fr": "…", "en": "…" }`). */
export const localizedText = z.union([
  z.string(),
  z.record(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)), z.string()),
]);
export type LocalizedText = z.infer<typeof localizedText>;

/** An absolute IRI (scheme + something), reported with our own localized message. */
export const iriSchema = z.string().check(z.regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'not-an-iri'));

/** A link from data (https, http or relative): anything else is refused with `unsafe-url`. */
export const linkUrlSchema = z.string().check(z.minLength(1), z.refine((value) => isSafeUrl(value, 'link'), 'unsafe-url'));

/** A media URL from data (video, poster, captions, images): https, http, relative or blob. */
export const mediaUrlSchema = z.string().check(z.minLength(1), z.refine((value) => isSafeUrl(value, 'media'), 'unsafe-url'));

/** Non-empty id without whitespace (xAPI component ids should not contain any). */
export const idSchema = z.string().check(z.minLength(1), z.regex(/^\S+$/));

/** The text for a language: exact tag, then primary language, then the first given. */
export function textOf(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const primary = lang.toLowerCase().split('-')[0]!;
  const keys = Object.keys(text);
  const key =
    keys.find((k) => k.toLowerCase() === lang.toLowerCase()) ?? keys.find((k) => k.toLowerCase().split('-')[0] === primary) ?? keys[0];
  return key === undefined ? '' : text[key]!;
}

/** The language `textOf(text, lang)` actually shows: `lang` when the map has it, else `contentLang`. */
export function langOf(text: LocalizedText | undefined, lang: string, contentLang: string): string {
  if (text === undefined || typeof text === 'string') return contentLang;
  const primary = lang.toLowerCase().split('-')[0]!;
  return Object.keys(text).find((k) => k.toLowerCase() === lang.toLowerCase() || k.toLowerCase().split('-')[0] === primary) ?? Object.keys(text)[0] ?? contentLang;
}

/** A localized text as an xAPI language map (plain text is tagged with the content language). */
export function languageMap(text: LocalizedText | undefined, contentLang: string): Record<string, string> | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { [contentLang]: text };
  return { ...text };
}
