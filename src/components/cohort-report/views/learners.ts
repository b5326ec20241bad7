/** Learners: a sortable, filterable table; each name opens the learner's detail. */
import { html, nothing, type TemplateResult } from 'lit';
import { describeReason } from '../../../analytics/exports.js';
import type { LearnerReport } from '../../../analytics/learners.js';
import { type ViewContext, moduleTitle } from './context.js';

export type SortKey = 'name' | 'progress' | 'score' | 'time' | 'last' | 'attention';
export type LearnerFilter = 'all' | 'attention' | 'completed' | 'in-progress' | 'not-started';

export interface LearnersUi {
  sort: SortKey;
  descending: boolean;
  filter: LearnerFilter;
  query: string;
  onSort: (key: SortKey) => void;
  onFilter: (filter: LearnerFilter) => void;
  onQuery: (query: string) => void;
  onOpen: (key: string) => void;
}

export const displayName = (learner: LearnerReport) => learner.name || learner.identifier || learner.key;

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

// Worked out once per learner (and the collator once per language), not on each keystroke of the search.
const searchTexts = new WeakMap<LearnerReport, string>();
const searchText = (l: LearnerReport) => {
  let text = searchTexts.get(l);
  if (text === undefined) searchTexts.set(l, (text = fold(`${displayName(l)} ${l.identifier}`)));
  return text;
};
const collators = new Map<string, Intl.Collator>();
const collatorFor = (lang: string) => {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang, { sensitivity: 'base' })));
  return collator;
};

/** The learners the table shows, in its order. */
export function visibleLearners(ctx: ViewContext, ui: Pick<LearnersUi, 'sort' | 'descending' | 'filter' | 'query'>): LearnerReport[] {
  const query = fold(ui.query.trim());
  const rows = ctx.report.learners.filter((l) => {
    if (query && !searchText(l).includes(query)) return false;
    switch (ui.filter) {
      case 'attention':
        return l.enrolled && l.needsAttention.length > 0;
      case 'completed':
        return l.progress.completed;
      case 'not-started':
        return l.progress.status === 'not-started';
      case 'in-progress':
        return !l.progress.completed && l.progress.status !== 'not-started';
      default:
        return true;
    }
  });
  const collator = collatorFor(ctx.lang);
  const value = (l: LearnerReport): number | string | undefined => {
    switch (ui.sort) {
      case 'name':
        return displayName(l);
      case 'progress':
        return l.progress.percent;
      case 'score':
        return l.progress.score;
      case 'time':
        return l.progress.timeSpent;
      case 'last':
        return l.lastActivity;
      case 'attention':
        return l.needsAttention.length;
    }
  };
  const direction = ui.descending ? -1 : 1;
  return rows
    .map((l, i) => ({ l, i, v: value(l) }))
    .sort((x, y) => {
      // Missing values last in either direction; ties keep the roster's order.
      if (x.v === undefined || y.v === undefined) return x.v === y.v ? x.i - y.i : x.v === undefined ? 1 : -1;
      const order = typeof x.v === 'string' && typeof y.v === 'string' && ui.sort === 'name' ? collator.compare(x.v, y.v) : x.v < y.v ? -1 : x.v > y.v ? 1 : 0;
      return order * direction || x.i - y.i;
    })
    .map((row) => row.l);
}

export function reasonsText(ctx: ViewContext, learner: LearnerReport): string {
  return learner.needsAttention.map((reason) => describeReason(reason, ctx.a)).join(' · ');
}

export function renderLearners(ctx: ViewContext, ui: LearnersUi): TemplateResult {
  const { s } = ctx;
  const t = s.learners;
  const rows = visibleLearners(ctx, ui);
  const modules = ctx.report.cohort.modules;
  const header = (key: SortKey, label: string) => {
    const sorted = ui.sort === key;
    return html`<th scope="col" aria-sort=${sorted ? (ui.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" part="sort-button" class="sort" data-sort=${key} @click=${() => ui.onSort(key)}>
        ${label}<span class="sort-icon" aria-hidden="true">${sorted ? (ui.descending ? '▼' : '▲') : '↕'}</span>
      </button>
    </th>`;
  };
  return html`<div part="filters" class="filters">
      <label>${t.filter} <input part="search" type="search" .value=${ui.query} @input=${(e: Event) => ui.onQuery((e.target as HTMLInputElement).value)} /></label>
      <label
        >${t.show}
        <select part="filter" @change=${(e: Event) => ui.onFilter((e.target as HTMLSelectElement).value as LearnerFilter)}>
          ${(
            [
              ['all', t.all],
              ['attention', t.attention],
              ['completed', t.completed],
              ['in-progress', t.inProgress],
              ['not-started', t.notStarted],
            ] as const
          ).map(([value, label]) => html`<option value=${value} ?selected=${ui.filter === value}>${label}</option>`)}
        </select>
      </label>
      <p class="count" role="status">${t.count(rows.length, ctx.report.learners.length)}</p>
    </div>
    <div class="table-scroll">
      <table part="learners-table" class="learners">
        <caption class="visually-hidden">${t.caption}</caption>
        <thead>
          <tr>
            ${header('name', t.name)} ${header('progress', t.progress)}
            ${modules.map((m, i) => html`<th scope="col" class="module-col"><span aria-hidden="true">M${i + 1}</span><span class="visually-hidden">${moduleTitle(ctx, m.id)}</span></th>`)}
            ${header('score', t.score)} ${header('time', t.time)} ${header('last', t.lastActivity)} ${header('attention', t.needsAttention)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (l) => html`<tr part=${l.needsAttention.length && l.enrolled ? 'learner-row attention' : 'learner-row'} data-key=${l.key}>
              <th scope="row">
                <button type="button" part="learner-link" class="link" data-key=${l.key} aria-label=${t.open(displayName(l))} @click=${() => ui.onOpen(l.key)}>${displayName(l)}</button>
                ${l.enrolled ? nothing : html`<span class="tag">${t.notEnrolled}</span>`}
              </th>
              <td class="num">${ctx.percent(l.progress.percent)}</td>
              ${l.progress.modules.map((m) => html`<td class=${`status status-${m.status}`}>${s.statusShort[m.status]}</td>`)}
              <td class="num">${l.progress.score === undefined ? '—' : ctx.percent(l.progress.score)}</td>
              <td class="num">${l.progress.timeSpent ? ctx.duration(l.progress.timeSpent) : '—'}</td>
              <td>${l.lastActivity ? ctx.date(l.lastActivity, { dateStyle: 'medium' }) : t.never}</td>
              <td class="reasons">${l.enrolled ? reasonsText(ctx, l) : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${rows.length ? nothing : html`<p part="empty">${t.noMatch}</p>`}`;
}

