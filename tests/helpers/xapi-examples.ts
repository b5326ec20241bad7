// A short course played as a learner, recording every statement each element sends: the source
// of the examples in the Storybook xAPI page (stories/xapi-examples/*.json), and the check that
// those examples still match what the elements send.
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SpocCourse } from '../../src/components/course/course.js';
import type { CourseDefinition } from '../../src/course/course.schema.js';
import type { CertificateDefinition } from '../../src/components/certificate/certificate.schema.js';
import type { QuizDefinition } from '../../src/components/quiz/quiz.schema.js';
import type { Statement } from '../../src/xapi/statement.js';
import { uuid } from '../../src/xapi/ids.js';
import { check, part, pick } from './quiz-driver.js';

export const EXAMPLE_ELEMENTS = ['capsule', 'quiz', 'peer-review', 'certificate', 'course', 'feedback'] as const;
export type ExampleElement = (typeof EXAMPLE_ELEMENTS)[number];
export type Examples = Record<ExampleElement, Statement[]>;

const COURSE_ID = 'https://learn.example.com/courses/optimanager';

const course: CourseDefinition = {
  id: COURSE_ID,
  title: { fr: 'Manager au quotidien', en: 'Everyday management' },
  lang: 'fr',
  modules: [
    { id: 'm1', title: { fr: 'Le rôle du manager', en: "The manager's role" }, activities: [{ id: 'm1', type: 'capsule' }, { id: 'quiz-m1', type: 'quiz' }] },
    { id: 'm3', title: { fr: "Animer un point d'équipe", en: 'Running a team briefing' }, activities: [{ id: 'review-m3', type: 'peer-review' }] },
  ],
};

const quiz: QuizDefinition = {
  id: 'quiz-m1',
  title: { fr: 'Quiz : le rôle du manager', en: "Quiz: the manager's role" },
  lang: 'fr',
  passScore: 0.7,
  questions: [
    {
      id: 'q-choice',
      type: 'choice',
      prompt: { fr: "Quelle est la première mission d'un manager ?", en: "What is a manager's first duty?" },
      choices: [
        { id: 'a', text: { fr: 'Faire réussir son équipe', en: 'Make the team succeed' } },
        { id: 'b', text: { fr: 'Tout contrôler', en: 'Control everything' } },
      ],
      correct: 'a',
    },
    { id: 'q-tf', type: 'true-false', prompt: { fr: 'Le feedback se donne régulièrement.', en: 'Feedback is given regularly.' }, correct: true },
  ],
};

const certificate: CertificateDefinition = {
  id: 'manager-certificate',
  title: { fr: 'Manager au quotidien', en: 'Everyday manager' },
  issuer: { name: 'Acme Academy', url: 'https://academy.example.com' },
  rule: { courseCompleted: true },
};

/** Which element sent a statement (a removed element's last statements fire on the document). */
function sourceOf(statement: Statement): ExampleElement {
  const id = (statement.object as { id: string }).id;
  // Feedback statements are on the questionnaire, one of its items, or (rated) the module or course it rates.
  if ([id, ...(statement.context?.contextActivities?.parent ?? []).map((a) => a.id)].some((i) => i.includes('/feedback/'))) return 'feedback';
  if (id === COURSE_ID) return 'course';
  if (statement.verb.id === 'http://id.tincanapi.com/verb/earned') return 'certificate';
  if (statement.verb.id === 'http://id.tincanapi.com/verb/reviewed') return 'peer-review';
  return id.includes('/capsule/') ? 'capsule' : 'quiz';
}

