/**
 * xAPI 1.0.3 statement types. The zod schema that validates them is in statement.schema.ts, kept
 * apart so the tracker (which only builds statements) does not pull zod into every element.
 */

export type LanguageMap = Record<string, string>;

export interface Account {
  homePage: string;
  name: string;
}

export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: Account;
}

export interface Group {
  objectType: 'Group';
  name?: string;
  member?: Agent[];
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: Account;
}

export type Actor = Agent | Group;

export interface Verb {
  id: string;
  display?: LanguageMap;
}

export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export type InteractionType =
  | 'true-false'
  | 'choice'
  | 'fill-in'
  | 'long-fill-in'
  | 'matching'
  | 'performance'
  | 'sequencing'
  | 'likert'
  | 'numeric'
  | 'other';

export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  moreInfo?: string;
  extensions?: Record<string, unknown>;
  interactionType?: InteractionType;
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
}

export interface Activity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface StatementRef {
  objectType: 'StatementRef';
  id: string;
}

export interface Score {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface ContextActivities {
  parent?: Activity[];
  grouping?: Activity[];
  category?: Activity[];
  other?: Activity[];
}

export interface Context {
  registration?: string;
  instructor?: Actor;
  team?: Group;
  contextActivities?: ContextActivities;
  revision?: string;
  platform?: string;
  language?: string;
  statement?: StatementRef;
  extensions?: Record<string, unknown>;
}

export type StatementObject = Activity | Agent | Group | StatementRef;

/** A statement as sent by spoc-elements: every field the contract requires is present. */
export interface Statement {
  id: string;
  actor: Actor;
  verb: Verb;
  object: StatementObject;
  result?: Result;
  context?: Context;
  timestamp: string;
  stored?: string;
  authority?: Actor;
}

/** What an element hands to the tracker: the tracker fills id, timestamp, actor and context. */
export interface PartialStatement {
  id?: string;
  actor?: Actor;
  verb: Verb;
  object: StatementObject;
  result?: Result;
  context?: Context;
  timestamp?: string;
}

export type XapiVersion = '1.0.3' | '2.0.0';

/** Scaled score of a result: `scaled`, else `raw` placed between `min` and `max`. */
export function scaledOf(score: Score | undefined): number | undefined {
  if (!score) return undefined;
  if (typeof score.scaled === 'number') return score.scaled;
  if (typeof score.raw === 'number' && typeof score.min === 'number' && typeof score.max === 'number' && score.max > score.min) {
    return (score.raw - score.min) / (score.max - score.min);
  }
  return undefined;
}

/** `true` when the object of a statement is an Activity (the only object that may carry `platform`). */
export const isActivity = (object: StatementObject): object is Activity =>
  object.objectType === undefined || object.objectType === 'Activity';
