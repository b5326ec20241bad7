import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import { act } from 'react';
import { SpocCourse, SpocProgress, SpocQuiz } from '../src/react/index.js';
import type { QuizDefinition } from '../src/components/quiz/quiz.schema.js';
import type { SpocCompleteEvent } from '../src/events/spoc-complete.js';
import type { SpocStatementEvent } from '../src/events/spoc-statement.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import type { Statement } from '../src/xapi/statement.js';
import { uuid } from '../src/xapi/ids.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { expectValidStatement } from './helpers/statements.js';
import { check, part, pick } from './helpers/quiz-driver.js';

// React's `act` warns unless the page says it is a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const COURSE = 'https://learn.example.com/courses/react-embed';
const allTypes: QuizDefinition = await (await fetch(new URL('./fixtures/quiz-all-types.json', import.meta.url))).json();
const oneQuestion = (): QuizDefinition => ({ id: `quiz-${uuid()}`, passScore: 0.5, questions: [allTypes.questions[0]!] });

/** Renders a React tree into a fresh container; returns the container and an unmount. */
async function render(tree: React.ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = ReactDOMClient.createRoot(container);
  await act(async () => root.render(tree));
  return {
    container,
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

describe('spoc-elements/react', () => {
  it('renders a quiz through the wrapper, passes the definition as a property and calls onSpocComplete', async () => {
    const definition = oneQuestion();
    const completions: SpocCompleteEvent[] = [];
    const statements: Statement[] = [];
    const { container, unmount } = await render(
      React.createElement(
        SpocCourse,
        {
          courseId: COURSE,
          learnerEmail: `react-${uuid()}@example.com`,
          lang: 'fr',
          onSpocStatement: (event: SpocStatementEvent) => statements.push(event.detail.statement),
        },
        React.createElement(SpocQuiz, { definition, module: 'm1', onSpocComplete: (event: SpocCompleteEvent) => completions.push(event) }),
      ),
    );
    const quiz = container.querySelector('spoc-quiz')!;
    expect(quiz.definition, 'an object prop is set as a property, not an attribute').to.equal(definition);
    await quiz.ready;
    await quiz.updateComplete;
    // The learner sees the quiz in French and answers it.
    expect(quiz.shadowRoot!.textContent).to.contain('Vérifier');
    await pick(quiz, 'q-choice', 'a');
    await check(quiz, 'q-choice');
    part(quiz, 'finish-button')!.click();
    await waitUntil(() => completions.length === 1, 'onSpocComplete was called');

    expect(completions[0]!.type).to.equal('spoc-complete');
    expect(completions[0]!.detail).to.include({ passed: true, attempt: 1 });
    expect(completions[0]!.detail.score).to.deep.equal({ raw: 1, min: 0, max: 1, scaled: 1 });
    expect(statements.map((s) => s.verb.id.split('/').pop())).to.deep.equal(['attempted', 'answered', 'completed', 'passed']);
    statements.forEach(expectValidStatement);
    await expectAcceptedByLrs(statements);
    await unmount();
  });

  it('a new handler prop replaces the old listener (no double calls after a re-render)', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = ReactDOMClient.createRoot(container);
    const first: string[] = [];
    const second: string[] = [];
    const tree = (onSpocError: (event: SpocErrorEvent) => void) =>
      React.createElement(SpocQuiz, { src: '/does-not-exist.json', onSpocError });
    await act(async () => root.render(tree((e) => first.push(e.detail.code))));
    await act(async () => root.render(tree((e) => second.push(e.detail.code))));
    const quiz = container.querySelector('spoc-quiz')!;
    await waitUntil(() => second.length === 1, 'the current handler got the error');
    expect(first).to.deep.equal([]);
    await quiz.updateComplete;
    expect(part(quiz, 'error')!.getAttribute('role')).to.equal('alert');
    await act(async () => root.unmount());
    container.remove();
  });

  it('a progress wrapper reports changes through onSpocProgressChange', async () => {
    const changes: number[] = [];
    const { container, unmount } = await render(
      React.createElement(SpocProgress, {
        courseId: `${COURSE}/${uuid()}`,
        definition: { title: 'Un', modules: [{ id: 'm1', title: 'Un', activities: [{ id: 'q', type: 'quiz' }] }] },
        learnerEmail: `react-${uuid()}@example.com`,
        onSpocProgressChange: (event) => changes.push(event.detail.progress.percent),
      }),
    );
    await waitUntil(() => changes.length > 0, 'the first progress was reported');
    expect(changes[0]).to.equal(0);
    expect(container.querySelector('spoc-progress')!.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('0');
    await unmount();
  });
});
