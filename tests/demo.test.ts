// The demo course (demo/index.html, what `npm start` shows), played as a learner: module 1.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SpocCapsule } from '../src/components/capsule/capsule.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocProgress } from '../src/components/progress/progress.js';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import { LocalStore } from '../src/xapi/local-store.js';
import type { Statement } from '../src/xapi/statement.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { answerAll, part } from './helpers/quiz-driver.js';
import { expectValidStatement } from './helpers/statements.js';
import { openFrame } from './helpers/open-frame.js';

const verbOf = (s: Statement) => s.verb.id.split('/').pop();

/** Opens a demo page in an iframe; resolves once the library is registered there. */
async function openDemo(path: string) {
  const { frame, win, doc } = await openFrame(path);
  await waitUntil(() => win.customElements.get('spoc-course') && win.customElements.get('spoc-progress'), 'the library is registered', { timeout: 20000 });
  return { frame, win, doc };
}

/** axe-core run inside the page (its own document and shadow roots): the violations' ids and targets. */
async function axeViolations(win: Window): Promise<string[]> {
  const scope = win as Window & { axe?: { run(context: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } };
  if (!scope.axe) {
    const script = win.document.createElement('script');
    script.text = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    win.document.head.append(script);
  }
  const { violations } = await scope.axe!.run(win.document);
  return violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}
const percentShown = (progress: SpocProgress) =>
  Number(progress.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow'));

describe('the demo course', () => {
  it('module 1 as a learner: the capsule watched to the threshold, the quiz passed, the progress moves and the statements are kept', async function () {
    this.timeout(90000);
    const { frame, win, doc } = await openDemo('/demo/index.html');
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(event.message));
    doc.addEventListener('spoc-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));

    const course = doc.querySelector<SpocCourse>('spoc-course')!;
    const capsule = doc.querySelector<SpocCapsule>('#m1 spoc-capsule')!;
    const quiz = doc.querySelector<SpocQuiz>('#m1 spoc-quiz')!;
    // The header's compact ring; the steps below are the module navigation.
    const bar = doc.querySelector<SpocProgress>('.site-header spoc-progress')!;
    const steps = doc.querySelector<SpocProgress>('spoc-progress[variant="steps"]')!;
    await Promise.all([capsule.ready, quiz.ready]);
    await waitUntil(() => bar.progress && steps.progress, 'the progress is computed', { timeout: 10000 });
    const step = (id: string) => steps.shadowRoot!.querySelectorAll<HTMLElement>('[part~="step"]')[Number(id.slice(1)) - 1]!;
    expect(percentShown(bar)).to.equal(0);
    expect(step('m1').getAttribute('part')).to.contain('step-not-started');
    const statements: Statement[] = [];
    doc.addEventListener('spoc-statement', (event) => statements.push((event as CustomEvent<{ statement: Statement }>).detail.statement));

    // The capsule: the learner presses play; the clip plays for real, 16 times faster.
    const video = capsule.shadowRoot!.querySelector('video')!;
    await waitUntil(() => video.readyState >= 1, 'video metadata', { timeout: 10000 });
    video.playbackRate = 16;
    const watched = oneEvent(capsule, 'spoc-complete');
    part(capsule, 'play-button')!.click();
    await watched;
    expect(capsule.watchedFraction).to.be.at.least(0.9);
    await waitUntil(() => percentShown(bar) > 0, 'the progress bar moved after the capsule', { timeout: 10000 });
    const afterCapsule = percentShown(bar);
    expect(step('m1').getAttribute('part')).to.contain('step-in-progress');

    // The quiz, answered right.
    await answerAll(quiz, true);
    part(quiz, 'finish-button')!.click();
    await waitUntil(() => part(quiz, 'verdict')?.textContent?.includes('Réussi'), 'the quiz verdict, in French', { timeout: 10000 });
    await waitUntil(() => step('m1').getAttribute('part')!.includes('step-passed'), 'module 1 is passed', { timeout: 10000 });
    expect(percentShown(bar)).to.be.greaterThan(afterCapsule);
    expect(percentShown(bar)).to.equal(Math.round(bar.progress!.percent * 100));
    expect(steps.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.contain('Communiquer efficacement');
    // The page's own list of statements shows them too.
    expect(doc.querySelectorAll('#statements li').length).to.be.at.least(statements.length);

    // What the learner did is kept in the embedded record store (IndexedDB, same origin).
    const verbs = statements.map(verbOf);
    expect(verbs).to.include.members(['played', 'completed', 'attempted', 'answered', 'passed', 'progressed']);
    const registration = course.tracker.registration;
    const kept = await new LocalStore().query({ agent: { mbox: 'mailto:ana.martin@example.com' }, registration });
    const keptIds = new Set(kept.map((s) => s.id));
    expect(statements.filter((s) => !keptIds.has(s.id)).map(verbOf)).to.deep.equal([]);
    statements.forEach(expectValidStatement);
    await expectAcceptedByLrs(statements);
    expect(errors).to.deep.equal([]);
    expect(await axeViolations(win)).to.deep.equal([]);
    frame.remove();

    // Back on the course page: module 1 is done, so the page opens module 2 by itself.
    const again = await openDemo('/demo/index.html');
    await waitUntil(() => !again.doc.querySelector<HTMLElement>('#m2')!.hidden, 'module 2 opens, the next one', { timeout: 10000 });
    expect(again.doc.querySelector<HTMLElement>('#m1')!.hidden).to.equal(true);
    again.frame.remove();

    // The LMS theme page, in English: its header ring and sidebar list read the same records.
    const lms = await openDemo('/demo/lms-theme.html?lang=en');
    const ring = lms.doc.querySelector<SpocProgress>('spoc-progress[variant="ring"]')!;
    const list = lms.doc.querySelector<SpocProgress>('spoc-progress[variant="list"]')!;
    await waitUntil(() => ring.progress && list.progress && percentShown(ring) > 0, 'the LMS page shows the progress', { timeout: 10000 });
    expect(percentShown(ring)).to.equal(Math.round(bar.progress!.percent * 100));
    expect(lms.doc.title).to.contain('LMS');
    expect(list.shadowRoot!.textContent).to.contain('Passed');
    expect(ring.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(await axeViolations(lms.win)).to.deep.equal([]);
    lms.frame.remove();
  });

  it('shows one module at a time: the steps and the pager navigate, deep links open a module, focus follows', async function () {
    this.timeout(60000);
    const { frame, win, doc } = await openDemo('/demo/index.html?lang=en#m3');
    const visible = () => [...doc.querySelectorAll<HTMLElement>('main > section[data-page]')].filter((s) => !s.hidden).map((s) => s.id);
    expect(visible()).to.deep.equal(['m3']);
    // ?lang=en: the module's quiz speaks English, content included.
    const quiz3 = doc.querySelector<SpocQuiz>('#m3 spoc-quiz')!;
    await quiz3.ready;
    await quiz3.updateComplete;
    expect(quiz3.shadowRoot!.textContent).not.to.match(/Vérifier|Quelle|Quels/);

    // The steps are links to the modules.
    const steps = doc.querySelector<SpocProgress>('spoc-progress[variant="steps"]')!;
    await waitUntil(() => steps.progress, 'the steps are drawn', { timeout: 10000 });
    const link = [...steps.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent!.includes('Communicating'))!;
    link.click();
    await waitUntil(() => visible()[0] === 'm2', 'module 2 is shown');
    expect(visible()).to.deep.equal(['m2']);
    expect(doc.activeElement!.id).to.equal('m2-title');

    // The pager at the end of a module goes on.
    doc.querySelector<HTMLAnchorElement>('#m2 .pager a[rel="next"]')!.click();
    await waitUntil(() => visible()[0] === 'm3', 'module 3 is shown');
    expect(doc.activeElement!.id).to.equal('m3-title');
    win.history.back();
    await waitUntil(() => visible()[0] === 'm2', 'back goes to module 2');

    // The English module 1 quiz: its content is English too.
    doc.querySelector<HTMLAnchorElement>('#m2 .pager a[rel="prev"]')!.click();
    await waitUntil(() => visible()[0] === 'm1', 'module 1 is shown');
    const quiz1 = doc.querySelector<SpocQuiz>('#m1 spoc-quiz')!;
    await quiz1.ready;
    await quiz1.updateComplete;
    const text = quiz1.shadowRoot!.textContent!;
    expect(text).to.contain('Which of these are team rituals?');
    expect(text).to.contain('Match each style with its description.');
    expect(text).not.to.match(/Quels|Associez|Complétez/);
    expect(await axeViolations(win)).to.deep.equal([]);
    frame.remove();
  });
});
