import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
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
  args: { 'pass-score': 0.7, module: 'm1' },
  argTypes: {
    'pass-score': { control: { type: 'number', min: 0, max: 1, step: 0.05 }, description: 'Pass mark 0–1 (overrides the JSON).' },
    module: { control: 'text', description: 'Course module this quiz belongs to.' },
  },
  render: (args) => html`<spoc-quiz pass-score=${args['pass-score']} module=${args['module']} .definition=${{ ...full, id: `story-full-${Date.now()}` }}></spoc-quiz>`,
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

/** Keyboard and accessibility: every control is native; feedback is announced through a status region. */
export const KeyboardAndAccessibility: Story = { render: () => html`<spoc-quiz .definition=${one('sequencing')}></spoc-quiz>` };

/** An invalid definition: each problem with its path, and a `spoc-error` event. */
export const InvalidDefinition: Story = {
  render: () => html`<spoc-quiz
    .definition=${{ questions: [{ id: 'q1', type: 'choice', prompt: 'A?', choices: [{ id: 'a', text: 'A' }, { id: 'a', text: 'B' }], correct: 'z' }, { id: 'q2', type: 'essay' }] }}
  ></spoc-quiz>`,
};
