// The drop-in distribution: dist/spoc-elements.bundle.js from plain HTML pages (no build step),
// under a strict Content-Security-Policy with Trusted Types required, and twice on one page.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SpocCapsule } from '../src/components/capsule/capsule.js';
import type { SpocProgress } from '../src/components/progress/progress.js';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import type { Statement } from '../src/xapi/statement.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { answerAll, check, part, pick, question } from './helpers/quiz-driver.js';
import { expectValidStatement } from './helpers/statements.js';

interface PageWatch {
  errors: string[];
  violations: string[];
  warnings: string[];
  /** When each tag was defined (performance.now() of the page). */
  defined: Record<string, number>;
}
type WatchedWindow = Window & { pageWatch: PageWatch };

const verbOf = (s: Statement) => s.verb.id.split('/').pop();
const cspReports = () => executeServerCommand<unknown[], undefined>('csp-reports');

/** Opens a page of tests/fixtures/bundle/ in an iframe (its own document, its own headers). */
async function openPage(name: string) {
  const frame = document.createElement('iframe');
  frame.title = name;
  frame.width = '1024';
  frame.height = '768';
  frame.src = `/tests/fixtures/bundle/${name}`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as WatchedWindow;
  const doc = frame.contentDocument!;
  const statements: Statement[] = [];
  doc.addEventListener('spoc-statement', (event) => statements.push((event as CustomEvent<{ statement: Statement }>).detail.statement));
  await waitUntil(() => win.customElements.get('spoc-quiz'), 'the bundle registered the elements', { timeout: 10000 });
  return { frame, win, doc, statements };
}

