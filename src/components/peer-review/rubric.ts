/** Pure rubric arithmetic: totals, bounds, and the aggregation of several reviews. */
import type { Assessment, RubricCriterion } from './peer-review.schema.js';

export const scored = (criteria: readonly RubricCriterion[]) => criteria.filter((c) => !c.feedbackOnly && c.options?.length);

export function pointsOf(criterion: RubricCriterion, optionId: string | undefined): number | undefined {
  return criterion.options?.find((o) => o.id === optionId)?.points;
}

/** Lowest and highest total the rubric allows. */
export function bounds(criteria: readonly RubricCriterion[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const c of scored(criteria)) {
    const points = c.options!.map((o) => o.points);
    min += Math.min(...points);
    max += Math.max(...points);
  }
  return { min, max };
}

/** Sum of the chosen options' points. */
export function total(criteria: readonly RubricCriterion[], choices: Readonly<Record<string, string>>): number {
  return scored(criteria).reduce((sum, c) => sum + (pointsOf(c, choices[c.id]) ?? 0), 0);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Per-criterion aggregate of the points given by several reviews, with their spread (lowest and
 * highest points given): a median means little without it. Criteria nobody scored are left out.
 */
export function aggregate(
  criteria: readonly RubricCriterion[],
  reviews: readonly Assessment[],
  how: 'median' | 'mean',
): Map<string, { value: number; count: number; min: number; max: number }> {
  const result = new Map<string, { value: number; count: number; min: number; max: number }>();
  for (const c of scored(criteria)) {
    const points = reviews.map((r) => pointsOf(c, r.choices[c.id])).filter((p): p is number => p !== undefined);
    if (points.length) {
      result.set(c.id, {
        value: Math.round((how === 'mean' ? mean(points) : median(points)) * 100) / 100,
        count: points.length,
        min: Math.min(...points),
        max: Math.max(...points),
      });
    }
  }
  return result;
}
