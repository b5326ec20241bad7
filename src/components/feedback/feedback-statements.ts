/**
 * The statements a sent questionnaire makes, as pure functions (no DOM, no Lit):
 * one `answered` per answered item (`cmi.interaction`: `likert` with its `scale` for ratings and
 * NPS, `choice` for choices, `long-fill-in` for text), then `rated` on the module or course with the
 * overall rating as `result.score` and the improvement comment as `result.response`, then
 * `completed` on the questionnaire (`survey`). Every one has `parent` = the module or course rated
 * (plus the questionnaire for the answers), `grouping` = the course.
 *
 * Anonymous mode: the answers and the rating go out complete as built here, under a pseudonym made
 * for this one sending (`account` on the course's home page, a random name kept nowhere), with no
 * registration, no context template and a timestamp rounded to the day; only `completed` goes
 * through the learner's tracker (identified, without any answer).
 */
import { languageMap, textOf, type LocalizedText } from '../../internal/validation.js';
import { uuid, timestamp } from '../../xapi/ids.js';
import { encodeResponse } from '../../xapi/interactions.js';
import type { Activity, Agent, ContextActivities, PartialStatement, Statement } from '../../xapi/statement.js';
import { ACTIVITY_TYPES, PLATFORM, VERBS } from '../../xapi/vocabulary.js';
import { commentItem, overallItem, scaleOf, type Answers, type FeedbackDefinition, type FeedbackItem } from './feedback.schema.js';

/** Where the statements point: the questionnaire, what it rates, the course around it. */
export interface FeedbackTargets {
  /** The questionnaire activity (`<course-id>/feedback/<id>`), type survey. */
  survey: Activity;
  /** The module or course rated, with its activity id as the progress model knows it. */
  rated: Activity;
  /** The course (grouping), when there is one. */
  course?: Activity | undefined;
  /** Content language of the language maps. */
  lang: string;
}

function contextActivities(parent: Activity[], targets: FeedbackTargets): ContextActivities {
  return { parent, ...(targets.course ? { grouping: [targets.course] } : {}) };
}

/** A scale point's description: its end label when it has one, else the number. */
function scale(entry: FeedbackItem, lang: string) {
  const { min, max } = scaleOf(entry);
  const label = (value: number): LocalizedText | undefined => (value === min ? entry.labels?.min : value === max ? entry.labels?.max : undefined);
  return Array.from({ length: max - min + 1 }, (_, i) => {
    const value = min + i;
    const end = label(value);
    const description = end === undefined ? { [lang]: String(value) } : Object.fromEntries(Object.entries(languageMap(end, lang)!).map(([k, text]) => [k, `${value} (${text})`]));
    return { id: String(value), description };
  });
}

/** The item as a `cmi.interaction` activity and the learner's answer in the spec's format. */
function interaction(entry: FeedbackItem, answer: Answers[string], targets: FeedbackTargets): { object: Activity; response: string } {
  const id = `${targets.survey.id}/item/${encodeURIComponent(entry.id)}`;
  const name = languageMap(entry.prompt, targets.lang)!;
  const definition = { type: ACTIVITY_TYPES.interaction, name };
  switch (entry.kind) {
    case 'rating':
    case 'nps':
      return {
        object: { objectType: 'Activity', id, definition: { ...definition, interactionType: 'likert', scale: scale(entry, targets.lang) } },
        response: encodeResponse('likert', String(answer)),
      };
    case 'choice':
    case 'multiple-choice':
      return {
        object: {
          objectType: 'Activity',
          id,
          definition: { ...definition, interactionType: 'choice', choices: (entry.options ?? []).map((o) => ({ id: o.id, description: languageMap(o.label, targets.lang)! })) },
        },
        response: encodeResponse('choice', answer as string[]),
      };
    case 'text':
      return { object: { objectType: 'Activity', id, definition: { ...definition, interactionType: 'long-fill-in' } }, response: encodeResponse('long-fill-in', [String(answer)]) };
  }
}

/** Whether an answer says something (an empty text or no option chosen is no answer). */
export function answered(answer: Answers[string] | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'number') return true;
  return typeof answer === 'string' ? answer.trim() !== '' : answer.length > 0;
}

