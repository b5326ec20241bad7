import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';
import type { SpocCourse } from '../src/components/course/course.js';
import { activityIdFor } from '../src/xapi/activity-id.js';
import { defaultStore } from '../src/xapi/default-tracker.js';
import type { Agent, Statement } from '../src/xapi/statement.js';
import { VERBS } from '../src/xapi/vocabulary.js';
import { COURSE_ID, completed, failed, iri, passed, progressCourse, reviewed, statement } from '../tests/fixtures/progress-course.js';

/** Each state is a learner whose records are put in this browser's local store before the story renders. */
const learners = {
  empty: 'story-empty@example.com',
  half: 'story-half@example.com',
  complete: 'story-complete@example.com',
  failed: 'story-failed@example.com',
};
type State = keyof typeof learners;
const REGISTRATION = '0f8fad5b-d9cb-469f-a165-70867728950e';

function records(state: State): Statement[] {
  const who = { actor: { objectType: 'Agent', mbox: `mailto:${learners[state]}` } as Agent, registration: REGISTRATION };
  // Fixed ids: re-saving on every render changes nothing.
  const prefix = Object.keys(learners).indexOf(state);
  const at = (n: number) => ({ ...who, id: `0f8fad5b-0000-4000-8000-${prefix}${String(n).padStart(11, '0')}` });
  const half = [
    statement(completed, iri('capsule', 'intro'), { ...at(1), result: { completion: true, duration: 'PT6M' } }),
    statement(passed, iri('quiz', 'quiz-m1'), { ...at(2), result: { success: true, score: { scaled: 0.85 }, duration: 'PT4M' } }),
    statement(completed, iri('capsule', 'listening'), { ...at(3), result: { completion: true, duration: 'PT9M' } }),
  ];
  switch (state) {
    case 'empty':
      return [];
    case 'half':
      return half;
    case 'failed':
      return [...half, statement(failed, iri('quiz', 'quiz-m3'), { ...at(4), result: { success: false, score: { scaled: 0.35 }, duration: 'PT7M' } })];
    case 'complete':
      return [
        ...half,
        statement(passed, iri('quiz', 'quiz-m3'), { ...at(4), result: { success: true, score: { scaled: 0.9 }, duration: 'PT7M' } }),
        statement(reviewed, 'https://learn.example.com/submissions/12', { ...at(5), parent: iri('peer-review', 'review-m3'), result: { duration: 'PT12M' } }),
      ];
  }
}

const seed = (state: State) => async () => {
  await defaultStore().save(records(state));
  return {};
};

const progress = (variant: string, state: State, lang = '') => html`<spoc-progress
  variant=${variant}
  lang=${lang}
  course-id=${COURSE_ID}
  learner-email=${learners[state]}
  registration=${REGISTRATION}
  .definition=${progressCourse}
></spoc-progress>`;

/**
 * `<spoc-progress>` shows where the learner stands in the course. Inside a `<spoc-course>` it follows
 * the course live; alone (an LMS theme header, an intranet dashboard) it reads the records kept in
 * this browser — or an LRS — for the learner given by `learner-email` and the course given by
 * `course-id` / `course-src`. Completing something in another tab moves it too.
 */
const meta: Meta = {
  title: 'Elements/Progress',
  component: 'spoc-progress',
  args: { variant: 'steps', state: 'half', lang: 'en' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['bar', 'steps', 'ring', 'list'] },
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    state: { control: 'inline-radio', options: ['empty', 'half', 'complete', 'failed'], description: 'Records of the learner (story only)' },
  },
  loaders: [async ({ args }) => seed(args['state'] as State)()],
  // Every control is an attribute of the element ("Show code" gives the markup); `state` picks the records.
  render: (args) =>
    markup('spoc-progress', { 'course-id': COURSE_ID, 'learner-email': learners[args['state'] as State], registration: REGISTRATION, ...args, definition: progressCourse }, { omit: ['state'] }),
};
export default meta;
type Story = StoryObj;

/** Every variant and state, from the controls panel. */
export const Playground: Story = {};

/** `bar`: one progress bar with the percentage and the number of modules done. */
export const Bar: Story = { args: { variant: 'bar' } };

/** `steps`: the modules as a stepper; each title links to the module's `url`, the next one is marked. */
export const Steps: Story = { args: { variant: 'steps' } };

/** `ring`: a compact circle for a header or a navigation bar. */
export const Ring: Story = { args: { variant: 'ring' } };

/** `list`: each module with its status, score and time spent. */
export const List: Story = { args: { variant: 'list' } };

/** Nothing done yet. */
export const Empty: Story = { args: { variant: 'list', state: 'empty' } };

/** The course complete: the bar turns to the success colour and shows the completion date. */
export const Complete: Story = { args: { variant: 'list', state: 'complete' } };

/** A failed quiz keeps its module `failed` until a later attempt passes. */
export const FailedModule: Story = { args: { variant: 'steps', state: 'failed' } };

/** In a narrow sidebar the steps stack; on a wide page they line up (container queries). */
export const NarrowAndWide: Story = {
  render: () => html`<div style="display: grid; gap: 2rem">
    <div style="inline-size: 14rem">${progress('steps', 'half')}</div>
    <div style="inline-size: 48rem">${progress('steps', 'half')}</div>
  </div>`,
};

/**
 * Live inside a course: the buttons stand for the course's elements and report what they would
 * (through the course's tracker); the progress moves, announces the change politely, and the course
 * sends `progressed` and, at the end, `completed`.
 */
