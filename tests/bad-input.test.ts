// Careless and hostile input shared by every element: zod messages a person can read in both
// languages, JSON syntax errors located and localized, locale tags as backends write them, and
// rich text that cannot make the learner's browser fetch anything.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { sanitizer } from '../src/internal/sanitize.js';
import { safeUrl } from '../src/internal/url-policy.js';
import { uuid } from '../src/xapi/ids.js';

const choice = (id = 'q1') => ({
  id,
  type: 'choice',
  prompt: 'Which one?',
  choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }],
  correct: 'a',
});

/** Shows a quiz with `definition` (property) and returns the error view's lines once it renders. */
async function errorLines(definition: unknown, lang: string): Promise<{ quiz: SpocQuiz; lines: string[]; text: string }> {
  const quiz = await fixture<SpocQuiz>(html`<spoc-quiz lang=${lang} .definition=${definition}></spoc-quiz>`);
  await waitUntil(() => quiz.shadowRoot!.querySelector('[part="error"]'), 'the error view appears');
  const view = quiz.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
  const lines = [...view.querySelectorAll('li')].map((li) => li.textContent!.replace(/[ \t\n\r]+/g, ' ').trim());
  return { quiz, lines, text: view.textContent!.replace(/[ \t\n\r]+/g, ' ') };
}

describe('bad input: messages a person can read', () => {
  it('names NaN and Infinity instead of "expected a number, got a number"', async () => {
    const definition = { id: `quiz-${uuid()}`, questions: [{ ...choice(), weight: Number.NaN }, { ...choice('q2'), weight: Infinity }] };
    const { lines } = await errorLines(definition, 'en');
    expect(lines).to.include('questions[0].weight — expected a number, got NaN (not a number)');
    expect(lines).to.include('questions[1].weight — expected a number, got an infinite number');
    const fr = await errorLines(definition, 'fr');
    expect(fr.lines).to.include('questions[0].weight — attendu\u00a0: un nombre, reçu\u00a0: NaN (pas un nombre)');
  });

  it('says which types a text field accepts when it gets a number (not "matches none of the accepted forms")', async () => {
    const definition = { id: `quiz-${uuid()}`, title: 42, questions: [choice()] };
    const { lines } = await errorLines(definition, 'en');
    expect(lines).to.include('title — expected text or an object, got a number');
    const fr = await errorLines(definition, 'fr');
    expect(fr.lines).to.include('title — attendu\u00a0: du texte ou un objet, reçu\u00a0: un nombre');
    await expect(fr.quiz).to.be.accessible();
  });

  it('locates a JSON syntax error in the interface language, without the browser’s English message', async () => {
    const quiz = await fixture<SpocQuiz>(html`<spoc-quiz lang="fr"><script type="application/json">
{
  "id": "quiz-broken",
  "questions": [,]
}
</script></spoc-quiz>`);
    await waitUntil(() => quiz.shadowRoot!.querySelector('[part="error"]'), 'the error view appears');
    const text = quiz.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Les données ne sont pas du JSON valide');
    expect(text).to.contain('le texte JSON n’est pas valide ligne 4, colonne 17');
    expect(text).not.to.match(/Unexpected|position|token/i);
  });
});

describe('bad input: JSON error positions', () => {
  it('points at the first character JSON refuses', async () => {
    const { jsonErrorOffset, lineAndColumn } = await import('../src/internal/json-error-offset.js');
    const cases: Array<[string, number]> = [['{"a": 1,}', 8], ['{"a" 1}', 5], ['{"a": tru}', 9], ['', 0], ['{"a": "x', 8], ['[1, 2] x', 7], ['{"a": [1, {"b": -01}]}', 18], ['{"a":"\\q"}', 7]];
    for (const [text, offset] of cases) {
      expect(jsonErrorOffset(text), text).to.equal(offset);
      expect(() => JSON.parse(text), text).to.throw();
    }
    expect(lineAndColumn('{\n  "a": ,\n}', jsonErrorOffset('{\n  "a": ,\n}'))).to.deep.equal({ line: 2, column: 8 });
  });
});

