/**
 * The one-page session review ("bilan de session") for HR and the client: course, dates, the key
 * figures as a table, the funnel and the top sticking points. Hidden on screen; the element's
 * `@media print` rules show it alone, laid out for one A4 page.
 */
import { html, type TemplateResult } from 'lit';
import { textOf } from '../../../internal/validation.js';
import { type ViewContext, kpis } from './context.js';
import { funnelChart, renderStickingPoints } from './overview.js';

export function renderPrintSummary(ctx: ViewContext): TemplateResult {
  const { s, report } = ctx;
  const firsts = report.learners.flatMap((l) => (l.firstActivity ? [l.firstActivity] : [])).sort();
  const lasts = report.learners.flatMap((l) => (l.lastActivity ? [l.lastActivity] : [])).sort();
  const dates = firsts.length ? `${ctx.date(firsts[0]!)} – ${ctx.date(lasts.at(-1)!)}` : '—';
  return html`<section part="print-summary" class="print-summary" aria-hidden="true">
    <h2 class="print-title">${s.print.title} — ${textOf(report.title, ctx.lang)}</h2>
    <p class="print-meta">${s.print.dates}${s.colon}${dates} · ${s.print.generated(ctx.date(report.generatedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>
    <table class="print-kpis">
      <caption>${s.print.kpis}</caption>
      <thead>
        <tr><th scope="col">${s.print.indicator}</th><th scope="col">${s.print.value}</th></tr>
      </thead>
      <tbody>
        ${kpis(ctx).map((kpi) => html`<tr><th scope="row">${kpi.label}</th><td>${kpi.value}${kpi.detail ? html` <span class="muted">(${kpi.detail})</span>` : ''}</td></tr>`)}
      </tbody>
    </table>
    ${funnelChart(ctx)} ${renderStickingPoints(ctx)}
  </section>`;
}
