import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import React, { act } from 'react';
import ReactDOMClient from 'react-dom/client';
import '../src/index.js';
import { SpocResource as SpocResourceWrapper, SpocScenario as SpocScenarioWrapper } from '../src/react/index.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocScenario } from '../src/components/scenario/scenario.js';
import { scenarioDefinitionSchema, type ScenarioDefinition } from '../src/components/scenario/scenario.schema.js';
import type { SpocCompleteEvent } from '../src/events/spoc-complete.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { uuid } from '../src/xapi/ids.js';
import type { Activity, Statement } from '../src/xapi/statement.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { captureScenarioResourceExamples } from './helpers/scenario-resource-examples.js';
import { shapeOf } from './helpers/xapi-examples.js';
import { collectStatements, expectValidStatement } from './helpers/statements.js';

const base: ScenarioDefinition = await (await fetch(new URL('./fixtures/scenario-recadrage.json', import.meta.url))).json();
const COURSE = 'https://learn.example.com/courses/optimanager';
const SCENARIO = `${COURSE}/scenario/recadrage`;
const PATH_EXT = 'https://w3id.org/spoc-elements/extensions/path';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const heading = (el: SpocScenario) => part(el, 'node-title')!;
const nodeId = (el: SpocScenario) => part(el, 'node')!.dataset['node'];
const focused = (el: SpocScenario) => el.shadowRoot!.activeElement;
const verbs = (statements: Statement[]) => statements.map((s) => s.verb.id.split('/').pop());
const objectId = (s: Statement) => (s.object as Activity).id;

