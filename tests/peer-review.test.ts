import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocPeerReview } from '../src/components/peer-review/peer-review.js';
import type { PeerReviewDefinition } from '../src/components/peer-review/peer-review.schema.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import type { SpocReviewSubmitEvent } from '../src/events/spoc-review-submit.js';
import { uuid } from '../src/xapi/ids.js';
import type { Activity } from '../src/xapi/statement.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { collectStatements, expectValidStatement } from './helpers/statements.js';

const base: PeerReviewDefinition = await (await fetch(new URL('./fixtures/review-m3.json', import.meta.url))).json();
const COURSE = 'https://learn.example.com/courses/optimanager';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const radio = (el: SpocPeerReview, criterion: string, option: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="criterion-${criterion}"][value="${option}"]`)!;
const field = (el: SpocPeerReview, id: string) => el.shadowRoot!.getElementById(id) as HTMLTextAreaElement;

async function reviewInCourse(definition: unknown, options: { email?: string; lang?: string; mode?: string } = {}) {
  const email = options.email ?? `reviewer-${uuid()}@example.com`;
  const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${email} lang=${options.lang ?? ''}>
    <spoc-peer-review module="m3" mode=${options.mode ?? 'peer'} .definition=${definition}></spoc-peer-review>
  </spoc-course>`);
  const review = course.querySelector('spoc-peer-review')!;
  await review.ready;
  await review.updateComplete;
  return { course, review, email };
}

