import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cohort-report/cohort-report.js';
import { sampleCourse, simulateCohort } from '../src/components/cohort-report/simulated-cohort.js';

/** A seeded cohort of 15 managers on the demo course (with a diagnostic and a final quiz), built with the library's Tracker. */
const course = sampleCourse();
const cohort = simulateCohort(course, { learners: 15, seed: 2026, now: Date.parse('2026-11-20T12:00:00Z') });
const NOW = Date.parse('2026-11-20T12:00:00Z');

/**
 * `<spoc-cohort-report>` is the trainer's and HR's view of a cohort: key figures, the module
 * funnel, who needs a nudge (with a prefilled reminder email), item analysis, video retention,
 * satisfaction and before / after, with CSV downloads and a printable one-page session review.
 * It reads an LRS (`lrs-endpoint` + `lrs-auth` or `setLrsCredentials()`), this browser's records,
 * or a `statements` array — here a simulated cohort. For trainer pages only: it reads every
 * learner's statements. Load it from its own entry, `spoc-elements/cohort-report.js`.
 */
const meta: Meta = {
  title: 'Elements/Cohort report',
  component: 'spoc-cohort-report',
  args: { view: 'overview', lang: 'en', 'inactive-days': 7, roster: true },
  argTypes: {
    view: { control: 'select', options: ['overview', 'learners', 'questions', 'videos', 'satisfaction', 'prepost'] },
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    'inactive-days': { control: { type: 'number', min: 1, max: 30 } },
    roster: { control: 'boolean', description: 'Pass the roster (15 enrolled; without it, everyone seen)' },
  },
  // Every attribute control reaches the element; the cohort's statements are a property (too many for markup).
  render: (args) => {
    const el = document.createElement('spoc-cohort-report');
    el.setAttribute('no-link-hash', '');
    for (const [name, value] of Object.entries(args)) {
      if (name === 'roster' || value === undefined || value === '' || value === false || typeof value === 'object' || typeof value === 'function') continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    Object.assign(el, { definition: course, statements: cohort.statements, roster: args['roster'] ? cohort.roster : undefined, chapters: cohort.chapters, now: NOW });
    return el;
  },
};
export default meta;
type Story = StoryObj;

/** The overview: KPI tiles, the funnel, the top sticking points. */
export const Overview: Story = {};

/** The learners table: sort by a column, filter, open a learner. */
export const Learners: Story = { args: { view: 'learners' } };

/** Item analysis and the answers to each question. */
export const Questions: Story = { args: { view: 'questions' } };

/** Retention curves with chapter marks and replay hotspots. */
export const Videos: Story = { args: { view: 'videos' } };

export const Satisfaction: Story = { args: { view: 'satisfaction' } };

export const BeforeAfter: Story = { args: { view: 'prepost' } };

/** En français : « Bilan de la cohorte ». */
export const French: Story = { args: { lang: 'fr' } };

/** Dark: the page's `color-scheme: dark` and the `--spoc-*` tokens. */
export const Dark: Story = {
  render: (args, context) => html`<div class="sb-dark" style="color-scheme: dark; background: #111827; padding: 1rem">${meta.render!(args, context)}</div>`,
};

/** A course that fails validation: the error view. */
export const InvalidCourse: Story = {
  render: () => html`<spoc-cohort-report no-link-hash .definition=${{ title: 'x', modules: 'nope' }} .statements=${[]}></spoc-cohort-report>`,
};
