/** The report as files: three CSV tables (learners, questions, modules) and the whole model as JSON. */
import { textIn as textOf } from './text.js';
import { type AnalyticsStrings, analyticsStrings } from './analytics.strings.js';
import { type CsvOptions, type CsvValue, toCsv } from './csv.js';
import type { AttentionReason } from './learners.js';
import type { CohortReport } from './report.js';

export interface ExportOptions extends CsvOptions {
  /** Language of headers and words (`en`, `fr`…); default `en`. */
  lang?: string;
}

const percent = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 1000) / 10);
const minutes = (seconds: number | undefined) => (seconds === undefined ? undefined : Math.round((seconds / 60) * 10) / 10);

export function stringsFor(lang: string | undefined): AnalyticsStrings {
  const primary = (lang ?? 'en').replace(/_/g, '-').toLowerCase().split('-')[0]!;
  return primary in analyticsStrings ? analyticsStrings[primary as keyof typeof analyticsStrings] : analyticsStrings.en;
}

export function describeReason(reason: AttentionReason, t: AnalyticsStrings): string {
  switch (reason.code) {
    case 'not-started':
      return t.reason['not-started'];
    case 'inactive':
      return t.reason.inactive(reason.days);
    case 'failed-quiz':
      return t.reason['failed-quiz'](reason.activity);
    case 'behind-schedule':
      return t.reason['behind-schedule'](reason.modules.join(', '));
  }
}

/** One row per learner (the roster's order, then those seen outside it). */
export function learnersCsv(report: CohortReport, options: ExportOptions = {}): string {
  const t = stringsFor(options.lang);
  const rows: CsvValue[][] = report.learners.map((l) => [
    l.name ?? '',
    l.identifier,
    l.enrolled ? t.yes : t.no,
    t.status[l.progress.status],
    percent(l.progress.percent),
    l.progress.completedAt,
    percent(l.progress.score),
    minutes(l.progress.timeSpent),
    l.firstActivity,
    l.lastActivity,
    l.daysInactive,
    l.attempts,
    percent(l.consulted),
    l.needsAttention.map((reason) => describeReason(reason, t)).join(' | '),
  ]);
  return toCsv(t.columns.learners, rows, options);
}

/** One row per quiz question (first attempts). */
export function questionsCsv(report: CohortReport, options: ExportOptions = {}): string {
  const t = stringsFor(options.lang);
  const lang = options.lang ?? 'en';
  const rows: CsvValue[][] = report.items.map((item) => [
    item.quiz,
    item.id,
    item.name ? textOf(item.name, lang) : '',
    item.n,
    percent(item.facility),
    percent(item.sd),
    percent(item.discrimination),
    percent(item.discriminativeEfficiency),
    item.flags.map((flag) => t.flag[flag]).join(' | '),
    item.commonWrong ? (item.commonWrong.label ?? item.commonWrong.response) : '',
    item.commonWrong?.count,
  ]);
  return toCsv(t.columns.questions, rows, options);
}

/** One row per module: the funnel and the time spent. */
export function modulesCsv(report: CohortReport, options: ExportOptions = {}): string {
  const t = stringsFor(options.lang);
  const rows: CsvValue[][] = report.cohort.modules.map((m) => [
    m.id,
    textOf(m.title, options.lang ?? 'en'),
    m.required ? t.yes : t.no,
    m.dueAt,
    m.started,
    m.done,
    m.stalled,
    minutes(m.time?.median),
    minutes(m.time?.q1),
    minutes(m.time?.q3),
    minutes(m.time?.iqr),
    m.daysToFinish ? Math.round(m.daysToFinish.median * 10) / 10 : undefined,
  ]);
  return toCsv(t.columns.modules, rows, options);
}

/** The whole report as JSON text (what `<spoc-cohort-report>` and other tools can read back). */
export const reportJson = (report: CohortReport) => `${JSON.stringify(report, null, 2)}\n`;
