/**
 * Video capsules, from each learner's latest `played-segments` (the capsule cumulates them across
 * sessions): the retention curve (share of the learners who opened the capsule that watched each
 * part), where they stop, and the parts replayed most.
 */
import type { LocalizedText } from '../internal/validation.js';
import type { CourseIndex } from './course-index.js';
import type { FoldState } from './fold.js';
import { median } from './stats.js';

export interface VideoFigures {
  activityId: string;
  id: string;
  title?: LocalizedText;
  module: string;
  /** Seconds (the `length` extension). */
  length?: number;
  /** Learners with played segments. */
  viewers: number;
  /** Share of the viewers who watched each part (`parts` equal parts of the video), 0–1. */
  retention: number[];
  /** Mean number of extra viewings of each part per viewer (replays). */
  replays: number[];
  /** The part after which the curve drops most, and by how much. */
  dropOff?: { part: number; drop: number };
  /** Median of the furthest point each viewer who did not watch to the end reached, as a share of the video. */
  medianStop?: number;
  /** Parts replayed most (indexes), at most three, only parts replayed at least once. */
  hotspots: number[];
}

/** `0.000[.]12.000[,]14.000[.]21.000` → [[0, 12], [14, 21]] (malformed pairs skipped). */
export function parseSegments(text: string): Array<[number, number]> {
  const segments: Array<[number, number]> = [];
  for (const pair of text.split('[,]')) {
    const [start, end] = pair.split('[.]').map(Number);
    if (Number.isFinite(start) && Number.isFinite(end) && end! > start!) segments.push([start!, end!]);
  }
  return segments;
}

/**
 * How many times each of `parts` parts of `[0, length]` was watched: a part counts as watched by
 * a segment covering at least half of it.
 */
export function viewsPerPart(segments: ReadonlyArray<[number, number]>, length: number, parts: number): number[] {
  const views = new Array<number>(parts).fill(0);
  const size = length / parts;
  for (const [start, end] of segments) {
    for (let p = 0; p < parts; p++) {
      const overlap = Math.min(end, (p + 1) * size) - Math.max(start, p * size);
      if (overlap >= size / 2) views[p]! += 1;
    }
  }
  return views;
}

export function videoFigures(index: CourseIndex, state: FoldState, options: { parts?: number; learnerKeys?: ReadonlySet<string> } = {}): VideoFigures[] {
  const parts = options.parts ?? 20;
  const result: VideoFigures[] = [];
  for (const indexed of index.activities.values()) {
    if (indexed.activity.type !== 'capsule') continue;
    const views: Array<{ segments: Array<[number, number]>; length?: number }> = [];
    for (const learner of state.learners.values()) {
      if (options.learnerKeys && !options.learnerKeys.has(learner.key)) continue;
      const tally = learner.videos.get(indexed.iri);
      if (tally) views.push({ segments: parseSegments(tally.segments), ...(tally.length ? { length: tally.length } : {}) });
    }
    const length = Math.max(0, ...views.map((v) => v.length ?? 0)) || Math.max(0, ...views.flatMap((v) => v.segments.map((s) => s[1])));
    const figures: VideoFigures = { activityId: indexed.iri, id: indexed.activity.id, module: indexed.moduleId, viewers: views.length, retention: [], replays: [], hotspots: [] };
    if (length > 0) figures.length = length;
    if (indexed.activity.title) figures.title = indexed.activity.title;
    if (!views.length || !(length > 0)) {
      result.push(figures);
      continue;
    }
    const watched = new Array<number>(parts).fill(0);
    const extra = new Array<number>(parts).fill(0);
    const stops: number[] = [];
    for (const view of views) {
      const perPart = viewsPerPart(view.segments, length, parts);
      perPart.forEach((count, p) => {
        if (count > 0) watched[p]! += 1;
        if (count > 1) extra[p]! += count - 1;
      });
      if (!perPart[parts - 1]) stops.push(Math.max(0, ...view.segments.map((s) => s[1])) / length);
    }
    figures.retention = watched.map((count) => count / views.length);
    figures.replays = extra.map((count) => count / views.length);
    let drop: { part: number; drop: number } | undefined;
    for (let p = 1; p < parts; p++) {
      const fall = figures.retention[p - 1]! - figures.retention[p]!;
      if (fall > 0 && (!drop || fall > drop.drop)) drop = { part: p, drop: fall };
    }
    if (drop) figures.dropOff = drop;
    const stop = median(stops);
    if (stop !== undefined) figures.medianStop = Math.min(1, stop);
    figures.hotspots = figures.replays
      .map((value, part) => ({ value, part }))
      .filter((p) => p.value > 0)
      .sort((a, b) => b.value - a.value || a.part - b.part)
      .slice(0, 3)
      .map((p) => p.part);
    result.push(figures);
  }
  return result;
}
