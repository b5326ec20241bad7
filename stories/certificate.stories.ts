import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { markup } from './docs/markup.js';
import type { CertificateDefinition } from '../src/components/certificate/certificate.schema.js';
import { defaultStore } from '../src/xapi/default-tracker.js';
import type { Agent, Statement } from '../src/xapi/statement.js';
import { COURSE_ID, completed, iri, passed, progressCourse, reviewed, statement } from '../tests/fixtures/progress-course.js';
import { resolveRegistration } from '../src/xapi/actor.js';

const definition: CertificateDefinition = {
  id: 'manager-certificate',
  title: { en: 'Everyday manager', fr: 'Manager au quotidien' },
  description: { en: 'Certificate of the manager-training SPOC', fr: 'Certificat de la formation managers' },
  issuer: { name: 'Acme Academy', url: 'https://academy.example.com' },
  rule: { courseCompleted: true, minScores: [{ activity: 'quiz-m3', min: 0.8 }] },
  validity: { years: 2 },
};

const EARNED = 'story-certified@example.com';
const LOCKED = 'story-not-yet@example.com';

/** Records of a learner who finished the course, in this browser's local store. */
async function seedEarned(): Promise<Record<string, never>> {
  const actor: Agent = { objectType: 'Agent', name: 'Ana Martin', mbox: `mailto:${EARNED}` };
  const registration = resolveRegistration(actor, COURSE_ID);
  const who = (n: number) => ({ actor, registration, id: `7c1f0b6e-0000-4000-8000-${String(n).padStart(12, '0')}` });
  const records: Statement[] = [
    statement(completed, iri('capsule', 'intro'), { ...who(1), result: { completion: true } }),
    statement(passed, iri('quiz', 'quiz-m1'), { ...who(2), result: { success: true, score: { scaled: 0.9 } } }),
    statement(completed, iri('capsule', 'listening'), { ...who(3), result: { completion: true } }),
    statement(passed, iri('quiz', 'quiz-m3'), { ...who(4), result: { success: true, score: { scaled: 0.85 } } }),
    statement(reviewed, 'https://learn.example.com/submissions/12', { ...who(5), parent: iri('peer-review', 'review-m3') }),
  ];
  await defaultStore().save(records);
  return {};
}

type Args = { state: 'locked' | 'earned'; lang: string; 'learner-name': string; title: string } & Record<string, unknown>;

/** The course (learner, language) around a certificate whose own attributes are the other args: the markup a page holds. */
const certificateIn = (args: Args) => {
  const { state, lang, 'learner-name': learnerName, title, ...own } = args;
  const certificate = markup('spoc-certificate', { lang, ...own, definition: title ? { ...definition, title } : definition });
  return markup('spoc-course', { lang, 'course-id': COURSE_ID, 'learner-email': state === 'earned' ? EARNED : LOCKED, 'learner-name': learnerName, definition: progressCourse }, { children: `\n  ${certificate}\n` });
};

/**
 * `<spoc-certificate>` sits inside a `spoc-course` (it needs the course's definition and progress):
 * locked (with what remains to do) until the course rule is met, then a certificate printed alone on
 * one A4 landscape page, downloadable as PNG, as a PDF of real text, and as an Open Badges 3.0
 * credential, with a verification code. It sends `http://id.tincanapi.com/verb/earned` and fires
 * `spoc-earned` once per registration. `lang` and `learner-name` are attributes of the course
 * (the certificate follows them live: the credential and its code too).
 */
const meta: Meta<Args> = {
  title: 'Elements/Certificate',
  component: 'spoc-certificate',
  args: { state: 'locked', lang: 'en', 'learner-name': 'Ana Martin', title: '' },
  argTypes: {
    state: { control: 'inline-radio', options: ['locked', 'earned'], description: 'Records of the learner (story only)' },
    lang: { control: 'inline-radio', options: ['en', 'fr'], description: 'Interface language (on the spoc-course)' },
    'learner-name': { control: 'text', description: 'The learner\'s name (on the spoc-course)' },
    title: { control: 'text', description: 'The certificate\'s title (definition `title`; empty: the default)' },
  },
  loaders: [seedEarned],
  render: (args) => certificateIn(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Locked: the badge outline and what remains (activities by title, or kind and module). */
export const Locked: Story = {};

/** Earned: the learner's records show the course completed. */
export const Earned: Story = { args: { state: 'earned' } };

/** French: dates in the French format, French typography. */
export const French: Story = { args: { state: 'earned', lang: 'fr' } };

/** A long title wraps, on screen and in the PNG and PDF. */
export const LongTitle: Story = {
  args: { state: 'earned', title: 'Managing people, projects and priorities every day in a fast-changing organisation: the complete programme' },
};

/** On a dark host page: the certificate keeps its own surface; its exports are always light. */
export const DarkPage: Story = {
  args: { state: 'earned' },
  render: (args) => `<div style="background: #121212; color: #f5f5f5; padding: 1rem">${certificateIn(args)}</div>`,
};

/** A spoc-course with a course-id and no definition: the certificate says why it cannot be earned (and fires spoc-error). */
export const CourseWithoutDefinition: Story = {
  render: (args) => html`<spoc-course lang=${args.lang} course-id=${COURSE_ID} learner-name=${args['learner-name']}>
    <spoc-certificate .definition=${definition}></spoc-certificate>
  </spoc-course>`,
};

/** Theming: accent colour, typeface and `::part(title)`. */
export const Theming: Story = {
  render: () => html`<style>
      .brand spoc-certificate {
        --spoc-certificate-accent-color: #7c2d12;
        --spoc-certificate-font-family: 'Palatino Linotype', Palatino, serif;
        --spoc-certificate-background: #fffbeb;
      }
      .brand spoc-certificate::part(title) {
        font-variant: small-caps;
      }
    </style>
    <div class="brand">
      <spoc-course course-id=${COURSE_ID} learner-email=${EARNED} learner-name="Ana Martin" .definition=${progressCourse}>
        <spoc-certificate .definition=${definition}></spoc-certificate>
      </spoc-course>
    </div>`,
};

/** A rule naming a module the course does not have, and a missing issuer name. */
export const InvalidDefinition: Story = {
  render: () => html`<spoc-course course-id=${COURSE_ID} .definition=${progressCourse}>
    <spoc-certificate .definition=${{ ...definition, rule: { modules: ['m9'] } }}></spoc-certificate>
  </spoc-course>`,
};
