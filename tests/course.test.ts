import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../src/index.js';
import type { SpocCourse } from '../src/components/course/course.js';
import { courseContext } from '../src/context/course-context.js';
import { SpocElement } from '../src/internal/spoc-element.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { expectValidStatement } from './helpers/statements.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';

/** A minimal element that reads the course context, as every spoc element does. */
class ContextProbe extends LitElement {
  readonly course = new ContextConsumer(this, { context: courseContext, subscribe: true });
}
customElements.define('test-context-probe', ContextProbe);

const definition = {
  id: 'https://learn.example.com/courses/optimanager',
  title: { fr: 'Manager au quotidien', en: 'Everyday management' },
  lang: 'fr',
  modules: [
    { id: 'm1', title: 'Le rôle du manager', activities: [{ id: 'quiz-m1', type: 'quiz' }] },
    { id: 'm2', title: 'Communiquer', activities: [{ id: 'capsule-m2', type: 'capsule' }] },
  ],
};

describe('<spoc-course>', () => {
  describe('context', () => {
    it('provides learner, registration, tracker and definition to a nested element', async () => {
      const el = await fixture<SpocCourse>(html`<spoc-course
        learner-email="ana@example.com"
        learner-name="Ana"
        .definition=${definition}
        ><test-context-probe></test-context-probe
      ></spoc-course>`);
      const probe = el.querySelector<ContextProbe>('test-context-probe')!;
      await waitUntil(() => probe.course.value?.definition, 'definition provided');
      const course = probe.course.value!;
      expect(course.courseId).to.equal(definition.id);
      expect(course.actor).to.deep.equal({ objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana@example.com' });
      expect(course.registration).to.match(/^[0-9a-f-]{36}$/);
      const heard = oneEvent(el, 'spoc-statement');
      course.tracker.send({ verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } }, object: { id: `${course.courseId}/page` } }, probe);
      const { statement } = (await heard).detail;
      expectValidStatement(statement);
      expect(statement.context.language).to.equal('fr');
    });

    it('the course-id attribute wins over the definition and a new learner gets a new context', async () => {
      const el = await fixture<SpocCourse>(html`<spoc-course course-id="https://example.com/c/2" learner-email="a@example.com"
        ><test-context-probe></test-context-probe
      ></spoc-course>`);
      const probe = el.querySelector<ContextProbe>('test-context-probe')!;
      expect(probe.course.value?.courseId).to.equal('https://example.com/c/2');
      const first = probe.course.value!;
      el.learnerEmail = 'b@example.com';
      await el.updateComplete;
      expect(probe.course.value!.actor.mbox).to.equal('mailto:b@example.com');
      expect(probe.course.value!.registration).to.not.equal(first.registration);
    });

    it('progressed is rounded as the bar shows it: 2 of 3 activities is 67', async () => {
      const three = {
        id: `https://learn.example.com/courses/round-${crypto.randomUUID()}`,
        title: 'Three',
        modules: [{ id: 'm1', title: 'One', activities: [{ id: 'a', type: 'resource' }, { id: 'b', type: 'resource' }, { id: 'c', type: 'resource' }] }],
      };
      const el = await fixture<SpocCourse>(html`<spoc-course learner-email=${`round-${crypto.randomUUID()}@example.com`} .definition=${three}></spoc-course>`);
      await el.definitionComplete;
      await el.updateComplete;
      const progressed: number[] = [];
      el.addEventListener('spoc-statement', (event) => {
        const { statement } = (event as CustomEvent).detail;
        if (statement.verb.id === 'http://adlnet.gov/expapi/verbs/progressed') progressed.push(statement.result.extensions['https://w3id.org/xapi/cmi5/result/extensions/progress']);
      });
      for (const id of ['a', 'b']) {
        el.tracker.send({ verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } }, object: { id: `${three.id}/resource/${id}` } }, el);
        await waitUntil(() => progressed.length > 0 && el.progress?.modules[0]!.activities.filter((a) => a.met).length === ['a', 'b'].indexOf(id) + 1, 'counted');
      }
      await waitUntil(() => progressed.at(-1) === 67, `progressed 67 (got ${progressed})`);
      expect(progressed).to.deep.equal([33, 67]);
    });

    it('a progress change renders again what shows progress (the certificate, the progress bar), not the other elements', async () => {
      const three = {
        id: `https://learn.example.com/courses/renders-${crypto.randomUUID()}`,
        title: 'Three',
        modules: [{ id: 'm1', title: 'One', activities: [{ id: 'a', type: 'resource' }, { id: 'b', type: 'resource' }, { id: 'q', type: 'quiz' }] }],
      };
      const quizDefinition = { id: 'q', questions: [{ id: 'q1', type: 'true-false', prompt: 'Ready?', correct: true }] };
      const el = await fixture<SpocCourse>(html`<spoc-course lang="en" learner-email=${`renders-${crypto.randomUUID()}@example.com`} .definition=${three}>
        <spoc-progress></spoc-progress>
        <spoc-quiz module="m1" .definition=${quizDefinition}></spoc-quiz>
        <spoc-certificate></spoc-certificate>
      </spoc-course>`);
      await el.definitionComplete;
      const quiz = el.querySelector('spoc-quiz')!;
      const progress = el.querySelector('spoc-progress')!;
      const certificate = el.querySelector('spoc-certificate')!;
      await quiz.ready;
      await waitUntil(() => progress.progress && el.progress, 'progress computed');
      await Promise.all([quiz.updateComplete, progress.updateComplete, certificate.updateComplete]);
      const renders = new Map<Element, number>();
      for (const element of [quiz, progress, certificate] as unknown as Array<LitElement & { updated(changed: unknown): void }>) {
        const updated = element.updated.bind(element);
        element.updated = (changed: unknown) => {
          renders.set(element, (renders.get(element) ?? 0) + 1);
          updated(changed);
        };
      }
      const percentBefore = el.progress!.percent;
      el.tracker.send({ verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } }, object: { id: `${three.id}/resource/a` } }, el);
      await waitUntil(() => el.progress!.percent > percentBefore, 'the course progressed');
      await waitUntil(() => (renders.get(progress) ?? 0) > 0 && (renders.get(certificate) ?? 0) > 0, 'the progress bar and the certificate rendered again');
      await Promise.all([quiz.updateComplete, progress.updateComplete, certificate.updateComplete]);
      expect(renders.get(quiz) ?? 0, 'the quiz shows no progress: not rendered again').to.equal(0);
      expect(progress.shadowRoot!.textContent).to.contain('33');
    });

    it('a lone element (no course) still has no context and does not fail', async () => {
      const probe = await fixture<ContextProbe>(html`<test-context-probe></test-context-probe>`);
      expect(probe.course.value).to.equal(undefined);
    });

    it('reads an inline JSON definition', async () => {
      const el = await fixture<SpocCourse>(html`<spoc-course
        ><script type="application/json">
          ${JSON.stringify(definition)}
        </script></spoc-course
      >`);
      await el.definitionComplete;
      await waitUntil(() => el.course, 'inline definition parsed');
      expect(el.course?.modules.map((m) => m.id)).to.deep.equal(['m1', 'm2']);
    });
  });

  describe('bad input', () => {
    const broken = {
      id: 'not an iri',
      title: 'x',
      modules: [
        { id: 'm1', title: 'A', activities: [] },
        { id: 'm1', title: 'B', activities: [{ id: 'q', type: 'poll' }] },
      ],
    };

    it('lists each problem with its path, in English, and fires spoc-error', async () => {
      const el = document.createElement('spoc-course');
      el.definition = broken as never; // invalid on purpose
      const failed = oneEvent(el, 'spoc-error');
      document.body.append(el);
      const { detail } = (await failed) as SpocErrorEvent;
      expect(detail.code).to.equal('invalid-definition');
      expect(detail.issues!.map((i) => i.path)).to.include.members(['id', 'modules[1].activities[0].type']);
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('This content cannot be shown');
      expect(error.textContent).to.contain('modules[1].activities[0].type');
      expect(error.textContent).to.contain('must be an absolute IRI');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('reports duplicate ids once the shape is right', async () => {
      const el = await fixture<SpocCourse>(html`<spoc-course .definition=${{ ...broken, id: 'https://x.example/c', modules: [broken.modules[0], { ...broken.modules[1], activities: [] }] }}></spoc-course>`);
      await el.definitionComplete;
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.textContent).to.contain('modules[1].id');
      expect(error.textContent).to.contain('the id "m1" is used more than once');
    });

    it('speaks French with lang="fr"', async () => {
      const el = await fixture<SpocCourse>(html`<spoc-course lang="fr" .definition=${broken}></spoc-course>`);
      await el.definitionComplete;
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.textContent).to.contain('Ce contenu ne peut pas être affiché');
      expect(error.textContent).to.contain('doit être un IRI absolu');
      expect(error.textContent).to.contain('doit être l’une des valeurs');
      await expect(el).to.be.accessible();
    });

    it('reports invalid JSON and an unreachable src', async () => {
      const invalid = await fixture<SpocCourse>(html`<spoc-course><script type="application/json">{ "title": </script></spoc-course>`);
      await invalid.definitionComplete;
      await invalid.updateComplete;
      expect(invalid.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('not valid JSON');

      const el = document.createElement('spoc-course');
      el.src = '/does-not-exist.json';
      const failed = oneEvent(el, 'spoc-error');
      document.body.append(el);
      expect((await failed).detail.code).to.equal('fetch-failed');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('404');
      el.remove();
    });
  });

  describe('accessibility', () => {
    it('passes axe with content', async () => {
      const el = await fixture<SpocCourse>(html`<spoc-course .definition=${definition}><p>Bienvenue</p></spoc-course>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('define guard', () => {
    it('defining a tag twice (two copies of the bundle) warns instead of throwing', () => {
      class Copy extends SpocElement {}
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        Copy.define('spoc-course');
      } finally {
        console.warn = warn;
      }
      expect(warnings.length).to.equal(1);
      expect(customElements.get('spoc-course')).to.not.equal(Copy);
    });
  });

  describe('attributes validated like definitions', () => {
    const cases: Array<{ attrs: Record<string, string>; bad: string; en: string; fr: string }> = [
      { attrs: { 'learner-email': 'ana(at)example' }, bad: 'learner-email', en: 'is not an email address', fr: 'n’est pas une adresse e-mail' },
      { attrs: { 'learner-account-home-page': 'intranet', 'learner-account-name': 'ana' }, bad: 'learner-account-home-page', en: 'is not an absolute http or https address', fr: 'n’est pas une adresse http ou https absolue' },
      { attrs: { 'course-id': 'https://learn.example.com/my course' }, bad: 'course-id', en: 'is not an absolute IRI without spaces', fr: 'n’est pas un IRI absolu sans espace' },
      { attrs: { 'course-id': 'my-course' }, bad: 'course-id', en: 'is not an absolute IRI without spaces', fr: 'n’est pas un IRI absolu sans espace' },
      { attrs: { 'lrs-endpoint': ' JaVa\tScript:alert(1)' }, bad: 'lrs-endpoint', en: 'is not an http, https or relative address', fr: 'n’est pas une adresse http, https ou relative' },
    ];
    for (const { attrs, bad, en, fr } of cases) {
      it(`${bad}="${Object.values(attrs)[0]}": the error view names it, spoc-error, and no statement carries the value`, async () => {
        for (const lang of ['en', 'fr']) {
          const el = document.createElement('spoc-course') as SpocCourse;
          el.setAttribute('lang', lang);
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
          el.definition = definition as SpocCourse['definition'];
          const reported = oneEvent(el, 'spoc-error');
          document.body.append(el);
          const { detail } = (await reported) as SpocErrorEvent;
          expect(detail.code).to.equal('invalid-attribute');
          expect(detail.issues!.map((i) => i.path)).to.deep.equal([bad]);
          await el.definitionComplete;
          await el.updateComplete;
          const error = el.shadowRoot!.querySelector('[part~="error"]')!;
          expect(error.getAttribute('role')).to.equal('alert');
          expect(error.textContent).to.contain(bad);
          expect(error.textContent).to.contain(lang === 'fr' ? fr : en);
          await expect(el).to.be.accessible();
          // Statements are still valid xAPI, built without the refused value.
          const { statement } = el.tracker.send({ verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } }, object: { id: `${definition.id}/page` } }, el);
          expectValidStatement(statement);
          const text = JSON.stringify(statement);
          expect(text).to.not.contain('ana(at)example');
          expect(text).to.not.contain('"intranet"');
          expect(text).to.not.contain('my course');
          expect(JSON.stringify(el.tracker.actor)).to.not.contain('intranet');
          expect(el.deliveryStatus(), 'nothing goes to an LRS').to.equal(undefined);
          await expectAcceptedByLrs([statement]);
          el.remove();
        }
      });
    }

    it('fixing the attribute clears the error view', async () => {
      const el = await fixture<SpocCourse>(html`<spoc-course learner-email="ana(at)example" .definition=${definition}></spoc-course>`);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
      el.learnerEmail = 'ana@example.com';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(el.tracker.actor.mbox).to.equal('mailto:ana@example.com');
    });
  });
});
