/**
 * What SCORM 1.2 and SCORM 2004 (4th ed.) accept, value by value: element names, session time,
 * interaction types, responses, results and resume data. Pure functions; the bridge (scorm.ts)
 * does the calls.
 */
import { strFromU8, strToU8, deflateSync, inflateSync } from 'fflate';
import { decodePattern, decodeResponse, type InteractionValues, type NumericRange } from './interactions.js';
import type { InteractionType } from './statement.js';
import { isoDuration } from './ids.js';

export type ScormVersion = '1.2' | '2004';

/** The data model elements the bridge writes, by version. */
export const ELEMENTS = {
  '1.2': {
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    mode: 'cmi.core.lesson_mode',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    interactionCount: 'cmi.interactions._count',
    response: 'student_response',
    timestamp: 'time',
  },
  '2004': {
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    mode: 'cmi.mode',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    interactionCount: 'cmi.interactions._count',
    response: 'learner_response',
    timestamp: 'timestamp',
  },
} as const;

/** Size limits of the spec (SCORM 1.2 CMIString4096 / CMIString255; 2004 SPM 64000 / 1000). */
export const LIMITS = {
  '1.2': { suspendData: 4096, location: 255, response: 255, id: 255 },
  '2004': { suspendData: 64000, location: 1000, response: 4000, id: 4000 },
} as const;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Session time: `HHHH:MM:SS.SS` (1.2 CMITimespan) or ISO 8601 (2004). */
export function sessionTime(milliseconds: number, version: ScormVersion): string {
  if (version === '2004') return isoDuration(milliseconds);
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.min(9999, Math.floor(centiseconds / 360000));
  const minutes = Math.floor((centiseconds % 360000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  const [whole, fraction] = seconds.toFixed(2).split('.') as [string, string];
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(Number(whole))}.${fraction}`;
}

/** 1.2 CMITime (time of day, local) or 2004 time(second,10,0) (`2024-05-01T09:30:00.12Z`). */
export function timeOf(iso: string, version: ScormVersion): string {
  const date = new Date(iso);
  if (version === '2004') return `${date.toISOString().slice(0, 22)}Z`;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** 1.2 has no `long-fill-in` nor `other`: both are free text there. */
export function interactionType(type: InteractionType, version: ScormVersion): string {
  if (version === '1.2' && (type === 'long-fill-in' || type === 'other')) return 'fill-in';
  return type;
}

/** `correct` / `wrong` (1.2) or `correct` / `incorrect` (2004); `neutral` when unscored. */
export function interactionResult(success: boolean | undefined, version: ScormVersion): string {
  if (success === undefined) return 'neutral';
  if (success) return 'correct';
  return version === '1.2' ? 'wrong' : 'incorrect';
}

/** 1.2 strings are one line of at most 255 characters. */
const line = (text: string, max: number) => text.replace(/[\r\n]+/g, ' ').slice(0, max);

const rangeText = (range: NumericRange) => String(range.min ?? range.max ?? '');

/**
 * A numeric correct pattern in 1.2, which has a single CMIDecimal: an exact value (`42`, or the
 * range `42[:]42`) is written; a range with two different bounds or an open one cannot be said in
 * 1.2 and is left out ('' — the interaction's `result` still says whether the answer was right,
 * and the xAPI statement keeps the range).
 */
const numeric12 = (value: number | NumericRange) =>
  typeof value === 'number' ? String(value) : value.min !== undefined && value.min === value.max ? String(value.min) : '';

/** Characters each fill-in item may have in SCORM 2004 (SPM: 250 for fill-in, 4,000 for long-fill-in). */
export const FILL_IN_SPM = { 'fill-in': 250, 'long-fill-in': 4000 } as const;

/**
 * A 2004 fill-in value with each item clipped to its SPM (the runtime refuses longer ones, error
 * 351): the leading `{case_matters=…}` / `{order_matters=…}` of a pattern and each item's
 * `{lang=…}` are kept whole, and counted in the item's length (as strict runtimes count them).
 */
function clipFillIn(text: string, spm: number): string {
  const head = /^(\{(?:case_matters|order_matters)=(?:true|false)\})*/.exec(text)![0];
  const items = text.slice(head.length).split('[,]').map((item, index) => {
    const lang = /^\{lang=[^}]*\}/.exec(item)?.[0] ?? '';
    const room = spm - lang.length - (index === 0 ? head.length : 0);
    return lang + [...item.slice(lang.length)].slice(0, Math.max(0, room)).join('');
  });
  return head + items.join('[,]');
}

/**
 * A response (or one correct pattern, `pattern = true`) in the version's format. SCORM 2004 and
 * xAPI share the same notation (`[,]`, `[.]`, `[:]`, `{case_matters=…}`), so 2004 keeps the xAPI
 * text (each fill-in item clipped to its SPM); 1.2 uses `,` between items, `.` inside pairs and
 * `t`/`f`, and writes a numeric range only when it is one value ('' otherwise: nothing to write).
 */
export function formatResponse(type: InteractionType, xapiText: string, version: ScormVersion, pattern = false): string {
  const max = LIMITS[version].response;
  if (version === '2004') {
    if (type === 'fill-in' || type === 'long-fill-in') return clipFillIn(xapiText, FILL_IN_SPM[type]).slice(0, max);
    return xapiText.slice(0, max);
  }
  const value = pattern ? decodePattern(type, xapiText).value : decodeResponse(type, xapiText);
  switch (type) {
    case 'true-false':
      return (value as boolean) ? 't' : 'f';
    case 'choice':
    case 'sequencing':
      return line((value as string[]).join(','), max);
    case 'fill-in':
    case 'long-fill-in':
      return line((value as string[]).join(' '), max);
    case 'matching':
      return line((value as InteractionValues['matching']).map(([s, t]) => `${s}.${t}`).join(','), max);
    case 'performance':
      return line(
        (value as InteractionValues['performance']).map(([s, r]) => `${s}.${typeof r === 'string' ? r : rangeText(r)}`).join(','),
        max,
      );
    case 'numeric':
      return pattern ? numeric12(value as number | NumericRange) : typeof value === 'number' ? String(value) : rangeText(value as NumericRange);
    default:
      return line(String(value), max);
  }
}

/** An interaction id the version accepts: 1.2 wants printable ASCII, ≤ 255 (keeps the end). */
export function interactionId(id: string, version: ScormVersion): string {
  if (version === '2004') return id.slice(-LIMITS['2004'].id);
  return id.replace(/[^\u0021-\u007E]/g, '_').slice(-LIMITS['1.2'].id);
}

// --- resume data in cmi.suspend_data

const DEFLATED = 'z:';

/**
 * Resume data as text within `limit` characters: plain JSON when it fits (readable in the LMS),
 * else `z:` + base64 of the deflated JSON. `undefined` when even that is too long (the caller trims).
 */
export function encodeSuspendData(data: unknown, limit: number): string | undefined {
  const json = JSON.stringify(data);
  if (json.length <= limit) return json;
  const bytes = deflateSync(strToU8(json), { level: 9 });
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const packed = DEFLATED + btoa(binary);
  return packed.length <= limit ? packed : undefined;
}

/** Reads what `encodeSuspendData` wrote; `undefined` for anything else (another SCO's data, garbage). */
export function decodeSuspendData(text: string): unknown {
  if (!text) return undefined;
  try {
    if (!text.startsWith(DEFLATED)) return JSON.parse(text);
    const binary = atob(text.slice(DEFLATED.length));
    return JSON.parse(strFromU8(inflateSync(Uint8Array.from(binary, (c) => c.charCodeAt(0)))));
  } catch {
    return undefined;
  }
}
