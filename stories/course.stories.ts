import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';

const definition = {
  id: 'https://learn.example.com/courses/optimanager',
  title: { fr: 'Manager au quotidien', en: 'Everyday management' },
  lang: 'fr',
  modules: [
    { id: 'm1', title: { fr: 'Le rôle du manager', en: "The manager's role" }, duration: 30, activities: [{ id: 'quiz-m1', type: 'quiz' }] },
    { id: 'm2', title: { fr: 'Communiquer efficacement', en: 'Communicating effectively' }, duration: 30, activities: [{ id: 'capsule-m2', type: 'capsule' }] },
  ],
};

/**
 * `<spoc-course>` renders nothing of its own: it tells every element inside it who the learner is,
 * which course and registration their statements belong to, and in which language to speak.
 * Open the browser console (or the Actions of the page) to see `spoc-statement` events bubble through it.
 */
const meta: Meta = {
  title: 'Elements/Course',
  component: 'spoc-course',
  args: {
    'course-id': definition.id,
    'learner-name': 'Ana Martin',
    'learner-email': 'ana@example.com',
  },
  render: (args) => markup('spoc-course', { ...args, definition }, { children: '\n  <p>Les éléments de la formation se placent ici.</p>\n' }),
};
export default meta;
type Story = StoryObj;

/** Every attribute, from the controls panel. */
export const Playground: Story = {};

/** The course in French: `lang="fr"` on the course, or on the page, switches every nested element. */
export const French: Story = {
  render: () => html`<spoc-course lang="fr" .definition=${definition}><p>Bienvenue dans la formation.</p></spoc-course>`,
};

/**
 * A definition with mistakes: each problem is listed with its path, the content inside the course
 * stays usable, and a `spoc-error` event is fired.
 */
export const InvalidDefinition: Story = {
  render: () => html`<spoc-course
    .definition=${{ id: 'optimanager', title: 'x', modules: [{ id: 'm1', title: 'A', activities: [{ id: 'q', type: 'poll' }] }] }}
    ><p>Le contenu reste utilisable.</p></spoc-course
  >`,
};

/** The same error view in French. */
export const InvalidDefinitionFrench: Story = {
  render: () => html`<spoc-course lang="fr" .definition=${{ title: 3, modules: [] }}></spoc-course>`,
};

/** Theming: the error view follows the global tokens (`--spoc-color-danger`, `--spoc-border-radius`) and `::part(error)`. */
export const Theming: Story = {
  render: () => html`<style>
      .corporate {
        --spoc-color-danger: #7c2d12;
        --spoc-border-radius: 0;
        --spoc-font-family: Georgia, serif;
      }
      .corporate spoc-course::part(error) {
        background: #fff7ed;
      }
    </style>
    <div class="corporate"><spoc-course .definition=${{ title: 'x', modules: [] }}></spoc-course></div>`,
};