/** Plays the course (capsule, quiz, peer review) and returns the statements per element. */
export async function captureExamples(): Promise<Examples> {
  const examples: Examples = { capsule: [], quiz: [], 'peer-review': [], certificate: [], course: [], feedback: [] };
  const review = await (await fetch('/tests/fixtures/review-m3.json')).json();
  const listener = (event: Event) => {
    const { statement } = (event as CustomEvent<{ statement: Statement }>).detail;
    examples[sourceOf(statement)].push(statement);
  };
  document.addEventListener('spoc-statement', listener);
  try {
    const root = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE_ID} lang="fr" learner-name="Ana Martin" learner-email=${`ana.martin+${uuid().slice(0, 8)}@example.com`} .definition=${course}>
      <spoc-capsule activity="m1" module="m1" title="Le rôle du manager" src="/tests/fixtures/capsule.webm"></spoc-capsule>
      <spoc-quiz module="m1" .definition=${quiz}></spoc-quiz>
      <spoc-peer-review module="m3" .definition=${review}></spoc-peer-review>
      <spoc-certificate .definition=${certificate}></spoc-certificate>
      <spoc-feedback module="m3"></spoc-feedback>
    </spoc-course>`);
    const capsule = root.querySelector('spoc-capsule')!;
    const quizElement = root.querySelector('spoc-quiz')!;
    const reviewElement = root.querySelector('spoc-peer-review')!;
    const certificateElement = root.querySelector('spoc-certificate')!;
    await Promise.all([capsule.ready, quizElement.ready, reviewElement.ready, certificateElement.ready]);

    // The capsule, watched to the end (fast), then left: the Video Profile session.
    const video = capsule.shadowRoot!.querySelector('video')!;
    await waitUntil(() => examples.capsule.length > 0, 'initialized', { timeout: 10000 });
    video.playbackRate = 4;
    const watched = oneEvent(capsule, 'spoc-complete');
    part(capsule, 'play-button')!.click();
    await watched;
    await waitUntil(() => examples.capsule.some((s) => s.verb.id.endsWith('/paused')), 'paused at the end of the clip', { timeout: 10000 });
    capsule.remove();

    // The quiz, passed.
    await pick(quizElement, 'q-choice', 'a');
    await check(quizElement, 'q-choice');
    await pick(quizElement, 'q-tf', 'true');
    await check(quizElement, 'q-tf');
    part(quizElement, 'finish-button')!.click();
    await waitUntil(() => examples.quiz.some((s) => s.verb.id.endsWith('/passed')), 'passed', { timeout: 10000 });

    // The peer review, filled and sent.
    const radio = (criterion: string, option: string) =>
      reviewElement.shadowRoot!.querySelector<HTMLInputElement>(`input[name="criterion-${criterion}"][value="${option}"]`)!;
    radio('clarity', 'partly').click();
    radio('timing', 'fits').click();
    await reviewElement.updateComplete;
    for (const [id, text] of [['comment-timing', 'Le timing est tenu.'], ['overall', 'Un plan clair, bravo.']] as const) {
      (reviewElement.shadowRoot!.getElementById(id) as HTMLTextAreaElement).focus();
      await sendKeys({ type: text });
      await reviewElement.updateComplete;
    }
    part(reviewElement, 'submit-button')!.click();
    await reviewElement.updateComplete;
    part(reviewElement, 'confirm-button')!.click();

    // The course completes, the certificate is earned.
    await waitUntil(() => examples.certificate.length > 0 && examples.course.some((s) => s.verb.id.endsWith('/completed')), 'course completed and certificate earned', { timeout: 10000 });

    // Hot feedback on module 3 (identified: anonymous answers have no registration, see the README).
    for (const feedback of root.querySelectorAll('spoc-feedback')) {
      await feedback.ready;
      const answer = (item: string, value: string) => feedback.shadowRoot!.querySelector<HTMLInputElement>(`input[name="item-${item}"][value="${value}"]`)!.click();
      answer('satisfaction', '4');
      answer('useful', 'partly');
      await feedback.updateComplete;
      feedback.shadowRoot!.getElementById('text-improve')!.focus();
      await sendKeys({ type: 'Plus de mises en situation.' });
      await feedback.updateComplete;
      part(feedback, 'submit-button')!.click();
      await feedback.updateComplete;
    }
    root.remove();
  } finally {
    document.removeEventListener('spoc-statement', listener);
  }
  return examples;
}

/**
 * What must not drift between the documented examples and what the elements send: each
 * statement's verb, object type and the set of property paths (values such as ids, times and
 * durations differ from run to run).
 */
export function shapeOf(statements: Statement[]): string[] {
  const paths = (value: unknown, prefix: string): string[] => {
    if (Array.isArray(value)) return value.length ? paths(value[0], `${prefix}[]`) : [`${prefix}[]`];
    if (value && typeof value === 'object') {
      // Language maps and extension maps: their keys are data, not shape (except extension IRIs).
      const entries = Object.entries(value);
      const isLanguageMap = /(name|description|display)$/.test(prefix) || /\.(choices|source|target|scale|steps)\[\]\.description$/.test(prefix);
      if (isLanguageMap) return [prefix];
      return entries.flatMap(([key, inner]) => paths(inner, `${prefix}.${key}`));
    }
    return [prefix];
  };
  return statements.map((statement) => {
    const object = statement.object as { definition?: { type?: string } };
    return `${statement.verb.id} ${object.definition?.type ?? ''} ${[...new Set(paths(statement, ''))].sort().join(' ')}`;
  });
}
