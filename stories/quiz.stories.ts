import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';
import './theming/dark-theme.css';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import type { Question, QuizDefinition } from '../src/components/quiz/quiz.schema.js';
import allTypes from '../tests/fixtures/quiz-all-types.json';

const full = allTypes as QuizDefinition;
const byType = (type: Question['type']) => full.questions.find((q) => q.type === type)!;
/** A fresh id per story so each story starts a new attempt (resume would otherwise restore the last one). */
const one = (type: Question['type'], extra: Partial<QuizDefinition> = {}): QuizDefinition => ({
  id: `story-${type}-${Math.random().toString(36).slice(2, 8)}`,
  lang: 'fr',
  questions: [byType(type)],
  ...extra,
});

/**
 * `<spoc-quiz>` renders a quiz from JSON: seven question types, feedback after each check, a
 * results view, attempts and retry. Every answer is an xAPI `answered` statement (watch the
 * `spoc-statement` events in the Actions panel or the console). All controls are native: Tab,
 * arrows, Space and Enter work everywhere, including ordering and matching.
 */
const meta: Meta = {
  title: 'Elements/Quiz',
  component: 'spoc-quiz',
  args: { lang: 'en', 'pass-score': '0.7', module: 'm1', 'activity-id': '' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'fr'], description: 'Interface language (content in both languages follows it).' },
    'pass-score': {
      control: 'text',
      description: 'Pass mark 0–1 (overrides the JSON). Try `abc` or `1.5`: the error view names the attribute and `spoc-error` fires.',
    },
    module: { control: 'text', description: 'Course module this quiz belongs to.' },
    'activity-id': { control: 'text', description: 'Explicit activity IRI (must be absolute, e.g. https://example.com/quiz/1).' },
  },
  // The definition inline, as a page would write it: "Show code" gives working markup.
  // The definition inline, as a page would write it: "Show code" gives working markup.
  render: (args) => markup('spoc-quiz', { ...args, definition: { ...full, id: `story-full-${Date.now()}` } }),
};
export default meta;
type Story = StoryObj;

/** The whole quiz: every question type on one page, with a pass mark. */
export const Playground: Story = {};

/** Single choice, with per-choice and per-question feedback. */
export const SingleChoice: Story = { render: () => html`<spoc-quiz .definition=${one('choice')}></spoc-quiz>` };

/** Multiple response, with partial credit (a wrong pick cancels a right one). */
export const MultipleResponse: Story = { render: () => html`<spoc-quiz .definition=${one('multiple-response')}></spoc-quiz>` };

/** True or false. */
export const TrueFalse: Story = { render: () => html`<spoc-quiz .definition=${one('true-false')}></spoc-quiz>` };

/** Fill in the blanks: several gaps in one sentence, alternatives per gap. */
export const FillIn: Story = { render: () => html`<spoc-quiz .definition=${one('fill-in')}></spoc-quiz>` };

/** Numeric answer within a range; a comma or a point is accepted as decimal separator. */
export const Numeric: Story = { render: () => html`<spoc-quiz .definition=${one('numeric')}></spoc-quiz>` };

/** Put in order with the move buttons (keyboard and touch; no drag and drop needed). */
export const Sequencing: Story = { render: () => html`<spoc-quiz .definition=${one('sequencing')}></spoc-quiz>` };

/** Matching pairs with one select per item. */
export const Matching: Story = { render: () => html`<spoc-quiz .definition=${one('matching')}></spoc-quiz>` };

/** One question per page, shuffled, two attempts and a countdown of five minutes (started by a button). */
export const PagedTimedShuffled: Story = {
  render: () => html`<spoc-quiz
    .definition=${{ ...full, id: `story-paged-${Date.now()}`, layout: 'paged', shuffleQuestions: true, shuffleChoices: true, attempts: 2, timeLimit: 300 }}
  ></spoc-quiz>`,
};