/** The overall rating as `{ raw, min, max }` (and `scaled`), when it was answered. */
export function overallScore(definition: FeedbackDefinition, answers: Answers) {
  const entry = overallItem(definition);
  const raw = entry ? answers[entry.id] : undefined;
  if (!entry || typeof raw !== 'number') return undefined;
  const { min, max } = scaleOf(entry);
  return { raw, min, max, scaled: Math.round(((raw - min) / (max - min)) * 10000) / 10000 };
}

/** The answers and the rating: what anonymous mode sends under a pseudonym. */
export function answerStatements(definition: FeedbackDefinition, answers: Answers, targets: FeedbackTargets): PartialStatement[] {
  const statements: PartialStatement[] = [];
  for (const entry of definition.items) {
    const answer = answers[entry.id];
    if (!answered(answer)) continue;
    const { object, response } = interaction(entry, typeof answer === 'string' ? answer.trim() : answer!, targets);
    statements.push({
      verb: VERBS.answered,
      object,
      result: { response },
      context: { contextActivities: contextActivities([targets.rated, targets.survey], targets), language: targets.lang },
    });
  }
  const score = overallScore(definition, answers);
  if (score) {
    const comment = commentItem(definition);
    const text = comment ? answers[comment.id] : undefined;
    statements.push({
      verb: VERBS.rated,
      object: targets.rated,
      result: { score: { raw: score.raw, min: score.min, max: score.max }, ...(typeof text === 'string' && text.trim() ? { response: text.trim() } : {}) },
      context: { contextActivities: contextActivities([targets.survey], targets), language: targets.lang },
    });
  }
  return statements;
}

/** `completed` on the questionnaire: the only statement about the learner in anonymous mode. */
export function completedStatement(targets: FeedbackTargets): PartialStatement {
  return {
    verb: VERBS.completed,
    object: targets.survey,
    result: { completion: true },
    context: { contextActivities: contextActivities([targets.rated], targets), language: targets.lang },
  };
}

/**
 * A pseudonym for one sending: an `account` on the course's home page (an http(s) course id, else
 * the page's origin) with a random name. It is returned, used, and forgotten: nothing keeps it.
 */
export function pseudonym(courseId: string | undefined): Agent {
  const homePage = courseId && /^https?:\/\//i.test(courseId) ? courseId : location.origin;
  return { objectType: 'Agent', account: { homePage, name: uuid() } };
}

/**
 * An anonymous statement, complete as sent: the pseudonym as actor, no registration, no
 * instructor, no context template or extension from the learner's session, and the day only as
 * its timestamp (the hour would let someone match it to the learner's identified `completed`).
 */
export function anonymousStatement(partial: PartialStatement, actor: Agent): Statement {
  const day = `${timestamp().slice(0, 10)}T00:00:00.000Z`;
  const statement: Statement = {
    id: uuid(),
    actor,
    verb: partial.verb,
    object: partial.object,
    timestamp: day,
    context: { contextActivities: partial.context?.contextActivities ?? {}, platform: PLATFORM, ...(partial.context?.language ? { language: partial.context.language } : {}) },
  };
  if (partial.result) statement.result = partial.result;
  return statement;
}

/** The text shown for an answer in the read-only summary (empty when unanswered). */
export function answerText(entry: FeedbackItem, answer: Answers[string] | undefined, lang: string, number: (value: number) => string): string {
  if (!answered(answer)) return '';
  switch (entry.kind) {
    case 'rating':
    case 'nps': {
      const { max } = scaleOf(entry);
      const end = answer === scaleOf(entry).min ? entry.labels?.min : answer === max ? entry.labels?.max : undefined;
      return `${number(answer as number)} / ${number(max)}${end ? ` (${textOf(end, lang)})` : ''}`;
    }
    case 'choice':
    case 'multiple-choice':
      return (answer as string[]).map((id) => textOf((entry.options ?? []).find((o) => o.id === id)?.label, lang)).join(', ');
    case 'text':
      return String(answer);
  }
}