describe('bad input: locale tags as backends write them', () => {
  for (const lang of ['en_US', 'fr_FR', ' fr-CA ', 'xx_not a tag']) {
    it(`lang="${lang}" shows the quiz in a language, with no uncaught error`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const quiz = await fixture<SpocQuiz>(html`<spoc-quiz lang=${lang} .definition=${{ id: `quiz-${uuid()}`, questions: [choice()] }}></spoc-quiz>`);
        await quiz.ready;
        await quiz.updateComplete;
        const shown = quiz.shadowRoot!.textContent!;
        expect(shown).to.contain('Which one?');
        expect(shown).not.to.contain('Loading');
        expect(shown).not.to.contain('Chargement');
        expect(shown).to.match(lang.includes('fr') ? /Vérifier|Valider/ : /Check/);
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  }
});

describe('bad input: one URL policy', () => {
  it('refuses script-bearing schemes however they are spelled, and keeps web and relative URLs', () => {
    for (const hostile of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '  javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
      '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '']) {
      expect(safeUrl(hostile), JSON.stringify(hostile)).to.equal(undefined);
      expect(safeUrl(hostile, 'media'), JSON.stringify(hostile)).to.equal(undefined);
    }
    expect(safeUrl('https://example.com/a?b#c')).to.equal('https://example.com/a?b#c');
    expect(safeUrl(' http://example.com/ ')).to.equal('http://example.com/');
    expect(safeUrl('module-2.html#quiz')).to.equal('module-2.html#quiz');
    expect(safeUrl('/courses/a')).to.equal('/courses/a');
    expect(safeUrl('//cdn.example.com/v.webm', 'media')).to.equal('//cdn.example.com/v.webm');
    expect(safeUrl('blob:https://example.com/1234', 'link')).to.equal(undefined);
    expect(safeUrl('blob:https://example.com/1234', 'media')).to.equal('blob:https://example.com/1234');
  });

  it('reports a refused URL in a definition with its path', async () => {
    const definition = { id: `quiz-${uuid()}`, questions: [choice()] };
    const { linkUrlSchema } = await import('../src/internal/validation.js');
    expect(linkUrlSchema.safeParse('java\tscript:alert(1)').success).to.equal(false);
    expect(linkUrlSchema.safeParse('https://example.com').success).to.equal(true);
    expect(definition.id).to.match(/^quiz-/);
  });
});

const HOSTILE_RICH = [
  '<b id="kept-b">bold</b> <a id="kept-a" href="https://example.com/doc" target="_blank">doc</a> <img id="kept-img" alt="logo" src="/tests/fixtures/capsule.webm">',
  '<img src=x alt="" onerror="window.__richPwned=1"><script>window.__richPwned=1</script>',
  '<a id="data" href="data:text/html,<b>x</b>">d</a><a id="js" href="javascript:window.__richPwned=1">x</a><a id="js2" href=" JaVa\tScript:window.__richPwned=1">y</a>',
  '<form><input name=a><button formaction="javascript:1">go</button></form><iframe src="https://example.com"></iframe><style>p{}</style>',
  '<p style="background:url(/pixel.png)" id="styled">s</p><svg><script>window.__richPwned=1</script></svg>',
].join('');

for (const native of [true, false]) {
  describe(`bad input: rich text through ${native ? 'the browser’s own sanitizer (setHTML)' : 'DOMPurify'}`, () => {
    let before: boolean;
    beforeEach(() => {
      before = sanitizer.native;
      sanitizer.native = native;
    });
    afterEach(() => {
      sanitizer.native = before;
    });
    it('keeps formatting, links and images; removes scripts, handlers, script links, forms, frames and fetching styles', async () => {
      if (native) expect(typeof (Element.prototype as unknown as { setHTML?: unknown }).setHTML, 'this Chromium has setHTML').to.equal('function');
      const quiz = await fixture<SpocQuiz>(html`<spoc-quiz .definition=${{ id: `quiz-${uuid()}`, questions: [{ ...choice(), html: HOSTILE_RICH }] }}></spoc-quiz>`);
      await waitUntil(() => quiz.shadowRoot!.querySelector('#kept-b'), 'the rich prompt is shown');
      // The rich fragment's container (the quiz's own inputs and buttons are elsewhere).
      const root = quiz.shadowRoot!.querySelector('#kept-b')!.parentElement!;
      expect(root.querySelector('#kept-a')!.getAttribute('href')).to.equal('https://example.com/doc');
      expect(root.querySelector('#kept-img')!.getAttribute('alt')).to.equal('logo');
      expect(root.querySelectorAll('script, iframe, form, input, button[formaction], style').length).to.equal(0);
      expect([...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name))).to.deep.equal([]);
      for (const id of ['js', 'js2', 'data']) expect(root.querySelector(`#${id}`)?.getAttribute('href') ?? null, id).to.equal(null);
      expect(root.querySelector('#styled')!.hasAttribute('style')).to.equal(false);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as unknown as { __richPwned?: number }).__richPwned).to.equal(undefined);
      await expect(quiz).to.be.accessible();
    });
  });
}

