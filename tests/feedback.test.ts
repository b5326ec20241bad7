import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Scorm12API } from 'scorm-again';
import '../src/index.js';
import type { SpocCertificate } from '../src/components/certificate/certificate.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocFeedback } from '../src/components/feedback/feedback.js';
import type { FeedbackDefinition } from '../src/components/feedback/feedback.schema.js';
import type { SpocProgress } from '../src/components/progress/progress.js';
import type { CourseDefinition } from '../src/course/course.schema.js';
import type { SpocCompleteEvent } from '../src/events/spoc-complete.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { uuid } from '../src/xapi/ids.js';
import type { Activity, Agent, Statement } from '../src/xapi/statement.js';
import { LRS_AUTH, expectAcceptedByLrs, lrsEndpoint } from './helpers/lrs.js';
import { collectStatements, expectValidStatement } from './helpers/statements.js';
import { loadLmsBridges } from '../src/xapi/lms-detect.js';

const COURSE = 'https://learn.example.com/courses/optimanager';
const SURVEY = 'http://id.tincanapi.com/activitytype/survey';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const RATED = 'http://id.tincanapi.com/verb/rated';
const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const input = (el: SpocFeedback, item: string, value: string | number) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="item-${item}"][value="${value}"]`)!;
const textarea = (el: SpocFeedback, item: string) => el.shadowRoot!.getElementById(`text-${item}`) as HTMLTextAreaElement;
const focused = (el: SpocFeedback) => el.shadowRoot!.activeElement;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/[ \t\n]+/g, ' ').trim();

const custom: FeedbackDefinition = {
  id: 'custom',
  title: { en: 'Workshop feedback', fr: 'Avis sur l’atelier' },
  intro: 'Two minutes, and it helps the next cohort.',
  thanks: { en: 'Thanks, see you next week!', fr: 'Merci, à la semaine prochaine\u202f!' },
  items: [
    { id: 'pace', kind: 'rating', prompt: 'How was the pace?', min: 1, max: 4, style: 'numbers', labels: { min: 'Too slow', max: 'Too fast' } },
    { id: 'recommend', kind: 'nps', prompt: 'Would you recommend it to a colleague?', required: true },
    {
      id: 'topics',
      kind: 'multiple-choice',
      prompt: 'Which topics helped?',
      options: [
        { id: 'delegation', label: 'Delegation' },
        { id: 'feedback', label: 'Giving feedback' },
        { id: 'meetings', label: 'Meetings' },
      ],
    },
    { id: 'remark', kind: 'text', prompt: 'Anything else?', maxLength: 10 },
  ],
};

async function inCourse(template: (email: string) => ReturnType<typeof html>, email = `learner-${uuid()}@example.com`) {
  const course = await fixture<SpocCourse>(template(email));
  const feedback = course.querySelector('spoc-feedback')!;
  await feedback.ready;
  await feedback.updateComplete;
  return { course, feedback, email };
}

/** `<spoc-feedback module="m4">` with no JSON, in a course. */
const moduleFeedback = (options: { email?: string; lang?: string; anonymous?: boolean; resubmit?: boolean; lrs?: string } = {}) =>
  inCourse(
    (email) => html`<spoc-course course-id=${COURSE} learner-email=${email} learner-name="Ana Martin" lang=${options.lang ?? ''}
      lrs-endpoint=${options.lrs ?? ''} lrs-auth=${options.lrs ? LRS_AUTH : ''}>
      <spoc-feedback module="m4" ?anonymous=${options.anonymous} ?allow-resubmit=${options.resubmit}></spoc-feedback>
    </spoc-course>`,
    options.email,
  );

async function typeInto(el: SpocFeedback, target: HTMLTextAreaElement, value: string) {
  target.focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

/** Answers the standard set with the mouse: 4 stars, "partly", a comment; then sends. */
async function answerDefaults(el: SpocFeedback, comment = 'More role plays.') {
  input(el, 'satisfaction', 4).click();
  input(el, 'useful', 'partly').click();
  await el.updateComplete;
  await typeInto(el, textarea(el, 'improve'), comment);
  const done = oneEvent(el, 'spoc-complete') as Promise<SpocCompleteEvent>;
  part(el, 'submit-button')!.click();
  const event = await done;
  await el.updateComplete;
  return event;
}

describe('<spoc-feedback>', () => {
  describe('with no JSON', () => {
    it('shows the standard set in English, the rating as a labelled radio group', async () => {
      const { feedback } = await moduleFeedback();
      expect(text(part(feedback, 'title'))).to.equal('Your feedback on this module');
      const prompts = parts(feedback, 'item-prompt').map(text);
      expect(prompts).to.deep.equal([
        'Overall, how satisfied are you with this module? (required)',
        'Was this module useful for your work? (required)',
        'What should we improve? (optional)',
      ]);
      const stars = [1, 2, 3, 4, 5].map((v) => input(feedback, 'satisfaction', v));
      expect(stars.map((s) => s.type)).to.deep.equal(Array(5).fill('radio'));
      expect(stars.map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 5 (Not satisfied at all)', '2 of 5', '3 of 5', '4 of 5', '5 of 5 (Very satisfied)']);
      expect(parts(feedback, 'point')[0]!.querySelector('svg')).to.not.equal(null);
      expect(text(part(feedback, 'counter'))).to.equal('0 / 2,000 characters');
      expect(part(feedback, 'anonymous-note')).to.equal(null);
      await expect(feedback).to.be.accessible();
    });

    it('speaks French, and scope="course" asks about the course', async () => {
      const { feedback } = await moduleFeedback({ lang: 'fr' });
      expect(text(part(feedback, 'title'))).to.equal('Votre avis sur ce module');
      expect(text(parts(feedback, 'item-prompt')[0]!)).to.equal('Dans l’ensemble, êtes-vous satisfait de ce module\u202f? (obligatoire)');
      expect(input(feedback, 'satisfaction', 1).getAttribute('aria-label')).to.equal('1 sur 5 (Pas du tout satisfait)');
      expect(text(part(feedback, 'counter'))).to.equal('0 / 2\u202f000 caractères');
      await expect(feedback).to.be.accessible();
      part(feedback, 'submit-button')!.click();
      await feedback.updateComplete;
      expect(text(part(feedback, 'error-summary'))).to.contain('2 réponses demandent votre attention\u00a0:');
      await expect(feedback).to.be.accessible();

      const course = await fixture<SpocFeedback>(html`<spoc-feedback scope="course" lang="en"></spoc-feedback>`);
      await course.ready;
      await course.updateComplete;
      expect(text(part(course, 'title'))).to.equal('Your feedback on the course');
      expect(text(parts(course, 'item-prompt')[1]!)).to.contain('Was this course useful for your work?');
    });
  });

  describe('answering and sending (xAPI)', () => {
    it('by keyboard only: arrow keys in the rating group, then answered × 3, rated and completed, accepted by the real LRS', async () => {
      const { statements, stop } = collectStatements();
      const { feedback, email } = await moduleFeedback();
      input(feedback, 'satisfaction', 1).focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      await feedback.updateComplete;
      expect(input(feedback, 'satisfaction', 4).checked).to.equal(true);
      expect(focused(feedback)).to.equal(input(feedback, 'satisfaction', 4));
      expect(parts(feedback, 'point').map((p) => p.classList.contains('filled'))).to.deep.equal([true, true, true, true, false]);
      await sendKeys({ press: 'Tab' }); // "useful" group
      expect(focused(feedback)).to.equal(input(feedback, 'useful', 'yes'));
      await sendKeys({ press: 'ArrowDown' });
      await feedback.updateComplete;
      expect(input(feedback, 'useful', 'partly').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(feedback)).to.equal(textarea(feedback, 'improve'));
      await sendKeys({ type: 'More role plays.' });
      await sendKeys({ press: 'Tab' });
      expect(focused(feedback)).to.equal(part(feedback, 'submit-button'));
      const done = oneEvent(feedback, 'spoc-complete') as Promise<SpocCompleteEvent>;
      await sendKeys({ press: 'Enter' });
      const { detail } = await done;
      await feedback.updateComplete;
      stop();
      expect(detail.score).to.deep.equal({ raw: 4, min: 1, max: 5, scaled: 0.75 });
      expect(text(part(feedback, 'thanks'))).to.contain('Thank you for your feedback!');
      expect(focused(feedback)).to.equal(feedback.shadowRoot!.getElementById('thanks-title'));
      await expect(feedback).to.be.accessible();

      expect(statements.map((s) => s.verb.id)).to.deep.equal([ANSWERED, ANSWERED, ANSWERED, RATED, COMPLETED]);
      statements.forEach(expectValidStatement);
      for (const s of statements) expect((s.actor as Agent).mbox).to.equal(`mailto:${email}`);
      const survey = `${COURSE}/feedback/m4`;
      const moduleId = `${COURSE}/module/m4`;
      const [rating, useful, improve, rated, completed] = statements as [Statement, Statement, Statement, Statement, Statement];
      const ratingObject = rating.object as Activity;
      expect(ratingObject.id).to.equal(`${survey}/item/satisfaction`);
      expect(ratingObject.definition).to.deep.include({ type: INTERACTION, interactionType: 'likert' });
      expect(ratingObject.definition!.scale!.map((c) => c.id)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(ratingObject.definition!.scale![0]!.description).to.deep.equal({ en: '1 (Not satisfied at all)', fr: '1 (Pas du tout satisfait)' });
      expect(rating.result).to.deep.equal({ response: '4' });
      expect((useful.object as Activity).definition).to.deep.include({ interactionType: 'choice' });
      expect((useful.object as Activity).definition!.choices!.map((c) => c.id)).to.deep.equal(['yes', 'partly', 'no']);
      expect(useful.result).to.deep.equal({ response: 'partly' });
      expect((improve.object as Activity).definition).to.deep.include({ interactionType: 'long-fill-in' });
      expect(improve.result).to.deep.equal({ response: 'More role plays.' });
      expect(rating.context!.contextActivities!.parent!.map((a) => a.id)).to.deep.equal([moduleId, survey]);
      expect(rating.context!.contextActivities!.grouping!.map((a) => a.id)).to.deep.equal([COURSE]);
      expect((rated.object as Activity).id).to.equal(moduleId);
      expect(rated.result).to.deep.equal({ score: { raw: 4, min: 1, max: 5 }, response: 'More role plays.' });
      expect((completed.object as Activity).id).to.equal(survey);
      expect((completed.object as Activity).definition!.type).to.equal(SURVEY);
      expect(completed.context!.contextActivities!.parent!.map((a) => a.id)).to.deep.equal([moduleId]);
      expect(completed.context!.contextActivities!.grouping!.map((a) => a.id)).to.deep.equal([COURSE]);
      await expectAcceptedByLrs(statements);
    });

    it('a custom questionnaire: numbers scale, NPS 0–10, multiple choice, intro and thank-you', async () => {
      const { statements, stop } = collectStatements();
      const feedback = await fixture<SpocFeedback>(html`<spoc-feedback .definition=${{ ...custom, id: `custom-${uuid()}` }}></spoc-feedback>`);
      await feedback.ready;
      await feedback.updateComplete;
      expect(text(part(feedback, 'title'))).to.equal('Workshop feedback');
      expect(text(part(feedback, 'intro'))).to.equal('Two minutes, and it helps the next cohort.');
      expect(feedback.shadowRoot!.querySelectorAll('input[name="item-recommend"]').length).to.equal(11);
      expect(input(feedback, 'recommend', 0).getAttribute('aria-label')).to.equal('0 (Not at all likely)');
      expect([...part(feedback, 'scale-labels')!.children].map(text)).to.deep.equal(['Too slow', 'Too fast']);
      await expect(feedback).to.be.accessible();
      input(feedback, 'pace', 3).click();
      input(feedback, 'recommend', 9).click();
      input(feedback, 'topics', 'meetings').click();
      input(feedback, 'topics', 'delegation').click();
      await feedback.updateComplete;
      expect(parts(feedback, 'point-selected').map(text)).to.deep.equal(['3', '9']);
      part(feedback, 'submit-button')!.click();
      await feedback.updateComplete;
      stop();
      expect(text(part(feedback, 'thanks'))).to.contain('Thanks, see you next week!');
      expect(parts(feedback, 'answers')[0]!.querySelectorAll('dd').length).to.equal(4);
      expect(text(part(feedback, 'answers'))).to.contain('9 / 10');
      expect(text(part(feedback, 'answers'))).to.contain('Meetings, Delegation');
      expect(text(part(feedback, 'answers'))).to.contain('No answer');
      await expect(feedback).to.be.accessible();
      const [pace, recommend, topics, rated, completed] = statements as [Statement, Statement, Statement, Statement, Statement];
      expect(statements.length).to.equal(5);
      expect((recommend.object as Activity).definition!.scale!.map((c) => c.id)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(recommend.result!.response).to.equal('9');
      expect(pace.result!.response).to.equal('3');
      expect(topics.result!.response).to.equal('meetings[,]delegation');
      expect(rated.result).to.deep.equal({ score: { raw: 3, min: 1, max: 4 } });
      expect((completed.object as Activity).definition!.name).to.deep.equal({ en: 'Workshop feedback', fr: 'Avis sur l’atelier' });
      statements.forEach(expectValidStatement);
      await expectAcceptedByLrs(statements);
    });

    it('required answers block sending with visible, announced errors', async () => {
      const { statements, stop } = collectStatements();
      const { feedback } = await moduleFeedback();
      input(feedback, 'useful', 'no').click();
      await feedback.updateComplete;
      part(feedback, 'submit-button')!.click();
      await feedback.updateComplete;
      stop();
      const summary = part(feedback, 'error-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(focused(feedback)).to.equal(summary);
      expect(text(summary)).to.contain('1 answer needs your attention:');
      expect(text(summary)).to.contain('Overall, how satisfied are you with this module? — Choose an answer.');
      expect(feedback.shadowRoot!.getElementById('item-satisfaction')!.getAttribute('aria-invalid')).to.equal('true');
      expect(statements).to.deep.equal([]);
      await expect(feedback).to.be.accessible();
      summary.querySelector('a')!.click();
      expect(focused(feedback)).to.equal(input(feedback, 'satisfaction', 1));
    });

    it('an answer over the length limit is refused with a message, never cut', async () => {
      const { statements, stop } = collectStatements();
      const feedback = await fixture<SpocFeedback>(html`<spoc-feedback .definition=${{ ...custom, id: `limit-${uuid()}` }}></spoc-feedback>`);
      await feedback.ready;
      await feedback.updateComplete;
      input(feedback, 'recommend', 7).click();
      await typeInto(feedback, textarea(feedback, 'remark'), 'Fifteen letters');
      expect(textarea(feedback, 'remark').value).to.equal('Fifteen letters');
      const error = part(feedback, 'field-error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.equal('This answer is too long: at most 10 characters (5 too many). Shorten it to send it.');
      expect(text(part(feedback, 'counter'))).to.equal('15 / 10 characters');
      expect(textarea(feedback, 'remark').getAttribute('aria-invalid')).to.equal('true');
      await expect(feedback).to.be.accessible();
      part(feedback, 'submit-button')!.click();
      await feedback.updateComplete;
      expect(part(feedback, 'thanks')).to.equal(null);
      expect(focused(feedback)).to.equal(part(feedback, 'error-summary'));
      textarea(feedback, 'remark').focus();
      await sendKeys({ press: 'End' });
      for (let i = 0; i < 5; i += 1) await sendKeys({ press: 'Backspace' });
      await feedback.updateComplete;
      expect(part(feedback, 'field-error')).to.equal(null);
      part(feedback, 'submit-button')!.click();
      await feedback.updateComplete;
      stop();
      expect(part(feedback, 'thanks')).to.not.equal(null);
      expect(statements.find((s) => (s.object as Activity).id.endsWith('/item/remark'))!.result!.response).to.equal('Fifteen le');
    });
  });

  describe('once per registration', () => {
    it('after sending, the thank-you and read-only answers, also after a reload; nothing can be sent twice', async () => {
      const first = await moduleFeedback();
      await answerDefaults(first.feedback);
      expect(part(first.feedback, 'submit-button')).to.equal(null);
      expect(part(first.feedback, 'change-button')).to.equal(null);
      expect(first.feedback.submitted).to.equal(true);
      await new Promise((r) => setTimeout(r, 50));
      first.course.remove();
      const { statements, stop } = collectStatements();
      const again = await moduleFeedback({ email: first.email });
      await waitUntil(() => part(again.feedback, 'thanks'), 'thanks after reload');
      stop();
      expect(text(part(again.feedback, 'answers'))).to.contain('4 / 5');
      expect(text(part(again.feedback, 'answers'))).to.contain('Partly');
      expect(text(part(again.feedback, 'answers'))).to.contain('More role plays.');
      expect(again.feedback.shadowRoot!.querySelector('input, textarea, [part~="submit-button"]')).to.equal(null);
      expect(statements).to.deep.equal([]);
      await expect(again.feedback).to.be.accessible();
    });

    it('allow-resubmit: the learner changes the answers and sends again', async () => {
      const { feedback } = await moduleFeedback({ resubmit: true });
      await answerDefaults(feedback);
      const change = part(feedback, 'change-button')!;
      expect(text(change)).to.equal('Change my answers');
      await expect(feedback).to.be.accessible();
      change.click();
      await feedback.updateComplete;
      expect(input(feedback, 'satisfaction', 4).checked).to.equal(true);
      expect(focused(feedback)).to.equal(input(feedback, 'satisfaction', 1));
      const { statements, stop } = collectStatements();
      input(feedback, 'satisfaction', 5).click();
      await feedback.updateComplete;
      part(feedback, 'submit-button')!.click();
      await feedback.updateComplete;
      stop();
      expect(statements.map((s) => s.verb.id)).to.deep.equal([ANSWERED, ANSWERED, ANSWERED, RATED, COMPLETED]);
      expect(statements[3]!.result!.score).to.deep.equal({ raw: 5, min: 1, max: 5 });
      expect(text(part(feedback, 'answers'))).to.contain('5 / 5 (Very satisfied)');
    });

    it('allow-resubmit: changes begun and not sent are a draft; after a reload the sent answers are shown', async () => {
      const first = await moduleFeedback({ resubmit: true });
      await answerDefaults(first.feedback);
      part(first.feedback, 'change-button')!.click();
      await first.feedback.updateComplete;
      input(first.feedback, 'satisfaction', 1).click();
      await first.feedback.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      first.course.remove();
      const again = await moduleFeedback({ email: first.email, resubmit: true });
      await waitUntil(() => part(again.feedback, 'thanks'), 'thanks after reload');
      expect(text(part(again.feedback, 'answers'))).to.contain('4 / 5');
      part(again.feedback, 'change-button')!.click();
      await again.feedback.updateComplete;
      expect(input(again.feedback, 'satisfaction', 1).checked).to.equal(true);
    });

    it('anonymous mode ignores allow-resubmit: a second response could not replace the first', async () => {
      const { feedback } = await moduleFeedback({ resubmit: true, anonymous: true });
      await answerDefaults(feedback);
      expect(part(feedback, 'thanks')).to.not.equal(null);
      expect(part(feedback, 'change-button')).to.equal(null);
    });

    it('the draft survives a reload', async () => {
      const first = await moduleFeedback();
      input(first.feedback, 'satisfaction', 2).click();
      await first.feedback.updateComplete;
      await typeInto(first.feedback, textarea(first.feedback, 'improve'), 'Brouillon');
      await new Promise((r) => setTimeout(r, 50));
      first.course.remove();
      const again = await moduleFeedback({ email: first.email });
      expect(input(again.feedback, 'satisfaction', 2).checked).to.equal(true);
      expect(textarea(again.feedback, 'improve').value).to.equal('Brouillon');
      expect(part(again.feedback, 'thanks')).to.equal(null);
    });
  });

  describe('anonymous mode', () => {
    it('answers and rating under a one-time pseudonym with no registration; only "completed" names the learner; all reach the real LRS', async () => {
      const endpoint = await lrsEndpoint();
      const { statements, stop } = collectStatements();
      const { course, feedback, email } = await moduleFeedback({ anonymous: true, lrs: endpoint });
      expect(text(part(feedback, 'anonymous-note'))).to.contain('Your answers are anonymous');
      await expect(feedback).to.be.accessible();
      const synced = oneEvent(course, 'spoc-sync');
      await answerDefaults(feedback);
      await synced;
      stop();
      expect(part(feedback, 'anonymous-note')).to.equal(null);
      await expect(feedback).to.be.accessible();
      expect(statements.map((s) => s.verb.id)).to.deep.equal([ANSWERED, ANSWERED, ANSWERED, RATED, COMPLETED]);
      const answers = statements.slice(0, 4);
      const completed = statements[4]!;
      const registration = course.tracker.registration;
      const pseudonyms = new Set(answers.map((s) => JSON.stringify(s.actor)));
      expect(pseudonyms.size).to.equal(1);
      const actor = answers[0]!.actor as Agent;
      expect(Object.keys(actor).sort()).to.deep.equal(['account', 'objectType']);
      expect(actor.account!.homePage).to.equal(COURSE);
      expect(actor.account!.name).to.match(/^[0-9a-f-]{36}$/);
      for (const s of answers) {
        const json = JSON.stringify(s);
        expect(json).to.not.contain(email);
        expect(json).to.not.contain('mbox');
        expect(json).to.not.contain('Ana Martin');
        expect(json).to.not.contain(registration);
        expect(json).to.not.contain((course.tracker.actor as Agent).mbox!);
        expect(s.context).to.not.have.property('registration');
        expect(s.context).to.not.have.property('extensions');
        expect(s.timestamp).to.match(/T00:00:00\.000Z$/);
      }
      expect(completed.actor).to.deep.equal(course.tracker.actor);
      expect(completed.context!.registration).to.equal(registration);
      expect(JSON.stringify(completed)).to.not.contain('More role plays');
      expect(completed.result).to.deep.equal({ completion: true });
      expectValidStatement(completed);

      // Delivered through the course's LRS outbox: the LRS has them as sent.
      const headers = { 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH };
      // (`spoc-sync` says the queue emptied once: the answers may leave in more than one batch.)
      for (const s of statements) {
        let stored: Response | undefined;
        await waitUntil(async () => (stored = await fetch(`${endpoint}statements?statementId=${s.id}`, { headers })).status === 200, `${s.verb.id} stored`, { timeout: 10000, interval: 200 });
        expect((await stored!.json()).actor).to.deep.equal(s.actor);
      }
      // ...and in the local store, still without the learner.
      const local = await course.tracker.store!.query({ agent: actor });
      expect(local.map((s) => s.id).sort()).to.deep.equal(answers.map((s) => s.id).sort());
      // The pseudonym is kept nowhere: not in localStorage, not in the saved answers.
      const saved = await course.tracker.store!.getState({ activityId: `${COURSE}/feedback/m4`, agent: course.tracker.actor, registration, stateId: 'https://w3id.org/spoc-elements/state/feedback' });
      expect(saved).to.deep.include({ answers: { satisfaction: 4, useful: ['partly'], improve: 'More role plays.' } });
      expect(JSON.stringify(saved)).to.not.contain(actor.account!.name);
      expect(JSON.stringify({ ...localStorage })).to.not.contain(actor.account!.name);
    });

    it('another sending gets another pseudonym; "anonymous": true in the JSON does the same', async () => {
      const { statements, stop } = collectStatements();
      const one = await fixture<SpocFeedback>(html`<spoc-feedback .definition=${{ ...custom, id: `anon-${uuid()}`, anonymous: true }}></spoc-feedback>`);
      await one.ready;
      await one.updateComplete;
      expect(part(one, 'anonymous-note')).to.not.equal(null);
      input(one, 'recommend', 10).click();
      await one.updateComplete;
      part(one, 'submit-button')!.click();
      await one.updateComplete;
      const two = await fixture<SpocFeedback>(html`<spoc-feedback .definition=${{ ...custom, id: `anon-${uuid()}`, anonymous: true }}></spoc-feedback>`);
      await two.ready;
      await two.updateComplete;
      input(two, 'recommend', 3).click();
      await two.updateComplete;
      part(two, 'submit-button')!.click();
      await two.updateComplete;
      stop();
      const answers = statements.filter((s) => s.verb.id === ANSWERED);
      expect(answers.length).to.equal(2);
      expect((answers[0]!.actor as Agent).account!.name).to.not.equal((answers[1]!.actor as Agent).account!.name);
      expect((answers[0]!.actor as Agent).account!.homePage).to.equal(location.origin);
      await expectAcceptedByLrs(statements);
    });
  });

  describe('inside an LMS (SCORM 1.2)', () => {
    // On an LMS page the runtime is there before the library loads, which then loads the bridges first.
    before(() => loadLmsBridges());
    afterEach(() => delete (window as Window & { API?: unknown }).API);

    it('anonymous answers never reach the LMS (which records as the learner); identified ones do', async () => {
      const api = new Scorm12API({ logLevel: 5 });
      api.loadFromFlattenedJSON({ 'cmi.core.student_id': `u-${uuid()}`, 'cmi.core.student_name': 'Martin, Ana' });
      (window as Window & { API?: unknown }).API = api;
      const definition = { id: `${COURSE}/scorm-${uuid()}`, title: 'SCORM course', modules: [{ id: 'm4', title: 'Four', activities: [{ id: 'm4', type: 'feedback' }] }] };
      const course = await fixture<SpocCourse>(html`<spoc-course scorm="1.2" lang="en" .definition=${definition}>
        <spoc-feedback module="m4" anonymous></spoc-feedback>
        <spoc-feedback module="m5"></spoc-feedback>
      </spoc-course>`);
      await course.definitionComplete;
      const [anonymous, identified] = [...course.querySelectorAll('spoc-feedback')] as [SpocFeedback, SpocFeedback];
      await anonymous.ready;
      await identified.ready;
      expect(api.isInitialized()).to.equal(true);
      const { statements, stop } = collectStatements();
      await answerDefaults(anonymous);
      // Sinks take a statement as it is sent (synchronously): an LMS that got one would have it now.
      const interactions = () => Object.entries(api.getFlattenedCMI()).filter(([key]) => /^cmi\.interactions\.\d+\.id$/.test(key)).map(([, value]) => String(value));
      expect(interactions()).to.deep.equal([]);
      expect(statements.filter((s) => s.verb.id === ANSWERED).every((s) => !(s.actor as Agent).account?.name.startsWith('u-'))).to.equal(true);
      await answerDefaults(identified);
      await waitUntil(() => interactions().length === 3, 'identified answers recorded by the LMS');
      stop();
      expect(interactions().every((id) => id.includes('/feedback/m5/item/'))).to.equal(true);
    });
  });

  describe('course and progress', () => {
    const definition: CourseDefinition = {
      title: 'Everyday management',
      modules: [
        { id: 'm4', title: 'Feedback conversations', activities: [{ id: 'm4', type: 'feedback' }] },
        { id: 'wrap', title: 'Wrap-up', activities: [{ id: 'course', type: 'feedback' }] },
      ],
    };

    it('<spoc-progress> counts the feedback and a certificate can require the course feedback (anonymous too)', async () => {
      const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${`p-${uuid()}@example.com`} learner-name="Ana Martin" .definition=${definition}>
        <spoc-progress variant="list"></spoc-progress>
        <spoc-feedback module="m4"></spoc-feedback>
        <spoc-feedback scope="course" anonymous></spoc-feedback>
        <spoc-certificate .definition=${{ id: 'cert', title: 'Everyday manager', issuer: { name: 'Acme Academy' }, rule: { courseCompleted: false, modules: ['wrap'] } }}></spoc-certificate>
      </spoc-course>`);
      const [moduleFeedback, courseFeedback] = [...course.querySelectorAll('spoc-feedback')] as [SpocFeedback, SpocFeedback];
      const progress = course.querySelector('spoc-progress') as SpocProgress;
      const certificate = course.querySelector('spoc-certificate') as SpocCertificate;
      await moduleFeedback.ready;
      await courseFeedback.ready;
      await waitUntil(() => progress.progress, 'progress computed');
      expect(progress.progress!.percent).to.equal(0);
      expect(certificate.earned).to.equal(false);
      await answerDefaults(moduleFeedback);
      await waitUntil(() => progress.progress?.percent === 0.5, 'module feedback counted');
      expect(progress.progress!.modules[0]!.activities[0]).to.deep.include({ id: 'm4', type: 'feedback', requirement: 'completed', met: true });
      expect(certificate.earned).to.equal(false);
      const earned = oneEvent(certificate, 'spoc-earned');
      await answerDefaults(courseFeedback);
      await earned;
      await waitUntil(() => progress.progress?.completed, 'course complete');
      expect(progress.progress!.modules[1]!.activities[0]).to.deep.include({ id: 'course', activityId: `${COURSE}/feedback/course`, met: true });
      expect(certificate.earned).to.equal(true);
    });
  });

  describe('form association', () => {
    it('submits its value with a real form, takes part in validity, and resets', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <spoc-feedback name="feedback" required .definition=${{ ...custom, id: `form-${uuid()}` }}></spoc-feedback>
        <button>Send</button>
      </form>`);
      const feedback = form.querySelector('spoc-feedback')!;
      await feedback.ready;
      await feedback.updateComplete;
      expect(feedback.form).to.equal(form);
      expect(form.checkValidity()).to.equal(false);
      expect(feedback.validity.valueMissing).to.equal(true);
      expect(feedback.validationMessage).to.equal('The questionnaire is not complete.');
      input(feedback, 'recommend', 8).click();
      await feedback.updateComplete;
      expect(feedback.checkValidity()).to.equal(true);
      await typeInto(feedback, textarea(feedback, 'remark'), 'Much too long');
      expect(feedback.validity.tooLong).to.equal(true);
      expect(feedback.validationMessage).to.equal('This answer is too long: at most 10 characters (3 too many). Shorten it to send it.');
      expect(form.checkValidity()).to.equal(false);
      textarea(feedback, 'remark').value = 'Fine';
      textarea(feedback, 'remark').dispatchEvent(new Event('input'));
      await feedback.updateComplete;
      expect(JSON.parse(new FormData(form).get('feedback') as string)).to.deep.include({ answers: { recommend: 8, remark: 'Fine' } });
      form.reset();
      await feedback.updateComplete;
      expect(input(feedback, 'recommend', 8).checked).to.equal(false);
      expect(textarea(feedback, 'remark').value).to.equal('');
      expect(form.checkValidity()).to.equal(false);
    });
  });

  describe('theming', () => {
    it('exposes parts and reads its custom properties', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--spoc-feedback-accent-color: rgb(0, 128, 0); --spoc-feedback-star-color: rgb(200, 0, 0)">
        <spoc-feedback module="theme"></spoc-feedback>
      </div>`);
      const feedback = wrapper.querySelector('spoc-feedback')!;
      await feedback.ready;
      await feedback.updateComplete;
      for (const name of ['base', 'title', 'item', 'item-prompt', 'scale', 'point', 'scale-labels', 'option', 'text', 'counter', 'submit-button']) expect(part(feedback, name), name).to.not.equal(null);
      expect(getComputedStyle(part(feedback, 'submit-button')!).backgroundColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(part(feedback, 'point')!.querySelector('svg')!).stroke).to.equal('rgb(200, 0, 0)');
    });

    it('stays accessible in a dark theme, sent or not', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div
        style="color-scheme: dark; background: #1f2933; --spoc-color-text: #e4e7eb; --spoc-color-muted: #b8c2cc; --spoc-color-surface: #1f2933; --spoc-color-surface-alt: #323f4b; --spoc-color-border: #7b8794; --spoc-color-accent: #93c5fd; --spoc-color-on-accent: #0b1220; --spoc-color-danger: #fca5a5; --spoc-color-warning: #fcd34d"
      >
        <spoc-feedback .definition=${{ ...custom, id: `dark-${uuid()}` }} allow-resubmit></spoc-feedback>
      </div>`);
      const feedback = wrapper.querySelector('spoc-feedback')!;
      await feedback.ready;
      await feedback.updateComplete;
      input(feedback, 'pace', 2).click();
      await feedback.updateComplete;
      await expect(feedback).to.be.accessible();
      part(feedback, 'submit-button')!.click();
      await feedback.updateComplete;
      await expect(feedback).to.be.accessible();
      input(feedback, 'recommend', 6).click();
      await feedback.updateComplete;
      part(feedback, 'submit-button')!.click();
      await feedback.updateComplete;
      expect(part(feedback, 'thanks')).to.not.equal(null);
      await expect(feedback).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('reads an inline JSON questionnaire; invalid JSON and an unreachable src show the error view', async () => {
      const inline = await fixture<SpocFeedback>(html`<spoc-feedback>
        <script type="application/json">
          { "id": "inline-q", "items": [{ "id": "nps", "kind": "nps", "prompt": "Recommend?" }] }
        </script>
      </spoc-feedback>`);
      await inline.ready;
      await inline.updateComplete;
      expect(inline.questionnaire!.id).to.equal('inline-q');
      expect(inline.shadowRoot!.querySelectorAll('input[name="item-nps"]').length).to.equal(11);

      const broken = document.createElement('spoc-feedback');
      broken.innerHTML = '<script type="application/json">{ "id": </script>';
      const invalid = oneEvent(broken, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(broken);
      expect((await invalid).detail.code).to.equal('invalid-json');
      await broken.updateComplete;
      expect(part(broken, 'error')).to.not.equal(null);
      broken.remove();

      const missing = document.createElement('spoc-feedback');
      missing.src = '/tests/fixtures/no-such-feedback.json';
      const failed = oneEvent(missing, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(missing);
      expect((await failed).detail.code).to.equal('fetch-failed');
      await missing.updateComplete;
      expect(text(part(missing, 'error'))).to.contain('HTTP 404');
      await expect(missing).to.be.accessible();
      missing.remove();
    });

    it('unknown kind, empty scale, min ≥ max, no options, duplicate ids: the localized error view with paths', async () => {
      const el = document.createElement('spoc-feedback');
      el.definition = { id: 'bad', items: [{ id: 'a', kind: 'stars', prompt: 'A' }] } as never; // invalid on purpose
      const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.code).to.equal('invalid-definition');
      expect(detail.issues!.map((i) => i.path)).to.deep.equal(['items[0].kind']);
      expect(detail.issues![0]!.message).to.contain('"rating", "nps", "choice", "multiple-choice", "text"');
      el.definition = {
        id: 'bad',
        items: [
          { id: 'a', kind: 'rating', prompt: 'A', min: 3, max: 3 },
          { id: 'b', kind: 'rating', prompt: 'B', min: 5, max: 1 },
          { id: 'c', kind: 'choice', prompt: 'C', options: [] },
          { id: 'a', kind: 'multiple-choice', prompt: 'D', options: [{ id: 'x', label: 'X' }, { id: 'x', label: 'Y' }] },
          { id: 'e', kind: 'text', prompt: 'E', minLength: 20, maxLength: 5 },
          { id: 'f', kind: 'nps', prompt: 'F', options: [] },
        ],
      };
      await el.ready;
      await el.updateComplete;
      const view = part(el, 'error')!;
      expect(view.getAttribute('role')).to.equal('alert');
      const lines = [...view.querySelectorAll('li')].map(text);
      expect(lines).to.include.members([
        'items[0].max — must be at least 4',
        'items[1].max — must be at least 6',
        'items[2].options — needs at least 1 item',
        'items[3].id — the id "a" is used more than once',
        'items[3].options[1].id — the id "x" is used more than once',
        'items[4].minLength — the minimum is above the maximum',
        'items[5] — unknown field: options',
      ]);
      await expect(el).to.be.accessible();
      el.lang = 'fr';
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.contain('Ce contenu ne peut pas être affiché');
      await expect(el).to.be.accessible();
      el.remove();
    });
  });
});
