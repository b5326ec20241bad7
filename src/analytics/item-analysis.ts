/**
 * Quiz item analysis with the formulas of Moodle's quiz statistics report
 * (question/classes/statistics/questions/calculator.php), on each learner's first attempt:
 *
 * - facility index F = mean(x) / max — the mean mark on the question as a share of its maximum;
 * - standard deviation SD = √(Σ(x − x̄)² / (n − 1)) / max;
 * - discrimination index D = cov(x, X − x) / √(var(x) · var(X − x)) — the correlation of the
 *   question's mark with the rest of the test (X is the attempt's total);
 * - discriminative efficiency DE = cov(x, X − x) / covmax(x, X − x), where covmax pairs the two
 *   series each sorted (the largest covariance they could have);
 * covariances and variances with n − 1. Moodle shows these as percentages; they are 0–1 here.
 * A question is flagged when F < 0.3 (hard) or D < 0.3 (does not separate stronger learners).
 * The first attempt is each learner's lowest attempt number (the quiz's attempt extension); a
 * question that attempt left unanswered scores 0. The most chosen wrong answer comes from
 * `result.response` of the wrong first-attempt answers.
 */
import type { ActivityDefinition, LanguageMap } from '../xapi/statement.js';
import type { CourseIndex } from './course-index.js';
import type { AnswerTally, FoldState } from './fold.js';
import { counts, covariance, mean, variance } from './stats.js';

export const FACILITY_FLAG = 0.3;
export const DISCRIMINATION_FLAG = 0.3;

export interface ItemFigures {
  /** The question's activity IRI. */
  activityId: string;
  /** Its id inside the quiz (the IRI's last segment). */
  id: string;
  quiz: string;
  name?: LanguageMap;
  interactionType?: string;
  /** Learners in the analysis (first attempts). */
  n: number;
  facility?: number;
  sd?: number;
  discrimination?: number;
  discriminativeEfficiency?: number;
  flags: Array<'hard' | 'low-discrimination'>;
  /** The most chosen wrong response (xAPI text), its label when the choices are known, and how many gave it. */
  commonWrong?: { response: string; label?: string; count: number };
}

/** A matrix of marks (learners × questions, each row a first attempt) → Moodle's figures per column. */
export function itemStatistics(marks: ReadonlyArray<readonly number[]>, maxima: readonly number[]): Array<Pick<ItemFigures, 'n' | 'facility' | 'sd' | 'discrimination' | 'discriminativeEfficiency'>> {
  const n = marks.length;
  const totals = marks.map((row) => row.reduce((a, b) => a + b, 0));
  return maxima.map((max, q) => {
    const x = marks.map((row) => row[q]!);
    const rest = marks.map((row, i) => totals[i]! - row[q]!);
    const figures: Pick<ItemFigures, 'n' | 'facility' | 'sd' | 'discrimination' | 'discriminativeEfficiency'> = { n };
    if (!n || !(max > 0)) return figures;
    figures.facility = mean(x)! / max;
    if (n < 2) return figures;
    figures.sd = Math.sqrt(variance(x)) / max;
    const cov = covariance(x, rest);
    const spread = Math.sqrt(variance(x) * variance(rest));
    if (spread > 0) figures.discrimination = cov / spread;
    const covMax = covariance([...x].sort((a, b) => a - b), [...rest].sort((a, b) => a - b));
    if (covMax > 0) figures.discriminativeEfficiency = cov / covMax;
    return figures;
  });
}

function labelOf(definition: ActivityDefinition | undefined, response: string): string | undefined {
  const components = [...(definition?.choices ?? []), ...(definition?.scale ?? []), ...(definition?.source ?? []), ...(definition?.target ?? [])];
  if (!components.length) return undefined;
  const describe = (id: string) => {
    const description = components.find((c) => c.id === id)?.description;
    return description ? (Object.values(description)[0] ?? id) : id;
  };
  return response
    .split('[,]')
    .map((item) => item.split('[.]').map(describe).join(' → '))
    .join(', ');
}

const collator = new Intl.Collator('en', { numeric: true });
const byText = (a: string, b: string) => collator.compare(a, b);
const lastSegment = (iri: string) => decodeURIComponent(iri.slice(iri.lastIndexOf('/') + 1));

/** Per quiz of the course, its questions' figures, questions in the order of their ids (`q2` before `q10`). */
export function itemAnalysis(index: CourseIndex, state: FoldState, learnerKeys?: ReadonlySet<string>): ItemFigures[] {
  const result: ItemFigures[] = [];
  for (const indexed of index.activities.values()) {
    if (indexed.activity.type !== 'quiz') continue;
    const questions = [...state.questions.values()].filter((q) => q.quiz === indexed.iri).sort((a, b) => byText(a.iri, b.iri));
    if (!questions.length) continue;
    const rows: Array<Map<string, AnswerTally>> = [];
    for (const learner of [...state.learners.values()].sort((a, b) => byText(a.key, b.key))) {
      if (learnerKeys && !learnerKeys.has(learner.key)) continue;
      const answers = [...learner.answers].filter(([, a]) => a.quiz === indexed.iri);
      if (!answers.length) continue;
      const first = Math.min(...answers.map(([, a]) => a.attempt));
      rows.push(new Map(answers.filter(([, a]) => a.attempt === first)));
    }
    const maxima = questions.map((q) => Math.max(0, ...rows.map((row) => row.get(q.iri)?.max ?? 0)) || 1);
    const marks = rows.map((row) => questions.map((q) => row.get(q.iri)?.raw ?? 0));
    const stats = itemStatistics(marks, maxima);
    questions.forEach((question, q) => {
      const figures: ItemFigures = { activityId: question.iri, id: lastSegment(question.iri), quiz: indexed.activity.id, ...stats[q]!, flags: [] };
      const name = question.definition?.name ?? question.definition?.description;
      if (name) figures.name = name;
      if (question.definition?.interactionType) figures.interactionType = question.definition.interactionType;
      if (figures.facility !== undefined && figures.facility < FACILITY_FLAG) figures.flags.push('hard');
      if (figures.discrimination !== undefined && figures.discrimination < DISCRIMINATION_FLAG) figures.flags.push('low-discrimination');
      const wrong = rows.flatMap((row) => {
        const answer = row.get(question.iri);
        return answer && answer.success === false && answer.response !== undefined ? [answer.response] : [];
      });
      const top = counts(wrong)[0];
      if (top) {
        figures.commonWrong = { response: top.value, count: top.count };
        const label = labelOf(question.definition, top.value);
        if (label !== undefined) figures.commonWrong.label = label;
      }
      result.push(figures);
    });
  }
  return result;
}
