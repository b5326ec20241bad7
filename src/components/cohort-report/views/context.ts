/** What every view reads: the report, the fold it came from, words and number formats. */
import type { AnalyticsStrings } from '../../../analytics/analytics.strings.js';
import type { CourseIndex } from '../../../analytics/course-index.js';
import type { FoldState } from '../../../analytics/fold.js';
import type { CohortReport } from '../../../analytics/report.js';
import { median } from '../../../analytics/stats.js';
import { textOf } from '../../../internal/validation.js';
import type { CohortReportStrings } from '../cohort-report.strings.js';

export interface ViewContext {
  report: CohortReport;
  index: CourseIndex;
  state: FoldState;
  /** The element's words. */
  s: CohortReportStrings;
  /** The analytics' words (statuses, reasons, flags: the same as in the CSV files). */
  a: AnalyticsStrings;
  lang: string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  percent: (fraction: number, digits?: number) => string;
  duration: (seconds: number) => string;
  date: (value: string | number | Date, options?: Intl.DateTimeFormatOptions) => string;
  /** Capsule chapters (`chapters` property), by capsule id. */
  chapters: Readonly<Record<string, ReadonlyArray<{ time: number; title: unknown }>>>;
}

export const moduleTitle = (ctx: ViewContext, id: string) => {
  const module = ctx.index.definition.modules.find((m) => m.id === id);
  return module ? textOf(module.title, ctx.lang) : id;
};

/** An activity's title: its definition's `title` when it has one, else its id. */
export const activityTitle = (ctx: ViewContext, id: string) => {
  for (const module of ctx.index.definition.modules) {
    const activity = module.activities.find((a) => a.id === id);
    if (activity) {
      return activity.title ? textOf(activity.title, ctx.lang) : id;
    }
  }
  return id;
};

/** `m:ss` of a position in a video. */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

export interface Kpi {
  id: string;
  label: string;
  value: string;
  detail?: string;
}

/** The key figures, as the tiles and the one-page review show them. */
export function kpis(ctx: ViewContext): Kpi[] {
  const { report, s } = ctx;
  const c = report.cohort;
  const sat = report.satisfaction;
  const overall = sat.overall;
  const oneDecimal = { maximumFractionDigits: 1, minimumFractionDigits: 1 };
  const scores = report.learners.filter((l) => l.enrolled && l.progress.score !== undefined).map((l) => l.progress.score!);
  const meanScore = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
  const moduleMedians = c.modules.flatMap((m) => (m.time ? [m.time.median] : []));
  const medianTime = median(moduleMedians);
  return [
    { id: 'completion', label: s.tiles.completion, value: s.tiles.completionValue(ctx.number(c.completed), ctx.number(c.enrolled), ctx.percent(c.completionRate)), detail: `${ctx.number(c.needAttention)} ${s.tiles.needAttention}` },
    overall && !overall.suppressed && overall.mean !== undefined
      ? { id: 'satisfaction', label: s.tiles.satisfaction, value: s.tiles.outOf(ctx.number(overall.mean, oneDecimal), ctx.number(overall.max)), detail: s.tiles.respondents(overall.n) }
      : { id: 'satisfaction', label: s.tiles.satisfaction, value: s.tiles.none, detail: overall ? s.tiles.tooFew : s.satisfaction.none },
    sat.useful
      ? { id: 'useful', label: s.tiles.useful, value: ctx.percent(sat.useful.share), detail: s.tiles.respondents(sat.useful.n) }
      : { id: 'useful', label: s.tiles.useful, value: s.tiles.none, detail: s.satisfaction.none },
    { id: 'consulted', label: s.tiles.consulted, value: ctx.percent(c.contentsConsulted) },
    { id: 'median-time', label: s.tiles.medianTime, value: medianTime === undefined ? s.tiles.none : ctx.duration(medianTime), detail: s.tiles.acrossModules(moduleMedians.length) },
    { id: 'mean-score', label: s.tiles.meanScore, value: meanScore === undefined ? s.tiles.none : ctx.percent(meanScore) },
  ];
}

/** Where learners get stuck: stalled modules, hard questions, video drop-offs (a few of each). */
export function stickingPoints(ctx: ViewContext): string[] {
  const { report, s } = ctx;
  const lines: string[] = [];
  for (const id of report.cohort.stickingPoints.slice(0, 3)) {
    const module = report.cohort.modules.find((m) => m.id === id)!;
    lines.push(s.stuckModule(moduleTitle(ctx, id), module.stalled));
  }
  const hard = report.items.filter((item) => item.flags.includes('hard') && item.facility !== undefined).sort((a, b) => a.facility! - b.facility!);
  for (const item of hard.slice(0, 3)) lines.push(s.hardQuestion(item.name ? textOf(item.name, ctx.lang) : item.id, ctx.percent(item.facility!)));
  const drops = report.videos.filter((v) => v.dropOff && v.length && v.dropOff.drop >= 0.2).sort((a, b) => b.dropOff!.drop - a.dropOff!.drop);
  for (const video of drops.slice(0, 2)) {
    const at = (video.dropOff!.part / video.retention.length) * video.length!;
    lines.push(s.videoDrop(activityTitle(ctx, video.id), clock(at), ctx.percent(video.dropOff!.drop)));
  }
  return lines;
}
