// Light and dark follow the host page: a light page stays readable with the OS in dark mode, a page
// (or a wrapper) that declares a dark color-scheme gets the dark palette.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import { uuid } from '../src/xapi/ids.js';

const definition = () => ({
  id: `quiz-${uuid()}`,
  title: 'Thème',
  questions: [{ id: 'q1', type: 'choice', prompt: 'Which one?', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correct: 'a' }],
});

/** The quiz's card: the part that paints the surface. */
const card = (quiz: SpocQuiz) => getComputedStyle(quiz.shadowRoot!.querySelector('[part~="base"]')!);

/** Relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

async function quizIn(scheme: string, background: string) {
  const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: ${scheme}; background: ${background}; padding: 1rem">
    <spoc-quiz .definition=${definition()}></spoc-quiz>
  </div>`);
  const quiz = wrapper.querySelector<SpocQuiz>('spoc-quiz')!;
  await quiz.ready;
  await quiz.updateComplete;
  return quiz;
}

describe('theming: the page decides light or dark', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('stays light on a light page when the OS is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const quiz = await quizIn('normal', '#ffffff');
    const style = card(quiz);
    expect(luminance(style.color), 'dark text').to.be.below(0.1);
    expect(luminance(style.backgroundColor), 'light surface').to.be.above(0.8);
    await expect(quiz).to.be.accessible();
  });

  it('turns dark inside a wrapper that declares color-scheme: dark', async () => {
    const quiz = await quizIn('dark', '#111827');
    const style = card(quiz);
    expect(luminance(style.color), 'light text').to.be.above(0.6);
    expect(style.backgroundColor).to.equal('rgb(31, 41, 51)');
    await expect(quiz).to.be.accessible();
  });

  it('follows the OS when the page says light dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await quizIn('light dark', '#111827');
    expect(luminance(getComputedStyle(dark).color)).to.be.above(0.6);
    await expect(dark).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    const light = await quizIn('light dark', '#ffffff');
    expect(luminance(getComputedStyle(light).color)).to.be.below(0.1);
  });

  it('lets tokens on a wrapper win over both palettes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: dark; --spoc-color-text: rgb(10, 20, 30); --spoc-color-surface: rgb(250, 250, 240)">
      <spoc-quiz .definition=${definition()}></spoc-quiz>
    </div>`);
    const quiz = wrapper.querySelector<SpocQuiz>('spoc-quiz')!;
    await quiz.ready;
    expect(card(quiz).color).to.equal('rgb(10, 20, 30)');
    expect(card(quiz).backgroundColor).to.equal('rgb(250, 250, 240)');
  });
});