describe('bad input: rich text fetches nothing', () => {
  it('drops styles that load a URL and keeps harmless ones', async () => {
    const marker = `pixel-${uuid()}`;
    const definition = {
      id: `quiz-${uuid()}`,
      questions: [{
        ...choice(),
        html: `<p id="tracked" style="background:url(/${marker}.png)">Tracked</p><p id="escaped" style="background:u\\72l(/${marker}-2.png)">Escaped</p><p id="kept" style="color: rgb(200, 0, 0)">Kept</p>`,
      }],
    };
    const quiz = await fixture<SpocQuiz>(html`<spoc-quiz .definition=${definition}></spoc-quiz>`);
    await waitUntil(() => quiz.shadowRoot!.querySelector('#kept'), 'the rich prompt is sanitized and shown');
    expect(quiz.shadowRoot!.querySelector('#tracked')!.hasAttribute('style')).to.equal(false);
    expect(quiz.shadowRoot!.querySelector('#escaped')!.hasAttribute('style')).to.equal(false);
    expect(quiz.shadowRoot!.querySelector('#kept')!.getAttribute('style')).to.contain('color');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes(marker))).to.equal(false);
  });
});

describe('bad input: spoc-error for every refused definition', () => {
  it('fires spoc-error with the localized issues', async () => {
    const quiz = document.createElement('spoc-quiz') as SpocQuiz;
    quiz.lang = 'fr';
    quiz.definition = { id: 'x', questions: [{ ...choice(), weight: -1 }] } as never; // invalid on purpose
    const error = oneEvent(quiz, 'spoc-error') as Promise<SpocErrorEvent>;
    document.body.append(quiz);
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-definition');
    expect(detail.issues![0]!.path).to.equal('questions[0].weight');
    quiz.remove();
  });
});

describe('bad input: the course definition', () => {
  it('refuses a module link that is not https, http or relative, and a date that is not a date, with their paths', async () => {
    const { courseDefinitionSchema } = await import('../src/course/course.schema.js');
    const result = courseDefinitionSchema.safeParse({
      title: 'C',
      modules: [
        { id: 'm1', title: 'M1', url: ' JaVa\tScript:alert(1)', activities: [{ id: 'q', type: 'quiz', role: 'diagnostic', competency: 'feedback' }] },
        { id: 'm2', title: 'M2', url: 'module-2.html', opensAt: '2026-12-07', dueAt: 'next week', activities: [{ id: 'r', type: 'resource' }] },
      ],
    });
    expect(result.success).to.equal(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    expect(issues).to.deep.equal(['modules.0.url unsafe-url', 'modules.1.dueAt not-a-date']);
  });
});

describe('bad input: accented e-mail addresses', () => {
  it('a learner whose address has accents gets statements the real LRS accepts, and the same identity everywhere', async () => {
    const { resolveActor, agentKey } = await import('../src/xapi/actor.js');
    const { expectAcceptedByLrs } = await import('./helpers/lrs.js');
    const email = `chloé.${uuid().slice(0, 8)}@société.example`;
    const actor = resolveActor({ email, name: 'Chloé' });
    expect(actor.mbox).to.equal(`mailto:chlo%C3%A9.${email.slice(6, 14)}@xn--socit-esab.example`);
    expect(agentKey(resolveActor({ email: ` mailto:${email} ` }))).to.equal(agentKey(actor));
    const quiz = await fixture<SpocQuiz>(html`<spoc-course course-id="https://learn.example.com/courses/accents" learner-email=${email} learner-name="Chloé">
      <spoc-quiz .definition=${{ id: `quiz-${uuid()}`, questions: [choice()] }}></spoc-quiz></spoc-course>`).then((course) => course.querySelector('spoc-quiz')!);
    await quiz.ready;
    const statements: import('../src/xapi/statement.js').Statement[] = [];
    quiz.addEventListener('spoc-statement', (event) => statements.push(event.detail.statement));
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[value="a"]')!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
    await waitUntil(() => statements.some((s) => s.verb.id.endsWith('answered')), 'the answer is recorded');
    expect(statements[0]!.actor.mbox).to.equal(actor.mbox);
    await expectAcceptedByLrs(statements);
  });
});
