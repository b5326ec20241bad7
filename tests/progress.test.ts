import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocProgress } from '../src/components/progress/progress.js';
import type { CourseProgress } from '../src/course/progress-model.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { resolveActor, resolveRegistration } from '../src/xapi/actor.js';
import { defaultStore } from '../src/xapi/default-tracker.js';
import { uuid } from '../src/xapi/ids.js';
import { LocalStore } from '../src/xapi/local-store.js';
import type { Agent, Statement } from '../src/xapi/statement.js';
import { EXTENSIONS, VERBS } from '../src/xapi/vocabulary.js';
import { LRS_AUTH, expectAcceptedByLrs, lrsEndpoint } from './helpers/lrs.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { LrsClient } from '../src/xapi/lrs-client.js';
import type { ProgressEmitter } from './helpers/progress-emitter.js';
import './helpers/progress-emitter.js';
import { expectValidStatement } from './helpers/statements.js';
import { COURSE_ID, completed, failed, iri, passed, progressCourse, progressed, reviewed, statement } from './fixtures/progress-course.js';

/** A learner nobody used before: the shared local store keeps every test's records. */
function newLearner(): { email: string; actor: Agent; registration: string } {
  const email = `learner-${uuid()}@example.com`;
  const actor = resolveActor({ email });
  return { email, actor, registration: resolveRegistration(actor, COURSE_ID) };
}

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: HTMLElement, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const bar = (el: SpocProgress) => el.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;
const live = (el: SpocProgress) => el.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;

/** Records for `who`, saved in the local store as the elements would have. */
async function seed(who: { actor: Agent; registration: string }, build: (at: { actor: Agent; registration: string }) => Statement[]) {
  const statements = build(who);
  await defaultStore().save(statements);
  return statements;
}

/** Half the course: module 1 passed (capsule + quiz), module 3's quiz failed. */
const halfCourse = (who: { actor: Agent; registration: string }) => [
  statement(completed, iri('capsule', 'intro'), { ...who, result: { completion: true, duration: 'PT4M' } }),
  statement(failed, iri('quiz', 'quiz-m1'), { ...who, result: { success: false, score: { scaled: 0.4 }, duration: 'PT2M' } }),
  statement(passed, iri('quiz', 'quiz-m1'), { ...who, result: { success: true, score: { scaled: 0.9 }, duration: 'PT3M' } }),
  statement(failed, iri('quiz', 'quiz-m3'), { ...who, result: { success: false, score: { scaled: 0.3 }, duration: 'PT5M' } }),
];
const wholeCourse = (who: { actor: Agent; registration: string }) => [
  ...halfCourse(who),
  statement(completed, iri('capsule', 'listening'), { ...who, result: { completion: true } }),
  statement(passed, iri('quiz', 'quiz-m3'), { ...who, result: { success: true, score: { scaled: 1 } } }),
  statement(reviewed, 'https://learn.example.com/submissions/7', { ...who, parent: iri('peer-review', 'review-m3') }),
];

