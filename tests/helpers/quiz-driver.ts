// Plays a <spoc-quiz> as a learner would: real clicks and key presses in Chromium.
import { sendKeys } from '@web/test-runner-commands';
import type { SpocQuiz } from '../../src/components/quiz/quiz.js';

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

export function question(el: SpocQuiz, id: string): HTMLElement {
  const section = el.shadowRoot!.querySelector<HTMLElement>(`[data-question="${id}"]`);
  if (!section) throw new Error(`question ${id} is not shown`);
  return section;
}

/** Clicks the choice whose value is `value` (a choice id, `true` / `false`). */
export async function pick(el: SpocQuiz, id: string, value: string): Promise<void> {
  const input = question(el, id).querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (!input) throw new Error(`no choice "${value}" in ${id}`);
  input.click();
  await el.updateComplete;
}

/** Focuses a text field and types into it with real key presses. */
export async function type(el: SpocQuiz, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

export async function check(el: SpocQuiz, id: string): Promise<void> {
  question(el, id).querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
  await el.updateComplete;
}

/** Puts a sequencing question in `order` with its move buttons. */
export async function order(el: SpocQuiz, id: string, wanted: string[]): Promise<void> {
  for (let target = 0; target < wanted.length; target++) {
    for (;;) {
      const items = [...question(el, id).querySelectorAll<HTMLElement>('[part~="sequence-item"]')];
      const index = items.findIndex((item) => item.dataset['id'] === wanted[target]);
      if (index === target) break;
      items[index]!.querySelector<HTMLButtonElement>('[data-move="up"]')!.click();
      await el.updateComplete;
    }
  }
}

/** Chooses a target (by id) for each matching source, in order. */
export async function match(el: SpocQuiz, id: string, targets: string[]): Promise<void> {
  const selects = [...question(el, id).querySelectorAll('select')];
  targets.forEach((target, i) => {
    const select = selects[i]!;
    select.value = target;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await el.updateComplete;
}

/** Answers every question of the all-types fixture; `right` chooses right or wrong answers. */
export async function answerAll(el: SpocQuiz, right: boolean): Promise<void> {
  await pick(el, 'q-choice', right ? 'a' : 'b');
  await check(el, 'q-choice');
  await pick(el, 'q-multi', 'daily');
  await pick(el, 'q-multi', right ? 'retro' : 'audit');
  await check(el, 'q-multi');
  await pick(el, 'q-tf', right ? 'true' : 'false');
  await check(el, 'q-tf');
  const gaps = [...question(el, 'q-fill').querySelectorAll('input')];
  await type(el, gaps[0]!, right ? 'Spécifique' : 'vague');
  await type(el, gaps[1]!, 'factuel');
  await check(el, 'q-fill');
  await type(el, question(el, 'q-num').querySelector('input')!, right ? '12,5' : '30');
  await check(el, 'q-num');
  await order(el, 'q-seq', right ? ['prepare', 'listen', 'agree'] : ['agree', 'listen', 'prepare']);
  await check(el, 'q-seq');
  await match(el, 'q-match', right ? ['decides', 'involves'] : ['involves', 'decides']);
  await check(el, 'q-match');
}
