/**
 * Satisfaction, from `<spoc-feedback>` statements: ratings (`http://id.tincanapi.com/verb/rated`
 * with `result.score` raw/min/max on the course or a module) and survey answers (`answered` on
 * `…/feedback/<id>/item/<item-id>`). Each rater counts once per object (their latest answer);
 * anonymous answers (an account actor and no registration) are never joined to a learner, nor
 * are comments. No figure is given for a group of fewer than `MIN_GROUP` (3) people: it is
 * marked `suppressed`.
 *
 * Conventions: the overall rating is the one on the course; the "useful" share comes from an item
 * whose id contains `useful` / `utile` (yes-like answers — yes, oui, true, useful, utile — or the
 * upper half of a likert scale); NPS from an item whose id contains `nps` / `recommend`
 * (answers 0–10: % of 9–10 minus % of 0–6); comments from long-fill-in (and fill-in) items.
 */
import type { CourseIndex } from './course-index.js';
import type { FoldState, SurveyAnswerTally } from './fold.js';
import { counts, mean } from './stats.js';

export const MIN_GROUP = 3;

export interface RatingFigures {
  activityId: string;
  /** The module's id when the rating is on a module. */
  module?: string;
  n: number;
  suppressed: boolean;
  mean?: number;
  /** The scale, from the statements (`min` / `max` of the score). */
  min: number;
  max: number;
  distribution?: Array<{ value: number; count: number }>;
}

export interface ItemFigures {
  activityId: string;
  id: string;
  survey: string;
  interactionType?: string;
  n: number;
  suppressed: boolean;
  distribution?: Array<{ value: string; count: number }>;
}

export interface SatisfactionFigures {
  /** People who rated or answered anything. */
  respondents: number;
  overall?: RatingFigures;
  modules: RatingFigures[];
  items: ItemFigures[];
  useful?: { share: number; n: number };
  nps?: { score: number; promoters: number; passives: number; detractors: number; n: number };
  /** Free-text answers, in no particular order, never with who wrote them (empty when suppressed). */
  comments: string[];
  commentsSuppressed: boolean;
}

const YES = new Set(['yes', 'oui', 'true', 'useful', 'utile', 'y', '1']);
const lastSegment = (iri: string) => decodeURIComponent(iri.slice(iri.lastIndexOf('/') + 1));
const keep = (keys: ReadonlySet<string> | undefined, key: string, anonymous: boolean) => anonymous || !keys || keys.has(key);

function ratingFigures(activityId: string, ratings: Array<{ raw: number; min: number; max: number }>, module?: string): RatingFigures {
  const n = ratings.length;
  const max = counts(ratings.map((r) => r.max))[0]?.value ?? 5;
  const min = counts(ratings.map((r) => r.min))[0]?.value ?? 0;
  const figures: RatingFigures = { activityId, n, suppressed: n < MIN_GROUP, min, max };
  if (module) figures.module = module;
  if (!figures.suppressed) {
    figures.mean = mean(ratings.map((r) => r.raw))!;
    figures.distribution = counts(ratings.map((r) => r.raw)).sort((a, b) => a.value - b.value);
  }
  return figures;
}

const integerOf = (response: string) => {
  const match = /(\d+)$/.exec(response);
  return match ? Number(match[1]) : undefined;
};

export function satisfaction(index: CourseIndex, state: FoldState, learnerKeys?: ReadonlySet<string>): SatisfactionFigures {
  const raters = new Set<string>();
  const byObject = new Map<string, Array<{ raw: number; min: number; max: number }>>();
  for (const [key, rating] of state.ratings) {
    const rater = key.slice(0, key.lastIndexOf(`|${rating.object}`));
    if (!keep(learnerKeys, rater, rating.anonymous)) continue;
    raters.add(rater);
    let list = byObject.get(rating.object);
    if (!list) byObject.set(rating.object, (list = []));
    list.push(rating);
  }
  const byItem = new Map<string, SurveyAnswerTally[]>();
  for (const [key, answer] of state.survey) {
    const rater = key.slice(0, key.lastIndexOf(`|${answer.item}`));
    if (!keep(learnerKeys, rater, answer.anonymous)) continue;
    raters.add(rater);
    let list = byItem.get(answer.item);
    if (!list) byItem.set(answer.item, (list = []));
    list.push(answer);
  }
  const figures: SatisfactionFigures = { respondents: raters.size, modules: [], items: [], comments: [], commentsSuppressed: false };
  const course = byObject.get(index.courseId);
  if (course) figures.overall = ratingFigures(index.courseId, course);
  for (const [moduleId, iri] of index.modules) {
    const ratings = byObject.get(iri);
    if (ratings) figures.modules.push(ratingFigures(iri, ratings, moduleId));
  }
  const comments: string[] = [];
  for (const [item, answers] of byItem) {
    const definition = state.surveyItems.get(item);
    const type = answers[0]?.interactionType ?? definition?.interactionType;
    const id = lastSegment(item);
    if (type === 'long-fill-in' || type === 'fill-in') {
      comments.push(...answers.map((a) => a.response.split('[,]').join(' ').trim()).filter(Boolean));
      continue;
    }
    const n = answers.length;
    const row: ItemFigures = { activityId: item, id, survey: answers[0]!.survey, n, suppressed: n < MIN_GROUP };
    if (type) row.interactionType = type;
    if (!row.suppressed) row.distribution = counts(answers.map((a) => a.response));
    figures.items.push(row);
    if (row.suppressed) continue;
    if (/useful|utile/i.test(id)) {
      const scale = definition?.scale?.map((c) => c.id);
      const positive = (response: string) => {
        if (YES.has(response.toLowerCase())) return true;
        const position = scale?.indexOf(response) ?? -1;
        return position >= 0 && scale!.length > 1 && position >= scale!.length / 2;
      };
      figures.useful = { share: answers.filter((a) => positive(a.response)).length / n, n };
    }
    if (/nps|recommend/i.test(id)) {
      const values = answers.map((a) => integerOf(a.response)).filter((v): v is number => v !== undefined && v >= 0 && v <= 10);
      if (values.length >= MIN_GROUP) {
        const promoters = values.filter((v) => v >= 9).length;
        const detractors = values.filter((v) => v <= 6).length;
        const passives = values.length - promoters - detractors;
        figures.nps = { score: Math.round(((promoters - detractors) / values.length) * 100), promoters, passives, detractors, n: values.length };
      }
    }
  }
  figures.commentsSuppressed = comments.length > 0 && raters.size < MIN_GROUP;
  if (!figures.commentsSuppressed) figures.comments = comments.sort((a, b) => a.localeCompare(b));
  return figures;
}