async function scenarioInCourse(definition: unknown, options: { email?: string; lang?: string; passScore?: number } = {}) {
  const email = options.email ?? `learner-${uuid()}@example.com`;
  const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${email} lang=${options.lang ?? ''}>
    <spoc-scenario module="m3" .definition=${definition}></spoc-scenario>
  </spoc-course>`);
  const scenario = course.querySelector('spoc-scenario')!;
  await scenario.ready;
  await scenario.updateComplete;
  return { course, scenario, email };
}

async function click(el: SpocScenario, target: HTMLElement | null) {
  expect(target, 'control to click').to.not.equal(null);
  target!.click();
  await el.updateComplete;
  await el.updateComplete;
}
const continueButton = (el: SpocScenario) => part(el, 'continue-button');
const option = (el: SpocScenario, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-option="${id}"]`);
const checkbox = (el: SpocScenario, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;

async function press(el: SpocScenario, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('<spoc-scenario>', () => {
  describe('playing (xAPI)', () => {
    it('the best path by mouse: checklist blocks, score 4 / 4, passed, statements the real LRS accepts', async () => {
      const { statements, stop } = collectStatements();
      const { scenario } = await scenarioInCourse(base);
      expect(part(scenario, 'title')!.textContent).to.equal('Holding a corrective interview');
      expect(part(scenario, 'step')!.textContent).to.equal('Step 1');
      expect(heading(scenario).textContent).to.equal('Monday, 9:15');
      expect(scenario.status).to.equal('not-started');
      await expect(scenario).to.be.accessible();

      await click(scenario, continueButton(scenario));
      expect(nodeId(scenario)).to.equal('opening');
      expect(part(scenario, 'step')!.textContent).to.equal('Step 2');
      expect(focused(scenario)).to.equal(heading(scenario));
      expect(scenario.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Step 2: Opening the interview');
      expect(parts(scenario, 'option').length).to.equal(3);
      await expect(scenario).to.be.accessible();

      await click(scenario, option(scenario, 'facts'));
      expect(part(scenario, 'feedback')!.textContent).to.contain('Facts, not judgements');
      expect(focused(scenario)).to.equal(part(scenario, 'feedback'));
      await expect(scenario).to.be.accessible();
      await click(scenario, continueButton(scenario));
      expect(nodeId(scenario)).to.equal('listen');
      await click(scenario, option(scenario, 'open'));
      await click(scenario, continueButton(scenario));
      expect(nodeId(scenario)).to.equal('prepare');
      await expect(scenario).to.be.accessible();

      // The checklist blocks until both required items are ticked.
      const before = statements.length;
      await click(scenario, continueButton(scenario));
      expect(nodeId(scenario)).to.equal('prepare');
      expect(part(scenario, 'notice')!.textContent).to.equal('Tick the required items (2 left) to go on.');
      expect(focused(scenario)).to.equal(checkbox(scenario, 'expectation'));
      expect(checkbox(scenario, 'expectation').getAttribute('aria-invalid')).to.equal('true');
      expect(statements.length).to.equal(before);
      await expect(scenario).to.be.accessible();
      await click(scenario, checkbox(scenario, 'expectation'));
      expect(part(scenario, 'notice')!.textContent).to.equal('Tick the required item to go on.');
      await click(scenario, checkbox(scenario, 'support'));
      await click(scenario, continueButton(scenario));
      expect(nodeId(scenario)).to.equal('prepare');
      await click(scenario, checkbox(scenario, 'agreement'));
      expect(part(scenario, 'notice')).to.equal(null);

      const completed = oneEvent(scenario, 'spoc-complete') as Promise<SpocCompleteEvent>;
      await click(scenario, continueButton(scenario));
      const { detail } = await completed;
      stop();
      expect(detail.score).to.deep.equal({ raw: 4, min: 0, max: 4, scaled: 1 });
      expect(detail.passed).to.equal(true);
      expect(detail.attempt).to.equal(1);
      expect(nodeId(scenario)).to.equal('outcome');
      expect(scenario.status).to.equal('completed');
      expect(focused(scenario)).to.equal(heading(scenario));
      expect(part(scenario, 'band')!.textContent).to.equal('A clear, respectful framework');
      expect(part(scenario, 'score')!.textContent!.trim()).to.equal('Score: 4 / 4 (100%)');
      expect(part(scenario, 'verdict')!.textContent).to.equal('Passed');
      expect(parts(scenario, 'path')[0]!.querySelectorAll('li').length).to.equal(5);
      expect(part(scenario, 'path')!.textContent).to.contain('Opening the interview — State the facts calmly');
      expect(part(scenario, 'restart-button')).to.equal(null);
      expect(part(scenario, 'retry-button')).to.not.equal(null);
      await expect(scenario).to.be.accessible();

      expect(verbs(statements)).to.deep.equal(['attempted', 'experienced', 'answered', 'answered', 'answered', 'completed', 'passed']);
      statements.forEach(expectValidStatement);
      const [attempted, experienced, opening, listen, checklist, done, passed] = statements as [Statement, Statement, Statement, Statement, Statement, Statement, Statement];
      expect(objectId(attempted)).to.equal(SCENARIO);
      expect((attempted.object as Activity).definition).to.deep.include({
        type: 'http://id.tincanapi.com/activitytype/scenario',
        name: { en: 'Holding a corrective interview', fr: 'Conduire un entretien de recadrage' },
      });
      expect(attempted.context?.contextActivities?.grouping?.map((a) => a.id)).to.deep.equal([COURSE, `${COURSE}/module/m3`]);
      expect(objectId(experienced)).to.equal(`${SCENARIO}/node/intro`);
      expect(experienced.context?.contextActivities?.parent?.[0]!.id).to.equal(SCENARIO);
      const interaction = (opening.object as Activity).definition!;
      expect(objectId(opening)).to.equal(`${SCENARIO}/node/opening`);
      expect(interaction.type).to.equal('http://adlnet.gov/expapi/activities/cmi.interaction');
      expect(interaction.interactionType).to.equal('choice');
      expect(interaction.choices!.map((c) => c.id)).to.deep.equal(['facts', 'public', 'avoid']);
      expect(interaction.choices![0]!.description).to.deep.equal({ en: 'State the facts calmly: three late arrivals, with the dates.', fr: 'Exposer calmement les faits\u00a0: trois retards, avec les dates.' });
      expect(opening.result).to.deep.equal({ response: 'facts', score: { raw: 2, min: 0, max: 2, scaled: 1 } });
      expect(listen.result!.response).to.equal('open');
      expect(objectId(checklist)).to.equal(`${SCENARIO}/node/prepare`);
      expect(checklist.result).to.deep.equal({ response: 'expectation[,]agreement[,]support', completion: true });
      expect((checklist.object as Activity).definition!.correctResponsesPattern).to.deep.equal(['expectation[,]agreement']);
      expect(objectId(done)).to.equal(SCENARIO);
      expect(done.result).to.deep.include({ completion: true, success: true, score: { raw: 4, min: 0, max: 4, scaled: 1 } });
      expect(done.result!.duration).to.match(/^PT/);
      expect(done.result!.extensions![PATH_EXT]).to.deep.equal(['intro', 'opening', 'listen', 'prepare', 'outcome']);
      expect(passed.verb.id).to.equal('http://adlnet.gov/expapi/verbs/passed');
      expect(passed.result).to.deep.include({ success: true });
      expect(done.context?.extensions!['https://w3id.org/spoc-elements/extensions/attempt']).to.equal(1);
      await expectAcceptedByLrs(statements);
    });

    it('another path by keyboard only: focus follows each node, score 2 / 4, failed', async () => {
      const { statements, stop } = collectStatements();
      const { scenario } = await scenarioInCourse(base);
      continueButton(scenario)!.focus();
      await press(scenario, 'Enter');
      expect(nodeId(scenario)).to.equal('opening');
      expect(focused(scenario)).to.equal(heading(scenario));
      await press(scenario, 'Tab');
      expect(focused(scenario)).to.equal(option(scenario, 'facts'));
      await press(scenario, 'Tab');
      expect(focused(scenario)).to.equal(option(scenario, 'public'));
      await press(scenario, 'Enter');
      expect(focused(scenario)).to.equal(part(scenario, 'feedback'));
      expect(part(scenario, 'feedback')!.textContent).to.contain('Léa feels humiliated');
      await press(scenario, 'Tab');
      expect(focused(scenario)).to.equal(continueButton(scenario));
      await press(scenario, 'Enter');
      expect(nodeId(scenario)).to.equal('tension');
      expect(focused(scenario)).to.equal(heading(scenario));
      await press(scenario, 'Tab');
      expect(focused(scenario)).to.equal(continueButton(scenario));
      await press(scenario, 'Space');
      expect(nodeId(scenario)).to.equal('listen');
      await press(scenario, 'Tab');
      await press(scenario, 'Enter'); // "open"
      await press(scenario, 'Tab');
      await press(scenario, 'Enter');
      expect(nodeId(scenario)).to.equal('prepare');
      expect(focused(scenario)).to.equal(heading(scenario));
      await press(scenario, 'Tab');
      expect(focused(scenario)).to.equal(checkbox(scenario, 'expectation'));
      await press(scenario, 'Space');
      await press(scenario, 'Tab');
      await press(scenario, 'Space');
      await press(scenario, 'Tab'); // support, left unticked
      await press(scenario, 'Tab');
      expect(focused(scenario)).to.equal(continueButton(scenario));
      const completed = oneEvent(scenario, 'spoc-complete') as Promise<SpocCompleteEvent>;
      await press(scenario, 'Enter');
      const { detail } = await completed;
      stop();
      expect(nodeId(scenario)).to.equal('outcome');
      expect(focused(scenario)).to.equal(heading(scenario));
      expect(detail.score).to.deep.equal({ raw: 2, min: 0, max: 4, scaled: 0.5 });
      expect(detail.passed).to.equal(false);
      expect(part(scenario, 'verdict')!.textContent).to.equal('Not passed');
      expect(verbs(statements)).to.deep.equal(['attempted', 'experienced', 'answered', 'experienced', 'answered', 'answered', 'completed', 'failed']);
      expect(statements[2]!.result).to.deep.equal({ response: 'public', score: { raw: 0, min: 0, max: 2, scaled: 0 } });
      expect(objectId(statements[3]!)).to.equal(`${SCENARIO}/node/tension`);
      expect(statements[5]!.result!.response).to.equal('expectation[,]agreement');
      expect(statements[6]!.result!.extensions![PATH_EXT]).to.deep.equal(['intro', 'opening', 'tension', 'listen', 'prepare', 'outcome']);
      expect(statements[7]!.result).to.deep.include({ success: false, score: { raw: 2, min: 0, max: 4, scaled: 0.5 } });
      statements.forEach(expectValidStatement);
      await expectAcceptedByLrs(statements);
    });

    it("an end's own score, and no retry when the end forbids it", async () => {
      const { statements, stop } = collectStatements();
      const { scenario } = await scenarioInCourse(base);
      await click(scenario, continueButton(scenario));
      await click(scenario, option(scenario, 'avoid')); // no feedback: straight on
      stop();
      expect(nodeId(scenario)).to.equal('avoided');
      expect(focused(scenario)).to.equal(heading(scenario));
      expect(part(scenario, 'score')!.textContent!.trim()).to.equal('Score: 0%');
      expect(part(scenario, 'retry-button')).to.equal(null);
      expect(verbs(statements)).to.deep.equal(['attempted', 'experienced', 'answered', 'completed', 'failed']);
      expect(statements[2]!.result).to.deep.equal({ response: 'avoid', score: { raw: 0, min: 0, max: 2, scaled: 0 } });
      expect(statements[3]!.result!.score).to.deep.equal({ raw: 0, min: 0, max: 1, scaled: 0 });
      await expect(scenario).to.be.accessible();
      await expectAcceptedByLrs(statements);
    });

    it('back and restart: a choice can be made again, a restart is a new attempt', async () => {
      const { statements, stop } = collectStatements();
      const { scenario } = await scenarioInCourse(base);
      await click(scenario, continueButton(scenario));
      await click(scenario, option(scenario, 'public'));
      await click(scenario, continueButton(scenario));
      expect(nodeId(scenario)).to.equal('tension');
      await click(scenario, part(scenario, 'back-button'));
      expect(nodeId(scenario)).to.equal('opening');
      expect(focused(scenario)).to.equal(heading(scenario));
      expect(parts(scenario, 'option').length).to.equal(3);
      await click(scenario, option(scenario, 'facts'));
      await click(scenario, continueButton(scenario));
      expect(nodeId(scenario)).to.equal('listen');
      expect(scenario.path).to.deep.equal(['intro', 'opening', 'listen']);
      await click(scenario, part(scenario, 'restart-button'));
      expect(nodeId(scenario)).to.equal('intro');
      expect(part(scenario, 'step')!.textContent).to.equal('Step 1');
      expect(focused(scenario)).to.equal(heading(scenario));
      await click(scenario, continueButton(scenario));
      stop();
      const attempts = statements.filter((s) => s.verb.id.endsWith('/attempted')).map((s) => s.context!.extensions!['https://w3id.org/spoc-elements/extensions/attempt']);
      expect(attempts).to.deep.equal([1, 2]);
    });

    it('without allowBack there is no back button', async () => {
      const { scenario } = await scenarioInCourse({ ...base, allowBack: false });
      await click(scenario, continueButton(scenario));
      expect(part(scenario, 'back-button')).to.equal(null);
      expect(part(scenario, 'restart-button')).to.not.equal(null);
    });
  });

  describe('resume', () => {
    it('a reload resumes on the same node with the path so far', async () => {
      const definition = { ...base, id: `resume-${uuid()}` };
      const first = await scenarioInCourse(definition);
      await click(first.scenario, continueButton(first.scenario));
      await click(first.scenario, option(first.scenario, 'facts'));
      await click(first.scenario, continueButton(first.scenario));
      await click(first.scenario, option(first.scenario, 'open'));
      await click(first.scenario, continueButton(first.scenario));
      await click(first.scenario, checkbox(first.scenario, 'expectation'));
      // Let the saved run reach IndexedDB, then "reload": a new element for the same learner.
      await new Promise((r) => setTimeout(r, 50));
      first.course.remove();

      const { statements, stop } = collectStatements();
      const again = await scenarioInCourse(definition, { email: first.email });
      expect(nodeId(again.scenario)).to.equal('prepare');
      expect(part(again.scenario, 'step')!.textContent).to.equal('Step 4');
      expect(again.scenario.path).to.deep.equal(['intro', 'opening', 'listen', 'prepare']);
      expect(checkbox(again.scenario, 'expectation').checked).to.equal(true);
      await click(again.scenario, checkbox(again.scenario, 'agreement'));
      await click(again.scenario, continueButton(again.scenario));
      stop();
      expect(verbs(statements)).to.deep.equal(['answered', 'completed', 'passed']);
      expect(statements[1]!.result!.score).to.deep.equal({ raw: 4, min: 0, max: 4, scaled: 1 });
      expect(statements[1]!.result!.extensions![PATH_EXT]).to.deep.equal(['intro', 'opening', 'listen', 'prepare', 'outcome']);

      // Another learner starts at the beginning.
      const other = await scenarioInCourse(definition);
      expect(nodeId(other.scenario)).to.equal('intro');
    });
  });

  describe('content', () => {
    it('rich text is sanitized; images go through the media URL policy', async () => {
      const definition = {
        id: 'rich',
        nodes: [
          {
            id: 'a',
            kind: 'scene',
            title: 'Scene',
            html: '<p>Read <strong>this</strong><img src="/demo/media/m1.poster.jpg" alt="" onerror="window.__hacked = true"><script>window.__hacked = true</script></p>',
            image: { src: 'https://example.com/office.png', alt: 'An open-plan office' },
            next: 'b',
          },
          { id: 'b', kind: 'end' },
        ],
      };
      const { scenario } = await scenarioInCourse(definition);
      await waitUntil(() => part(scenario, 'text')!.querySelector('strong'), 'sanitized rich text');
      expect(part(scenario, 'text')!.querySelector('script')).to.equal(null);
      expect(part(scenario, 'text')!.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
      expect((window as unknown as { __hacked?: boolean }).__hacked).to.equal(undefined);
      const image = part(scenario, 'image') as HTMLImageElement;
      expect(image.getAttribute('src')).to.equal('https://example.com/office.png');
      expect(image.alt).to.equal('An open-plan office');
      await click(scenario, continueButton(scenario));
      expect(heading(scenario).textContent).to.equal('Outcome');
      expect(part(scenario, 'score')).to.equal(null);
    });

    it('a scene with a video plays it in <spoc-capsule>, in the same module', async () => {
      const definition = {
        id: 'video',
        nodes: [
          { id: 'watch', kind: 'scene', title: 'Watch Léa arrive', video: { src: '/tests/fixtures/capsule.webm', captions: '/tests/fixtures/capsule.en.vtt', title: 'Léa arrives' }, next: 'end' },
          { id: 'end', kind: 'end' },
        ],
      };
      const { statements, stop } = collectStatements();
      const { course, scenario } = await scenarioInCourse(definition);
      const capsule = scenario.shadowRoot!.querySelector('spoc-capsule')!;
      expect(capsule.getAttribute('src')).to.equal('/tests/fixtures/capsule.webm');
      expect(capsule.getAttribute('captions')).to.equal('/tests/fixtures/capsule.en.vtt');
      expect(capsule.getAttribute('module')).to.equal('m3');
      expect(capsule.title).to.equal('Léa arrives');
      await capsule.updateComplete;
      expect(capsule.shadowRoot!.querySelector('video')).to.not.equal(null);
      await expect(scenario).to.be.accessible();
      // Its Video Profile session, in the scenario's module; closed before the next test.
      await waitUntil(() => statements.some((st) => st.verb.id.endsWith('/initialized')), 'the video session starts', { timeout: 10000 });
      expect(statements.find((st) => st.verb.id.endsWith('/initialized'))!.context?.contextActivities?.grouping?.map((a) => a.id)).to.deep.equal([COURSE, `${COURSE}/module/m3`]);
      course.remove();
      await waitUntil(() => statements.some((st) => st.verb.id.endsWith('/terminated')), 'the video session ends');
      stop();
    });

    it('a checklist first: a refused Continue sends nothing; the run starts with the first tick', async () => {
      const { statements, stop } = collectStatements();
      const id = `checklist-${uuid()}`;
      // Only this scenario's: a capsule removed by an earlier test may still report its session end.
      const mine = () => statements.filter((s) => objectId(s).includes(id));
      const { scenario } = await scenarioInCourse({
        id,
        nodes: [
          { id: 'ready', kind: 'checklist', title: 'Before the interview', items: [{ id: 'facts', text: 'Dated facts', mandatory: true }], next: 'end' },
          { id: 'end', kind: 'end', title: 'Ready' },
        ],
      });
      await click(scenario, continueButton(scenario));
      expect(part(scenario, 'notice')!.textContent).to.equal('Tick the required item to go on.');
      expect(mine()).to.deep.equal([]);
      await click(scenario, checkbox(scenario, 'facts'));
      await click(scenario, continueButton(scenario));
      stop();
      expect(verbs(mine())).to.deep.equal(['attempted', 'answered', 'completed']);
      expect(mine()[2]!.result).to.not.have.property('score');
      expect(heading(scenario).textContent).to.equal('Ready');
    });

    it('a new node moves in, except with prefers-reduced-motion', async () => {
      const { scenario } = await scenarioInCourse(base);
      const animation = () => getComputedStyle(part(scenario, 'node')!).animationName;
      expect(animation()).to.equal('spoc-scenario-in');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        await click(scenario, continueButton(scenario));
        expect(animation()).to.equal('none');
        expect(focused(scenario)).to.equal(heading(scenario));
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('in French: strings, typography and accessibility', async () => {
      const { scenario } = await scenarioInCourse(base, { lang: 'fr' });
      expect(part(scenario, 'title')!.textContent).to.equal('Conduire un entretien de recadrage');
      expect(part(scenario, 'step')!.textContent).to.equal('Étape 1');
      expect(part(scenario, 'meta')!.textContent).to.equal('Seuil de réussite\u00a0: 70\u00a0%');
      await expect(scenario).to.be.accessible();
      await click(scenario, continueButton(scenario));
      expect(continueButton(scenario)).to.equal(null);
      expect(scenario.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal("Étape 2\u00a0: Ouvrir l’entretien");
      expect(part(scenario, 'options')!.getAttribute('aria-label')).to.equal('Que faites-vous\u202f?');
      await click(scenario, option(scenario, 'facts'));
      expect(part(scenario, 'feedback')!.textContent).to.contain('Votre choix\u00a0:');
      await click(scenario, continueButton(scenario));
      await click(scenario, option(scenario, 'open'));
      await click(scenario, continueButton(scenario));
      await click(scenario, continueButton(scenario));
      expect(part(scenario, 'notice')!.textContent).to.equal('Cochez les éléments obligatoires (2 restants) pour continuer.');
      await expect(scenario).to.be.accessible();
      await click(scenario, checkbox(scenario, 'expectation'));
      await click(scenario, checkbox(scenario, 'agreement'));
      await click(scenario, continueButton(scenario));
      expect(part(scenario, 'score')!.textContent!.trim()).to.equal('Score\u00a0: 4 / 4 (100\u00a0%)');
      expect(part(scenario, 'verdict')!.textContent).to.equal('Réussi');
      await expect(scenario).to.be.accessible();
    });

    it('works standalone (no course), with the pass-score attribute', async () => {
      const { statements, stop } = collectStatements();
      const scenario = await fixture<SpocScenario>(html`<spoc-scenario pass-score="0.2" .definition=${{ ...base, passScore: undefined }}></spoc-scenario>`);
      await scenario.ready;
      await scenario.updateComplete;
      await click(scenario, continueButton(scenario));
      await click(scenario, option(scenario, 'public'));
      await click(scenario, continueButton(scenario));
      await click(scenario, continueButton(scenario));
      await click(scenario, option(scenario, 'cut'));
      await click(scenario, continueButton(scenario));
      await click(scenario, checkbox(scenario, 'expectation'));
      await click(scenario, checkbox(scenario, 'agreement'));
      await click(scenario, continueButton(scenario));
      stop();
      expect(verbs(statements).slice(-2)).to.deep.equal(['completed', 'failed']);
      expect(objectId(statements[0]!)).to.match(/^https?:\/\/.+#scenario\/recadrage$/);
      statements.forEach(expectValidStatement);
    });
  });

  describe('bad input', () => {
    const graph = (nodes: unknown[], extra: Record<string, unknown> = {}) => ({ id: 'bad', nodes, ...extra });
    const end = { id: 'end', kind: 'end' };

    async function errorOf(definition: unknown, lang = '') {
      const el = await fixture<SpocScenario>(html`<spoc-scenario lang=${lang}></spoc-scenario>`);
      const error = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
      el.definition = definition as never; // invalid on purpose
      const { detail } = await error;
      await el.updateComplete;
      return { el, detail };
    }

    it('missing start, dangling links, unreachable nodes and cycles without exit, each with its path', async () => {
      const missingStart = await errorOf(graph([end], { start: 'nowhere' }));
      expect(missingStart.detail.issues).to.deep.equal([{ path: 'start', code: 'scenario-missing-start', message: 'the start node "nowhere" does not exist' }]);

      const dangling = await errorOf(
        graph([
          { id: 'q', kind: 'choice', options: [{ id: 'a', text: 'A', next: 'end' }, { id: 'b', text: 'B', next: 'ghost' }] },
          end,
        ]),
      );
      expect(dangling.detail.issues).to.deep.equal([{ path: 'nodes[0].options[1].next', code: 'unknown-reference', message: 'refers to "ghost", which does not exist' }]);

      const unreachable = await errorOf(graph([{ id: 's', kind: 'scene', text: 'Hi', next: 'end' }, { id: 'orphan', kind: 'scene', text: '…', next: 'end' }, end]));
      expect(unreachable.detail.issues).to.deep.equal([{ path: 'nodes[1].id', code: 'scenario-unreachable', message: 'the node "orphan" cannot be reached from the start' }]);

      const loop = await errorOf(
        graph([
          { id: 'q', kind: 'choice', options: [{ id: 'a', text: 'A', next: 'end' }, { id: 'b', text: 'B', next: 'x' }] },
          { id: 'x', kind: 'scene', text: 'X', next: 'y' },
          { id: 'y', kind: 'checklist', items: [{ id: 'i', text: 'I' }], next: 'x' },
          end,
        ]),
      );
      expect(loop.detail.code).to.equal('invalid-definition');
      expect(loop.detail.issues!.map((i) => [i.path, i.code])).to.deep.equal([
        ['nodes[1].id', 'scenario-no-exit'],
        ['nodes[2].id', 'scenario-no-exit'],
      ]);
      const view = part(loop.el, 'error')!;
      expect(view.getAttribute('role')).to.equal('alert');
      expect(view.textContent).to.contain('nodes[1].id');
      expect(view.textContent).to.contain('from the node "x" no end can be reached (a cycle without an exit)');
      await expect(loop.el).to.be.accessible();
    });

    it('a loop with an exit is fine', async () => {
      const { scenario } = await scenarioInCourse(
        graph([
          { id: 'q', kind: 'choice', options: [{ id: 'again', text: 'Again', next: 'q' }, { id: 'out', text: 'Out', next: 'end' }] },
          end,
        ]),
      );
      await click(scenario, option(scenario, 'again'));
      expect(nodeId(scenario)).to.equal('q');
      expect(part(scenario, 'step')!.textContent).to.equal('Step 2');
      await click(scenario, option(scenario, 'out'));
      expect(scenario.path).to.deep.equal(['q', 'q', 'end']);
    });

    it('shape errors, duplicate ids and refused URLs, in French', async () => {
      const { el, detail } = await errorOf(
        graph([
          { id: 'q', kind: 'choice', options: [{ id: 'a', text: 'A', next: 'end' }] },
          { id: 's', kind: 'scene', image: { src: 'javascript:alert(1)', alt: '' }, next: 'end' },
          end,
          end,
        ]),
        'fr',
      );
      const paths = detail.issues!.map((i) => i.path);
      expect(paths).to.include('nodes[0].options');
      expect(paths).to.include('nodes[1].image.src');
      expect(part(el, 'error')!.textContent).to.contain('Ce contenu ne peut pas être affiché');
      expect(part(el, 'error')!.querySelectorAll('li').length).to.be.greaterThan(1);
      await expect(el).to.be.accessible();

      const graphFr = await errorOf(graph([end], { start: 'nulle-part' }), 'fr');
      expect(graphFr.detail.issues![0]!.message).to.equal('le nœud de départ «\u00a0nulle-part\u00a0» n’existe pas');
    });

    it('invalid JSON and an unreachable src', async () => {
      const inline = await fixture<SpocScenario>(html`<spoc-scenario><script type="application/json">{ nope</script></spoc-scenario>`);
      await inline.ready;
      await inline.updateComplete;
      expect(part(inline, 'error')).to.not.equal(null);
      const missing = await fixture<SpocScenario>(html`<spoc-scenario src="/no/such/scenario.json"></spoc-scenario>`);
      await missing.ready;
      await missing.updateComplete;
      expect(part(missing, 'error')!.textContent).to.contain('404');
    });
  });

  describe('documented xAPI examples (stories/xapi-examples/scenario.json, resource.json)', () => {
    it('are valid, accepted by the real LRS, and shaped like what the elements send now', async function () {
      this.timeout(60000);
      const fresh = await captureScenarioResourceExamples();
      for (const element of ['scenario', 'resource'] as const) {
        const documented: Statement[] = await (await fetch(`/stories/xapi-examples/${element}.json`)).json();
        expect(documented, element).to.not.be.empty;
        documented.forEach(expectValidStatement);
        await expectAcceptedByLrs(documented);
        expect(shapeOf(fresh[element]), element).to.deep.equal(shapeOf(documented));
      }
    });
  });

  describe('React wrappers', () => {
    it('SpocScenario passes the definition as a property and calls onSpocComplete; SpocResource renders', async () => {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
      const container = document.createElement('div');
      document.body.append(container);
      const root = ReactDOMClient.createRoot(container);
      const completions: unknown[] = [];
      const definition = { id: `react-${uuid()}`, nodes: [{ id: 'q', kind: 'choice', text: 'Go?', options: [{ id: 'a', text: 'Yes', next: 'end' }, { id: 'b', text: 'No', next: 'end' }] }, { id: 'end', kind: 'end' }] };
      await act(async () =>
        root.render(
          React.createElement(
            React.Fragment,
            null,
            React.createElement(SpocScenarioWrapper, { definition: definition as never, onSpocComplete: (event: SpocCompleteEvent) => completions.push(event.detail) }),
            React.createElement(SpocResourceWrapper, { href: 'fiche.pdf', title: 'Fiche' }),
          ),
        ),
      );
      const scenario = container.querySelector('spoc-scenario')!;
      await scenario.ready;
      await scenario.updateComplete;
      await click(scenario, option(scenario, 'a'));
      expect(completions.length).to.equal(1);
      const resource = container.querySelector('spoc-resource')!;
      await resource.updateComplete;
      expect(resource.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Fiche');
      await act(async () => root.unmount());
      container.remove();
    });
  });

  describe('the demo', () => {
    it("module 3's role-play is valid, in French and English, and its course counts it", async () => {
      const demo = await (await fetch('/demo/data/scenario-m3.json')).json();
      const parsed = scenarioDefinitionSchema.safeParse(demo);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
      const texts = JSON.stringify(demo.nodes);
      expect(texts).to.not.match(/ [?!;:»]|« /); // French typography: no plain space before ? ! ; : » or after «
      for (const node of parsed.data!.nodes) if (node.title) expect(Object.keys(node.title as object), node.id).to.deep.equal(['en', 'fr']);
      const course = await (await fetch('/demo/course.json')).json();
      const m3 = course.modules.find((m: { id: string }) => m.id === 'm3');
      expect(m3.activities).to.deep.include({ id: 'scenario-m3', type: 'scenario' });
      expect(m3.completedBy).to.include('scenario-m3');
    });
  });
});
