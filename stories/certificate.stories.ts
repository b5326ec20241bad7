import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
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

/**
 * `<spoc-certificate>` sits inside a `spoc-course`: locked (with what remains to do) until the
 * course rule is met, then a printable certificate with PNG, PDF and Open Badges 3.0 downloads and
 * a verification code. It sends `http://id.tincanapi.com/verb/earned` once per registration.
 */
const meta: Meta = {
  title: 'Elements/Certificate',
  component: 'spoc-certificate',
  render: () => html`<spoc-course course-id=${COURSE_ID} learner-email=${LOCKED} learner-name="Bob" .definition=${progressCourse}>
    <spoc-certificate .definition=${definition}></spoc-certificate>
  </spoc-course>`,
};
export default meta;
type Story = StoryObj;

/** Locked: the badge outline and what remains. */
export const Locked: Story = {};

/** Earned: the learner's records show the course completed. */
export const Earned: Story = {
  loaders: [seedEarned],
  render: () => html`<spoc-course course-id=${COURSE_ID} learner-email=${EARNED} learner-name="Ana Martin" .definition=${progressCourse}>
    <spoc-certificate .definition=${definition}></spoc-certificate>
  </spoc-course>`,
};

/** French: dates in the French format. */
export const French: Story = {
  loaders: [seedEarned],
  render: () => html`<spoc-course lang="fr" course-id=${COURSE_ID} learner-email=${EARNED} learner-name="Ana Martin" .definition=${progressCourse}>
    <spoc-certificate .definition=${definition}></spoc-certificate>
  </spoc-course>`,
};

/** Theming: accent colour, typeface and `::part(title)`. */
export const Theming: Story = {
  loaders: [seedEarned],
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
