// Quiz benchmark: first render of a 200-question quiz on one page, then answering and checking
// every question, in Chromium. Prints medians of 5 runs; asserts nothing about speed.
import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import type { QuizDefinition } from '../src/components/quiz/quiz.schema.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function bigQuiz(run: number): QuizDefinition {
  return {
    id: `bench-${run}-${Date.now()}`,
    questions: Array.from({ length: 200 }, (_, i) => ({
      id: `q${i}`,
      type: 'choice' as const,
      prompt: `Question ${i + 1}: which option is right?`,
      choices: [
        { id: 'a', text: 'Option A' },
        { id: 'b', text: 'Option B' },
        { id: 'c', text: 'Option C' },
        { id: 'd', text: 'Option D' },
      ],
      correct: 'b',
    })),
  };
}

describe('quiz benchmark', () => {
  it('200 questions: first render, then answering all', async () => {
    const render: number[] = [];
    const answer: number[] = [];
    for (let run = 0; run < 5; run++) {
      const definition = bigQuiz(run);
      const start = performance.now();
      const quiz = await fixture<SpocQuiz>(html`<spoc-quiz .definition=${definition}></spoc-quiz>`);
      await quiz.ready;
      await quiz.updateComplete;
      render.push(performance.now() - start);
      const began = performance.now();
      for (const section of quiz.shadowRoot!.querySelectorAll<HTMLElement>('[part~="question"]')) {
        section.querySelector<HTMLInputElement>('input[value="b"]')!.click();
        await quiz.updateComplete;
        section.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
        await quiz.updateComplete;
      }
      answer.push(performance.now() - began);
      quiz.remove();
    }
    console.log(`quiz: first render of 200 questions, median ${median(render).toFixed(1)} ms`);
    console.log(`quiz: answering and checking 200 questions, median ${median(answer).toFixed(1)} ms (${(median(answer) / 200).toFixed(2)} ms per question)`);
  });
});
