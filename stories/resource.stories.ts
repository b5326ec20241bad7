import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';
import './theming/dark-theme.css';

/**
 * `<spoc-resource>` is a tracked job aid ("fiche mémo"): a link to a document or a page, a download,
 * plain `<a href>` children, or inline content the learner unfolds. Opening it sends one
 * `experienced` statement per registration (`http://id.tincanapi.com/verb/downloaded` for a
 * download) so a course can count the contents consulted; the element then shows "Opened".
 * Addresses go through the URL policy: a refused one shows an error and nothing clickable.
 */
const meta: Meta = {
  title: 'Elements/Resource',
  component: 'spoc-resource',
  args: {
    href: '/fixtures/fiche-recadrage.pdf',
    title: 'Corrective interview: the five steps',
    description: 'One page to keep beside you for the interview.',
    type: 'PDF',
    size: 2229,
    download: false,
    module: 'm3',
    lang: 'en',
  },
  argTypes: {
    href: { control: 'text', description: 'URL of the document or page (https, http or relative).' },
    title: { control: 'text', description: 'Title (the activity name); default the link text or file name.' },
    description: { control: 'text', description: 'One line about it.' },
    type: { control: 'text', description: 'Format as shown (PDF, Page…).' },
    size: { control: 'number', description: 'Size in bytes, shown in kB / MB.' },
    download: { control: 'boolean', description: 'Download rather than open (`downloaded`, a `file` activity).' },
    module: { control: 'text', description: 'Course module (added to `grouping`).' },
    lang: { control: 'inline-radio', options: ['en', 'fr'], description: 'Interface language.' },
  },
  parameters: { actions: { handles: ['spoc-statement', 'spoc-error'] } },
  render: (args) => markup('spoc-resource', { activity: `story-${Math.random().toString(36).slice(2, 8)}`, ...args }),
};
export default meta;
type Story = StoryObj;

/** A PDF job aid that opens in a new tab. */
export const Default: Story = {};

/** In French. */
export const French: Story = {
  args: { lang: 'fr', title: "Entretien de recadrage : les cinq étapes", description: "Une page à garder près de vous pendant l'entretien." },
};

/** Dark mode through the global tokens. */
export const Dark: Story = {
  render: (args) => html`<div class="spoc-theme-dark" style="padding: 1rem">
    ${(meta.render as (a: typeof args) => unknown)(args)}
  </div>`,
};

/** A download: `downloaded` instead of `experienced`. */
export const Download: Story = { args: { download: true } };

/** Plain `<a>` children, tracked the same way. */
export const PlainLinks: Story = {
  render: () => html`<spoc-resource module="m1"><a href="/fixtures/fiche-recadrage.pdf" target="_blank">Corrective interview, five steps (PDF)</a></spoc-resource>`,
};

/** Inline content: unfolding it counts as opened. */
export const Inline: Story = {
  render: () => html`<spoc-resource title="Feedback in four steps" activity=${`story-inline-${Date.now()}`}>
    <ol>
      <li>Facts</li>
      <li>Impact</li>
      <li>Expectation</li>
      <li>Agreement</li>
    </ol>
  </spoc-resource>`,
};

/** A refused address (`javascript:`): an error, nothing clickable. */
export const ErrorView: Story = { args: { href: 'javascript:alert(1)' } };
