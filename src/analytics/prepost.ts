/**
 * Before / after: a quiz with `"role": "diagnostic"` and one with `"role": "final"` on the same
 * `competency` give each learner a pre score (the diagnostic's first finished attempt) and a post
 * score (the final's best, as the progress model keeps it), the cohort means, and the normalized
 * gain (post − pre) / (1 − pre): per learner (undefined when pre = 1), the mean of those, and
 * the gain of the means (Hake's ⟨g⟩). Only learners with both scores count.
 */
import type { CourseIndex } from './course-index.js';
import type { FoldState } from './fold.js';
import { mean } from './stats.js';

export interface PrePostLearner {
  key: string;
  pre: number;
  post: number;
  gain?: number;
}

export interface PrePostFigures {
  competency: string;
  diagnostic: string;
  final: string;
  learners: PrePostLearner[];
  meanPre?: number;
  meanPost?: number;
  /** (meanPost − meanPre) / (1 − meanPre). */
  gain?: number;
  /** Mean of the individual gains. */
  meanGain?: number;
}

export const normalizedGain = (pre: number, post: number): number | undefined => (pre < 1 ? (post - pre) / (1 - pre) : undefined);

export function prePost(index: CourseIndex, state: FoldState, learnerKeys?: ReadonlySet<string>): PrePostFigures[] {
  const quizzes = [...index.activities.values()].filter((a) => a.activity.type === 'quiz' && a.activity.role && a.activity.competency);
  const result: PrePostFigures[] = [];
  for (const diagnostic of quizzes.filter((q) => q.activity.role === 'diagnostic')) {
    const final = quizzes.find((q) => q.activity.role === 'final' && q.activity.competency === diagnostic.activity.competency);
    if (!final) continue;
    const learners: PrePostLearner[] = [];
    for (const learner of [...state.learners.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
      if (learnerKeys && !learnerKeys.has(learner.key)) continue;
      const pre = learner.activities.get(diagnostic.iri)?.firstScore?.scaled;
      const post = learner.activities.get(final.iri)?.best;
      if (pre === undefined || post === undefined) continue;
      const row: PrePostLearner = { key: learner.key, pre, post };
      const gain = normalizedGain(pre, post);
      if (gain !== undefined) row.gain = gain;
      learners.push(row);
    }
    const figures: PrePostFigures = { competency: diagnostic.activity.competency!, diagnostic: diagnostic.activity.id, final: final.activity.id, learners };
    const meanPre = mean(learners.map((l) => l.pre));
    const meanPost = mean(learners.map((l) => l.post));
    if (meanPre !== undefined && meanPost !== undefined) {
      figures.meanPre = meanPre;
      figures.meanPost = meanPost;
      const gain = normalizedGain(meanPre, meanPost);
      if (gain !== undefined) figures.gain = gain;
    }
    const meanGain = mean(learners.flatMap((l) => (l.gain === undefined ? [] : [l.gain])));
    if (meanGain !== undefined) figures.meanGain = meanGain;
    result.push(figures);
  }
  return result;
}
