/**
 * The end-of-session one-pager ("bilan") as a self-contained HTML document: no script, no
 * external resource, styles inline, printable on A4. Every text from data is escaped.
 */
import { textIn as textOf } from './text.js';
import type { AnalyticsStrings } from './analytics.strings.js';
import { describeReason, stringsFor } from './exports.js';
import type { CohortReport } from './report.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

interface Format {
  t: AnalyticsStrings;
  lang: string;
  number(value: number, digits?: number): string;
  percent(value: number | undefined): string;
  minutes(seconds: number | undefined): string;
}

function formatter(lang: string): Format {
  const t = stringsFor(lang);
  const french = t.lang === 'fr';
  const number = (value: number, digits = 0) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
  return {
    t,
    lang,
    number,
    percent: (value) => (value === undefined ? '—' : `${number(value * 100)}${french ? '\u00a0%' : '%'}`),
    minutes: (seconds) => (seconds === undefined ? '—' : t.summary.minutes(number(seconds / 60, 1))),
  };
}

const table = (caption: string, head: readonly string[], rows: ReadonlyArray<readonly string[]>) =>
  `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2230;background:#fff}
body{max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #2b59c3;padding-bottom:.2rem}
.meta{color:#4a5163;margin:0 0 1rem}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.75rem;margin:0;padding:0;list-style:none}
.kpis li{border:1px solid #c9cfdd;border-radius:.5rem;padding:.6rem .8rem}
.kpis .value{display:block;font-size:1.6rem;font-weight:700;color:#1b3f91}
.kpis .detail{display:block;color:#4a5163;font-size:.85rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
caption{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
th,td{border-bottom:1px solid #dde2ec;padding:.3rem .5rem;text-align:start;vertical-align:top}thead th{background:#eef2fa}
.note{color:#4a5163;font-size:.85rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:avoid}}
`;

