import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import type { QuizDefinition } from '../src/components/quiz/quiz.schema.js';
import type { SpocAnswerEvent } from '../src/events/spoc-answer.js';
import type { SpocCompleteEvent } from '../src/events/spoc-complete.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { uuid } from '../src/xapi/ids.js';
import { decodeResponse, matchesPattern } from '../src/xapi/interactions.js';
import type { Activity, Statement } from '../src/xapi/statement.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { answerAll, check, match, part, parts, pick, question, type } from './helpers/quiz-driver.js';
import { collectStatements, expectValidStatement } from './helpers/statements.js';

const allTypes: QuizDefinition = await (await fetch(new URL('./fixtures/quiz-all-types.json', import.meta.url))).json();
const COURSE = 'https://learn.example.com/courses/optimanager';

/** A quiz inside a course with a fresh learner (fresh registration and saved state). */
async function quizInCourse(definition: unknown, options: { email?: string; lang?: string; attrs?: Record<string, string> } = {}) {
  const email = options.email ?? `learner-${uuid()}@example.com`;
  const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${email} lang=${options.lang ?? ''}>
    <spoc-quiz module="m1" .definition=${definition}></spoc-quiz>
  </spoc-course>`);
  const quiz = course.querySelector('spoc-quiz')!;
  for (const [name, value] of Object.entries(options.attrs ?? {})) quiz.setAttribute(name, value);
  await quiz.ready;
  await quiz.updateComplete;
  return { course, quiz, email };
}

const single = (overrides: Partial<QuizDefinition> = {}): QuizDefinition => ({
  id: `quiz-${uuid()}`,
  questions: [allTypes.questions[0]!, allTypes.questions[2]!],
  ...overrides,
});

/** Answers and checks both questions of a `single()` quiz, then finishes the attempt. */
async function playSingle(quiz: SpocQuiz, answers: { choice: string; tf: string }) {
  await pick(quiz, 'q-choice', answers.choice);
  await check(quiz, 'q-choice');
  await pick(quiz, 'q-tf', answers.tf);
  await check(quiz, 'q-tf');
  part(quiz, 'finish-button')!.click();
  await quiz.updateComplete;
}

describe('<spoc-quiz>', () => {
  describe('playing every question type (xAPI)', () => {
    it('a right attempt: feedback, results, events and statements the real LRS accepts', async () => {
      const { statements, stop } = collectStatements();
      const { quiz } = await quizInCourse(allTypes);
      const answers: SpocAnswerEvent['detail'][] = [];
      quiz.addEventListener('spoc-answer', (e) => answers.push(e.detail));

      await answerAll(quiz, true);
      expect(parts(quiz, 'question').filter((q) => !q.querySelector('[part~="feedback-correct"]')).map((q) => q.dataset['question'] + ': ' + q.textContent!.replace(/\s+/g, ' '))).to.deep.equal([]);
      expect(question(quiz, 'q-choice').textContent).to.contain('Well done.');
      const completed = oneEvent(quiz, 'spoc-complete') as Promise<SpocCompleteEvent>;
      part(quiz, 'finish-button')!.click();
      const { detail } = await completed;
      stop();

      expect(detail).to.include({ passed: true, attempt: 1 });
      expect(detail.score).to.deep.equal({ raw: 7, min: 0, max: 7, scaled: 1 });
      expect(detail.duration).to.match(/^PT/);
      expect(answers.map((a) => a.questionId)).to.deep.equal(['q-choice', 'q-multi', 'q-tf', 'q-fill', 'q-num', 'q-seq', 'q-match']);
      expect(answers.every((a) => a.correct)).to.equal(true);
      await quiz.updateComplete;
      expect(part(quiz, 'score')!.textContent).to.contain('7 / 7');
      expect(part(quiz, 'verdict')!.textContent).to.contain('Passed');

      expect(statements.map((s) => s.verb.id.split('/').pop())).to.deep.equal([
        'attempted', 'answered', 'answered', 'answered', 'answered', 'answered', 'answered', 'answered', 'completed', 'passed',
      ]);
      statements.forEach(expectValidStatement);
      const quizId = `${COURSE}/quiz/quiz-m1`;
      const [attempted, ...rest] = statements;
      expect((attempted!.object as Activity).id).to.equal(quizId);
      expect((attempted!.object as Activity).definition?.type).to.equal('http://adlnet.gov/expapi/activities/assessment');
      expect((attempted!.object as Activity).definition?.name).to.deep.equal({ fr: 'Quiz : le rôle du manager', en: "Quiz: the manager's role" });
      const answered = rest.slice(0, 7);
      for (const s of answered) {
        const object = s.object as Activity;
        expect(object.id.startsWith(`${quizId}/question/`)).to.equal(true);
        expect(object.definition?.type).to.equal('http://adlnet.gov/expapi/activities/cmi.interaction');
        expect(s.context?.contextActivities?.parent?.[0]?.id).to.equal(quizId);
        expect(s.context?.contextActivities?.grouping?.map((a) => a.id)).to.deep.equal([COURSE, `${COURSE}/module/m1`]);
        expect(s.result?.success).to.equal(true);
        expect(s.context?.language).to.equal('fr');
      }
      const byQuestion = (id: string) => answered.find((s) => (s.object as Activity).id.endsWith(`/question/${id}`))!;
      const multi = byQuestion('q-multi');
      expect((multi.object as Activity).definition).to.include({ interactionType: 'choice' });
      expect((multi.object as Activity).definition?.correctResponsesPattern).to.deep.equal(['daily[,]retro']);
      expect((multi.object as Activity).definition?.choices?.[0]).to.deep.equal({ id: 'daily', description: { fr: 'Le point quotidien' } });
      expect(decodeResponse('choice', multi.result!.response!)).to.have.members(['daily', 'retro']);
      expect(byQuestion('q-tf').result?.response).to.equal('true');
      expect(byQuestion('q-fill').result?.response).to.equal('Spécifique[,]factuel');
      expect((byQuestion('q-fill').object as Activity).definition?.correctResponsesPattern?.[0]).to.equal('{case_matters=false}{lang=fr}précis[,]{lang=fr}factuel');
      expect(byQuestion('q-num').result?.response).to.equal('12.5');
      expect((byQuestion('q-num').object as Activity).definition?.correctResponsesPattern).to.deep.equal(['10[:]15']);
      expect(byQuestion('q-seq').result?.response).to.equal('prepare[,]listen[,]agree');
      expect(byQuestion('q-match').result?.response).to.equal('directive[.]decides[,]participative[.]involves');
      const completedStatement = statements.find((s) => s.verb.id.endsWith('/completed'))!;
      expect(completedStatement.result).to.deep.include({ completion: true, success: true, score: { raw: 7, min: 0, max: 7, scaled: 1 } });
      await expectAcceptedByLrs(statements);
    });

    it('a wrong attempt: incorrect and partial feedback, the right answer shown, failed', async () => {
      const { statements, stop } = collectStatements();
      const { quiz } = await quizInCourse(allTypes);
      await answerAll(quiz, false);
      expect(parts(quiz, 'question').filter((q) => !q.querySelector('[part~="feedback-incorrect"]')).map((q) => q.dataset['question'])).to.deep.equal(['q-fill']);
      expect(parts(quiz, 'feedback-partial').length).to.equal(1);
      expect(question(quiz, 'q-fill').textContent).to.contain('Partly correct (50%)');
      expect(question(quiz, 'q-choice').textContent).to.contain('Watch the capsule again.');
      expect(question(quiz, 'q-choice').querySelector('[part~="solution"]')!.textContent).to.contain('Make the team succeed');
      expect(question(quiz, 'q-num').querySelector('[part~="solution"]')!.textContent).to.contain('10 – 15');
      await expect(quiz).to.be.accessible();
      const completed = oneEvent(quiz, 'spoc-complete') as Promise<SpocCompleteEvent>;
      part(quiz, 'finish-button')!.click();
      const { detail } = await completed;
      stop();
      expect(detail.passed).to.equal(false);
      expect(detail.score?.raw).to.equal(0.5);
      expect(detail.score?.scaled).to.equal(0.0714);
      expect(statements.at(-1)!.verb.id).to.equal('http://adlnet.gov/expapi/verbs/failed');
      expect(statements.filter((s) => s.verb.id.endsWith('/answered')).map((s) => s.result?.success)).to.deep.equal([false, false, false, false, false, false, false]);
      statements.forEach(expectValidStatement);
      await expectAcceptedByLrs(statements);
    });

    it('asks for an answer before checking, and refuses a number that is not one', async () => {
      const { quiz } = await quizInCourse(allTypes);
      await check(quiz, 'q-choice');
      expect(question(quiz, 'q-choice').querySelector('[role="status"]')!.textContent).to.contain('Give an answer before checking it.');
      await type(quiz, question(quiz, 'q-num').querySelector('input')!, 'douze');
      await check(quiz, 'q-num');
      expect(question(quiz, 'q-num').textContent).to.contain('Enter a number');
      expect(question(quiz, 'q-num').querySelector('[part~="feedback"]')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('answers a choice, a sequence and a matching question with the keyboard only', async () => {
      const definition = { id: `kb-${uuid()}`, questions: [allTypes.questions[0], allTypes.questions[5], allTypes.questions[6]] };
      const { quiz } = await quizInCourse(definition);
      // Choice: focus the first radio, arrow to the right one.
      const radios = [...question(quiz, 'q-choice').querySelectorAll('input')];
      radios[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await quiz.updateComplete;
      expect(radios[0]!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      expect(question(quiz, 'q-choice').querySelector('[part~="feedback-correct"]')).to.not.equal(null);

      // Sequencing: move buttons, pressed with Enter.
      for (let guard = 0; guard < 10; guard++) {
        const ids = [...question(quiz, 'q-seq').querySelectorAll<HTMLElement>('[part~="sequence-item"]')].map((li) => li.dataset['id']);
        if (ids.join() === 'prepare,listen,agree') break;
        const wanted = ['prepare', 'listen', 'agree'];
        const wrong = ids.findIndex((id, i) => id !== wanted[i]);
        const from = ids.indexOf(wanted[wrong]!);
        question(quiz, 'q-seq').querySelectorAll<HTMLButtonElement>('[data-move="up"]')[from]!.focus();
        await sendKeys({ press: 'Enter' });
        await quiz.updateComplete;
      }
      await check(quiz, 'q-seq');
      expect(question(quiz, 'q-seq').querySelector('[part~="feedback-correct"]')).to.not.equal(null);

      // Matching: each select by keyboard.
      const selects = [...question(quiz, 'q-match').querySelectorAll('select')];
      selects[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await quiz.updateComplete;
      expect(selects[0]!.selectedIndex).to.be.greaterThan(0);
      await match(quiz, 'q-match', ['decides', 'involves']);
      await check(quiz, 'q-match');
      expect(question(quiz, 'q-match').querySelector('[part~="feedback-correct"]')).to.not.equal(null);
    });
  });

  describe('attempts, shuffle and resume', () => {
    it('retries until the attempts run out', async () => {
      const { statements, stop } = collectStatements();
      const { quiz } = await quizInCourse(single({ attempts: 2, passScore: 1 }));
      await playSingle(quiz, { choice: 'b', tf: 'true' });
      await quiz.updateComplete;
      expect(quiz.shadowRoot!.activeElement).to.equal(part(quiz, 'results')!.querySelector('h3'));
      expect(part(quiz, 'results')!.textContent).to.contain('1 attempt left');
      part(quiz, 'retry-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      await quiz.updateComplete;
      expect(quiz.shadowRoot!.activeElement).to.equal(parts(quiz, 'question')[0]!.querySelector('input'));
      expect(part(quiz, 'header')!.textContent).to.contain('Attempt 2 of 2');
      expect(parts(quiz, 'feedback').length).to.equal(0);
      await playSingle(quiz, { choice: 'a', tf: 'true' });
      stop();
      expect(part(quiz, 'verdict')!.textContent).to.contain('Passed');
      expect(part(quiz, 'retry-button')).to.equal(null);
      expect(part(quiz, 'results')!.textContent).to.contain('No attempts left.');
      const verbs = statements.map((s) => s.verb.id.split('/').pop());
      expect(verbs.filter((v) => v === 'attempted').length).to.equal(2);
      expect(verbs.slice(-2)).to.deep.equal(['completed', 'passed']);
      expect(statements.filter((s) => s.verb.id.endsWith('/failed')).length).to.equal(1);
      await expect(quiz).to.be.accessible();
    });

    it('shows the same shuffled order after a reload, and resumes answers in progress', async () => {
      const definition = { ...allTypes, id: `shuffle-${uuid()}`, shuffleQuestions: true, shuffleChoices: true };
      const first = await quizInCourse(definition);
      const orderOf = (quiz: SpocQuiz) => parts(quiz, 'question').map((q) => q.dataset['question']);
      const choicesOf = (quiz: SpocQuiz) => [...question(quiz, 'q-choice').querySelectorAll('input')].map((i) => i.value);
      const shownOrder = orderOf(first.quiz);
      const shownChoices = choicesOf(first.quiz);
      await pick(first.quiz, 'q-choice', 'a');
      await check(first.quiz, 'q-choice');
      await type(first.quiz, question(first.quiz, 'q-fill').querySelector('input')!, 'précis');
      // Let the saved attempt reach IndexedDB, then "reload": a new element for the same learner.
      await new Promise((r) => setTimeout(r, 50));
      first.course.remove();

      const again = await quizInCourse(definition, { email: first.email });
      expect(orderOf(again.quiz)).to.deep.equal(shownOrder);
      expect(choicesOf(again.quiz)).to.deep.equal(shownChoices);
      expect(question(again.quiz, 'q-choice').querySelector('[part~="feedback-correct"]')).to.not.equal(null);
      expect(question(again.quiz, 'q-fill').querySelector('input')!.value).to.equal('précis');
      expect(part(again.quiz, 'header')!.textContent).to.contain('1 of 7 answered');
      // Another learner gets their own order (seeded per learner).
      const other = await quizInCourse(definition);
      expect([orderOf(other.quiz), choicesOf(other.quiz)]).to.not.deep.equal([shownOrder, shownChoices]);
    });

    it('one question per page with previous / next', async () => {
      const { quiz } = await quizInCourse(single({ layout: 'paged' }));
      expect(parts(quiz, 'question').length).to.equal(1);
      await pick(quiz, 'q-choice', 'a');
      await check(quiz, 'q-choice');
      parts(quiz, 'nav-button').find((b) => b.textContent!.includes('Next'))!.click();
      await quiz.updateComplete;
      expect(parts(quiz, 'question')[0]!.dataset['question']).to.equal('q-tf');
      await pick(quiz, 'q-tf', 'true');
      await check(quiz, 'q-tf');
      expect(part(quiz, 'finish-button')).to.not.equal(null);
    });
  });

  describe('time limit', () => {
    it('counts down from the start and scores what was answered when time runs out', async () => {
      let now = Date.UTC(2026, 10, 23, 9, 0, 0);
      const { statements, stop } = collectStatements();
      const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${`t-${uuid()}@example.com`}>
        <spoc-quiz .definition=${single({ timeLimit: 120, passScore: 0.5 })}></spoc-quiz>
      </spoc-course>`);
      const quiz = course.querySelector('spoc-quiz')!;
      quiz.clock = { now: () => now };
      await quiz.ready;
      await quiz.updateComplete;
      expect(part(quiz, 'base')!.textContent).to.contain('You have 2 minutes to answer');
      expect(part(quiz, 'question')).to.equal(null);
      part(quiz, 'start-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      await quiz.updateComplete;
      // The start button is gone: focus is on the first question, not on <body>.
      expect(quiz.shadowRoot!.activeElement).to.equal(part(quiz, 'prompt'));
      expect(part(quiz, 'timer')!.textContent).to.contain('2:00');
      await pick(quiz, 'q-choice', 'a');
      await check(quiz, 'q-choice');
      now += 61_000;
      quiz.requestUpdate();
      await quiz.updateComplete;
      expect(part(quiz, 'timer')!.textContent).to.contain('0:59');
      await expect(quiz).to.be.accessible();
      const completed = oneEvent(quiz, 'spoc-complete') as Promise<SpocCompleteEvent>;
      now += 60_000;
      quiz.requestUpdate();
      const { detail } = await completed;
      stop();
      expect(detail.score?.raw).to.equal(1);
      expect(detail.passed).to.equal(true);
      expect(detail.duration).to.equal('PT2M1S');
      await quiz.updateComplete;
      expect(part(quiz, 'results')!.textContent).to.contain('Time is up');
      expect(statements.map((s) => s.verb.id.split('/').pop())).to.deep.equal(['attempted', 'answered', 'completed', 'passed']);
    });
  });

  describe('standalone and attributes', () => {
    it('works with no course, from an inline JSON script, with pass-score from the attribute', async () => {
      const { statements, stop } = collectStatements();
      const quiz = await fixture<SpocQuiz>(html`<spoc-quiz pass-score="1"
        ><script type="application/json">
          ${JSON.stringify(single({ id: `alone-${uuid()}` }))}
        </script></spoc-quiz
      >`);
      await waitUntil(() => quiz.quiz, 'definition read');
      await quiz.ready;
      await quiz.updateComplete;
      await playSingle(quiz, { choice: 'a', tf: 'false' });
      stop();
      expect(part(quiz, 'verdict')!.textContent).to.contain('Not passed');
      const object = statements[0]!.object as Activity;
      expect(object.id).to.equal(`${location.origin}${location.pathname}#quiz/${quiz.quiz!.id}`);
      expect(statements[0]!.actor.account?.homePage).to.equal(location.origin);
      statements.forEach(expectValidStatement);
      await expectAcceptedByLrs(statements);
    });

    it('loads from src and uses activity-id when given', async () => {
      const { statements, stop } = collectStatements();
      const quiz = await fixture<SpocQuiz>(html`<spoc-quiz activity-id="https://example.com/quiz/custom-${uuid()}" src=${new URL('./fixtures/quiz-all-types.json', import.meta.url).href}></spoc-quiz>`);
      await quiz.ready;
      await quiz.updateComplete;
      expect(parts(quiz, 'question').length).to.equal(7);
      await pick(quiz, 'q-tf', 'true');
      stop();
      expect((statements[0]!.object as Activity).id).to.equal(quiz.activityId);
    });
  });

  describe('several on one page', () => {
    it('two quizzes under a site header: no second banner, no question landmarks, distinct results regions', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <header><p>Intranet</p></header>
        <spoc-course course-id=${COURSE} learner-email=${`learner-${uuid()}@example.com`}>
          <spoc-quiz module="m1" .definition=${single({ title: 'Quiz 1' })}></spoc-quiz>
          <spoc-quiz module="m2" .definition=${single({ title: 'Quiz 2' })}></spoc-quiz>
        </spoc-course>
      </div>`);
      const quizzes = [...page.querySelectorAll('spoc-quiz')];
      await Promise.all(quizzes.map((quiz) => quiz.ready));
      for (const quiz of quizzes) {
        await playSingle(quiz, { choice: 'a', tf: 'true' });
      }
      expect(quizzes.map((quiz) => part(quiz, 'results')!.getAttribute('aria-label'))).to.deep.equal(['Your results — Quiz 1', 'Your results — Quiz 2']);
      await expect(page).to.be.accessible();
      // The landmark rules look at the whole document (axe is on the page since `accessible()`).
      const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string }> }> } };
      const { violations } = await axe.run(document, { runOnly: ['landmark-no-duplicate-banner', 'landmark-unique'] });
      expect(violations.map((violation) => violation.id)).to.deep.equal([]);
    });
  });

  describe('localization', () => {
    it('speaks French and stays accessible', async () => {
      const { quiz } = await quizInCourse(allTypes, { lang: 'fr' });
      expect(question(quiz, 'q-choice').querySelector('[part~="check-button"]')!.textContent).to.contain('Vérifier ma réponse');
      expect(question(quiz, 'q-tf').textContent).to.contain('Vrai');
      expect(question(quiz, 'q-choice').textContent).to.contain('Faire réussir son équipe');
      expect(part(quiz, 'header')!.textContent).to.contain('Tentative 1');
      await expect(quiz).to.be.accessible();
      await pick(quiz, 'q-choice', 'b');
      await check(quiz, 'q-choice');
      expect(question(quiz, 'q-choice').textContent).to.contain('Mauvaise réponse');
      expect(question(quiz, 'q-choice').textContent).to.contain('Bonne réponse\u00a0:');
      await expect(quiz).to.be.accessible();
    });

    it('shows multilingual content in the interface language, plain text as written', async () => {
      const { quiz } = await quizInCourse(allTypes, { lang: 'en' });
      expect(question(quiz, 'q-choice').textContent).to.contain("What is a manager's first duty?");
      expect(question(quiz, 'q-choice').querySelector('[part~="prompt"]')!.getAttribute('lang')).to.equal('en');
      expect(question(quiz, 'q-tf').querySelector('[part~="prompt"]')!.getAttribute('lang')).to.equal('fr');
      expect(question(quiz, 'q-tf').textContent).to.contain('Un manager doit donner du feedback');
    });
  });

  describe('accessibility', () => {
    it('passes axe unanswered, answered and on the results view', async () => {
      const { quiz } = await quizInCourse(allTypes);
      await expect(quiz).to.be.accessible();
      await answerAll(quiz, true);
      await expect(quiz).to.be.accessible();
      part(quiz, 'finish-button')!.click();
      await quiz.updateComplete;
      await expect(quiz).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('exposes parts and reads its custom properties', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--spoc-quiz-accent-color: rgb(255, 0, 0)">
        <spoc-quiz .definition=${single()}></spoc-quiz>
      </div>`);
      const quiz = wrapper.querySelector('spoc-quiz')!;
      await quiz.ready;
      await quiz.updateComplete;
      for (const name of ['base', 'header', 'question', 'prompt', 'choices', 'choice', 'check-button']) expect(part(quiz, name), name).to.not.equal(null);
      expect(getComputedStyle(part(quiz, 'check-button')!).backgroundColor).to.equal('rgb(255, 0, 0)');
    });
  });

  describe('bad input', () => {
    async function errorOf(definition: unknown, lang = '') {
      const quiz = document.createElement('spoc-quiz');
      if (lang) quiz.lang = lang;
      quiz.definition = definition as never; // invalid on purpose
      const failed = oneEvent(quiz, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(quiz);
      const { detail } = await failed;
      await quiz.updateComplete;
      return { quiz, detail, text: part(quiz, 'error')!.textContent!.replace(/\s+/g, ' ') };
    }

    it('lists every problem with its path', async () => {
      const { quiz, detail, text } = await errorOf({
        questions: [
          { id: 'q1', type: 'choice', prompt: 'A?', choices: [{ id: 'a', text: 'A' }, { id: 'a', text: 'B' }], correct: 'z' },
          { id: 'q1', type: 'true-false', prompt: 'B?', correct: true },
          { id: 'q3', type: 'essay', prompt: 'C?' },
          { id: 'q4', type: 'numeric', prompt: 'D?', correct: '12' },
        ],
      });
      expect(detail.code).to.equal('invalid-definition');
      const paths = detail.issues!.map((i) => i.path);
      expect(paths).to.include.members(['id', 'questions[2].type', 'questions[3].correct']);
      expect(text).to.contain('questions[2].type');
      await expect(quiz).to.be.accessible();
      quiz.remove();
    });

    it('reports duplicate ids and a right answer that is not a choice', async () => {
      const { quiz, detail, text } = await errorOf({
        id: 'dup',
        questions: [
          { id: 'q1', type: 'choice', prompt: 'A?', choices: [{ id: 'a', text: 'A' }, { id: 'a', text: 'B' }], correct: 'z' },
          { id: 'q1', type: 'true-false', prompt: 'B?', correct: true },
          { id: 'q3', type: 'matching', prompt: 'C?', source: [{ id: 's', text: 'S' }], target: [{ id: 't', text: 'T' }], pairs: [['s', 'x']] },
        ],
      });
      const paths = detail.issues!.map((i) => i.path);
      expect(paths).to.include.members(['questions[1].id', 'questions[0].choices[1].id', 'questions[0].correct', 'questions[2].pairs[0][1]']);
      expect(text).to.contain('the id "q1" is used more than once');
      expect(text).to.contain('refers to "z", which does not exist');
      quiz.remove();
    });

    it('in French', async () => {
      const { quiz, text } = await errorOf({ id: 'x', questions: [] }, 'fr');
      expect(text).to.contain('Ce contenu ne peut pas être affiché');
      expect(text).to.contain('questions');
      expect(text).to.contain('au moins 1');
      await expect(quiz).to.be.accessible();
      quiz.remove();
    });

    it('an unreachable src and invalid JSON', async () => {
      const quiz = document.createElement('spoc-quiz');
      quiz.src = '/no-such-quiz.json';
      const failed = oneEvent(quiz, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(quiz);
      expect((await failed).detail.code).to.equal('fetch-failed');
      await quiz.updateComplete;
      expect(part(quiz, 'error')!.getAttribute('role')).to.equal('alert');
      quiz.remove();
      const broken = await fixture<SpocQuiz>(html`<spoc-quiz><script type="application/json">{ "id": "x", </script></spoc-quiz>`);
      await broken.ready;
      await broken.updateComplete;
      expect(part(broken, 'error')!.textContent).to.contain('not valid JSON');
    });

    it('renders hostile HTML inert', async () => {
      (window as unknown as { pwned?: boolean }).pwned = false;
      const hostile = {
        id: `x-${uuid()}`,
        title: '<img src=x onerror="window.pwned=true">',
        questions: [
          {
            id: 'q1',
            type: 'choice',
            prompt: '<script>window.pwned=true</script>Plain?',
            html:
              '<b>Bold</b><img src="x" onerror="window.pwned=true"><a href="javascript:window.pwned=true">link</a><script>window.pwned=true</script>' +
              '<a href=" JaVa&#9;ScRiPt:window.pwned=true">2</a><a href="data:text/html,<script>window.pwned=true</script>">3</a><a href="vbscript:msgbox(1)">4</a>' +
              '<form action="javascript:window.pwned=true"><button formaction="javascript:window.pwned=true">5</button></form><object data="data:text/html,x"></object><embed src="javascript:x">',
            choices: [
              { id: 'a', text: 'A', html: '<svg onload="window.pwned=true"><circle r="2"/></svg><i>A</i>' },
              { id: 'b', text: '<iframe src="javascript:window.pwned=true"></iframe>' },
            ],
            correct: 'a',
          },
        ],
      };
      const quiz = await fixture<SpocQuiz>(html`<spoc-quiz .definition=${hostile}></spoc-quiz>`);
      await waitUntil(() => part(quiz, 'prompt'), 'the question is shown');
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
      const root = quiz.shadowRoot!;
      expect(root.querySelector('script, iframe')).to.equal(null);
      expect([...root.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).to.equal(false);
      expect(root.querySelector('a')?.getAttribute('href') ?? '').to.not.contain('javascript');
      expect(root.querySelector('script, iframe, object, embed, form')).to.equal(null);
      const urls = [...root.querySelectorAll('*')].flatMap((el) =>
        ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].map((name) => el.getAttribute(name)).filter((v): v is string => v !== null),
      );
      for (const url of urls) expect(url.replace(/[\t\n\r]/g, '').trim().toLowerCase(), url).to.not.match(/^(javascript|data|vbscript):/);
      expect(part(quiz, 'prompt')!.querySelector('b')!.textContent).to.equal('Bold');
      expect(part(quiz, 'title')!.textContent).to.contain('<img'); // plain text stays text
    });
  });

  describe('attributes validated like the definition', () => {
    async function withAttribute(name: string, value: string, lang = '') {
      const { statements, stop } = collectStatements();
      const quiz = document.createElement('spoc-quiz');
      if (lang) quiz.lang = lang;
      quiz.setAttribute(name, value);
      quiz.definition = single();
      const failed = oneEvent(quiz, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(quiz);
      const { detail } = await failed;
      await quiz.updateComplete;
      stop();
      return { quiz, detail, statements, text: part(quiz, 'error')!.textContent!.replace(/\s+/g, ' ') };
    }

    for (const value of ['abc', '1.5', '80%', '-0.1', '']) {
      it(`pass-score="${value}": the error view names the attribute, no quiz, no statement`, async () => {
        const { quiz, detail, statements, text } = await withAttribute('pass-score', value);
        expect(detail.code).to.equal('invalid-attribute');
        expect(detail.issues!.map((i) => i.path)).to.deep.equal(['pass-score']);
        expect(text).to.contain('pass-score');
        expect(text).to.contain(`“${value}”`);
        expect(text).to.not.contain('NaN');
        expect(part(quiz, 'error')!.getAttribute('role')).to.equal('alert');
        expect(parts(quiz, 'question')).to.deep.equal([]);
        expect(statements).to.deep.equal([]);
        await expect(quiz).to.be.accessible();
        quiz.remove();
      });
    }

    it('in French; a valid value then brings the quiz back and is used for the verdict', async () => {
      const { quiz, text } = await withAttribute('pass-score', 'abc', 'fr');
      expect(text).to.contain('Un attribut de ce quiz a une valeur inutilisable.');
      expect(text).to.contain('doit être un nombre de 0 à 1');
      await expect(quiz).to.be.accessible();
      quiz.setAttribute('pass-score', '0.5');
      await quiz.ready;
      await quiz.updateComplete;
      expect(part(quiz, 'error')).to.equal(null);
      expect(part(quiz, 'header')!.textContent).to.contain('Seuil de réussite\u00a0: 50\u00a0%');
      await playSingle(quiz, { choice: 'a', tf: 'false' });
      expect(part(quiz, 'verdict')!.textContent).to.contain('Réussi');
      quiz.remove();
    });

    it('activity-id that is not an absolute IRI', async () => {
      const { quiz, detail } = await withAttribute('activity-id', 'quiz m1');
      expect(detail.issues!.map((i) => i.path)).to.deep.equal(['activity-id']);
      quiz.remove();
    });
  });

  describe('across two sessions', () => {
    it('an attempt started in one session and finished after a reload: one attempt, the score of both sessions, passed', async () => {
      const definition = single({ id: `two-sessions-${uuid()}`, passScore: 1 });
      const { statements, stop } = collectStatements();
      const first = await quizInCourse(definition);
      await pick(first.quiz, 'q-choice', 'a');
      await check(first.quiz, 'q-choice');
      await new Promise((r) => setTimeout(r, 50));
      first.course.remove();

      const again = await quizInCourse(definition, { email: first.email });
      expect(question(again.quiz, 'q-choice').querySelector('[part~="feedback-correct"]')).to.not.equal(null);
      expect(part(again.quiz, 'finish-button')).to.equal(null);
      expect(part(again.quiz, 'finish-hint')!.textContent).to.contain('1 question left');
      await pick(again.quiz, 'q-tf', 'true');
      await check(again.quiz, 'q-tf');
      const completed = oneEvent(again.quiz, 'spoc-complete') as Promise<SpocCompleteEvent>;
      part(again.quiz, 'finish-button')!.click();
      const { detail } = await completed;
      stop();
      await again.quiz.updateComplete;
      expect(detail).to.include({ passed: true, attempt: 1 });
      expect(detail.score).to.deep.equal({ raw: 2, min: 0, max: 2, scaled: 1 });
      expect(part(again.quiz, 'verdict')!.textContent).to.contain('Passed');
      expect(statements.map((s) => s.verb.id.split('/').pop())).to.deep.equal(['attempted', 'answered', 'answered', 'completed', 'passed']);
      const registrations = new Set(statements.map((s) => s.context?.registration));
      expect(registrations.size).to.equal(1);
      expect(statements.at(-2)!.result).to.deep.include({ success: true, completion: true, score: { raw: 2, min: 0, max: 2, scaled: 1 } });
      statements.forEach(expectValidStatement);
      await expectAcceptedByLrs(statements);
    });
  });

  describe('what reaches the LRS', () => {
    const numeric = (correct: unknown) => ({ id: `num-${uuid()}`, questions: [{ id: 'n', type: 'numeric', prompt: 'How much?', correct }] });
    async function answerNumber(definition: unknown, text: string) {
      const { statements, stop } = collectStatements();
      const { quiz } = await quizInCourse(definition);
      await type(quiz, question(quiz, 'n').querySelector('input')!, text);
      await check(quiz, 'n');
      stop();
      const answered = statements.find((s) => s.verb.id.endsWith('/answered'))!;
      const pattern = (answered.object as Activity).definition!.correctResponsesPattern!;
      // The verdict is exactly what the written pattern says.
      expect(matchesPattern('numeric', decodeResponse('numeric', answered.result!.response!), pattern)).to.equal(answered.result!.success);
      return { quiz, answered, pattern };
    }

    it('tolerance bounds are rounded to the definition, and scoring follows the written pattern', async () => {
      const loose = await answerNumber(numeric({ value: 1.2, tolerance: 0.3 }), '0,9');
      expect(loose.pattern).to.deep.equal(['0.9[:]1.5']);
      expect(loose.answered.result!.success).to.equal(true);
      expect(question(loose.quiz, 'n').querySelector('[part~="solution"]')).to.equal(null);
      const edge = await answerNumber(numeric({ value: 1.2, tolerance: 0.3 }), '1.5');
      expect(edge.answered.result!.success).to.equal(true);
      const outside = await answerNumber(numeric({ value: 1.5, tolerance: 0.1 }), '1.6000000001');
      expect(outside.pattern).to.deep.equal(['1.4[:]1.6']);
      expect(outside.answered.result!.success).to.equal(false);
      await expectAcceptedByLrs([loose.answered, edge.answered, outside.answered]);
    });

    it('a fill-in description is the sentence with blanks, never the gap markup', async () => {
      const { statements, stop } = collectStatements();
      const { quiz } = await quizInCourse(allTypes);
      const gaps = [...question(quiz, 'q-fill').querySelectorAll('input')];
      await type(quiz, gaps[0]!, 'précis');
      await check(quiz, 'q-fill');
      stop();
      const answered = statements.find((s) => s.verb.id.endsWith('/answered'))!;
      expect((answered.object as Activity).definition!.description).to.deep.equal({ fr: 'Un bon feedback est ____ et ____.' });
      expect(JSON.stringify(answered)).to.not.contain('[[');
      await expectAcceptedByLrs([answered]);
    });

    it('every answered statement carries the time spent on that question', async () => {
      let now = 1_700_000_000_000;
      const { statements, stop } = collectStatements();
      const quiz = document.createElement('spoc-quiz');
      quiz.clock = { now: () => now };
      quiz.definition = single({ layout: 'paged' });
      document.body.append(quiz);
      await quiz.ready;
      await quiz.updateComplete;
      expect(part(quiz, 'question'), 'ready resolves once the attempt is restored').to.not.equal(null);
      now += 12_000;
      await pick(quiz, 'q-choice', 'a');
      now += 500;
      await check(quiz, 'q-choice');
      now += 3_000;
      parts(quiz, 'nav-button').find((b) => b.textContent!.includes('Next'))!.click();
      await quiz.updateComplete;
      now += 7_250;
      await pick(quiz, 'q-tf', 'true');
      await check(quiz, 'q-tf');
      stop();
      const answered = statements.filter((s) => s.verb.id.endsWith('/answered'));
      expect(answered.map((s) => s.result?.duration)).to.deep.equal(['PT12.5S', 'PT7.25S']);
      statements.forEach(expectValidStatement);
      await expectAcceptedByLrs(statements);
      quiz.remove();
    });

    it('answers in the all-types fixture each carry a duration', async () => {
      const { statements, stop } = collectStatements();
      const { quiz } = await quizInCourse(allTypes);
      await answerAll(quiz, true);
      stop();
      const answered = statements.filter((s) => s.verb.id.endsWith('/answered'));
      expect(answered.length).to.equal(7);
      for (const s of answered) expect(s.result?.duration).to.match(/^PT\d+(\.\d+)?S$/);
    });
  });

  describe('what the learner sees', () => {
    const shadowFocus = (quiz: SpocQuiz) => quiz.shadowRoot!.activeElement as HTMLElement | null;

    it('after Check, focus moves to the feedback', async () => {
      const { quiz } = await quizInCourse(allTypes);
      await pick(quiz, 'q-choice', 'a');
      question(quiz, 'q-choice').querySelector<HTMLButtonElement>('[part~="check-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      await quiz.updateComplete;
      expect(document.activeElement).to.equal(quiz);
      const focused = shadowFocus(quiz)!;
      expect(focused.getAttribute('part')).to.contain('feedback');
      expect(focused.closest('[data-question]')!.getAttribute('data-question')).to.equal('q-choice');
      expect(focused.textContent).to.contain('Correct');
      // A check refused for want of an answer keeps focus on the button and says why.
      const checkTf = question(quiz, 'q-tf').querySelector<HTMLButtonElement>('[part~="check-button"]')!;
      checkTf.focus();
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      expect(shadowFocus(quiz)).to.equal(checkTf);
      await expect(quiz).to.be.accessible();
    });

    it('sequencing moves keep focus on the moved item and are announced', async () => {
      const { quiz } = await quizInCourse({ id: `seq-${uuid()}`, questions: [allTypes.questions[5]] });
      const items = () => [...question(quiz, 'q-seq').querySelectorAll<HTMLElement>('[part~="sequence-item"]')];
      const last = items()[2]!;
      const id = last.dataset['id']!;
      const label = last.querySelector('[part~="sequence-text"]')!.textContent!.trim();
      last.querySelector<HTMLButtonElement>('[data-move="up"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      await quiz.updateComplete;
      expect(items()[1]!.dataset['id']).to.equal(id);
      expect(shadowFocus(quiz)).to.equal(items()[1]!.querySelector('[data-move="up"]'));
      const live = question(quiz, 'q-seq').querySelector('[role="status"]')!;
      expect(live.textContent).to.contain(`“${label}” moved to position 2 of 3.`);
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      await quiz.updateComplete;
      expect(items()[0]!.dataset['id']).to.equal(id);
      // At the top, "up" is disabled: focus goes to the same item's "down".
      expect(shadowFocus(quiz)).to.equal(items()[0]!.querySelector('[data-move="down"]'));
      expect(live.textContent).to.contain(`“${label}” moved to position 1 of 3.`);
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      await quiz.updateComplete;
      expect(items()[1]!.dataset['id']).to.equal(id);
      expect(shadowFocus(quiz)).to.equal(items()[1]!.querySelector('[data-move="down"]'));
      await expect(quiz).to.be.accessible();
    });

    it('gaps are named with their sentence, in English and in French', async () => {
      const en = await quizInCourse(allTypes, { lang: 'en' });
      const gapsEn = [...question(en.quiz, 'q-fill').querySelectorAll('input')];
      expect(gapsEn.map((g) => g.getAttribute('aria-label'))).to.deep.equal([
        'Blank 1 of 2: Un bon feedback est ____ et ….',
        'Blank 2 of 2: Un bon feedback est … et ____.',
      ]);
      const fr = await quizInCourse(allTypes, { lang: 'fr' });
      expect(question(fr.quiz, 'q-fill').querySelector('input')!.getAttribute('aria-label')).to.equal('Trou 1 sur 2\u00a0: Un bon feedback est ____ et ….');
      await expect(fr.quiz).to.be.accessible();
    });

    it('after a wrong answer, the chosen option and the right one are marked with colour and text', async () => {
      const { quiz } = await quizInCourse(allTypes);
      await pick(quiz, 'q-choice', 'b');
      await check(quiz, 'q-choice');
      const label = (value: string) => question(quiz, 'q-choice').querySelector(`input[value="${value}"]`)!.closest('label')!;
      expect(label('b').getAttribute('part')).to.contain('choice-wrong');
      expect(label('b').textContent).to.contain('✗ your answer, incorrect');
      expect(label('a').getAttribute('part')).to.contain('choice-right');
      expect(label('a').textContent).to.contain('✓ right answer');
      expect(label('c').querySelector('[part~="choice-mark"]')).to.equal(null);
      expect(getComputedStyle(label('b')).borderColor).to.not.equal(getComputedStyle(label('a')).borderColor);
      expect(getComputedStyle(label('b')).borderColor).to.not.equal(getComputedStyle(label('c')).borderColor);
      // Multiple response: the wrong pick and the missed right one.
      await pick(quiz, 'q-multi', 'daily');
      await pick(quiz, 'q-multi', 'audit');
      await check(quiz, 'q-multi');
      const multi = (value: string) => question(quiz, 'q-multi').querySelector(`input[value="${value}"]`)!.closest('label')!;
      expect(multi('audit').textContent).to.contain('your answer, incorrect');
      expect(multi('daily').textContent).to.contain('your answer, correct');
      expect(multi('retro').textContent).to.contain('right answer');
      // Matching and gaps: each pair and each gap marked with an icon and words, the right target given.
      await match(quiz, 'q-match', ['involves', 'decides']);
      await check(quiz, 'q-match');
      const pairs = [...question(quiz, 'q-match').querySelectorAll('[part~="match"]')];
      expect(pairs.map((p) => p.getAttribute('part'))).to.deep.equal(['match match-wrong', 'match match-wrong']);
      expect(pairs[0]!.querySelector('[part~="match-mark"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('✗ your answer, incorrect — right answer: Décide seul');
      const gaps = [...question(quiz, 'q-fill').querySelectorAll('input')];
      await type(quiz, gaps[0]!, 'précis');
      await type(quiz, gaps[1]!, 'vague');
      await check(quiz, 'q-fill');
      const marks = [...question(quiz, 'q-fill').querySelectorAll('[part~="gap-mark"]')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
      expect(marks).to.deep.equal(['✓your answer, correct', '✗your answer, incorrect']);
      expect(gaps.map((g) => g.getAttribute('part'))).to.deep.equal(['input gap gap-right', 'input gap gap-wrong']);
      await pick(quiz, 'q-tf', 'false');
      await check(quiz, 'q-tf');
      const tf = (value: string) => question(quiz, 'q-tf').querySelector(`input[value="${value}"]`)!.closest('label')!;
      expect(tf('false').textContent).to.contain('your answer, incorrect');
      expect(tf('true').textContent).to.contain('right answer');
      await expect(quiz).to.be.accessible();
    });

    it('results: a table, the same partial symbol as the feedback, scores rounded for people, and why the results are not offered yet', async () => {
      const definition = {
        id: `round-${uuid()}`,
        questions: [{ id: 'f', type: 'fill-in', prompt: 'Complete.', weight: 10, text: '[[a]], [[b]] and [[c]].', gaps: [{ id: 'a', answers: ['one'] }, { id: 'b', answers: ['two'] }, { id: 'c', answers: ['three'] }] }],
      };
      for (const lang of ['en', 'fr']) {
        const { quiz } = await quizInCourse({ ...definition, id: `${definition.id}-${lang}` }, { lang });
        expect(part(quiz, 'finish-button')).to.equal(null);
        expect(part(quiz, 'finish-hint')!.textContent).to.contain(lang === 'en' ? 'Check every question to see your results (1 question left).' : 'encore 1 question');
        const gaps = [...question(quiz, 'f').querySelectorAll('input')];
        await type(quiz, gaps[0]!, 'one');
        await type(quiz, gaps[1]!, 'two');
        await check(quiz, 'f');
        expect(part(quiz, 'finish-hint')).to.equal(null);
        const feedbackSymbol = question(quiz, 'f').querySelector('[part~="feedback"] .verdict [aria-hidden]')!.textContent;
        expect(feedbackSymbol).to.equal('◐');
        part(quiz, 'finish-button')!.click();
        await quiz.updateComplete;
        const score = part(quiz, 'score')!.textContent!;
        expect(score).to.contain(lang === 'en' ? '6.7 / 10' : '6,7 / 10');
        expect(score).to.not.contain('667');
        const table = part(quiz, 'review')!;
        expect(table.tagName).to.equal('TABLE');
        expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
        const row = table.querySelector('tbody tr')!;
        expect(row.getAttribute('part')).to.contain('review-partial');
        expect(row.querySelector('th')!.getAttribute('scope')).to.equal('row');
        expect(row.querySelector('td:last-child [aria-hidden]')!.textContent).to.equal(feedbackSymbol);
        expect(row.textContent).to.contain(lang === 'en' ? '(6.7 / 10)' : '(6,7 / 10)');
        await expect(quiz).to.be.accessible();
      }
    });

    it('fits a 320 px viewport with no horizontal scroll, long matching options included', async () => {
      const long = 'Implique toute l’équipe dans chaque décision importante, même quand le temps presse beaucoup';
      const definition = {
        id: `narrow-${uuid()}`,
        title: 'Styles de management',
        questions: [
          { id: 'm', type: 'matching', prompt: 'Associez chaque style à sa description.', source: [{ id: 's1', text: 'Participatif' }, { id: 's2', text: 'Directif' }], target: [{ id: 't1', text: long }, { id: 't2', text: `${long} et encore davantage` }], pairs: [['s1', 't1'], ['s2', 't2']] },
          allTypes.questions[0],
          allTypes.questions[3],
          allTypes.questions[5],
        ],
      };
      await setViewport({ width: 320, height: 640 });
      try {
        const { quiz } = await quizInCourse(definition);
        const fits = () => document.scrollingElement!.scrollWidth <= window.innerWidth;
        expect(window.innerWidth).to.equal(320);
        for (const select of question(quiz, 'm').querySelectorAll('select')) expect(select.getBoundingClientRect().right).to.be.at.most(320);
        await match(quiz, 'm', ['t2', 't1']);
        await check(quiz, 'm');
        await pick(quiz, 'q-choice', 'b');
        await check(quiz, 'q-choice');
        expect(fits(), `checked: scrollWidth ${document.scrollingElement!.scrollWidth}`).to.equal(true);
        await type(quiz, question(quiz, 'q-fill').querySelector('input')!, 'précis');
        await check(quiz, 'q-fill');
        await check(quiz, 'q-seq');
        part(quiz, 'finish-button')!.click();
        await quiz.updateComplete;
        expect(fits(), `results scrollWidth ${document.scrollingElement!.scrollWidth}`).to.equal(true);
        await expect(quiz).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});

export type { Statement };