/** A standalone element for `who`, from the local store, once its progress is known. */
async function standalone(who: { email: string }, variant = 'bar', lang = '') {
  const el = await fixture<SpocProgress>(html`<spoc-progress
    variant=${variant}
    lang=${lang}
    course-id=${COURSE_ID}
    learner-email=${who.email}
    .definition=${progressCourse}
  ></spoc-progress>`);
  await waitUntil(() => el.progress, 'progress computed', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function courseWithProgress(who: { email: string }, variant = 'bar', emitters = html``) {
  const course = await fixture<SpocCourse>(html`<spoc-course learner-email=${who.email} .definition=${progressCourse}>
    <spoc-progress variant=${variant}></spoc-progress>
    ${emitters}
  </spoc-course>`);
  const el = course.querySelector('spoc-progress')!;
  await waitUntil(() => el.progress, 'course progress shared', { timeout: 5000 });
  await el.updateComplete;
  return { course, el };
}

async function click(target: HTMLElement) {
  const button = target.shadowRoot!.querySelector('button')!;
  const rect = button.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
}

describe('<spoc-progress>', () => {
  describe('xAPI: inside a course (live)', () => {
    it('moves as a nested element emits statements, announces it, and the course reports progressed then completed', async () => {
      const who = newLearner();
      const { course, el } = await courseWithProgress(
        who,
        'bar',
        html`<test-progress-emitter id="e1" kind="capsule" activity="intro"></test-progress-emitter>
          <test-progress-emitter id="e2" kind="quiz" activity="quiz-m1" verb="passed" scaled="0.9"></test-progress-emitter>
          <test-progress-emitter id="e3" kind="capsule" activity="listening"></test-progress-emitter>
          <test-progress-emitter id="e4" kind="quiz" activity="quiz-m3" verb="passed" scaled="0.7"></test-progress-emitter>
          <test-progress-emitter id="e5" kind="peer-review" activity="review-m3" verb="reviewed"></test-progress-emitter>`,
      );
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('0');
      const courseStatements: Statement[] = [];
      course.addEventListener('spoc-statement', (event) => {
        const { statement } = event.detail;
        if ((statement.object as { id: string }).id === COURSE_ID) courseStatements.push(statement);
      });

      const changed = oneEvent(el, 'spoc-progress-change');
      await click(course.querySelector<ProgressEmitter>('#e1')!);
      const { detail } = await changed;
      expect(detail.progress.percent).to.equal(0.2);
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('20');
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('20% complete, 0 of 3 modules done');
      expect(live(el).textContent).to.contain('Course progress: 20%');
      expect(courseStatements.map((s) => [s.verb.id, s.result?.extensions?.[EXTENSIONS.cmi5.progress]])).to.deep.equal([[VERBS.progressed.id, 20]]);

      await click(course.querySelector<ProgressEmitter>('#e2')!);
      await waitUntil(() => bar(el).getAttribute('aria-valuenow') === '40', 'quiz passed moves the bar', { timeout: 5000 });
      expect(live(el).textContent).to.contain("The manager's role: Passed.");
      for (const id of ['#e3', '#e4', '#e5']) await click(course.querySelector<ProgressEmitter>(id)!);
      await waitUntil(() => el.progress?.completed, 'course complete', { timeout: 5000 });
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('100');
      expect(live(el).textContent).to.equal('Course completed. Well done!');
      expect(el.matches(':state(completed)')).to.equal(true);

      expect(courseStatements.map((s) => s.verb.display!['en'])).to.deep.equal(['progressed', 'progressed', 'progressed', 'progressed', 'progressed', 'completed']);
      expect(courseStatements.slice(0, 5).map((s) => s.result!.extensions![EXTENSIONS.cmi5.progress])).to.deep.equal([20, 40, 60, 80, 100]);
      const done = courseStatements[5]!;
      expect(done.result).to.include({ completion: true, duration: 'PT5M' });
      expect(done.result!.score!.scaled).to.be.closeTo((0.9 + 0.7) / 2, 1e-9);
      expect(done.object).to.deep.include({ id: COURSE_ID });
      courseStatements.forEach(expectValidStatement);
      await expectAcceptedByLrs(courseStatements);
      await Promise.all([...course.querySelectorAll<ProgressEmitter>('test-progress-emitter')].map((e) => e.delivered));
    });

    it('reads the store at start: a reload shows the progress and sends neither progressed nor completed again', async () => {
      const who = newLearner();
      await seed(who, wholeCourse);
      // The course of the first visit sends its milestones (a catch-up: the records were made elsewhere).
      const heard: Statement[] = [];
      const listener = (event: Event) => heard.push((event as CustomEvent<{ statement: Statement }>).detail.statement);
      document.addEventListener('spoc-statement', listener);
      try {
        const first = await courseWithProgress(who, 'ring');
        await waitUntil(() => heard.some((s) => s.verb.id === VERBS.completed.id), 'completed sent once', { timeout: 5000 });
        expect(heard.map((s) => s.verb.display!['en'])).to.deep.equal(['progressed', 'completed']);
        heard.forEach(expectValidStatement);
        await defaultStore().save(heard); // what the tracker's store sink does, awaited here
        first.course.remove();

        heard.length = 0;
        const again = await courseWithProgress(who, 'ring');
        expect(again.el.progress!.completed).to.equal(true);
        expect(bar(again.el).getAttribute('aria-valuenow')).to.equal('100');
        await again.course.updateComplete;
        expect(heard).to.deep.equal([]);
      } finally {
        document.removeEventListener('spoc-statement', listener);
      }
    });

    it('shares the model with nested elements through the course context', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      const { course } = await courseWithProgress(who);
      const progress = course.progress!;
      expect(progress.modules.map((m) => m.status)).to.deep.equal(['passed', 'not-started', 'failed', 'not-started']);
      expect(progress.next).to.equal('m2');
    });
  });

  describe('standalone from the real LRS', () => {
    it('renders the learner’s records read from the LRS (following more)', async () => {
      const who = newLearner();
      const endpoint = await lrsEndpoint();
      await new LrsClient({ endpoint, auth: LRS_AUTH }).postStatements(halfCourse(who));
      const el = await fixture<SpocProgress>(html`<spoc-progress variant="list" course-id=${COURSE_ID} learner-email=${who.email}
        lrs-endpoint=${endpoint} lrs-auth=${LRS_AUTH} .definition=${progressCourse}></spoc-progress>`);
      await waitUntil(() => el.progress?.percent === 0.4, 'progress from the LRS', { timeout: 10000 });
      await el.updateComplete;
      expect(parts(el, 'module')[0]!.textContent).to.contain('Passed');
      expect(part(el, 'notice')).to.equal(null);
    });

    it('an LRS that answers 401 or is down: the local records and a clear notice, never a blank', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      const { endpoint } = await executeServerCommand<{ endpoint: string }, object>('fault-proxy', { auth: 'Basic only-this' });
      const failed401 = document.createElement('spoc-progress');
      Object.assign(failed401, { courseId: COURSE_ID, learnerEmail: who.email, lrsEndpoint: endpoint, lrsAuth: LRS_AUTH, definition: progressCourse, variant: 'bar' });
      const error = oneEvent(failed401, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(failed401);
      expect((await error).detail.code).to.equal('lrs-unauthorized');
      await failed401.updateComplete;
      expect(part(failed401, 'notice')!.textContent).to.contain('refused access');
      await waitUntil(() => failed401.progress, 'local progress', { timeout: 5000 });
      expect(failed401.progress!.percent).to.equal(0.4);
      await expect(failed401).to.be.accessible();
      failed401.remove();
      await executeServerCommand('fault-proxy', {});

      const down = document.createElement('spoc-progress');
      Object.assign(down, { courseId: COURSE_ID, learnerEmail: who.email, lrsEndpoint: 'http://127.0.0.1:9/xAPI/', definition: progressCourse });
      const unreachable = oneEvent(down, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(down);
      expect((await unreachable).detail.code).to.equal('lrs-unreachable');
      await down.updateComplete;
      expect(part(down, 'notice')!.textContent).to.contain('could not be reached');
      await waitUntil(() => down.progress, 'local progress', { timeout: 5000 });
      expect(down.progress!.percent).to.equal(0.4);
      down.remove();
    });
  });

  describe('attributes & properties: standalone', () => {
    it('renders from the local store for a learner given by attributes', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      await seed(newLearner(), wholeCourse); // another learner: ignored
      const el = await standalone(who, 'list');
      expect(el.progress!.percent).to.equal(0.4);
      const rows = parts(el, 'module');
      expect(rows).to.have.length(4);
      expect(rows[0]!.textContent).to.contain('Passed').and.contain('Score: 90%').and.contain('Time spent: 7 min');
      expect(rows[2]!.textContent).to.contain('Failed').and.contain('Score: 30%');
      expect(rows[1]!.getAttribute('aria-current')).to.equal('step');
      expect(rows[3]!.textContent).to.contain('Optional');
      expect(part(el, 'summary')!.textContent).to.equal('1 of 3 modules done');
    });

    it('loads the course from course-src and links steps to the module URLs', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      const el = await fixture<SpocProgress>(html`<spoc-progress variant="steps" course-src="/tests/fixtures/progress-course.json" learner-email=${who.email}></spoc-progress>`);
      await waitUntil(() => el.progress?.modules.length, 'definition loaded, progress computed', { timeout: 5000 });
      await el.updateComplete;
      const steps = parts(el, 'step');
      expect(steps.map((s) => s.getAttribute('part'))).to.deep.equal(['step step-passed', 'step step-not-started step-next', 'step step-failed', 'step step-not-started']);
      const link = steps[0]!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/modules/m1.html');
      expect(steps[2]!.querySelector('a')).to.equal(null);
      expect(steps[1]!.textContent).to.contain('Next');
    });

    it('reads an inline JSON definition', async () => {
      const who = newLearner();
      await seed(who, wholeCourse);
      const el = await fixture<SpocProgress>(html`<spoc-progress learner-email=${who.email}
        ><script type="application/json">
          ${JSON.stringify(progressCourse)}
        </script></spoc-progress
      >`);
      await waitUntil(() => el.progress?.completed, 'complete', { timeout: 5000 });
      await el.updateComplete;
      expect(part(el, 'completed-on')!.textContent).to.match(/^Completed on \w+ \d+, \d{4}$/);
    });

    it('with only a course id: the overall progress from the course\'s own statements', async () => {
      const who = newLearner();
      await seed(who, (w) => [statement(progressed, COURSE_ID, { ...w, result: { extensions: { [EXTENSIONS.cmi5.progress]: 60 } } })]);
      const el = await fixture<SpocProgress>(html`<spoc-progress variant="steps" course-id=${COURSE_ID} learner-email=${who.email}></spoc-progress>`);
      await waitUntil(() => el.progress, 'progress', { timeout: 5000 });
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('60');
      expect(part(el, 'notice')!.textContent).to.contain('course outline is not available');
      await expect(el).to.be.accessible();
    });

    it('follows another registration given by attribute', async () => {
      const who = newLearner();
      const other = { ...who, registration: uuid() };
      await seed(other, wholeCourse);
      const el = await fixture<SpocProgress>(html`<spoc-progress course-id=${COURSE_ID} learner-email=${who.email} registration=${other.registration} .definition=${progressCourse}></spoc-progress>`);
      await waitUntil(() => el.progress?.completed, 'the other registration is complete', { timeout: 5000 });
      el.registration = who.registration;
      await waitUntil(() => el.progress && !el.progress.completed, 'the learner\'s own registration is not');
    });
  });

  describe('events: cross-tab', () => {
    it('moves when another store instance (another tab) saves a statement', async () => {
      const who = newLearner();
      const el = await standalone(who);
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('0');
      const otherTab = new LocalStore(); // same database, its own BroadcastChannel
      const changed = oneEvent(el, 'spoc-progress-change');
      await otherTab.save(statement(completed, iri('capsule', 'intro'), { ...who }));
      expect((await changed).detail.progress.percent).to.equal(0.2);
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('20');
    });

    it('moves when the learner completes something in a second window', async () => {
      const who = newLearner();
      const { el } = await courseWithProgress(who, 'steps');
      const tab = window.open(`/tests/fixtures/progress-tab.html?email=${encodeURIComponent(who.email)}`, '_blank');
      expect(tab, 'second window opened').to.not.equal(null);
      try {
        await waitUntil(() => {
          const emitter = tab!.document?.querySelector<ProgressEmitter>('test-progress-emitter');
          return emitter?.course?.value?.definition && emitter.course.value.actor.mbox === `mailto:${who.email}`;
        }, 'second window ready', { timeout: 10000 });
        const changed = oneEvent(el, 'spoc-progress-change');
        tab!.document.querySelector<ProgressEmitter>('test-progress-emitter')!.shadowRoot!.querySelector('button')!.click();
        expect((await changed).detail.progress.modules[1]!.status).to.equal('completed');
        await el.updateComplete;
        expect(parts(el, 'step')[1]!.getAttribute('part')).to.contain('step-completed');
      } finally {
        tab?.close();
      }
    });
  });

  describe('accessibility: every variant', () => {
    for (const variant of ['bar', 'steps', 'ring', 'list'] as const) {
      it(`${variant}: a progressbar with value and text, passes axe empty, half-way and complete`, async () => {
        const empty = await standalone(newLearner(), variant);
        expect(bar(empty).getAttribute('aria-valuenow')).to.equal('0');
        expect(bar(empty).getAttribute('aria-label')).to.equal('Course progress');
        expect(empty.matches(':state(not-started)')).to.equal(true);
        await expect(empty).to.be.accessible();

        const half = newLearner();
        await seed(half, halfCourse);
        const el = await standalone(half, variant);
        expect(bar(el).getAttribute('aria-valuenow')).to.equal('40');
        expect(bar(el).getAttribute('aria-valuetext')).to.equal('40% complete, 1 of 3 modules done');
        await expect(el).to.be.accessible();

        const whole = newLearner();
        await seed(whole, wholeCourse);
        const done = await standalone(whole, variant);
        expect(bar(done).getAttribute('aria-valuenow')).to.equal('100');
        await expect(done).to.be.accessible();
      });
    }

    it('ring: the arc follows the value', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      const el = await standalone(who, 'ring');
      expect(part(el, 'ring-indicator')!.getAttribute('stroke-dasharray')).to.equal('40 100');
      expect(part(el, 'value')!.textContent).to.equal('40%');
    });

    it('fits a narrow sidebar (vertical steps) and a wide page (horizontal steps)', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 14rem"></div>`);
      const el = await standalone(who, 'steps');
      wrapper.append(el);
      await el.updateComplete;
      const [first, second] = parts(el, 'step');
      expect(second!.getBoundingClientRect().top).to.be.greaterThan(first!.getBoundingClientRect().bottom - 1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      wrapper.style.width = '60rem';
      await waitUntil(() => parts(el, 'step')[1]!.getBoundingClientRect().top === parts(el, 'step')[0]!.getBoundingClientRect().top, 'steps side by side', { timeout: 5000 });
    });
  });

  describe('keyboard', () => {
    it('module links in steps and list are reachable with Tab', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      const el = await standalone(who, 'steps');
      const before = await fixture(html`<button>before</button>`);
      before.parentElement!.append(el);
      (before as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('/modules/m1.html');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('/modules/m2.html');
    });

  });

  describe('localization', () => {
    it('speaks French (text, ARIA, durations) and passes axe', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      const el = await standalone(who, 'list', 'fr');
      expect(bar(el).getAttribute('aria-label')).to.equal('Progression dans la formation');
      // Intl puts a (narrow) no-break space before % in French.
      expect(bar(el).getAttribute('aria-valuetext')!.replace(/\s/g, ' ')).to.equal('40 % effectué, 1 module terminé sur 3');
      const rows = parts(el, 'module');
      expect(rows[0]!.textContent!.replace(/\s+/g, ' ')).to.contain('Le rôle du manager Réussi').and.contain('Temps passé : 7 min');
      expect(rows[3]!.textContent).to.contain('Facultatif');
      await expect(el).to.be.accessible();
      const steps = await standalone(who, 'steps', 'fr');
      expect(parts(steps, 'step')[1]!.textContent).to.contain('À suivre');
      await expect(steps).to.be.accessible();
    });

    it('follows the course language inside a French course', async () => {
      const course = await fixture<SpocCourse>(html`<spoc-course lang="fr" learner-email=${newLearner().email} .definition=${progressCourse}>
        <spoc-progress variant="steps"></spoc-progress>
      </spoc-course>`);
      const el = course.querySelector('spoc-progress')!;
      await waitUntil(() => el.progress, 'progress', { timeout: 5000 });
      await el.updateComplete;
      expect(parts(el, 'step')[0]!.textContent).to.contain('Le rôle du manager').and.contain('Non commencé');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('a definition whose rules name unknown activities or modules: error view with paths, spoc-error, local progress still shown', async () => {
      const who = newLearner();
      await seed(who, (w) => [statement(progressed, COURSE_ID, { ...w, result: { extensions: { [EXTENSIONS.cmi5.progress]: 30 } } })]);
      const broken = {
        ...progressCourse,
        modules: [{ ...progressCourse.modules[0]!, completedBy: ['quiz-m9'] }, { ...progressCourse.modules[1]!, requires: ['m7'] }],
      };
      const el = document.createElement('spoc-progress');
      el.courseId = COURSE_ID;
      el.learnerEmail = who.email;
      el.definition = broken;
      const failedEvent = oneEvent(el, 'spoc-error');
      document.body.append(el);
      try {
        const { detail } = (await failedEvent) as SpocErrorEvent;
        expect(detail.issues!.map((i) => i.path)).to.deep.equal(['modules[0].completedBy[0]', 'modules[1].requires[0]']);
        await waitUntil(() => el.progress, 'local progress', { timeout: 5000 });
        await el.updateComplete;
        expect(part(el, 'error')!.textContent).to.contain('refers to "quiz-m9", which does not exist');
        expect(bar(el).getAttribute('aria-valuenow')).to.equal('30');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('an unreachable course-src: the error view, never a blank box', async () => {
      const el = document.createElement('spoc-progress');
      el.courseSrc = '/does-not-exist.json';
      const failedEvent = oneEvent(el, 'spoc-error');
      document.body.append(el);
      try {
        expect((await failedEvent).detail.code).to.equal('fetch-failed');
        await el.updateComplete;
        expect(part(el, 'error')!.textContent).to.contain('404');
        expect(part(el, 'empty')!.textContent).to.equal('No progress yet.');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('alone with no course: says so', async () => {
      const el = await fixture<SpocProgress>(html`<spoc-progress></spoc-progress>`);
      expect(part(el, 'empty')!.textContent).to.contain('No course to show');
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('takes colours and sizes from --spoc-progress-* and exposes parts', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--spoc-progress-accent-color: rgb(1, 2, 3); --spoc-progress-bar-height: 20px"></div>`);
      const el = await standalone(who);
      wrapper.append(el);
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'indicator')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'track')!).height).to.equal('20px');
      const style = document.createElement('style');
      style.textContent = 'spoc-progress::part(indicator) { background: rgb(9, 8, 7); }';
      document.head.append(style);
      try {
        expect(getComputedStyle(part(el, 'indicator')!).backgroundColor).to.equal('rgb(9, 8, 7)');
      } finally {
        style.remove();
      }
    });

    it('the ring sizes itself in a flex row (an LMS header) from --spoc-progress-ring-size', async () => {
      const who = newLearner();
      const header = await fixture<HTMLElement>(html`<header style="display: flex; align-items: center; --spoc-progress-ring-size: 40px"><span>Acme LMS</span></header>`);
      const el = await standalone(who, 'ring');
      header.append(el);
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(40);
      expect(part(el, 'ring')!.getBoundingClientRect().width).to.equal(40);
    });
  });

  describe('hostile module URLs', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.domain)',
      '   javascript:alert(1)',
      'java\tscript:alert(1)',
      'jav\na\rscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
    ];

    /** Fails if anything in the shadow root could run script. */
    function expectInert(el: HTMLElement) {
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        expect(['script', 'iframe', 'object', 'embed']).not.to.include(node.localName);
        for (const attribute of node.attributes) {
          expect(attribute.name.startsWith('on'), `${node.localName}[${attribute.name}]`).to.equal(false);
          const value = attribute.value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
          expect(/^(javascript|data|vbscript):/i.test(value), `${node.localName}[${attribute.name}="${attribute.value}"]`).to.equal(false);
        }
      }
    }

    for (const variant of ['steps', 'list'] as const) {
      it(`${variant}: a refused module url is reported with its path and nothing is a link; a safe one stays a link`, async () => {
        for (const url of hostile) {
          const definition = structuredClone(progressCourse);
          definition.modules[0]!.url = url;
          const el = await fixture<SpocProgress>(html`<spoc-progress variant=${variant} course-id=${COURSE_ID} learner-email=${newLearner().email} .definition=${definition}></spoc-progress>`);
          await waitUntil(() => part(el, 'error'), 'the error view', { timeout: 5000 });
          expect(part(el, 'error')!.textContent, JSON.stringify(url)).to.contain('modules[0].url');
          expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
          expectInert(el);
        }
        const safe = await fixture<SpocProgress>(html`<spoc-progress variant=${variant} course-id=${COURSE_ID} learner-email=${newLearner().email} .definition=${progressCourse}></spoc-progress>`);
        await waitUntil(() => safe.progress, 'progress', { timeout: 5000 });
        await safe.updateComplete;
        const titles = parts(safe, variant === 'steps' ? 'step-title' : 'module-title');
        expect(titles[1]!.localName).to.equal('a');
        expect(titles[1]!.getAttribute('href')).to.equal('/modules/m2.html');
      });
    }
  });

  describe('ring', () => {
    /** The text's box corners stay inside the stroke's inner edge (radius 14.17 of 36). */
    function expectInsideStroke(el: SpocProgress) {
      const ring = part(el, 'ring')!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(part(el, 'value')!);
      const text = range.getBoundingClientRect();
      const inner = (ring.width / 36) * (15.9155 - 3.5 / 2);
      const [cx, cy] = [ring.left + ring.width / 2, ring.top + ring.height / 2];
      for (const [x, y] of [
        [text.left, text.top],
        [text.right, text.top],
        [text.left, text.bottom],
        [text.right, text.bottom],
      ]) {
        expect(Math.hypot(x! - cx, y! - cy), `${part(el, 'value')!.textContent} at ${ring.width}px`).to.be.below(inner);
      }
    }

    it('"100 %" stays inside the ring\'s stroke, in English and French, small and large', async () => {
      const whole = newLearner();
      await seed(whole, wholeCourse);
      const half = newLearner();
      await seed(half, halfCourse);
      for (const lang of ['en', 'fr']) {
        for (const size of ['', '40px', '6rem']) {
          for (const who of [whole, half]) {
            const wrapper = await fixture<HTMLDivElement>(html`<div style=${size ? `--spoc-progress-ring-size: ${size}` : ''}></div>`);
            const el = await standalone(who, 'ring', lang);
            wrapper.append(el);
            await el.updateComplete;
            expectInsideStroke(el);
          }
        }
      }
    });

    it('at 0 % with something attempted (a failed quiz), the ring draws no arc (no stray dot)', async () => {
      const who = newLearner();
      await seed(who, (at) => [statement(failed, iri('quiz', 'quiz-m1'), { ...at, result: { success: false, score: { scaled: 0.2 } } })]);
      const el = await standalone(who, 'ring');
      expect(el.progress!.status).to.equal('in-progress');
      expect(getComputedStyle(part(el, 'ring-indicator')!).stroke).to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('an LRS notice in a compact header: a short localized badge that does not widen it, no raw "Failed to fetch"', async () => {
      for (const lang of ['en', 'fr']) {
        const who = newLearner();
        await seed(who, halfCourse);
        const header = await fixture<HTMLElement>(html`<header style="display: flex; align-items: center; gap: 8px; background: #0b1220; color: #f5f7fa; padding: 4px">
          <span>Acme LMS</span>
        </header>`);
        const el = document.createElement('spoc-progress');
        Object.assign(el, { variant: 'ring', lang, courseId: COURSE_ID, learnerEmail: who.email, lrsEndpoint: 'http://127.0.0.1:9/xAPI/', definition: progressCourse });
        const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
        header.append(el);
        const { detail } = await failed;
        expect(detail.code).to.equal('lrs-unreachable');
        await waitUntil(() => el.progress && part(el, 'notice'), 'notice shown', { timeout: 5000 });
        await el.updateComplete;
        const notice = part(el, 'notice')!;
        expect(notice.getAttribute('role')).to.equal('status');
        expect(el.getBoundingClientRect().width).to.equal(part(el, 'ring')!.getBoundingClientRect().width);
        expect(header.getBoundingClientRect().height).to.be.below(70);
        expect(notice.getBoundingClientRect().width).to.be.below(30);
        expect(notice.textContent).not.to.match(/fetch|HTTP/i);
        expect(notice.title).to.equal(lang === 'fr' ? 'Hors ligne\u00a0: progression de ce navigateur' : 'Offline: progress from this browser');
        expect(notice.textContent).to.contain(lang === 'fr' ? 'injoignable' : 'could not be reached');
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('steps: failed and next', () => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (color: string) => {
      const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };

    it('a failed module that is also next keeps a visible mark (≥ 3:1) and a "next" ring', async () => {
      const who = newLearner();
      await seed(who, (at) => [statement(failed, iri('quiz', 'quiz-m1'), { ...at, result: { success: false, score: { scaled: 0.2 } } })]);
      const el = await standalone(who, 'steps');
      expect(el.progress!.next).to.equal('m1');
      const step = parts(el, 'step')[0]!;
      expect(step.getAttribute('part')).to.contain('step-failed');
      expect(step.getAttribute('part')).to.contain('step-next');
      const icon = step.querySelector<HTMLElement>('[part~="step-icon"]')!;
      expect(icon.textContent).to.equal('!');
      const style = getComputedStyle(icon);
      expect(contrast(style.color, style.backgroundColor)).to.be.at.least(3);
      expect(style.outlineStyle).to.equal('solid');
      expect(contrast(style.outlineColor, 'rgb(255, 255, 255)')).to.be.at.least(3);
      expect(step.textContent).to.contain('Failed');
      expect(step.textContent).to.contain('Next');
      await expect(el).to.be.accessible();
    });
  });

  describe('misconfiguration inside a course', () => {
    it('a spoc-course with a course-id and no definition (the README snippet): an explanation and spoc-error, in English and French', async () => {
      for (const lang of ['en', 'fr']) {
        const errors: SpocErrorEvent[] = [];
        const listen = (e: Event) => errors.push(e as SpocErrorEvent);
        document.addEventListener('spoc-error', listen);
        try {
          const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE_ID} learner-email=${newLearner().email} lang=${lang}>
            <spoc-progress></spoc-progress>
            <header style="display: flex"><spoc-progress variant="ring"></spoc-progress></header>
          </spoc-course>`);
          const [bar, ring] = [...course.querySelectorAll('spoc-progress')] as SpocProgress[];
          await waitUntil(() => errors.filter((e) => e.detail.code === 'no-course-definition').length === 2, 'both report', { timeout: 5000 });
          await bar!.updateComplete;
          await ring!.updateComplete;
          expect(part(bar!, 'notice')!.textContent).to.contain(lang === 'fr' ? 'n’a pas de définition de formation' : 'has no usable course definition');
          expect(bar!.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
          expect(part(ring!, 'notice')!.textContent).to.contain(lang === 'fr' ? 'n’a pas de définition de formation' : 'has no usable course definition');
          expect(ring!.getBoundingClientRect().width).to.equal(part(ring!, 'ring')!.getBoundingClientRect().width);
          await expect(bar!).to.be.accessible();
          await expect(ring!).to.be.accessible();
          // Given its definition, the course and its progress work.
          course.definition = progressCourse;
          await waitUntil(() => bar!.progress, 'progress', { timeout: 5000 });
          await bar!.updateComplete;
          expect(part(bar!, 'notice')).to.equal(null);
        } finally {
          document.removeEventListener('spoc-error', listen);
        }
      }
    });

    it('a quiz whose id is not one of the course\'s activity ids: spoc-error unknown-activity naming it, and a notice', async () => {
      const who = newLearner();
      const { el } = await courseWithProgress(who, 'bar', html`<test-progress-emitter kind="quiz" activity="quiz-1" verb="passed"></test-progress-emitter>`);
      const emitter = el.parentElement!.querySelector<ProgressEmitter>('test-progress-emitter')!;
      await emitter.updateComplete;
      const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
      await click(emitter);
      const { detail } = await failed;
      expect(detail.code).to.equal('unknown-activity');
      expect(detail.message).to.contain('“quiz-1”');
      await el.updateComplete;
      expect(part(el, 'notice')!.textContent).to.contain('“quiz-1” records results in this course');
      expect(el.progress!.percent).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('layout: 320 px and dark host pages', () => {
    it('every variant fits a 320 px viewport and is readable (axe) on a dark page and on a light one, the system light or dark', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      await setViewport({ width: 320, height: 640 });
      try {
        for (const [scheme, page] of [
          ['light', 'background: #121212; color: #f5f5f5'],
          ['light', 'background: #ffffff; color: #1f2933'],
          ['dark', 'background: #ffffff; color: #1f2933'],
          ['dark', 'background: #121212; color: #f5f5f5'],
        ] as const) {
          await emulateMedia({ colorScheme: scheme });
          for (const variant of ['bar', 'steps', 'ring', 'list']) {
            const wrapper = await fixture<HTMLDivElement>(html`<div style=${`${page}; padding: 8px`}></div>`);
            const definition = structuredClone(progressCourse);
            definition.modules[1]!.title = 'Communicating with a team that works across several sites and time zones';
            const el = document.createElement('spoc-progress');
            Object.assign(el, { variant, courseId: COURSE_ID, learnerEmail: who.email, definition });
            wrapper.append(el);
            await waitUntil(() => el.progress, 'progress', { timeout: 5000 });
            await el.updateComplete;
            expect(document.documentElement.scrollWidth, `${variant} on ${page} (${scheme})`).to.be.at.most(320);
            expect(el.getBoundingClientRect().right).to.be.at.most(320);
            expect(getComputedStyle(el).color).to.equal(getComputedStyle(wrapper).color);
            await expect(el).to.be.accessible();
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('events', () => {
    it('spoc-progress-change carries the whole model', async () => {
      const who = newLearner();
      await seed(who, halfCourse);
      const el = document.createElement('spoc-progress');
      Object.assign(el, { courseId: COURSE_ID, learnerEmail: who.email, definition: progressCourse });
      const changed = oneEvent(el, 'spoc-progress-change');
      document.body.append(el);
      try {
        const progress: CourseProgress = (await changed).detail.progress;
        expect(progress).to.include({ courseId: COURSE_ID, status: 'in-progress', percent: 0.4, completed: false, next: 'm2', timeSpent: 720 });
        expect(progress.modules.map((m) => m.id)).to.deep.equal(['m1', 'm2', 'm3', 'm4']);
        expect(progress.modules[0]!.activities[1]).to.include({ id: 'quiz-m1', status: 'passed', score: 0.9 });
      } finally {
        el.remove();
      }
    });
  });
});
