import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';
import './theming/dark-theme.css';
import type { PeerReviewDefinition } from '../src/components/peer-review/peer-review.schema.js';
import review from '../tests/fixtures/review-m3.json';

const base = review as PeerReviewDefinition;
/** A fresh id per render so every story starts from an empty draft. */
const fresh = (extra: Partial<PeerReviewDefinition> = {}): PeerReviewDefinition => ({ ...base, id: `story-${Math.random().toString(36).slice(2, 8)}`, ...extra });
const received = [
  { choices: { clarity: 'no', timing: 'fits' }, comments: { timing: 'Bien minuté.' } },
  { choices: { clarity: 'yes', timing: 'over' }, overall: 'Un peu long, mais clair.' },
  { choices: { clarity: 'yes', timing: 'fits' } },
];

/**
 * `<spoc-peer-review>` is what a reviewer sees: the work to review, then the rubric as radio groups
 * with explanations, comments, a live total, validation on submit, a confirmation, and a read-only
 * summary. The draft is autosaved. It is a form control: inside a `<form>` its JSON value submits.
 * Sending makes one `http://id.tincanapi.com/verb/reviewed` statement.
 */
const meta: Meta = {
  title: 'Elements/Peer review',
  component: 'spoc-peer-review',
  args: { lang: 'en', mode: 'peer', required: false, disabled: false, module: 'm3' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'fr'], description: 'Interface language.' },
    mode: { control: 'select', options: ['peer', 'self', 'calibration', 'received', 'group'], description: '`group` is not a mode: see the error view.' },
    required: { control: 'boolean', description: 'Inside a form: blocks submission until the review is complete.' },
    disabled: { control: 'boolean' },
    module: { control: 'text', description: 'Course module this review belongs to.' },
  },
  // The definition inline, as a page would write it: "Show code" gives working markup.
  // The definition inline, as a page would write it: "Show code" gives working markup.
  render: (args) => markup('spoc-peer-review', { ...args, definition: fresh({ reviews: received }) }),
};
export default meta;
type Story = StoryObj;

/** Every mode from the controls. */
export const Playground: Story = {};

/** Reviewing a peer's work. */
export const Peer: Story = { render: () => html`<spoc-peer-review mode="peer" .definition=${fresh()}></spoc-peer-review>` };

/** Self-assessment: the learner reviews their own work with the same rubric. */
export const Self: Story = { render: () => html`<spoc-peer-review mode="self" .definition=${fresh()}></spoc-peer-review>` };

/** Calibration: after sending, each criterion is compared with the reference assessment. */
export const Calibration: Story = { render: () => html`<spoc-peer-review mode="calibration" .definition=${fresh()}></spoc-peer-review>` };

/** Received: the reviews an author got, aggregated per criterion (median), comments anonymised. */
export const Received: Story = { render: () => html`<spoc-peer-review mode="received" .definition=${fresh({ reviews: received })}></spoc-peer-review>` };

/** The same with the mean. */
export const ReceivedMean: Story = { render: () => html`<spoc-peer-review mode="received" .definition=${fresh({ reviews: received, aggregate: 'mean' })}></spoc-peer-review>` };

/** Inside a page's form: the review is the value of `name="review"`; `required` blocks the form until complete. */
export const InAForm: Story = {
  render: () => html`<form>
    <spoc-peer-review name="review" required .definition=${fresh()}></spoc-peer-review>
    <p><button type="reset">Reset the form</button></p>
  </form>`,
};

/** French interface. */
export const French: Story = { render: () => html`<spoc-peer-review lang="fr" .definition=${fresh()}></spoc-peer-review>` };

/** Theming with custom properties and `::part`. */
export const Theming: Story = {
  render: () => html`<style>
      .brand spoc-peer-review {
        --spoc-peer-review-accent-color: #0f766e;
        --spoc-peer-review-radius: 2px;
        --spoc-peer-review-background: #f0fdfa;
      }
      .brand spoc-peer-review::part(criterion-title) {
        text-transform: uppercase;
      }
    </style>
    <div class="brand"><spoc-peer-review .definition=${fresh()}></spoc-peer-review></div>`,
};

/** On a dark page (`.spoc-theme-dark`). */
export const Dark: Story = {
  render: () => html`<div class="spoc-theme-dark" style="padding: 1rem"><spoc-peer-review .definition=${fresh()}></spoc-peer-review></div>`,
};

/** `mode="group"` is not a mode: the error view names the attribute (never a silent peer review). */
export const InvalidMode: Story = { render: () => html`<spoc-peer-review mode="group" .definition=${fresh()}></spoc-peer-review>` };

/** A `javascript:` link in the submission: refused with its path, never rendered as a link. */
export const RefusedLink: Story = {
  render: () => html`<spoc-peer-review .definition=${fresh({ submission: { ...base.submission, links: [{ url: 'JaVaScRiPt:alert(1)', title: 'Plan' }] } })}></spoc-peer-review>`,
};

/** An invalid rubric: each problem with its path. */
export const InvalidDefinition: Story = {
  render: () => html`<spoc-peer-review
    .definition=${{ id: 'r', submission: { id: 's', title: 'T' }, rubric: { criteria: [{ id: 'a', title: 'A', options: [] }, { id: 'a', title: 'B', options: [{ id: 'x', label: 'X' }] }] } }}
  ></spoc-peer-review>`,
};