/** The results view, reached by answering both questions (played here by the story itself). */
export const Results: Story = {
  render: () => html`<spoc-quiz
    pass-score="0.5"
    .definition=${{ ...one('true-false'), feedback: [{ min: 0.5, text: { fr: 'Bravo, c’est acquis.', en: 'Well done.' } }, { min: 0, text: 'Revoyez la capsule.' }] }}
  ></spoc-quiz>`,
  play: async ({ canvasElement }) => {
    const quiz = canvasElement.querySelector<SpocQuiz>('spoc-quiz')!;
    await quiz.ready;
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[value="true"]')!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="finish-button"]')!.click();
    await quiz.updateComplete;
  },
};

/** French interface (`lang="fr"`); multilingual content follows the interface language. */
export const French: Story = { render: () => html`<spoc-quiz lang="fr" .definition=${{ ...full, id: `story-fr-${Date.now()}` }}></spoc-quiz>` };

/** After a wrong answer: the chosen choice and the right one are marked (colour, icon and text), focus is on the feedback. */
export const WrongAnswerMarked: Story = {
  render: () => html`<spoc-quiz .definition=${one('choice')}></spoc-quiz>`,
  play: async ({ canvasElement }) => {
    const quiz = canvasElement.querySelector<SpocQuiz>('spoc-quiz')!;
    await quiz.ready;
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[value="b"]')!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
    await quiz.updateComplete;
  },
};

/** On a phone (320 px): long matching options shrink their select; nothing scrolls sideways. */
export const Phone: Story = {
  render: () => html`<div style="max-width: 320px; border: 1px dashed #9aa5b1">
    <spoc-quiz
      .definition=${{
        id: `story-phone-${Date.now()}`,
        questions: [
          {
            id: 'm',
            type: 'matching',
            prompt: 'Associez chaque style à sa description.',
            source: [{ id: 's1', text: 'Participatif' }, { id: 's2', text: 'Directif' }],
            target: [{ id: 't1', text: 'Implique toute l’équipe dans chaque décision importante, même quand le temps presse' }, { id: 't2', text: 'Décide seul et explique ensuite sa décision à l’équipe' }],
            pairs: [['s1', 't1'], ['s2', 't2']],
          },
        ],
      }}
    ></spoc-quiz>
  </div>`,
};

/** On a dark page (`.spoc-theme-dark`). */
export const Dark: Story = {
  render: () => html`<div class="spoc-theme-dark" style="padding: 1rem"><spoc-quiz .definition=${{ ...full, id: `story-dark-${Date.now()}` }}></spoc-quiz></div>`,
};

/** An invalid attribute (`pass-score="abc"`): the error view names it, never "NaN %". */
export const InvalidPassScore: Story = {
  render: () => html`<spoc-quiz pass-score="abc" .definition=${one('true-false')}></spoc-quiz>`,
};

/** Theming with custom properties and `::part`. */
export const Theming: Story = {
  render: () => html`<style>
      .corporate spoc-quiz {
        --spoc-quiz-accent-color: #6d28d9;
        --spoc-quiz-radius: 0;
        --spoc-quiz-background: #faf5ff;
        --spoc-font-family: Georgia, serif;
      }
      .corporate spoc-quiz::part(title) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <div class="corporate"><spoc-quiz .definition=${{ ...full, id: `story-theme-${Date.now()}`, title: 'Corporate quiz' }}></spoc-quiz></div>`,
};

/** Keyboard and accessibility: every control is native; after Check focus moves to the feedback; moves keep focus on the moved item and are announced. */
export const KeyboardAndAccessibility: Story = { render: () => html`<spoc-quiz .definition=${one('sequencing')}></spoc-quiz>` };

/** An invalid definition: each problem with its path, and a `spoc-error` event. */
export const InvalidDefinition: Story = {
  render: () => html`<spoc-quiz
    .definition=${{ questions: [{ id: 'q1', type: 'choice', prompt: 'A?', choices: [{ id: 'a', text: 'A' }, { id: 'a', text: 'B' }], correct: 'z' }, { id: 'q2', type: 'essay' }] }}
  ></spoc-quiz>`,
};
