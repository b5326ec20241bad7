import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
// The global defaults (light, and dark when the system asks for it) on :root, as a page would include them.
import '../src/styles/tokens.css';
import './theming/dark-theme.css';
import './theming/corporate-theme.css';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import type { QuizDefinition } from '../src/components/quiz/quiz.schema.js';
import { defaultStore } from '../src/xapi/default-tracker.js';
import type { Agent, Statement } from '../src/xapi/statement.js';
import { COURSE_ID, completed, iri, passed, progressCourse, statement } from '../tests/fixtures/progress-course.js';

/** A short bilingual quiz: enough to show text, muted text, choices, inputs, buttons and both kinds of feedback. */
const quiz = (id: string): QuizDefinition => ({
  id,
  title: { en: 'Check your understanding', fr: 'Vérifiez vos acquis' },
  description: { en: 'Three questions on the daily stand-up.', fr: 'Trois questions sur le point quotidien.' },
  passScore: 0.5,
  questions: [
    {
      id: 'q-choice',
      type: 'choice',
      prompt: { en: 'What is a stand-up for?', fr: 'À quoi sert un point quotidien ?' },
      choices: [
        { id: 'sync', text: { en: 'Sharing progress and blockers', fr: 'Partager l’avancement et les blocages' } },
        { id: 'solve', text: { en: 'Solving every problem on the spot', fr: 'Résoudre chaque problème sur place' } },
        { id: 'report', text: { en: 'Reporting to the manager', fr: 'Rendre compte au manager' } },
      ],
      correct: 'sync',
      feedback: { correct: { en: 'Right: short and factual.', fr: 'Exact : court et factuel.' } },
    },
    {
      id: 'q-tf',
      type: 'true-false',
      prompt: { en: 'A stand-up should last at least an hour.', fr: 'Un point quotidien doit durer au moins une heure.' },
      correct: false,
    },
    {
      id: 'q-num',
      type: 'numeric',
      prompt: { en: 'How many minutes does an efficient stand-up last?', fr: 'Combien de minutes dure un point quotidien efficace ?' },
      correct: { min: 10, max: 15 },
      unit: 'min',
    },
  ],
});

/** The learner whose records the progress bar shows (put in this browser's local store by the loader). */
const LEARNER_EMAIL = 'theming-story@example.com';
const LEARNER: Agent = { objectType: 'Agent', mbox: `mailto:${LEARNER_EMAIL}` };
const REGISTRATION = '7e3a0c1d-5b2f-4c6e-9a8d-1f0e2d3c4b5a';
const records = (): Statement[] => {
  // Fixed ids: saving them again on the next render changes nothing.
  const at = (n: number) => ({ actor: LEARNER, registration: REGISTRATION, id: `7e3a0c1d-0000-4000-8000-00000000000${n}` });
  return [
    statement(completed, iri('capsule', 'intro'), { ...at(1), result: { completion: true, duration: 'PT6M' } }),
    statement(passed, iri('quiz', 'quiz-m1'), { ...at(2), result: { success: true, score: { scaled: 0.85 }, duration: 'PT4M' } }),
    statement(completed, iri('capsule', 'listening'), { ...at(3), result: { completion: true, duration: 'PT9M' } }),
  ];
};

/** Layout of the story frame only; the themes themselves are in theming/*.css. */
const frameStyles = html`<style>
  .theming-frame {
    display: grid;
    gap: 1.5rem;
    max-inline-size: 44rem;
    padding: 1.5rem;
    background: var(--spoc-color-surface, #ffffff);
    color: var(--spoc-color-text, #1f2933);
    font-family: var(--spoc-font-family, system-ui, sans-serif);
  }
  .theming-frame.acme-theme {
    background: #f6f7fb;
  }
</style>`;

/** A fresh quiz id on every render, so each story starts a new attempt instead of resuming the last one. */
const frame = (themeClass: string) => html`${frameStyles}
  <div class="theming-frame ${themeClass}">
    <spoc-progress
      variant="bar"
      course-id=${COURSE_ID}
      learner-email=${LEARNER_EMAIL}
      registration=${REGISTRATION}
      .definition=${progressCourse}
    ></spoc-progress>
    <spoc-quiz .definition=${quiz(`theming-${themeClass || 'default'}-${Math.random().toString(36).slice(2, 8)}`)}></spoc-quiz>
  </div>`;

/**
 * The same quiz and progress bar in three themes. Every colour pair the learner reads has a contrast
 * ratio of at least 4.5:1 in each theme (the axe check of `npm run test:stories` verifies it), including
 * the feedback after a right and a wrong answer, which each story plays on load.
 */
const meta: Meta = {
  title: 'Theming/Examples',
  // The "Theming" page is the documentation of these stories.
  tags: ['!autodocs'],
  loaders: [
    async () => {
      await defaultStore().save(records());
      return {};
    },
  ],
  // Answer two questions, one right and one wrong, so the feedback colours are on screen.
  play: async ({ canvasElement }) => {
    const quizElement = canvasElement.querySelector<SpocQuiz>('spoc-quiz')!;
    await quizElement.ready;
    await quizElement.updateComplete;
    const answer = async (questionId: string, value: string) => {
      const question = quizElement.shadowRoot!.querySelector(`[part~="question"][data-question="${questionId}"]`)!;
      question.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await quizElement.updateComplete;
      question.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
      await quizElement.updateComplete;
    };
    await answer('q-choice', 'sync');
    await answer('q-tf', 'true');
  },
  parameters: { docs: { story: { autoplay: true } } },
};
export default meta;
type Story = StoryObj;

/** No theme: the defaults of `tokens.css`, light or dark as the system asks. */
export const Default: Story = { render: () => frame('') };

/** Dark mode forced by a class (`.spoc-theme-dark`), whatever the system setting. */
export const Dark: Story = { render: () => frame('spoc-theme-dark') };

/** A corporate theme: global tokens, two per-element custom properties and a few `::part()` rules. */
export const Corporate: Story = { render: () => frame('acme-theme') };
