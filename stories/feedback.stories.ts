import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';
import '../src/styles/tokens.css';
import './theming/dark-theme.css';
import type { SpocFeedback } from '../src/components/feedback/feedback.js';
import type { FeedbackDefinition } from '../src/components/feedback/feedback.schema.js';

/** A fresh id per render so every story starts from an empty draft (answers are kept per questionnaire). */
const freshId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

const workshop = (id = freshId('workshop')): FeedbackDefinition => ({
  id,
  title: { en: 'Workshop feedback', fr: 'Avis sur l’atelier' },
  intro: { en: 'Two minutes, and it helps the next cohort.', fr: 'Deux minutes, et cela aide la prochaine promotion.' },
  thanks: { en: 'Thanks, see you next week!', fr: 'Merci, à la semaine prochaine\u202f!' },
  items: [
    { id: 'pace', kind: 'rating', prompt: { en: 'How was the pace?', fr: 'Comment était le rythme\u202f?' }, min: 1, max: 4, style: 'numbers', labels: { min: { en: 'Too slow', fr: 'Trop lent' }, max: { en: 'Too fast', fr: 'Trop rapide' } } },
    { id: 'recommend', kind: 'nps', prompt: { en: 'Would you recommend this workshop to a colleague?', fr: 'Recommanderiez-vous cet atelier à un collègue\u202f?' }, required: true },
    {
      id: 'topics',
      kind: 'multiple-choice',
      prompt: { en: 'Which topics helped you?', fr: 'Quels thèmes vous ont aidé\u202f?' },
      options: [
        { id: 'delegation', label: { en: 'Delegation', fr: 'Délégation' } },
        { id: 'feedback', label: { en: 'Giving feedback', fr: 'Faire un retour' } },
        { id: 'meetings', label: { en: 'Running meetings', fr: 'Animer une réunion' } },
      ],
    },
    { id: 'remark', kind: 'text', prompt: { en: 'Anything else?', fr: 'Autre chose\u202f?' }, maxLength: 280 },
  ],
});

/** Answers the standard set (4 stars, "partly", a comment) and sends it. */
async function answerAndSend(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector<SpocFeedback>('spoc-feedback')!;
  await el.ready;
  await el.updateComplete;
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('input[name="item-satisfaction"][value="4"]')!.click();
  root.querySelector<HTMLInputElement>('input[name="item-useful"][value="partly"]')!.click();
  await el.updateComplete;
  const comment = root.getElementById('text-improve') as HTMLTextAreaElement;
  comment.value = 'More role plays, fewer slides.';
  comment.dispatchEvent(new Event('input'));
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  await el.updateComplete;
}

/**
 * `<spoc-feedback>` is the hot-feedback questionnaire ("feedback à chaud") at the end of a module or
 * course. With no JSON at all it asks the standard set in the interface language: overall
 * satisfaction (1–5 stars, a radio group: arrow keys move the rating), "was it useful for your
 * work?" and "what should we improve?". A questionnaire JSON (`src`, inline script, `definition`)
 * adds ratings of any range, NPS 0–10, choices and text with length limits. Sent once per
 * registration (`allow-resubmit` to allow changes), then a thank-you and the learner's answers.
 * Statements: `answered` per item, `http://id.tincanapi.com/verb/rated` on the module or course,
 * `completed` on the survey; in `anonymous` mode the answers go under a one-time pseudonym.
 */
const meta: Meta = {
  title: 'Elements/Feedback',
  component: 'spoc-feedback',
  args: { module: 'm4', scope: 'module', anonymous: false, 'allow-resubmit': false, required: false, lang: '' },
  argTypes: {
    module: { control: 'text' },
    scope: { control: 'select', options: ['module', 'course'] },
    anonymous: { control: 'boolean' },
    'allow-resubmit': { control: 'boolean' },
    required: { control: 'boolean' },
    lang: { control: 'select', options: ['', 'en', 'fr'] },
  },
  // `activity-id` is fresh per render: changing a control starts an empty questionnaire.
  // `activity-id` is fresh per render: changing a control starts an empty questionnaire.
  render: (args) => markup('spoc-feedback', { 'activity-id': `https://learn.example.com/stories/${freshId('feedback')}`, ...args }),
};
export default meta;
type Story = StoryObj;

/** The standard set about module `m4`, from the controls: no JSON needed. */
export const Default: Story = {};

/** A custom questionnaire: a 1–4 scale shown as numbers, NPS 0–10, multiple choice, text limited to 280 characters; intro and thank-you. */
export const CustomQuestionnaire: Story = { render: () => html`<spoc-feedback .definition=${workshop()}></spoc-feedback>` };

/** Anonymous mode: a notice tells the learner; the answers go out under a pseudonym, only `completed` names the learner. */
export const Anonymous: Story = {
  render: () => html`<spoc-feedback scope="course" anonymous activity-id=${`https://learn.example.com/stories/${freshId('anonymous')}`}></spoc-feedback>`,
};

/** After sending: the thank-you and the learner's answers, read-only (with `allow-resubmit`, a button to change them). */
export const Submitted: Story = {
  render: () => html`<spoc-feedback module="m4" allow-resubmit activity-id=${`https://learn.example.com/stories/${freshId('sent')}`}></spoc-feedback>`,
  play: ({ canvasElement }) => answerAndSend(canvasElement),
};

/** French interface: the standard questions in French, French typography. */
export const French: Story = {
  render: () => html`<spoc-feedback lang="fr" module="m4" activity-id=${`https://learn.example.com/stories/${freshId('fr')}`}></spoc-feedback>`,
};

/** Dark theme (`.spoc-theme-dark` on a wrapper): stars take the theme's warning colour. */
export const DarkTheme: Story = {
  render: () => html`<div class="spoc-theme-dark" style="padding: 1rem">
    <spoc-feedback .definition=${workshop()}></spoc-feedback>
    <spoc-feedback module="m4" activity-id=${`https://learn.example.com/stories/${freshId('dark')}`} style="margin-top: 1rem"></spoc-feedback>
  </div>`,
};

/** An invalid questionnaire: each problem with its path. */
export const InvalidQuestionnaire: Story = {
  render: () => html`<spoc-feedback
    .definition=${{ id: 'bad', items: [{ id: 'a', kind: 'stars', prompt: 'A' }, { id: 'b', kind: 'rating', prompt: 'B', min: 5, max: 5 }, { id: 'b', kind: 'choice', prompt: 'C', options: [] }] }}
  ></spoc-feedback>`,
};
