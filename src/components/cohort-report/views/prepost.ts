/** Before / after: per competency, the diagnostic and final quiz means and the normalized gain. */
import { html, type TemplateResult } from 'lit';
import { barChart } from '../charts.js';
import type { ViewContext } from './context.js';
import { displayName } from './learners.js';

export function renderPrePost(ctx: ViewContext): TemplateResult {
  const { s, report } = ctx;
  const t = s.prepost;
  const pairs = report.prePost.filter((p) => p.learners.length);
  if (!pairs.length) return html`<p part="empty">${t.none}</p>`;
  const pct = (v: number | undefined) => (v === undefined ? '—' : ctx.percent(v));
  const name = (key: string) => {
    const learner = report.learners.find((l) => l.key === key);
    return learner ? displayName(learner) : key;
  };
  return html`${pairs.map(
    (pair) => html`<section class="prepost">
      <h3>${t.title(pair.competency)}</h3>
      ${barChart({
        part: 'chart prepost-chart',
        title: t.title(pair.competency),
        summary: t.summary(pct(pair.meanPre), pct(pair.meanPost), pct(pair.gain), pair.learners.length),
        series: [
          { name: t.pre, tone: 's3' },
          { name: t.post, tone: 's1' },
        ],
        max: 1,
        rows: [{ label: t.learners, values: [pair.meanPre ?? 0, pair.meanPost ?? 0], text: `${pct(pair.meanPre)} → ${pct(pair.meanPost)}` }],
        table: { headers: [t.learners, t.pre, t.post, t.gain], rows: [[t.learners, pct(pair.meanPre), pct(pair.meanPost), pct(pair.gain)]] },
      })}
      <dl class="figures">
        <div><dt>${t.gain}</dt><dd>${pct(pair.gain)}</dd></div>
        <div><dt>${t.meanGain}</dt><dd>${pct(pair.meanGain)}</dd></div>
      </dl>
      <div class="table-scroll" tabindex="0" role="region" aria-label=${t.title(pair.competency)}>
        <table part="prepost-table">
          <caption class="visually-hidden">${t.title(pair.competency)}</caption>
          <thead>
            <tr><th scope="col">${s.learners.name}</th><th scope="col">${t.pre}</th><th scope="col">${t.post}</th><th scope="col">${t.gain}</th></tr>
          </thead>
          <tbody>
            ${pair.learners.map((l) => html`<tr><th scope="row">${name(l.key)}</th><td class="num">${pct(l.pre)}</td><td class="num">${pct(l.post)}</td><td class="num">${pct(l.gain)}</td></tr>`)}
          </tbody>
        </table>
      </div>
    </section>`,
  )}`;
}