/** The one-page summary of a report, in `lang` (default `en`). */
export function summaryHtml(report: CohortReport, options: { lang?: string } = {}): string {
  const lang = options.lang ?? 'en';
  const f = formatter(lang);
  const { t } = f;
  const s = t.summary;
  const title = textOf(report.title, lang);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(report.generatedAt));
  const c = report.cohort;
  const sat = report.satisfaction;
  const kpi = (label: string, value: string, detail = '') =>
    `<li><span class="label">${escapeHtml(label)}</span><span class="value">${escapeHtml(value)}</span>${detail ? `<span class="detail">${escapeHtml(detail)}</span>` : ''}</li>`;
  const kpis = [
    kpi(s.completion, f.percent(c.completionRate), s.completionDetail(c.completed, c.enrolled)),
    kpi(s.started, f.percent(c.enrolled ? c.started / c.enrolled : 0), s.completionDetail(c.started, c.enrolled)),
    kpi(s.consulted, f.percent(c.contentsConsulted)),
  ];
  if (sat.overall && !sat.overall.suppressed && sat.overall.mean !== undefined) {
    kpis.push(kpi(s.satisfaction, `${f.number(sat.overall.mean, 1)}/${f.number(sat.overall.max)}`, `n = ${sat.overall.n}`));
  }
  if (sat.useful) kpis.push(kpi(s.useful, f.percent(sat.useful.share), `n = ${sat.useful.n}`));
  if (sat.nps) kpis.push(kpi(s.nps, f.number(sat.nps.score), `n = ${sat.nps.n}`));

  const sections: string[] = [`<ul class="kpis">${kpis.join('')}</ul>`];
  sections.push(
    `<h2>${escapeHtml(s.funnel)}</h2>` +
      table(
        s.funnel,
        [s.module, s.startedCol, s.doneCol, s.stalledCol, s.medianTime],
        c.modules.map((m) => [
          escapeHtml(textOf(m.title, lang)),
          String(m.started),
          String(m.done),
          String(m.stalled),
          m.time ? `${escapeHtml(f.minutes(m.time.median))} (${escapeHtml(f.minutes(m.time.iqr))})` : '—',
        ]),
      ),
  );
  if (c.quizzes.length) {
    sections.push(
      `<h2>${escapeHtml(s.quizzes)}</h2>` +
        table(
          s.quizzes,
          [s.quiz, s.meanScore, s.passRate, s.attempts],
          c.quizzes.map((q) => [escapeHtml(q.title ? textOf(q.title, lang) : q.id), escapeHtml(f.percent(q.mean)), escapeHtml(f.percent(q.passRate)), q.meanAttempts === undefined ? '—' : escapeHtml(f.number(q.meanAttempts, 1))]),
        ),
    );
  }
  const flagged = report.items.filter((item) => item.flags.length);
  sections.push(
    `<h2>${escapeHtml(s.questionsToReview)}</h2>` +
      (flagged.length
        ? table(
            s.questionsToReview,
            [s.question, s.facility, s.discrimination, s.commonWrong],
            flagged.map((item) => [
              escapeHtml(`${item.quiz} · ${item.name ? textOf(item.name, lang) : item.id}`),
              escapeHtml(f.percent(item.facility)),
              escapeHtml(f.percent(item.discrimination)),
              item.commonWrong ? escapeHtml(`${item.commonWrong.label ?? item.commonWrong.response} (${item.commonWrong.count})`) : '—',
            ]),
          )
        : `<p>${escapeHtml(s.none)}</p>`),
  );
  const videos = report.videos.filter((v) => v.viewers > 0);
  if (videos.length) {
    const part = (index: number, v: (typeof videos)[number]) => {
      const size = 100 / v.retention.length;
      return s.part(f.percent((index * size) / 100), f.percent(((index + 1) * size) / 100));
    };
    sections.push(
      `<h2>${escapeHtml(s.videos)}</h2>` +
        table(
          s.videos,
          [s.video, s.viewers, s.dropOff, s.replayed],
          videos.map((v) => [
            escapeHtml(v.title ? textOf(v.title, lang) : v.id),
            String(v.viewers),
            v.dropOff ? escapeHtml(`${part(v.dropOff.part - 1, v)} → ${part(v.dropOff.part, v)} (−${f.percent(v.dropOff.drop)})`) : '—',
            v.hotspots.length ? escapeHtml(v.hotspots.map((p) => part(p, v)).join(', ')) : '—',
          ]),
        ),
    );
  }
  const prePost = report.prePost.filter((p) => p.learners.length);
  if (prePost.length) {
    sections.push(
      `<h2>${escapeHtml(s.prePost)}</h2>` +
        table(
          s.prePost,
          [s.competency, s.pre, s.post, s.gain],
          prePost.map((p) => [escapeHtml(p.competency), escapeHtml(f.percent(p.meanPre)), escapeHtml(f.percent(p.meanPost)), p.gain === undefined ? '—' : escapeHtml(f.number(p.gain, 2))]),
        ),
    );
  }
  const followUp = report.learners.filter((l) => l.enrolled && l.needsAttention.length);
  sections.push(
    `<h2>${escapeHtml(s.followUp)}</h2>` +
      (followUp.length
        ? table(
            s.followUp,
            [s.learner, s.reasons],
            followUp.map((l) => [escapeHtml(l.name ?? l.identifier), escapeHtml(l.needsAttention.map((r) => describeReason(r, t)).join(' · '))]),
          )
        : `<p>${escapeHtml(s.none)}</p>`),
  );
  if (sat.comments.length || sat.commentsSuppressed) {
    sections.push(
      `<h2>${escapeHtml(s.comments)}</h2>` +
        (sat.commentsSuppressed ? `<p class="note">${escapeHtml(s.suppressed)}</p>` : `<ul>${sat.comments.map((comment) => `<li>${escapeHtml(comment)}</li>`).join('')}</ul>`),
    );
  }
  const ignored = Object.values(report.counts.ignored).reduce((a, b) => a + b, 0);
  if (ignored) sections.push(`<p class="note">${escapeHtml(s.ignored(ignored))}</p>`);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.title(title))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(s.title(title))}</h1>
<p class="meta">${escapeHtml(s.generated(date))}</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