async function typeInto(el: SpocPeerReview, target: HTMLTextAreaElement, text: string) {
  target.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Fills the fixture's rubric with the mouse. */
async function fillByMouse(review: SpocPeerReview) {
  radio(review, 'clarity', 'partly').click();
  radio(review, 'timing', 'fits').click();
  await review.updateComplete;
  await typeInto(review, field(review, 'comment-timing'), 'Le timing est tenu.');
  await typeInto(review, field(review, 'overall'), 'Un plan clair, bravo.');
}

describe('<spoc-peer-review>', () => {
  describe('filling and sending (xAPI)', () => {
    it('by mouse: live total, confirmation, events and a reviewed statement the real LRS accepts', async () => {
      const { statements, stop } = collectStatements();
      const { review } = await reviewInCourse(base);
      expect(part(review, 'total')!.textContent).to.contain('Total: 0 / 5');
      await fillByMouse(review);
      expect(part(review, 'total')!.textContent).to.contain('Total: 4 / 5');
      part(review, 'submit-button')!.click();
      await review.updateComplete;
      expect(part(review, 'confirmation')!.textContent).to.contain('Send this review?');
      await expect(review).to.be.accessible();
      const submitted = oneEvent(review, 'spoc-review-submit') as Promise<SpocReviewSubmitEvent>;
      const completed = oneEvent(review, 'spoc-complete');
      part(review, 'confirm-button')!.click();
      const { detail } = await submitted;
      await completed;
      stop();
      expect(detail).to.deep.include({ mode: 'peer', choices: { clarity: 'partly', timing: 'fits' }, overall: 'Un plan clair, bravo.' });
      expect(detail.score).to.deep.equal({ raw: 4, min: 0, max: 5, scaled: 0.8 });
      await review.updateComplete;
      expect(part(review, 'summary')!.textContent).to.contain('Review sent');
      expect(part(review, 'submit-button')).to.equal(null);

      expect(statements.length).to.equal(1);
      const [statement] = statements;
      expectValidStatement(statement!);
      expect(statement!.verb.id).to.equal('http://id.tincanapi.com/verb/reviewed');
      const object = statement!.object as Activity;
      expect(object.id).to.equal(`${COURSE}/peer-review/review-m3/submission/sub-42`);
      expect(object.definition?.type).to.equal('http://id.tincanapi.com/activitytype/school-assignment');
      expect(statement!.result).to.deep.include({ score: { raw: 4, min: 0, max: 5, scaled: 0.8 }, response: 'Un plan clair, bravo.' });
      expect(statement!.result!.extensions!['https://w3id.org/spoc-elements/extensions/rubric']).to.deep.equal({
        criteria: [
          { id: 'clarity', option: 'partly', points: 1 },
          { id: 'timing', option: 'fits', points: 3, comment: 'Le timing est tenu.' },
          { id: 'strength' },
        ],
      });
      expect(statement!.context?.statement).to.deep.equal({ objectType: 'StatementRef', id: base.submission.statementId });
      expect(statement!.context?.extensions!['https://w3id.org/spoc-elements/extensions/review-mode']).to.equal('peer');
      expect(statement!.context?.contextActivities?.parent?.[0]!.id).to.equal(`${COURSE}/peer-review/review-m3`);
      expect(statement!.context?.contextActivities?.grouping?.map((a) => a.id)).to.deep.equal([COURSE, `${COURSE}/module/m3`]);
      await expectAcceptedByLrs(statements);
    });

    it('by keyboard only', async () => {
      const { review } = await reviewInCourse(base);
      radio(review, 'clarity', 'no').focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await review.updateComplete;
      expect(radio(review, 'clarity', 'yes').checked).to.equal(true);
      await sendKeys({ press: 'Tab' }); // clarity comment
      await sendKeys({ press: 'Tab' }); // timing radios
      await sendKeys({ press: 'Space' });
      await review.updateComplete;
      expect(radio(review, 'timing', 'over').checked).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await review.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Bien minuté' });
      await sendKeys({ press: 'Tab' }); // strength comment
      await sendKeys({ press: 'Tab' }); // overall
      await sendKeys({ type: 'Très bon plan de réunion.' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await review.updateComplete;
      expect(part(review, 'error-summary')).to.equal(null);
      expect(review.shadowRoot!.activeElement).to.equal(part(review, 'confirm-button'));
      await sendKeys({ press: 'Enter' });
      await review.updateComplete;
      expect(part(review, 'summary')!.textContent).to.contain('Total: 5 / 5');
    });

    it('required fields block sending with visible, announced errors', async () => {
      const { statements, stop } = collectStatements();
      const { review } = await reviewInCourse(base);
      radio(review, 'clarity', 'yes').click();
      await review.updateComplete;
      await typeInto(review, field(review, 'overall'), 'court');
      part(review, 'submit-button')!.click();
      await review.updateComplete;
      stop();
      const summary = part(review, 'error-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.textContent).to.contain('3 fields need your attention');
      expect(review.shadowRoot!.activeElement).to.equal(summary);
      expect(review.shadowRoot!.getElementById('criterion-timing')!.getAttribute('aria-invalid')).to.equal('true');
      expect(field(review, 'comment-timing').getAttribute('aria-describedby')).to.equal('error-comment-timing');
      expect(parts(review, 'field-error').map((e) => e.textContent)).to.deep.equal([
        'Choose a level for this criterion.',
        'Write a comment for this criterion.',
        'Write at least 10 characters.',
      ]);
      expect(part(review, 'confirmation')).to.equal(null);
      expect(statements).to.deep.equal([]);
      await expect(review).to.be.accessible();
    });

    it('cancelling spoc-review-submit sends nothing and keeps the form', async () => {
      const { statements, stop } = collectStatements();
      const { review } = await reviewInCourse(base);
      review.addEventListener('spoc-review-submit', (event) => event.preventDefault());
      await fillByMouse(review);
      part(review, 'submit-button')!.click();
      await review.updateComplete;
      part(review, 'confirm-button')!.click();
      await review.updateComplete;
      stop();
      expect(statements).to.deep.equal([]);
      expect(part(review, 'summary')).to.equal(null);
      expect(radio(review, 'timing', 'fits').checked).to.equal(true);
    });

    it('self mode: the learner is the actor and the mode is recorded', async () => {
      const { statements, stop } = collectStatements();
      const { review, email } = await reviewInCourse({ ...base, id: `self-${uuid()}` }, { mode: 'self' });
      expect(part(review, 'base')!.textContent).to.contain('Self-assessment');
      await fillByMouse(review);
      part(review, 'submit-button')!.click();
      await review.updateComplete;
      part(review, 'confirm-button')!.click();
      await review.updateComplete;
      stop();
      expect(statements[0]!.actor.mbox).to.equal(`mailto:${email}`);
      expect(statements[0]!.context?.extensions!['https://w3id.org/spoc-elements/extensions/review-mode']).to.equal('self');
      await expectAcceptedByLrs(statements);
    });
  });

  describe('draft and calibration', () => {
    it('the draft survives a reload', async () => {
      const first = await reviewInCourse(base);
      radio(first.review, 'timing', 'over').click();
      await first.review.updateComplete;
      await typeInto(first.review, field(first.review, 'overall'), 'Brouillon en cours');
      await new Promise((r) => setTimeout(r, 50));
      first.course.remove();
      const again = await reviewInCourse(base, { email: first.email });
      expect(radio(again.review, 'timing', 'over').checked).to.equal(true);
      expect(field(again.review, 'overall').value).to.equal('Brouillon en cours');
    });

    it('calibration shows how the review differs from the reference, criterion by criterion', async () => {
      const { review } = await reviewInCourse({ ...base, id: `cal-${uuid()}` }, { mode: 'calibration' });
      await fillByMouse(review);
      part(review, 'submit-button')!.click();
      await review.updateComplete;
      part(review, 'confirm-button')!.click();
      await review.updateComplete;
      const summary = part(review, 'summary')!;
      expect(summary.textContent).to.contain('You matched the reference on 1 of 2 criteria.');
      const rows = parts(review, 'difference');
      expect(rows[0]!.textContent).to.contain('Differs from the reference (-1 pt)');
      expect(rows[1]!.textContent).to.contain('Same as the reference');
      expect(summary.textContent).to.contain('Le timing est annoncé.');
      await expect(review).to.be.accessible();
    });
  });

  describe('received mode', () => {
    const reviews = [
      { choices: { clarity: 'no', timing: 'fits' }, comments: { timing: 'Bien.' } },
      { choices: { clarity: 'yes', timing: 'over' }, overall: 'Trop long.' },
      { choices: { clarity: 'yes', timing: 'fits' } },
    ];
    it('aggregates three reviews with the median, and with the mean', async () => {
      const { review } = await reviewInCourse({ ...base, reviews }, { mode: 'received' });
      const value = (id: string) => review.shadowRoot!.querySelector(`[data-criterion="${id}"] td`)!.textContent;
      expect(part(review, 'received')!.textContent).to.contain('3 reviews');
      expect(value('clarity')).to.equal('2 / 2');
      expect(value('timing')).to.equal('3 / 3');
      expect(parts(review, 'received-comment').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Reviewer 1 — Gestion du temps: Bien.',
        'Reviewer 2 — Trop long.',
      ]);
      expect(part(review, 'submit-button')).to.equal(null);
      await expect(review).to.be.accessible();
      review.definition = { ...base, reviews, aggregate: 'mean' };
      await review.ready;
      await review.updateComplete;
      expect(value('clarity')).to.equal('1.33 / 2');
      expect(value('timing')).to.equal('2 / 3');
    });
  });

  describe('form association', () => {
    it('submits its value with a real form, takes part in validity, and resets', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <spoc-peer-review name="review" required .definition=${{ ...base, id: `form-${uuid()}` }}></spoc-peer-review>
        <button>Send</button>
      </form>`);
      const review = form.querySelector('spoc-peer-review')!;
      await review.ready;
      await review.updateComplete;
      expect(review.form).to.equal(form);
      expect(form.checkValidity()).to.equal(false);
      expect(review.validity.valueMissing).to.equal(true);
      expect(review.validationMessage).to.equal('The review is not complete.');
      await fillByMouse(review);
      expect(review.checkValidity()).to.equal(true);
      const value = JSON.parse(new FormData(form).get('review') as string);
      expect(value).to.deep.include({ mode: 'peer', choices: { clarity: 'partly', timing: 'fits' }, overall: 'Un plan clair, bravo.' });
      expect(value.score.raw).to.equal(4);
      form.reset();
      await review.updateComplete;
      expect(radio(review, 'timing', 'fits').checked).to.equal(false);
      expect(field(review, 'overall').value).to.equal('');
      expect(form.checkValidity()).to.equal(false);
    });
  });

  describe('localization', () => {
    it('speaks French and stays accessible', async () => {
      const { review } = await reviewInCourse({ ...base, id: `fr-${uuid()}` }, { lang: 'fr' });
      expect(part(review, 'base')!.textContent).to.contain('Évaluation par les pairs');
      part(review, 'submit-button')!.click();
      await review.updateComplete;
      expect(part(review, 'error-summary')!.textContent).to.contain('votre attention');
      await expect(review).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('exposes parts and reads its custom properties', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--spoc-peer-review-accent-color: rgb(0, 128, 0)">
        <spoc-peer-review .definition=${{ ...base, id: `theme-${uuid()}` }}></spoc-peer-review>
      </div>`);
      const review = wrapper.querySelector('spoc-peer-review')!;
      await review.ready;
      await review.updateComplete;
      for (const name of ['base', 'submission', 'rubric', 'criterion', 'option', 'comment', 'total', 'submit-button']) expect(part(review, name), name).to.not.equal(null);
      expect(getComputedStyle(part(review, 'submit-button')!).backgroundColor).to.equal('rgb(0, 128, 0)');
    });
  });

  describe('bad input', () => {
    it('an invalid rubric: no criteria, option without points, duplicate ids, min above max', async () => {
      const el = document.createElement('spoc-peer-review');
      el.definition = {
        id: 'r',
        submission: { id: 's', title: 'T' },
        rubric: { criteria: [{ id: 'a', title: 'A', options: [{ id: 'x', label: 'X' }] }, { id: 'a', title: 'B', options: [] }] },
        overallComment: { minLength: 20, maxLength: 5 },
      } as never; // invalid on purpose
      const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.issues!.map((i) => i.path)).to.include('rubric.criteria[0].options[0].points');
      el.definition = { id: 'r', submission: { id: 's', title: 'T' }, rubric: { criteria: [] } };
      await el.ready;
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('rubric.criteria');
      el.definition = {
        id: 'r',
        submission: { id: 's', title: 'T' },
        rubric: { criteria: [{ id: 'a', title: 'A', options: [{ id: 'x', label: 'X', points: 1 }] }, { id: 'a', title: 'B', options: [] }] },
        overallComment: { minLength: 20, maxLength: 5 },
      };
      await el.ready;
      await el.updateComplete;
      const text = part(el, 'error')!.textContent!;
      expect(text).to.contain('rubric.criteria[1].id');
      expect(text).to.contain('rubric.criteria[1].options');
      expect(text).to.contain('overallComment.minLength');
      expect(text).to.contain('the minimum is above the maximum');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('hostile HTML in the submission renders inert', async () => {
      (window as unknown as { pwned?: boolean }).pwned = false;
      const review = await fixture<SpocPeerReview>(html`<spoc-peer-review
        .definition=${{
          ...base,
          id: `x-${uuid()}`,
          submission: {
            id: 's',
            title: '<img src=x onerror="window.pwned=true">',
            html:
              '<p>Bonjour</p><img src="x" onerror="window.pwned=true"><script>window.pwned=true</script><a href="javascript:window.pwned=true">x</a>' +
              '<a href=" JaVa&#9;ScRiPt:window.pwned=true">2</a><a href="data:text/html,x">3</a><a href="vbscript:msgbox(1)">4</a><iframe src="javascript:x"></iframe>',
            links: [{ url: 'https://intranet.example.com/plan.pdf', title: '<img src=x onerror="window.pwned=true">' }],
          },
        }}
      ></spoc-peer-review>`);
      await review.ready;
      await review.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
      expect(review.shadowRoot!.querySelector('script')).to.equal(null);
      expect([...review.shadowRoot!.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).to.equal(false);
      expect(part(review, 'submission-body')!.textContent).to.contain('Bonjour');
      expect(part(review, 'submission-title')!.textContent).to.contain('<img');
      expect(review.shadowRoot!.querySelector('script, iframe, object, embed')).to.equal(null);
      const urls = [...review.shadowRoot!.querySelectorAll('*')].flatMap((el) => ['href', 'src', 'action', 'formaction'].map((name) => el.getAttribute(name)).filter((v): v is string => v !== null));
      for (const url of urls) expect(url.replace(/[\t\n\r]/g, '').trim().toLowerCase(), url).to.not.match(/^(javascript|data|vbscript):/);
      expect(part(review, 'links')!.textContent).to.contain('<img');
    });
  });

  describe('links from other learners', () => {
    const hostileUrls = [
      'javascript:window.pwned=true',
      'JaVaScRiPt:window.pwned=true',
      '   javascript:window.pwned=true',
      'java\tscript:window.pwned=true',
      '\njavascript:window.pwned=true',
      'data:text/html,<script>window.pwned=true</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ];
    for (const url of hostileUrls) {
      it(`refuses ${JSON.stringify(url)} with the path, and renders no link`, async () => {
        (window as unknown as { pwned?: boolean }).pwned = false;
        const { statements, stop } = collectStatements();
        const el = document.createElement('spoc-peer-review');
        el.definition = { ...base, id: `links-${uuid()}`, submission: { ...base.submission, links: [{ url: 'https://example.com/ok.pdf', title: 'OK' }, { url, title: 'Plan' }] } };
        const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
        document.body.append(el);
        const { detail } = await failed;
        await el.updateComplete;
        stop();
        expect(detail.issues!.map((i) => i.path)).to.deep.equal(['submission.links[1].url']);
        expect(detail.issues![0]!.code).to.equal('unsafe-url');
        const error = part(el, 'error')!;
        expect(error.textContent).to.contain('submission.links[1].url');
        expect(error.textContent).to.contain('is not an allowed URL');
        expect(el.shadowRoot!.querySelector('a[href]')).to.equal(null);
        expect(statements).to.deep.equal([]);
        expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
        el.remove();
      });
    }

    it('in French; https, http and relative links stay links', async () => {
      const el = document.createElement('spoc-peer-review');
      el.lang = 'fr';
      el.definition = { ...base, id: `links-fr-${uuid()}`, submission: { ...base.submission, links: [{ url: 'javascript:alert(1)' }] } };
      const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(el);
      await failed;
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('submission.links[0].url');
      expect(part(el, 'error')!.textContent).to.contain('Ce contenu ne peut pas être affiché');
      await expect(el).to.be.accessible();
      el.remove();
      const ok = [
        { url: 'https://intranet.example.com/plan.pdf', title: 'Plan' },
        { url: 'http://intranet.example.com/old.pdf', title: 'Ancien plan' },
        { url: 'files/notes.pdf', title: 'Notes' },
      ];
      const { review } = await reviewInCourse({ ...base, id: `links-ok-${uuid()}`, submission: { ...base.submission, links: ok } });
      expect([...part(review, 'links')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(ok.map((l) => l.url));
      await expect(review).to.be.accessible();
    });
  });

  describe('attributes validated like the definition', () => {
    for (const lang of ['en', 'fr']) {
      it(`mode="group" (${lang}): the error view names the attribute, never a silent peer review`, async () => {
        const { statements, stop } = collectStatements();
        const el = document.createElement('spoc-peer-review');
        el.lang = lang;
        el.setAttribute('mode', 'group');
        el.definition = { ...base, id: `mode-${uuid()}` };
        const failed = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
        document.body.append(el);
        const { detail } = await failed;
        await el.updateComplete;
        stop();
        expect(detail.code).to.equal('invalid-attribute');
        expect(detail.issues!.map((i) => i.path)).to.deep.equal(['mode']);
        const text = part(el, 'error')!.textContent!;
        expect(text).to.contain('mode');
        expect(text).to.contain(lang === 'en' ? '“group” is not a review mode; use one of peer, self, calibration, received' : '«\u00a0group\u00a0» n’est pas un mode d’évaluation');
        expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
        expect(el.shadowRoot!.querySelector('form')).to.equal(null);
        expect(statements).to.deep.equal([]);
        await expect(el).to.be.accessible();
        // A valid value brings the review back.
        el.setAttribute('mode', 'self');
        await el.ready;
        await el.updateComplete;
        expect(part(el, 'error')).to.equal(null);
        expect(part(el, 'base')!.textContent).to.contain(lang === 'en' ? 'Self-assessment' : 'Auto-évaluation');
        el.remove();
      });
    }
  });

  describe('what the reviewer reads', () => {
    it('the error summary names each criterion, and its links focus the field', async () => {
      const { review } = await reviewInCourse({ ...base, id: `summary-${uuid()}` });
      part(review, 'submit-button')!.click();
      await review.updateComplete;
      const summary = part(review, 'error-summary')!;
      expect(review.shadowRoot!.activeElement).to.equal(summary);
      const lines = [...summary.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(lines).to.deep.equal([
        "Clarté de l'objectif: Choose a level for this criterion.",
        'Gestion du temps: Choose a level for this criterion.',
        'Gestion du temps — Comment: Write a comment for this criterion.',
        'Votre retour général: Write at least 10 characters.',
      ]);
      summary.querySelectorAll('a')[1]!.click();
      await review.updateComplete;
      expect(review.shadowRoot!.activeElement).to.equal(radio(review, 'timing', 'over'));
      await expect(review).to.be.accessible();
    });

    it('points: "1 pt" and "2 pts" in English, "1 point" and "2 points" in French', async () => {
      const en = await reviewInCourse({ ...base, id: `pts-${uuid()}` });
      const label = (el: SpocPeerReview, criterion: string, option: string) => radio(el, criterion, option).closest('label')!.querySelector('.points')!.textContent;
      expect(label(en.review, 'clarity', 'no')).to.equal('(0 pts)');
      expect(label(en.review, 'clarity', 'partly')).to.equal('(1 pt)');
      expect(label(en.review, 'clarity', 'yes')).to.equal('(2 pts)');
      const fr = await reviewInCourse({ ...base, id: `pts-fr-${uuid()}` }, { lang: 'fr' });
      expect(label(fr.review, 'clarity', 'no')).to.equal('(0 point)');
      expect(label(fr.review, 'clarity', 'partly')).to.equal('(1 point)');
      expect(label(fr.review, 'clarity', 'yes')).to.equal('(2 points)');
      expect(label(fr.review, 'timing', 'fits')).to.equal('(3 points)');
      part(fr.review, 'submit-button')!.click();
      await fr.review.updateComplete;
      expect(part(fr.review, 'error-summary')!.textContent).to.contain('Clarté de l\'objectif\u00a0: Choisissez un niveau pour ce critère.');
      await expect(fr.review).to.be.accessible();
    });

    it('received: the spread beside the median, in English and in French', async () => {
      const reviews = [
        { choices: { clarity: 'no', timing: 'fits' } },
        { choices: { clarity: 'yes', timing: 'fits' } },
        { choices: { clarity: 'yes', timing: 'fits' } },
      ];
      const { review } = await reviewInCourse({ ...base, reviews }, { mode: 'received' });
      const row = (id: string) => [...review.shadowRoot!.querySelectorAll(`[data-criterion="${id}"] td`)].map((td) => td.textContent!.trim());
      expect([...review.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Rubric', 'median', 'range']);
      expect(row('clarity')).to.deep.equal(['2 / 2', '0–2']);
      expect(row('timing')).to.deep.equal(['3 / 3', '3']);
      await expect(review).to.be.accessible();
      const fr = await reviewInCourse({ ...base, reviews: [...reviews, { choices: { clarity: 'partly', timing: 'over' } }], aggregate: 'mean' }, { mode: 'received', lang: 'fr' });
      const frRow = (id: string) => [...fr.review.shadowRoot!.querySelectorAll(`[data-criterion="${id}"] td`)].map((td) => td.textContent!.trim());
      expect([...fr.review.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Grille d’évaluation', 'moyenne', 'étendue']);
      expect(frRow('clarity')).to.deep.equal(['1,25 / 2', '0–2']);
      expect(frRow('timing')).to.deep.equal(['2,25 / 3', '0–3']);
      await expect(fr.review).to.be.accessible();
    });

    it('in French from start to summary: typography, plural points, focus and axe at each step', async () => {
      const { review } = await reviewInCourse({ ...base, id: `fr-all-${uuid()}` }, { lang: 'fr', mode: 'calibration' });
      await fillByMouse(review);
      expect(part(review, 'total')!.textContent).to.contain('Total\u00a0: 4 / 5');
      part(review, 'submit-button')!.click();
      await review.updateComplete;
      await review.updateComplete;
      expect(review.shadowRoot!.activeElement).to.equal(part(review, 'confirm-button'));
      expect(part(review, 'confirmation')!.textContent).to.contain('Envoyer cette évaluation\u202f?');
      await expect(review).to.be.accessible();
      part(review, 'confirm-button')!.click();
      await review.updateComplete;
      await review.updateComplete;
      const summary = part(review, 'summary')!;
      expect(review.shadowRoot!.activeElement).to.equal(summary.querySelector('h3'));
      // Only ordinary white space is collapsed: the no-break spaces are part of what is checked.
      const text = summary.textContent!.replace(/[ \n\t]+/g, ' ');
      expect(text).to.contain('Évaluation envoyée. Merci\u202f!');
      expect(text).to.contain('Votre évaluation\u00a0: Implicite (1 point)');
      expect(text).to.contain('Évaluation de référence\u00a0: Explicite (2 points)');
      expect(text).to.contain('Différente de la référence (-1 point)');
      expect(text).to.contain('Vous rejoignez la référence sur 1 critère sur 2.');
      await expect(review).to.be.accessible();
    });

    it('fits a 320 px viewport: the form, the summary and the received table', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const fits = () => document.scrollingElement!.scrollWidth <= window.innerWidth;
        const { review } = await reviewInCourse({ ...base, id: `narrow-${uuid()}` });
        expect(fits(), `form: ${document.scrollingElement!.scrollWidth}`).to.equal(true);
        part(review, 'submit-button')!.click();
        await review.updateComplete;
        expect(fits(), `errors: ${document.scrollingElement!.scrollWidth}`).to.equal(true);
        const received = await reviewInCourse({ ...base, reviews: [{ choices: { clarity: 'no', timing: 'fits' }, comments: { timing: 'Bien.' } }] }, { mode: 'received' });
        expect(fits(), `received: ${document.scrollingElement!.scrollWidth}`).to.equal(true);
        await expect(received.review).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
