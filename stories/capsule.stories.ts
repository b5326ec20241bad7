import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';
import './theming/dark-theme.css';

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
 * C, F; a click on the video gives it focus), captions listed by label and an interactive
 * transcript, chapters, checkpoints, speeds up to 3×, and completion on truly watched time
 * (`completion-threshold`, default 0.9 — seeking to the end does not count; pauses cost nothing).
 * On a narrow player the bar stays one row and speed, sound and captions open in a settings panel.
 * Every action is an xAPI Video Profile statement.
 *
 * A video on another origin needs no CORS headers; captions on another origin do (and then the
 * video too). `src`, `poster` and `captions` go through the media URL policy; a refused URL or a
 * `completion-threshold` outside 0–1 shows the error view.
 */
const meta: Meta = {
  title: 'Elements/Capsule',
  component: 'spoc-capsule',
  args: {
    src: '/fixtures/capsule.webm',
    poster: '',
    captions: '/fixtures/capsule.en.vtt',
    title: 'Le rôle du manager',
    activity: 'story-default',
    module: '',
    'completion-threshold': 0.9,
    'prevent-skipping': false,
    lang: 'en',
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the video (https, http, relative or blob).' },
    poster: { control: 'text', description: 'Poster image URL.' },
    captions: { control: 'text', description: 'URL of a WebVTT captions file.' },
    title: { control: 'text' },
    activity: { control: 'text', description: 'Id of the capsule in the course (activity `<course-id>/capsule/<id>`).' },
    module: { control: 'text' },
    'completion-threshold': { control: { type: 'number', min: 0, max: 1, step: 0.05 } },
    'prevent-skipping': { control: 'boolean' },
    lang: { control: 'select', options: ['en', 'fr'] },
  },
  render: (args) => markup('spoc-capsule', { activity: 'story-default', src: '/fixtures/capsule.webm', ...args }),
};
export default meta;
type Story = StoryObj;

/** The player, every attribute from the controls. */
export const Playground: Story = {};

/** Captions in two languages, listed by their labels, and the transcript (click a line to go there). */
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

/**
 * A checkpoint at 0:03 that needs a right answer to continue, and chapters, from an inline JSON
 * script (copy the code as is; the `definition` property takes the same object).
 */
export const Checkpoint: Story = {
  render: () => html`<spoc-capsule activity="story-checkpoint" title="Le rôle du manager" src="/fixtures/capsule.webm">
    <script type="application/json">
      {
        "chapters": [
          { "time": 0, "title": { "fr": "Introduction", "en": "Introduction" } },
          { "time": 4, "title": { "fr": "Le feedback", "en": "Feedback" } }
        ],
        "checkpoints": [
          {
            "id": "cp1",
            "time": 3,
            "requireCorrect": true,
            "question": {
              "id": "q",
              "type": "true-false",
              "prompt": { "fr": "Un manager fait réussir son équipe.", "en": "A manager makes the team succeed." },
              "correct": true
            }
          }
        ]
      }
    </script>
  </spoc-capsule>`,
};

/** The same checkpoint given as the `definition` property (from script). */
export const CheckpointProperty: Story = {
  render: () => html`<spoc-capsule activity="story-checkpoint-prop" title="Le rôle du manager" src="/fixtures/capsule.webm" .definition=${checkpoints}></spoc-capsule>`,
};

/** `prevent-skipping`: anywhere already watched, never forward into what was not. */
export const PreventSkipping: Story = {
  render: () => html`<spoc-capsule activity="story-skipping" prevent-skipping title="Le rôle du manager" src="/fixtures/capsule.webm"></spoc-capsule>`,
};

/** French interface. */
export const French: Story = {
  render: () => html`<spoc-capsule lang="fr" activity="story-fr" title="Le rôle du manager" src="/fixtures/capsule.webm">
    <track kind="captions" src="/fixtures/capsule.fr.vtt" srclang="fr" label="Français" />
    <track kind="captions" src="/fixtures/capsule.en.vtt" srclang="en" label="English" />
  </spoc-capsule>`,
};

/** A phone (390 px): one row of controls; speed, sound and captions behind the settings button. */
export const Narrow: Story = {
  render: () => html`<div style="width: 390px; max-width: 100%">
    <spoc-capsule activity="story-narrow" title="Le rôle du manager" src="/fixtures/capsule.webm">
      <track kind="captions" src="/fixtures/capsule.en.vtt" srclang="en" label="English" />
      <track kind="captions" src="/fixtures/capsule.fr.vtt" srclang="fr" label="Français" />
    </spoc-capsule>
  </div>`,
};

/** On a dark page (`color-scheme: dark`): status, chapters and transcript follow. */
export const Dark: Story = {
  render: () => html`<div class="spoc-theme-dark" style="padding: 1rem">
    <spoc-capsule activity="story-dark" title="Le rôle du manager" src="/fixtures/capsule.webm">
      <track kind="captions" src="/fixtures/capsule.en.vtt" srclang="en" label="English" />
      <track kind="chapters" src="/fixtures/capsule.chapters.vtt" srclang="fr" />
    </spoc-capsule>
  </div>`,
};

/** Theming through custom properties and `::part`. */
export const Theming: Story = {
  render: () => html`<style>
      .brand spoc-capsule {
        --spoc-capsule-controls-background: #312e81;
        --spoc-capsule-accent-color: #f59e0b;
        --spoc-capsule-watched-color: #fbbf24;
        --spoc-capsule-unwatched-color: #4338ca;
        --spoc-capsule-radius: 1rem;
      }
      .brand spoc-capsule::part(time) {
        font-weight: 700;
      }
    </style>
    <div class="brand"><spoc-capsule activity="story-theme" title="Le rôle du manager" src="/fixtures/capsule.webm"></spoc-capsule></div>`,
};

/** No source: the error view names `src` and a `spoc-error` event fires. */
export const Error: Story = { render: () => html`<spoc-capsule activity="story-error"></spoc-capsule>` };

/** Attributes validated like definitions: a threshold outside 0–1 and a `javascript:` poster. */
export const InvalidAttributes: Story = {
  render: () => html`<spoc-capsule activity="story-invalid" src="/fixtures/capsule.webm" completion-threshold="-1" poster="javascript:alert(1)"></spoc-capsule>`,
};

/** A captions file that is missing: a visible notice, and no captions button. */
export const MissingCaptions: Story = {
  render: () => html`<spoc-capsule activity="story-missing-cc" src="/fixtures/capsule.webm" captions="/fixtures/nowhere.vtt"></spoc-capsule>`,
};
