import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';
import type { ScenarioDefinition } from '../src/components/scenario/scenario.schema.js';
import './theming/dark-theme.css';
import recadrage from '../tests/fixtures/scenario-recadrage.json';

const base = recadrage as ScenarioDefinition;
/** A fresh id per render so each story starts a new run (resume would otherwise restore the last one). */
const fresh = (extra: Partial<ScenarioDefinition> = {}): ScenarioDefinition => ({ ...base, id: `story-${Math.random().toString(36).slice(2, 8)}`, ...extra });

/**
 * `<spoc-scenario>` plays a branching role-play from JSON: scenes to read or watch, choices with
 * feedback and points, checklists whose required items must be ticked, and outcomes with a score
 * band. Each new step takes the focus on its heading and is announced; everything works with Tab,
 * Space and Enter. Every step is an xAPI statement (`attempted`, `experienced` per scene,
 * `answered` per choice and checklist, `completed` with the path, `passed` / `failed`): watch the
 * `spoc-statement` events in the Actions panel. A reload resumes on the same step.
 */
const meta: Meta = {
  title: 'Elements/Scenario',
  component: 'spoc-scenario',
  args: { 'pass-score': 0.7, module: 'm3', lang: 'en', allowBack: true },
  argTypes: {
    'pass-score': { control: { type: 'number', min: 0, max: 1, step: 0.05 }, description: 'Pass mark 0–1 on the scaled score (overrides the JSON).' },
    module: { control: 'text', description: 'Course module this scenario belongs to (added to `grouping`).' },
    lang: { control: 'inline-radio', options: ['en', 'fr'], description: 'Interface language; multilingual content follows it.' },
    allowBack: { control: 'boolean', description: 'The definition\'s `allowBack`: a Back button during play.' },
  },
  parameters: { actions: { handles: ['spoc-statement', 'spoc-complete', 'spoc-error'] } },
  render: (args) => markup('spoc-scenario', { ...args, definition: fresh({ allowBack: args['allowBack'] }) }, { omit: ['allowBack'] }),
};
export default meta;
type Story = StoryObj;

/** "Conduire un entretien de recadrage": two choices, a scene, a checklist and two outcomes. */
export const Default: Story = {};

/** French interface and content (`lang="fr"`). */
export const French: Story = { args: { lang: 'fr' } };

/** Dark mode through the global tokens (a class on a wrapper here; `tokens.css` follows the system). */
export const Dark: Story = {
  render: (args) => html`<div class="spoc-theme-dark" style="padding: 1rem">
    <spoc-scenario lang=${args['lang']} .definition=${fresh()}></spoc-scenario>
  </div>`,
};

/** Theming with custom properties and `::part`. */
export const Theming: Story = {
  render: () => html`<style>
      .corporate spoc-scenario {
        --spoc-scenario-accent-color: #6d28d9;
        --spoc-scenario-radius: 0;
        --spoc-scenario-background: #faf5ff;
      }
      .corporate spoc-scenario::part(step) {
        color: #6d28d9;
      }
    </style>
    <div class="corporate"><spoc-scenario .definition=${fresh()}></spoc-scenario></div>`,
};

/** An invalid graph: a dangling link, an unreachable node and a loop without an exit, each with its path. */
export const ErrorView: Story = {
  render: (args) => html`<spoc-scenario
    lang=${args['lang']}
    .definition=${{
      id: 'broken',
      nodes: [
        { id: 'q', kind: 'choice', options: [{ id: 'a', text: 'A', next: 'end' }, { id: 'b', text: 'B', next: 'loop' }, { id: 'c', text: 'C', next: 'ghost' }] },
        { id: 'loop', kind: 'scene', text: 'Round and round', next: 'loop' },
        { id: 'orphan', kind: 'scene', text: 'Nobody comes here', next: 'end' },
        { id: 'end', kind: 'end' },
      ],
    }}
  ></spoc-scenario>`,
};
