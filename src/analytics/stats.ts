/** Small descriptive statistics shared by the analytics modules (no dependency). */

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export const mean = (values: readonly number[]): number | undefined => (values.length ? sum(values) / values.length : undefined);

/**
 * The `p` quantile (0–1) by linear interpolation between order statistics (the method of
 * Excel's `QUARTILE.INC`, R's type 7 and NumPy's default): position `p × (n − 1)`.
 */
export function quantile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Median, first and third quartiles and the interquartile range (Q3 − Q1). */
export interface Spread {
  count: number;
  median: number;
  q1: number;
  q3: number;
  iqr: number;
}

export function spread(values: readonly number[]): Spread | undefined {
  if (!values.length) return undefined;
  const q1 = quantile(values, 0.25)!;
  const q3 = quantile(values, 0.75)!;
  return { count: values.length, median: median(values)!, q1, q3, iqr: q3 - q1 };
}

/** Sample variance (n − 1), 0 for fewer than two values. */
export function variance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values)!;
  return sum(values.map((v) => (v - m) ** 2)) / (values.length - 1);
}

/** Sample covariance (n − 1) of two equally long series. */
export function covariance(a: readonly number[], b: readonly number[]): number {
  if (a.length < 2) return 0;
  const ma = mean(a)!;
  const mb = mean(b)!;
  let total = 0;
  for (let i = 0; i < a.length; i++) total += (a[i]! - ma) * (b[i]! - mb);
  return total / (a.length - 1);
}

/** Distribution of values: how many times each one occurs, most frequent first (ties by value). */
export function counts<T extends string | number>(values: readonly T[]): Array<{ value: T; count: number }> {
  const map = new Map<T, number>();
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  return [...map].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

export const DAY_MS = 86_400_000;
