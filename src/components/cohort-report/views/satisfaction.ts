/** Satisfaction: rating distribution, useful share, NPS, ratings per module, comments (never with their authors). */
import { html, nothing, type TemplateResult } from 'lit';
import { MIN_GROUP } from '../../../analytics/satisfaction.js';
import { barChart } from '../charts.js';
import { type ViewContext, moduleTitle } from './context.js';

export function renderSatisfaction(ctx: ViewContext): TemplateResult {
  const { s, report } = ctx;
  const t = s.satisfaction;
  const sat = report.satisfaction;
  if (!sat.respondents) return html`<p part="empty">${t.none}</p>`;
  const overall = sat.overall;
  const one = { maximumFractionDigits: 1, minimumFractionDigits: 1 };
  const distribution = () => {
    if (!overall) return nothing;
    if (overall.suppressed || !overall.distribution || overall.mean === undefined) return html`<h3>${t.overall}</h3><p>${t.suppressed(MIN_GROUP)}</p>`;
    const values: number[] = [];
    for (let v = overall.max; v >= overall.min && values.length < 11; v--) values.push(v);
    const count = (v: number) => overall.distribution!.find((d) => d.value === v)?.count ?? 0;
    return barChart({
      part: 'chart rating-chart',
      title: t.distribution,
      summary: t.summary(ctx.number(overall.mean, one), ctx.number(overall.max), overall.n),
      series: [{ name: t.people, tone: 's0' }],
      rows: values.map((v) => ({ label: `${'★'.repeat(Math.max(0, Math.min(v, 10)))} ${ctx.number(v)}`, values: [count(v)], text: ctx.number(count(v)) })),
      table: { headers: [t.rating, t.people], rows: values.map((v) => [ctx.number(v), ctx.number(count(v))]) },
    });
  };
  return html`<dl part="satisfaction-figures" class="figures">
      ${overall && overall.mean !== undefined && !overall.suppressed
        ? html`<div><dt>${t.overall}</dt><dd>${s.tiles.outOf(ctx.number(overall.mean, one), ctx.number(overall.max))}</dd></div>`
        : nothing}
      ${sat.useful ? html`<div><dt>${s.tiles.useful}</dt><dd>${ctx.percent(sat.useful.share)}</dd></div>` : nothing}
      ${sat.nps
        ? html`<div><dt>${t.nps}</dt><dd>${ctx.number(sat.nps.score, { signDisplay: 'exceptZero' })} <span class="muted">(${t.npsDetail(sat.nps.promoters, sat.nps.passives, sat.nps.detractors)})</span></dd></div>`
        : nothing}
    </dl>
    ${distribution()}
    ${sat.modules.length
      ? html`<table part="module-ratings">
          <caption>${t.modules}</caption>
          <thead>
            <tr><th scope="col">${t.module}</th><th scope="col">${t.mean}</th><th scope="col">${t.people}</th></tr>
          </thead>
          <tbody>
            ${sat.modules.map(
              (m) => html`<tr>
                <th scope="row">${moduleTitle(ctx, m.module ?? '')}</th>
                <td class="num">${m.suppressed || m.mean === undefined ? t.suppressed(MIN_GROUP) : s.tiles.outOf(ctx.number(m.mean, one), ctx.number(m.max))}</td>
                <td class="num">${ctx.number(m.n)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
    <h3>${t.comments}</h3>
    ${sat.commentsSuppressed
      ? html`<p>${t.suppressed(MIN_GROUP)}</p>`
      : sat.comments.length
        ? html`<p class="muted">${t.anonymous}</p>
            <ul part="comments" class="comments">
              ${sat.comments.map((c) => html`<li>${c}</li>`)}
            </ul>`
        : html`<p>${t.none}</p>`}`;
}