export const LiveInACourse: Story = {
  render: () => {
    const report = (event: Event, kind: 'capsule' | 'quiz' | 'peer-review', id: string, verb: 'completed' | 'passed' | 'reviewed') => {
      const course = (event.target as HTMLElement).closest<SpocCourse>('spoc-course')!;
      const object = { objectType: 'Activity' as const, id: activityIdFor({ courseId: COURSE_ID, kind, id }) };
      course.tracker.send({ verb: { id: VERBS[verb].id, display: { ...VERBS[verb].display } }, object, result: { duration: 'PT2M' } }, event.target as Element);
    };
    return html`<spoc-course learner-name="Demo learner" .definition=${progressCourse}>
      <spoc-progress variant="steps"></spoc-progress>
      <p>
        <button type="button" @click=${(e: Event) => report(e, 'capsule', 'intro', 'completed')}>Watch the intro</button>
        <button type="button" @click=${(e: Event) => report(e, 'quiz', 'quiz-m1', 'passed')}>Pass quiz 1</button>
        <button type="button" @click=${(e: Event) => report(e, 'capsule', 'listening', 'completed')}>Watch module 2</button>
        <button type="button" @click=${(e: Event) => report(e, 'quiz', 'quiz-m3', 'passed')}>Pass quiz 3</button>
        <button type="button" @click=${(e: Event) => report(e, 'peer-review', 'review-m3', 'reviewed')}>Review a peer</button>
      </p>
    </spoc-course>`;
  },
};

/** French: `lang="fr"` on the element, the course or the page. Durations and percentages follow the language. */
export const French: Story = {
  args: { variant: 'list', state: 'failed' },
  render: (args) => html`<div lang="fr">${progress(args['variant'] as string, args['state'] as State)}</div>`,
};

/** Theming through `--spoc-progress-*` custom properties and `::part()`. */
export const Theming: Story = {
  args: { variant: 'bar', state: 'half' },
  render: () => html`<style>
      .corporate {
        --spoc-progress-accent-color: #6d28d9;
        --spoc-progress-track-color: #ede9fe;
        --spoc-progress-bar-height: 1rem;
        --spoc-progress-ring-size: 5rem;
        --spoc-font-family: Georgia, serif;
      }
      .corporate spoc-progress::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
      .corporate spoc-progress::part(indicator) {
        background-image: linear-gradient(90deg, #6d28d9, #db2777);
      }
    </style>
    <div class="corporate" style="display: grid; gap: 1rem">${progress('bar', 'half')} ${progress('ring', 'half')}</div>`,
};

/** A definition whose rules name an activity that does not exist: the problems with their paths, and the overall progress still shown. */
export const InvalidDefinition: Story = {
  render: () => html`<spoc-progress
    course-id=${COURSE_ID}
    learner-email=${learners.half}
    .definition=${{ ...progressCourse, modules: [{ ...progressCourse.modules[0]!, completedBy: ['quiz-m9'] }] }}
  ></spoc-progress>`,
};

/** On a dark host page (an LMS header): text follows the page's colour; icons and pills keep their own background. */
export const DarkPage: Story = {
  args: { variant: 'list', state: 'failed' },
  render: (args) => html`<div style="background: #121212; color: #f5f5f5; padding: 1rem; display: grid; gap: 1rem">
    ${progress(args['variant'] as string, args['state'] as State, args['lang'] as string)}
    <header style="display: flex; align-items: center; gap: 1rem"><strong>Acme LMS</strong>${progress('ring', args['state'] as State, args['lang'] as string)}</header>
  </div>`,
};

/** The LRS cannot be read: the local records with a notice; in a ring, a small badge that keeps the header's size. */
export const LrsUnreachable: Story = {
  args: { variant: 'ring', state: 'half' },
  render: (args) => html`<header style="display: flex; align-items: center; gap: 1rem; background: #0b1220; color: #f5f7fa; padding: 0.5rem 1rem">
    <strong>Acme LMS</strong>
    <spoc-progress
      variant=${args['variant'] as string}
      lang=${args['lang'] as string}
      course-id=${COURSE_ID}
      learner-email=${learners[args['state'] as State]}
      registration=${REGISTRATION}
      lrs-endpoint="http://127.0.0.1:9/xapi/"
      .definition=${progressCourse}
    ></spoc-progress>
  </header>`,
};

/** Inside a spoc-course with a course-id and no definition: an explanation and `spoc-error` `no-course-definition`. */
export const CourseWithoutDefinition: Story = {
  render: (args) => html`<spoc-course lang=${args['lang'] as string} course-id=${COURSE_ID}>
    <spoc-progress variant=${args['variant'] as string}></spoc-progress>
  </spoc-course>`,
};

/** A module `url` the URL policy refuses (`javascript:`) renders as plain text; the others stay links. */
export const RefusedModuleUrl: Story = {
  args: { variant: 'steps' },
  render: (args) => html`<spoc-progress
    variant=${args['variant'] as string}
    lang=${args['lang'] as string}
    course-id=${COURSE_ID}
    learner-email=${learners.half}
    registration=${REGISTRATION}
    .definition=${{ ...progressCourse, modules: [{ ...progressCourse.modules[0]!, url: 'javascript:alert(1)' }, ...progressCourse.modules.slice(1)] }}
  ></spoc-progress>`,
};
