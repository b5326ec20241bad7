/** Overview: the key figures as tiles, the module funnel and the top sticking points. */
import { html, type TemplateResult } from 'lit';
import { barChart } from '../charts.js';
import { type ViewContext, kpis, moduleTitle, stickingPoints } from './context.js';

export function funnelChart(ctx: ViewContext): TemplateResult {
  const { s, report } = ctx;
  const rows = report.cohort.modules.map((m) => ({
    label: moduleTitle(ctx, m.id),
    values: [m.started, m.done],
    text: `${ctx.number(m.started)} / ${ctx.number(m.done)}`,
  }));
  return barChart({
    part: 'funnel',
    title: s.funnel.title,
    summary: s.funnel.summary(report.cohort.modules.map((m) => s.funnel.line(moduleTitle(ctx, m.id), ctx.number(m.started), ctx.number(m.done))).join(ctx.lang.startsWith('fr') ? '\u202f; ' : '; ')),
    series: [
      { name: s.funnel.started, tone: 's0' },
      { name: s.funnel.done, tone: 's1' },
    ],
    rows,
    max: Math.max(1, report.cohort.enrolled),
    table: {
      headers: [ctx.s.print.course, s.funnel.started, s.funnel.done, s.funnel.stalled],
      rows: report.cohort.modules.map((m) => [moduleTitle(ctx, m.id), ctx.number(m.started), ctx.number(m.done), ctx.number(m.stalled)]),
    },
  });
}

export function renderStickingPoints(ctx: ViewContext, headingLevel: 2 | 3 = 3): TemplateResult {
  const points = stickingPoints(ctx);
  const heading = headingLevel === 2 ? html`<h2>${ctx.s.stickingPoints}</h2>` : html`<h3>${ctx.s.stickingPoints}</h3>`;
  return html`<section part="sticking-points" class="sticking-points">
    ${heading}
    ${points.length ? html`<ul>${points.map((p) => html`<li>${p}</li>`)}</ul>` : html`<p>${ctx.s.noStickingPoints}</p>`}
  </section>`;
}

export function renderOverview(ctx: ViewContext): TemplateResult {
  return html`<ul part="tiles" class="tiles">
      ${kpis(ctx).map(
        (kpi) => html`<li part=${`tile tile-${kpi.id}`} class="tile" data-kpi=${kpi.id}>
          <span class="tile-label">${kpi.label}</span>
          <span class="tile-value">${kpi.value}</span>
          ${kpi.detail ? html`<span class="tile-detail">${kpi.detail}</span>` : ''}
        </li>`,
      )}
    </ul>
    ${funnelChart(ctx)} ${renderStickingPoints(ctx)}`;
}
