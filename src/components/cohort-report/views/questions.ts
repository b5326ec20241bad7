/** Questions: Moodle-style item analysis with flags, and per question the answers given (first attempts). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ItemFigures } from '../../../analytics/item-analysis.js';
import type { ActivityDefinition } from '../../../xapi/statement.js';
import { barChart } from '../charts.js';
import { type ViewContext, activityTitle } from './context.js';

const nameOf = (ctx: ViewContext, item: ItemFigures) => (item.name ? (item.name[ctx.lang] ?? item.name[ctx.lang.split('-')[0]!] ?? item.name['en'] ?? Object.values(item.name)[0] ?? item.id) : item.id);

/** Label of an xAPI response (`a[,]b`) from the choices the statements described. */
function labelOf(definition: ActivityDefinition | undefined, response: string, lang: string): string {
  const choices = [...(definition?.choices ?? []), ...(definition?.scale ?? []), ...(definition?.source ?? [])];
  if (!choices.length) return response;
  return response
    .split('[,]')
    .map((id) => {
      const choice = choices.find((c) => c.id === id);
      const text = choice?.description;
      return text ? (text[lang] ?? text[lang.split('-')[0]!] ?? text['en'] ?? Object.values(text)[0] ?? id) : id;
    })
    .join(', ');
}

/** How many learners gave each response on their first attempt (the analytics keep only the most common wrong one). */
export function answerCounts(ctx: ViewContext, item: ItemFigures): Array<{ response: string; label: string; count: number; correct: boolean }> {
  const enrolled = new Set(ctx.report.learners.filter((l) => l.enrolled).map((l) => l.key));
  const definition = ctx.state.questions.get(item.activityId)?.definition;
  const correct = new Set(definition?.correctResponsesPattern ?? []);
  const counts = new Map<string, number>();
  for (const learner of ctx.state.learners.values()) {
    if (!enrolled.has(learner.key)) continue;
    const answer = learner.answers.get(item.activityId);
    if (answer?.response === undefined) continue;
    counts.set(answer.response, (counts.get(answer.response) ?? 0) + 1);
  }
  return [...counts]
    .map(([response, count]) => ({ response, label: labelOf(definition, response, ctx.lang), count, correct: correct.has(response) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function renderQuestions(ctx: ViewContext): TemplateResult {
  const { s, report } = ctx;
  const t = s.questions;
  if (!report.items.length) return html`<p part="empty">${t.none}</p>`;
  const pct = (v: number | undefined) => (v === undefined ? '—' : ctx.percent(v));
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${t.caption}>
      <table part="questions-table">
        <caption>${t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.question}</th>
            <th scope="col">${t.quiz}</th>
            <th scope="col">${t.n}</th>
            <th scope="col">${t.facility}</th>
            <th scope="col">${t.discrimination}</th>
            <th scope="col">${t.flags}</th>
            <th scope="col">${t.commonWrong}</th>
          </tr>
        </thead>
        <tbody>
          ${report.items.map(
            (item) => html`<tr class=${item.flags.length ? 'flagged' : ''}>
              <th scope="row">${nameOf(ctx, item)}</th>
              <td>${activityTitle(ctx, item.quiz.slice(item.quiz.lastIndexOf('/') + 1))}</td>
              <td class="num">${ctx.number(item.n)}</td>
              <td class="num">${pct(item.facility)}</td>
              <td class="num">${pct(item.discrimination)}</td>
              <td>${item.flags.length ? html`<span class="flag">${item.flags.map((f) => ctx.a.flag[f]).join(' · ')}</span>` : ''}</td>
              <td>${item.commonWrong ? `${labelOf(ctx.state.questions.get(item.activityId)?.definition, item.commonWrong.response, ctx.lang)} (${ctx.number(item.commonWrong.count)})` : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <div class="charts">
      ${report.items.map((item) => {
        const answers = answerCounts(ctx, item);
        if (!answers.length) return nothing;
        const name = nameOf(ctx, item);
        return barChart({
          part: 'chart answers-chart',
          title: t.answers(name),
          summary: t.answerSummary(answers.map((a) => t.answerLine(a.label, a.count, a.correct)).join(', ')),
          series: [{ name: t.learners, tone: 's0' }],
          rows: answers.map((a) => ({ label: a.correct ? `✓ ${a.label}` : a.label, values: [a.count], text: ctx.number(a.count), strong: a.correct })),
          table: { headers: [t.response, t.learners, t.correct], rows: answers.map((a) => [a.label, ctx.number(a.count), a.correct ? '✓' : '']) },
        });
      })}
    </div>`;
}