describe('dist/spoc-elements.bundle.js', function () {
  // The first request builds the bundle if it is missing or older than the sources.
  before(async function () {
    this.timeout(180000);
    await executeServerCommand('bundle-ready');
    await cspReports();
  });

  it('works under a strict CSP with Trusted Types required: a capsule and quizzes, no violation', async function () {
    this.timeout(60000);
    const response = await fetch('/tests/fixtures/bundle/strict-csp.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'").and.contain("style-src 'self'").and.contain("require-trusted-types-for 'script'");
    expect(policy).not.to.contain('unsafe');

    const { frame, win, doc, statements } = await openPage('strict-csp.html');
    const capsule = doc.querySelector<SpocCapsule>('spoc-capsule')!;
    const quiz = doc.querySelector<SpocQuiz>('#all-types')!;
    const rich = doc.querySelector<SpocQuiz>('#rich')!;
    const progress = doc.querySelector<SpocProgress>('spoc-progress')!;
    await Promise.all([capsule.ready, quiz.ready, rich.ready]);

    // Styles apply (adopted style sheets are allowed without 'unsafe-inline').
    const playButton = part(capsule, 'play-button')!;
    expect(win.getComputedStyle(playButton).cursor).to.equal('pointer');

    // The capsule: real playback, fast, to the end.
    const video = capsule.shadowRoot!.querySelector('video')!;
    await waitUntil(() => video.readyState >= 1, 'video metadata', { timeout: 10000 });
    const completed = oneEvent(capsule, 'spoc-complete');
    video.playbackRate = 8;
    playButton.click();
    await completed;
    // The watched range is drawn through the CSSOM (no style attribute, which the policy refuses).
    expect(capsule.shadowRoot!.querySelector<HTMLElement>('.seek-wrap')!.style.getPropertyValue('--_gradient')).to.contain('linear-gradient');

    // A quiz with every question type, played as a learner would.
    await answerAll(quiz, true);
    part(quiz, 'finish-button')!.click();
    await waitUntil(() => part(quiz, 'verdict')?.textContent?.includes('Passed'), 'the quiz result', { timeout: 10000 });

    // Rich text: DOMPurify runs under Trusted Types.
    await waitUntil(() => question(rich, 'q-rich').querySelector('b'), 'the sanitized prompt', { timeout: 10000 });
    expect(question(rich, 'q-rich').querySelector('a')!.getAttribute('href')).to.equal('https://example.com/feedback');
    await pick(rich, 'q-rich', 'true');
    await check(rich, 'q-rich');
    part(rich, 'finish-button')!.click();

    await waitUntil(() => progress.progress?.percent === 1, 'the progress reached 100 %', { timeout: 10000 });
    expect(progress.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('100');

    const verbs = statements.map(verbOf);
    // (`initialized` may come before this test listens: the video's metadata can load before `load`.)
    expect(verbs).to.include.members(['played', 'completed', 'attempted', 'answered', 'passed']);
    expect(statements.filter((s) => verbOf(s) === 'answered')).to.have.length(8);
    statements.forEach(expectValidStatement);
    await expectAcceptedByLrs(statements);

    // Nothing was refused, nothing threw.
    expect(win.pageWatch.errors).to.deep.equal([]);
    expect(win.pageWatch.violations).to.deep.equal([]);
    expect(await cspReports()).to.deep.equal([]);

    // The watch itself works: an HTML string sink is refused and reported.
    expect(() => {
      doc.createElement('div').innerHTML = '<b>not trusted</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => win.pageWatch.violations.length > 0, 'the violation event');
    expect(win.pageWatch.violations[0]).to.contain('require-trusted-types-for');
    let reports: unknown[] = [];
    await waitUntil(async () => (reports = await cspReports()).length > 0, 'the violation report', { timeout: 10000 });
    expect(JSON.stringify(reports[0])).to.contain('require-trusted-types-for');
    frame.remove();
  });

  it('hostile rich text under the strict CSP: nothing runs, nothing is reported', async function () {
    this.timeout(30000);
    const { frame, win, doc } = await openPage('strict-csp.html');
    await doc.querySelector<SpocQuiz>('#rich')!.ready;
    await cspReports();
    const rich = doc.createElement('spoc-quiz');
    rich.definition = {
      id: 'hostile',
      questions: [{
        id: 'q-hostile',
        type: 'true-false',
        prompt: 'Hostile',
        html:
          '<p>Safe <b>text</b><img src="/demo/media/m1.poster.jpg" onerror="window.pageWatch.errors.push(1)"><img/src="x"/ONLOAD=window.pageWatch.errors.push(4)>' +
          '<svg><circle onmouseover=\'window.pageWatch.errors.push(5)\'></circle></svg><script>window.pageWatch.errors.push(2)<' + '/script><a href="javascript:window.pageWatch.errors.push(3)">link</a></p>',
        correct: true,
      }],
    };
    doc.querySelector('spoc-course')!.append(rich);
    await waitUntil(() => rich.shadowRoot?.querySelector('[data-question="q-hostile"] b'), 'the sanitized prompt', { timeout: 10000 });
    const prompt = question(rich, 'q-hostile');
    expect(prompt.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    expect(prompt.querySelector('script')).to.equal(null);
    expect(prompt.querySelector('a')!.hasAttribute('href')).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.pageWatch.errors).to.deep.equal([]);
    expect(win.pageWatch.violations).to.deep.equal([]);
    expect(await cspReports()).to.deep.equal([]);
    frame.remove();
  });

  it('two copies of the bundle on one page: the first copy serves, the second only warns', async function () {
    this.timeout(60000);
    const { frame, win, doc, statements } = await openPage('two-copies.html');
    const quiz = doc.querySelector<SpocQuiz>('spoc-quiz')!;
    const progress = doc.querySelector<SpocProgress>('spoc-progress')!;
    await quiz.ready;
    // Each copy's loader imports the elements it finds from its own path: whichever defines a tag
    // first serves it; the other only warns (or, if it comes second, finds the tag defined and loads nothing).
    expect(win.pageWatch.warnings.every((warning) => warning.includes('already defined by another copy'))).to.equal(true);
    const scripts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(scripts).to.include('/second-copy/dist/spoc-elements.bundle.js');

    // In French (the page's language), every element works once: one statement per action.
    expect(quiz.shadowRoot!.textContent).to.contain('Vérifier');
    await answerAll(quiz, true);
    part(quiz, 'finish-button')!.click();
    await waitUntil(() => progress.progress?.percent === 1, 'the progress reached 100 %', { timeout: 10000 });
    expect(statements.map(verbOf).filter((verb) => verb !== 'progressed')).to.deep.equal([
      'attempted', 'answered', 'answered', 'answered', 'answered', 'answered', 'answered', 'answered', 'completed', 'passed', 'completed',
    ]);
    expect(new Set(statements.map((s) => s.id)).size).to.equal(statements.length);
    expect(win.pageWatch.errors).to.deep.equal([]);
    frame.remove();
  });

  it('the loader fetches only the chunks of the elements on the page, and finds elements added later in open shadow roots', async function () {
    this.timeout(60000);
    const { frame, win, doc } = await openPage('only-quiz.html');
    const quiz = doc.querySelector<SpocQuiz>('spoc-quiz')!;
    await quiz.ready;
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.textContent).to.contain('Vérifier');
    const loaded = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop()!);
    const chunks = loaded().filter((name) => name.endsWith('.js'));
    expect(chunks.some((name) => name.startsWith('spoc-quiz-')), chunks.join(' ')).to.equal(true);
    // <spoc-course> lives in the chunk every page shares (lit, zod, the xAPI core…).
    expect(chunks.some((name) => name.startsWith('spoc-core-')), chunks.join(' ')).to.equal(true);
    expect(win.customElements.get('spoc-course')).to.not.equal(undefined);
    // The quiz's definition: downloaded once, started by the loader while the quiz's chunk downloaded.
    const resources = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const definitions = resources.filter((entry) => entry.name.endsWith('/quiz-all-types.json'));
    expect(definitions.length, 'one download of the definition').to.equal(1);
    expect(definitions[0]!.startTime, 'requested before <spoc-quiz> was defined').to.be.below(win.pageWatch.defined['spoc-quiz']!);
    // Outside an LMS, no SCORM/cmi5 bridge; Chromium has the native sanitizer, so no DOMPurify.
    for (const unused of ['spoc-capsule-', 'spoc-certificate-', 'spoc-peer-review-', 'spoc-feedback-', 'spoc-scenario-', 'pdf-lib', 'spoc-lms-bridges-', 'spoc-purify']) {
      expect(chunks.some((name) => name.startsWith(unused)), `${unused} not loaded: ${chunks.join(' ')}`).to.equal(false);
    }

    // A widget with its own open shadow root, added after the page loaded, holding a progress view.
    const host = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<spoc-progress variant="ring" course-id="https://learn.example.com/courses/one-quiz"></spoc-progress>';
    doc.body.append(host);
    await waitUntil(() => win.customElements.get('spoc-progress'), 'the loader defined spoc-progress, found in a shadow root', { timeout: 10000 });
    expect(loaded().some((name) => name.startsWith('spoc-progress-'))).to.equal(true);
    // And a tag added later inside that shadow root (the widget renders more).
    host.shadowRoot!.append(doc.createElement('spoc-resource'));
    await waitUntil(() => win.customElements.get('spoc-resource'), 'a tag added inside the open shadow root is loaded', { timeout: 10000 });
    expect(win.pageWatch.errors).to.deep.equal([]);
    frame.remove();
  });
});
