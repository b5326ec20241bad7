/**
 * One learner: their `<spoc-progress variant="list">` (fed by the report through the course
 * context the element provides), a timeline of what they did, and a reminder `mailto:` link in
 * the interface language when they need a nudge.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LearnerReport } from '../../../analytics/learners.js';
import { textOf } from '../../../internal/validation.js';
import { VERBS } from '../../../xapi/vocabulary.js';
import { type ViewContext, activityTitle } from './context.js';
import { displayName, reasonsText } from './learners.js';

const VERB_NAMES = new Map<string, Record<string, string>>(Object.values(VERBS).map((verb) => [verb.id, verb.display]));
const BOOKKEEPING = new Set([VERBS.initialized.id, VERBS.terminated.id, VERBS.played.id, VERBS.paused.id, VERBS.seeked.id, VERBS.answered.id, VERBS.progressed.id, VERBS.interacted.id]);

export interface TimelineEntry {
  time: string;
  verb: string;
  activity: string;
  count: number;
}

/** What the learner did, first time of each verb on each course activity, oldest first. */
export function timeline(ctx: ViewContext, learner: LearnerReport): TimelineEntry[] {
  const state = ctx.state.learners.get(learner.key);
  if (!state) return [];
  const entries: TimelineEntry[] = [];
  for (const [iri, tally] of state.activities) {
    const indexed = ctx.index.activities.get(iri);
    if (!indexed) continue;
    for (const [verb, v] of tally.verbs) {
      if (!v.first || BOOKKEEPING.has(verb)) continue;
      const names = VERB_NAMES.get(verb);
      entries.push({ time: v.first, verb: names?.[ctx.lang.split('-')[0]!] ?? names?.['en'] ?? verb, activity: activityTitle(ctx, indexed.activity.id), count: v.count });
    }
  }
  return entries.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

const EMAIL = /^[^\s@<>"?&#]+@[^\s@<>"?&#]+\.[^\s@<>"?&#]+$/;

/** The reminder link, or `undefined` when the learner has no email or needs no nudge. */
export function reminderHref(ctx: ViewContext, learner: LearnerReport): string | undefined {
  if (!learner.needsAttention.length || !EMAIL.test(learner.identifier)) return undefined;
  const course = textOf(ctx.report.title, ctx.lang);
  const first = learner.name?.split(/\s+/)[0] ?? ctx.s.detail.hello;
  const reasons = reasonsText(ctx, learner);
  const sentence = reasons ? `${reasons.charAt(0).toUpperCase()}${reasons.slice(1)}.` : '';
  const body = ctx.s.detail.reminderBody(first, course, sentence, ctx.percent(learner.progress.percent));
  return `mailto:${encodeURIComponent(learner.identifier).replace('%40', '@')}?subject=${encodeURIComponent(ctx.s.detail.reminderSubject(course))}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
}

export function renderLearnerDetail(ctx: ViewContext, learner: LearnerReport, onBack: () => void): TemplateResult {
  const { s } = ctx;
  const entries = timeline(ctx, learner);
  const href = reminderHref(ctx, learner);
  const reasons = learner.enrolled ? reasonsText(ctx, learner) : '';
  return html`<section part="learner-detail" class="detail" aria-labelledby="detail-title">
    <button type="button" part="back" class="back" @click=${onBack}><span aria-hidden="true">← </span>${s.detail.back}</button>
    <h3 id="detail-title" tabindex="-1">${s.detail.title(displayName(learner))}</h3>
    <p class="muted">${learner.identifier}${reasons ? html` · <strong>${reasons}</strong>` : nothing}</p>
    ${href
      ? html`<p><a part="reminder" class="button" href=${href}>${s.detail.remind}</a></p>`
      : learner.needsAttention.length
        ? html`<p class="muted">${s.detail.noReminder}</p>`
        : nothing}
    <spoc-progress part="learner-progress" variant="list" lang=${ctx.lang}></spoc-progress>
    <h4>${s.detail.timeline}</h4>
    ${entries.length
      ? html`<ol part="timeline" class="timeline">
          ${entries.map(
            (entry) => html`<li>
              <time datetime=${entry.time}>${ctx.date(entry.time, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              <span>${entry.verb} · ${entry.activity}${entry.count > 1 ? ` (×${ctx.number(entry.count)})` : ''}</span>
            </li>`,
          )}
        </ol>`
      : html`<p>${s.detail.empty}</p>`}
  </section>`;
}
