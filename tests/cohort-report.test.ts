import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/cohort-report/cohort-report.js';
import type { SpocCohortReport } from '../src/components/cohort-report/cohort-report.js';
import { sampleCourse, simulateCohort } from '../src/components/cohort-report/simulated-cohort.js';
import { courseIndex } from '../src/analytics/course-index.js';
import { learnersCsv, questionsCsv } from '../src/analytics/exports.js';
import { foldAll } from '../src/analytics/fold.js';
import { buildReport } from '../src/analytics/report.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { uuid } from '../src/xapi/ids.js';
import type { Statement } from '../src/xapi/statement.js';
import { LRS_AUTH, lrsEndpoint } from './helpers/lrs.js';
import React, { act } from 'react';
import ReactDOMClient from 'react-dom/client';
import { SpocCohortReport as ReactCohortReport } from '../src/react/cohort-report.js';

const NOW = Date.parse('2026-11-20T12:00:00.000Z');

/** POSTs statements to the real LRS in batches; every batch must be accepted. */
async function post(statements: Statement[]): Promise<void> {
  const endpoint = await lrsEndpoint();
  for (let i = 0; i < statements.length; i += 200) {
    const batch = statements.slice(i, i + 200);
    const response = await fetch(`${endpoint}statements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH },
      body: JSON.stringify(batch),
    });
    expect(response.status, await response.clone().text()).to.equal(200);
  }
}

/** A simulated cohort of 15 on a course of its own, stored in the real LRS. */
async function cohortInLrs(learners = 15) {
  const definition = sampleCourse(`https://learn.example.com/courses/report-${uuid()}`);
  const cohort = simulateCohort(definition, { learners, seed: 7, now: NOW });
  await post(cohort.statements);
  return { definition, ...cohort };
}

const shadow = (el: SpocCohortReport) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SpocCohortReport, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SpocCohortReport, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const focused = (el: SpocCohortReport) => shadow(el).activeElement as HTMLElement | null;
/** Compares focus by identity, reporting tags (chai would try to print whole elements). */
function expectFocus(el: SpocCohortReport, target: Element | null, what: string) {
  const active = focused(el);
  expect(active === target, `${what}: focus is on ${active ? active.outerHTML.slice(0, 80) : 'nothing'}`).to.equal(true);
}

async function report(options: { lang?: string; learners?: number } = {}) {
  const cohort = await cohortInLrs(options.learners);
  const endpoint = await lrsEndpoint();
  const el = await fixture<SpocCohortReport>(html`<spoc-cohort-report
    lang=${options.lang ?? 'en'}
    lrs-endpoint=${endpoint}
    lrs-auth=${LRS_AUTH}
    .definition=${cohort.definition}
    .roster=${cohort.roster}
    .chapters=${cohort.chapters}
    .now=${NOW}
  ></spoc-cohort-report>`);
  await waitUntil(() => el.report && el.report.counts.folded > 0 && !$(el, '[part~="loading"]'), 'report built', { timeout: 15000 });
  await el.updateComplete;
  return { el, ...cohort };
}

async function showView(el: SpocCohortReport, view: string) {
  el.view = view as SpocCohortReport['view'];
  await el.updateComplete;
}

describe('<spoc-cohort-report>', () => {
  // Keep the runner's history state: only the hash changes.
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('tiles show the figures the analytics compute from the LRS', async () => {
    const { el, definition, statements, roster } = await report();
    const expected = buildReport(courseIndex(definition), foldAll(statements, courseIndex(definition)), { roster, now: NOW });
    const { generatedAt: _a, cursor: _b, ...shown } = el.report!;
    const { generatedAt: _c, cursor: _d, ...computed } = expected;
    expect(shown).to.deep.equal(computed);
    const c = expected.cohort;
    expect(c.enrolled).to.equal(15);
    const tile = (id: string) => $(el, `[data-kpi="${id}"] .tile-value`)!.textContent!.trim();
    expect(tile('completion')).to.equal(`${c.completed}/15 — ${Math.round(c.completionRate * 100)}%`);
    const overall = expected.satisfaction.overall!;
    expect(tile('satisfaction')).to.equal(`${overall.mean!.toFixed(1)}/5`);
    expect(tile('useful')).to.equal(`${Math.round(expected.satisfaction.useful!.share * 100)}%`);
    expect(tile('consulted')).to.equal(`${Math.round(c.contentsConsulted * 100)}%`);
    const scores = expected.learners.filter((l) => l.progress.score !== undefined).map((l) => l.progress.score!);
    expect(tile('mean-score')).to.equal(`${Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100)}%`);
    // The funnel chart's data table: one row per module, started / finished.
    const rows = $$(el, '.screen [part~="funnel"] tbody tr').map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(rows.map((r) => [r[1], r[2]])).to.deep.equal(c.modules.map((m) => [String(m.started), String(m.done)]));
    expect($(el, '[part~="updated"]')!.textContent).to.match(/Last updated/);
    await expect(el).to.be.accessible();
  });

  it('sorts and filters the learners table', async () => {
    const { el } = await report();
    await showView(el, 'learners');
    const names = () => $$(el, '[part~="learner-link"]').map((b) => b.textContent!.trim());
    const sortBy = (key: string) => $(el, `[data-sort="${key}"]`)!;
    expect(names()).to.have.length(15);
    expect(names()).to.deep.equal([...names()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(sortBy('name').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');

    sortBy('progress').focus();
    sortBy('progress').click();
    await el.updateComplete;
    expect(sortBy('progress').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(sortBy('name').closest('th')!.getAttribute('aria-sort')).to.equal('none');
    const percents = () => $$(el, '[part~="learner-row"] td:nth-of-type(1)').map((td) => Number(td.textContent!.replace(/\D/g, '')));
    expect(percents()).to.deep.equal([...percents()].sort((a, b) => b - a));
    expectFocus(el, sortBy('progress'), "sortBy('progress')");
    sortBy('progress').click();
    await el.updateComplete;
    expect(percents()).to.deep.equal([...percents()].sort((a, b) => a - b));

    // Search by typing, then the "needs attention" filter.
    const search = $<HTMLInputElement>(el, '[part~="search"]')!;
    search.focus();
    await sendKeys({ type: 'martin' });
    await el.updateComplete;
    expect(names().every((n) => /martin/i.test(n))).to.equal(true);
    expect($(el, '.count')!.textContent).to.contain(`${names().length} of 15`);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const select = $<HTMLSelectElement>(el, '[part~="filter"]')!;
    select.value = 'attention';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const flagged = el.report!.learners.filter((l) => l.needsAttention.length).length;
    expect(flagged).to.be.greaterThan(0);
    expect(names()).to.have.length(flagged);
    expect($$(el, '.reasons').every((td) => td.textContent!.trim().length > 0)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("opens a learner's detail: progress list, timeline, reminder link; back returns focus", async () => {
    const { el } = await report();
    await showView(el, 'learners');
    const learner = el.report!.learners.find((l) => l.needsAttention.length && l.progress.status !== 'not-started')!;
    const button = $$(el, '[part~="learner-link"]').find((b) => b.dataset['key'] === learner.key)!;
    button.click();
    await el.updateComplete;
    await waitUntil(() => focused(el)?.id === 'detail-title', 'heading focused');
    expect(focused(el)!.textContent).to.equal(learner.name);
    const progress = $(el, 'spoc-progress')!;
    await waitUntil(() => progress.shadowRoot?.querySelector('[part~="list"]'), 'progress list');
    const items = [...progress.shadowRoot!.querySelectorAll('[part~="module"]')];
    expect(items).to.have.length(4);
    expect(progress.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal(`${Math.round(learner.progress.percent * 100)}%`);
    expect($$(el, '[part~="timeline"] li').length).to.be.greaterThan(0);
    const href = $<HTMLAnchorElement>(el, '[part~="reminder"]')!.getAttribute('href')!;
    expect(href.startsWith(`mailto:${learner.identifier}?subject=`)).to.equal(true);
    expect(decodeURIComponent(href)).to.contain('Everyday management');
    expect(decodeURIComponent(href)).to.contain(`Hello ${learner.name!.split(' ')[0]}`);
    await expect(el).to.be.accessible();
    $(el, '[part~="back"]')!.click();
    await el.updateComplete;
    await waitUntil(() => focused(el)?.dataset['key'] === learner.key, 'focus back on the learner');
  });

  it('the reminder and the detail speak French', async () => {
    const { el } = await report({ lang: 'fr' });
    await showView(el, 'learners');
    const learner = el.report!.learners.find((l) => l.needsAttention.length)!;
    $$(el, '[part~="learner-link"]').find((b) => b.dataset['key'] === learner.key)!.click();
    await el.updateComplete;
    const href = decodeURIComponent($<HTMLAnchorElement>(el, '[part~="reminder"]')!.getAttribute('href')!);
    expect(href).to.contain('Bonjour');
    expect(href).to.contain('Manager au quotidien');
    expect($(el, '[part~="back"]')!.textContent).to.contain('Retour aux apprenants');
  });

  it('downloads the CSV files the analytics write, in the interface language', async () => {
    const { el } = await report();
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return create.call(URL, blob);
    };
    const names: string[] = [];
    const keep = (event: Event) => {
      const link = event.composedPath()[0] as HTMLAnchorElement;
      if (link.download) {
        names.push(link.download);
        event.preventDefault();
      }
    };
    el.shadowRoot!.addEventListener('click', keep, true);
    try {
      $(el, '[data-export="learners"]')!.click();
      $(el, '[data-export="questions"]')!.click();
    } finally {
      URL.createObjectURL = create;
    }
    expect(names.map((n) => n.replace(/^report-[\w-]+?-(?=learners|questions)/, ''))).to.deep.equal(['learners.csv', 'questions.csv']);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const learners = await blobs[0]!.text();
    // Blob.text() drops the BOM when decoding; the bytes carry it.
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(learners).to.equal(learnersCsv(el.report!, { lang: 'en' }).replace(/^\uFEFF/, ''));
    expect(learners.split('\r\n')).to.have.length(15 + 2);
    expect(await blobs[1]!.text()).to.equal(questionsCsv(el.report!, { lang: 'en' }).replace(/^\uFEFF/, ''));
    // French: semicolons and French headers.
    el.lang = 'fr';
    await el.updateComplete;
    expect(el.csv('learners')).to.equal(learnersCsv(el.report!, { lang: 'fr', separator: ';' }));
    expect(el.csv('learners').split('\r\n')[0]).to.contain(';');
  });

  it('prints the session review on one A4 page', async () => {
    const { el } = await report({ lang: 'fr' });
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.screen')!).display).to.equal('none');
      const summary = $(el, '[part~="print-summary"]')!;
      expect(getComputedStyle(summary).display).to.not.equal('none');
      expect(summary.textContent).to.contain('Bilan de session');
      expect(summary.querySelectorAll('.print-kpis tbody tr')).to.have.length(6);
      // 297 mm − 2 × 12 mm margins at 96 px/in.
      expect(summary.getBoundingClientRect().height).to.be.lessThan(((297 - 24) / 25.4) * 96);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    const printed = await executeServerCommand<{ pageCount: number; pages: Array<{ width: number; height: number; hasText: boolean }> }, undefined>('print-pages');
    expect(printed.pageCount).to.equal(1);
    expect([printed.pages[0]!.width, printed.pages[0]!.height]).to.deep.equal([595, 842]);
    expect(printed.pages[0]!.hasText).to.equal(true);
  });

  it('keyboard only: tabs with arrows, Home and End, deep-linked in the URL hash', async () => {
    const { el } = await report();
    const selectedTab = () => $(el, '[role="tab"][aria-selected="true"]')!;
    // Tab from the page into the report until the selected tab has focus.
    for (let i = 0; i < 12 && focused(el) !== selectedTab(); i++) await sendKeys({ press: 'Tab' });
    expectFocus(el, $(el, '#tab-overview'), "$(el, '#tab-overview')");
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expectFocus(el, $(el, '#tab-learners'), "$(el, '#tab-learners')");
    expect(selectedTab().id).to.equal('tab-learners');
    expect(location.hash).to.equal('#report-learners');
    expect($(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-learners');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expectFocus(el, $(el, '#tab-prepost'), "$(el, '#tab-prepost')");
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expectFocus(el, $(el, '#tab-overview'), "$(el, '#tab-overview')");
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expectFocus(el, $(el, '#tab-prepost'), "$(el, '#tab-prepost')");
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // Tab leaves the tab list for the panel, then its first control (the search field).
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('role')).to.equal('tabpanel');
    await sendKeys({ press: 'Tab' });
    expectFocus(el, $(el, '[part~="search"]'), '$(el, \'[part~="search"]\')');
    // Open a learner with the keyboard.
    for (let i = 0; i < 15 && !focused(el)?.matches('[part~="learner-link"]'); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.matches('[part~="learner-link"]'), 'a learner name is reached').to.equal(true);
    const key = focused(el)!.dataset['key'];
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => focused(el)?.id === 'detail-title', 'detail heading focused');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expectFocus(el, $(el, '[part~="back"]'), '$(el, \'[part~="back"]\')');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.dataset['key'] === key, 'back to the row');
    // A deep link opens its view.
    location.hash = '#report-videos';
    await waitUntil(() => el.view === 'videos', 'hash followed');
  });

  for (const lang of ['en', 'fr']) {
    it(`has no axe violations in any view (${lang})`, async () => {
      const { el } = await report({ lang });
      for (const view of ['overview', 'learners', 'questions', 'videos', 'satisfaction', 'prepost']) {
        await showView(el, view);
        expect($(el, '[role="tabpanel"]')!.textContent!.trim().length, view).to.be.greaterThan(0);
        expect($$(el, '[part~="empty"]'), `${view} has data`).to.have.length(0);
        await expect(el).to.be.accessible();
      }
      if (lang === 'fr') expect($(el, '#tab-prepost')!.textContent!.trim()).to.equal('Avant / après');
    });
  }

  it('refresh fetches only what is new (since)', async () => {
    const { el, definition } = await report();
    const before = el.report!.counts.folded;
    const more = simulateCohort(definition, { learners: 2, seed: 99, now: NOW, domain: 'late.example.com' });
    await post(more.statements);
    await el.refresh();
    expect(el.report!.counts.folded).to.equal(before + more.statements.length);
    expect($(el, '[part~="updated"]')!.textContent).to.match(/Last updated/);
  });

  describe('errors', () => {
    it('401: the localized error view and spoc-error; what was loaded stays', async () => {
      const { el } = await report({ lang: 'fr' });
      const { endpoint } = await executeServerCommand<{ endpoint: string }, object>('fault-proxy', { auth: 'Basic only-this' });
      const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
      el.lrsEndpoint = endpoint;
      const { detail } = await failed;
      await executeServerCommand('fault-proxy', {});
      expect(detail.code).to.equal('lrs-unauthorized');
      await el.updateComplete;
      const error = $(el, '[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('401');
      expect(error.textContent).to.contain('reste affiché');
      expect($$(el, '[part~="tile"]')).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('unreachable LRS', async () => {
      const definition = sampleCourse(`https://learn.example.com/courses/report-${uuid()}`);
      const el = document.createElement('spoc-cohort-report');
      el.definition = definition;
      el.lrsEndpoint = 'http://127.0.0.1:9/xAPI/';
      const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail.code).to.equal('lrs-unreachable');
        await el.updateComplete;
        expect($(el, '[part~="error"]')!.textContent).to.contain('could not be reached');
      } finally {
        el.remove();
      }
    });

    it('invalid course and invalid roster: each problem with its path', async () => {
      const el = document.createElement('spoc-cohort-report');
      el.statements = [];
      el.definition = { id: 'https://learn.example.com/courses/x', title: 'X', modules: [{ id: 'm1', activities: [{ id: 'a', type: 'nope' }] }] };
      const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail.issues!.map((i) => i.path)).to.include('modules[0].title');
        const rosterFailed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
        el.roster = 'name,email\nAna,ana@example.com\nBruno,not-an-email\nChloé,';
        const roster = (await rosterFailed).detail;
        expect(roster.code).to.equal('invalid-roster');
        expect(roster.issues!.map((i) => i.path)).to.deep.equal(['line 3.email', 'line 4']);
        await el.updateComplete;
        expect($$(el, '[part~="error"]')).to.have.length(2);
        await expect(el).to.be.accessible();
        // A JSON roster with a syntax error: where it breaks, in the interface language.
        const brokenJson = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
        el.roster = '[{ "name": "Ana", "email": "ana@example.com" },\n { "name": }]';
        const broken = (await brokenJson).detail;
        expect(broken.issues!.map((i) => i.message)).to.deep.equal(['The JSON text is not valid at line 2, column 12.']);
      } finally {
        el.remove();
      }
    });
  });

  it('the demo trainer page shows a simulated cohort of 15 managers from the local store', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'trainer';
    frame.width = '1280';
    frame.height = '900';
    frame.src = '/demo/trainer.html?lang=en';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const el = doc.querySelector<SpocCohortReport>('spoc-cohort-report');
      await waitUntil(() => el!.report && el!.report.learners.filter((l) => l.enrolled).length === 15 && el!.report.counts.folded > 0, 'cohort shown', { timeout: 20000 });
      expect(el!.report!.cohort.enrolled).to.equal(15);
      expect(el!.report!.cohort.completed).to.be.greaterThan(0);
      expect(doc.querySelector('a[href*="index.html"]')).to.not.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('React: the wrapper from its own entry passes objects as properties', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const definition = sampleCourse(`https://learn.example.com/courses/react-${uuid()}`);
    const cohort = simulateCohort(definition, { learners: 4, seed: 3, now: NOW });
    const container = document.createElement('div');
    document.body.append(container);
    const root = ReactDOMClient.createRoot(container);
    try {
      await act(async () => root.render(React.createElement(ReactCohortReport, { definition, statements: cohort.statements, roster: cohort.roster, now: NOW, lang: 'fr' })));
      const el = container.querySelector('spoc-cohort-report')!;
      await waitUntil(() => el.report, 'report built');
      expect(el.report!.cohort.enrolled).to.equal(4);
    } finally {
      await act(async () => root.unmount());
      container.remove();
    }
  });

  it('hostile names and comments stay text', async () => {
    const definition = sampleCourse(`https://learn.example.com/courses/hostile-${uuid()}`);
    const payload = '<img src=x onerror="window.__pwned=1">';
    const cohort = simulateCohort(definition, { learners: 6, seed: 5, now: NOW });
    const statements = cohort.statements.map((st) => (st.actor.name ? { ...st, actor: { ...st.actor, name: `${payload}${st.actor.name}` } } : st));
    const comment = statements.find((st) => st.object.objectType === 'Activity' && st.object.id.endsWith('/item/comment'));
    if (comment) comment.result = { ...comment.result, response: payload };
    const el = await fixture<SpocCohortReport>(html`<spoc-cohort-report no-link-hash .definition=${definition} .statements=${statements} .now=${NOW}></spoc-cohort-report>`);
    await waitUntil(() => el.report, 'report built');
    for (const view of ['learners', 'satisfaction'] as const) {
      el.view = view;
      await el.updateComplete;
      expect($$(el, 'img, script, [onerror]')).to.have.length(0);
    }
    expect(shadow(el).textContent).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
