import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';

const checkpoints = {
  chapters: [
    { time: 0, title: { fr: 'Introduction', en: 'Introduction' } },
    { time: 4, title: { fr: 'Le feedback', en: 'Feedback' } },
  ],
  checkpoints: [
    { id: 'cp1', time: 3, requireCorrect: true, question: { id: 'q', type: 'true-false', prompt: { fr: 'Un manager fait réussir son équipe.', en: 'A manager makes the team succeed.' }, correct: true } },
  ],
};

/**
 * `<spoc-capsule>` plays a short video with its own accessible controls (Space/K, arrows, J/L, M,
 * C, F), captions and an interactive transcript, chapters, checkpoints, and completion on truly
 * watched time (`completion-threshold`, default 0.9 — seeking to the end does not count). Every
 * action is an xAPI Video Profile statement.
 */
const meta: Meta = {
  title: 'Elements/Capsule',
  component: 'spoc-capsule',
  args: { 'completion-threshold': 0.9, 'prevent-skipping': false, title: 'Le rôle du manager' },
  argTypes: {
    'completion-threshold': { control: { type: 'number', min: 0, max: 1, step: 0.05 } },
    'prevent-skipping': { control: 'boolean' },
    title: { control: 'text' },
  },
  render: (args) => markup('spoc-capsule', { activity: 'story-default', src: '/fixtures/capsule.webm', ...args }),
};
export default meta;
type Story = StoryObj;

/** The player with its controls. */
export const Playground: Story = {};

/** Captions in two languages and the transcript (click a line to go there). */
export const CaptionsAndTranscript: Story = {
  render: () => html`<spoc-capsule activity="story-captions" title="Le rôle du manager" src="/fixtures/capsule.webm">
    <track kind="captions" src="/fixtures/capsule.en.vtt" srclang="en" label="English" />
    <track kind="captions" src="/fixtures/capsule.fr.vtt" srclang="fr" label="Français" />
  </spoc-capsule>`,
};

/** Chapters from a chapters WebVTT track, on the seek bar and as a list. */
export const Chapters: Story = {
  render: () => html`<spoc-capsule activity="story-chapters" title="Le rôle du manager" src="/fixtures/capsule.webm">
    <track kind="chapters" src="/fixtures/capsule.chapters.vtt" srclang="fr" />
  </spoc-capsule>`,
};

/** A checkpoint at 0:03 that needs a right answer to continue (and chapters from JSON). */
export const Checkpoint: Story = {
  render: () => html`<spoc-capsule activity="story-checkpoint" title="Le rôle du manager" src="/fixtures/capsule.webm" .definition=${checkpoints}></spoc-capsule>`,
};

/** French interface. */
export const French: Story = {
  render: () => html`<spoc-capsule lang="fr" activity="story-fr" title="Le rôle du manager" src="/fixtures/capsule.webm">
    <track kind="captions" src="/fixtures/capsule.fr.vtt" srclang="fr" label="Français" />
  </spoc-capsule>`,
};

/** Theming through custom properties and `::part`. */
export const Theming: Story = {
  render: () => html`<style>
      .brand spoc-capsule {
        --spoc-capsule-controls-background: #312e81;
        --spoc-capsule-accent-color: #f59e0b;
        --spoc-capsule-watched-color: #f59e0b;
        --spoc-capsule-radius: 1rem;
      }
      .brand spoc-capsule::part(time) {
        font-weight: 700;
      }
    </style>
    <div class="brand"><spoc-capsule activity="story-theme" title="Le rôle du manager" src="/fixtures/capsule.webm"></spoc-capsule></div>`,
};

/** No playable source: the error view and a `spoc-error` event. */
export const Error: Story = { render: () => html`<spoc-capsule activity="story-error"></spoc-capsule>` };
