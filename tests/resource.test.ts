import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocResource } from '../src/components/resource/resource.js';
import type { SpocScenario } from '../src/components/scenario/scenario.js';
import type { CourseDefinition } from '../src/course/course.schema.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { uuid } from '../src/xapi/ids.js';
import type { Activity, Statement } from '../src/xapi/statement.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { collectStatements, expectValidStatement } from './helpers/statements.js';

const COURSE = 'https://learn.example.com/courses/optimanager';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const link = (el: SpocResource) => part(el, 'link') as HTMLAnchorElement;

/** Opening a link in the test page would leave it: the click is tracked, the navigation cancelled. */
const stayHere = (event: Event) => {
  if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
};
before(() => document.addEventListener('click', stayHere));
after(() => document.removeEventListener('click', stayHere));

async function inCourse(content: ReturnType<typeof html>, options: { email?: string; lang?: string } = {}) {
  const email = options.email ?? `learner-${uuid()}@example.com`;
  const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${email} lang=${options.lang ?? ''}>${content}</spoc-course>`);
  const resource = course.querySelector('spoc-resource')!;
  await resource.updateComplete;
  return { course, resource, email };
}

/** Lets the state read settle and any statement go out. */
const settle = async (el: SpocResource) => {
  await new Promise((r) => setTimeout(r, 30));
  await el.updateComplete;
};

describe('<spoc-resource>', () => {
  it('a document link: experienced once per registration, a document activity the real LRS accepts', async () => {
    const { statements, stop } = collectStatements();
    const { resource, email } = await inCourse(html`<spoc-resource
      module="m1"
      activity="fiche-role-manager"
      href="/demo/media/fiche-role-manager.pdf"
      title="The manager's role, on one page"
      description="Keep it for your one-to-ones."
      type="PDF"
      size="245000"
    ></spoc-resource>`);
    expect(link(resource).getAttribute('href')).to.equal('/demo/media/fiche-role-manager.pdf');
    expect(link(resource).target).to.equal('_blank');
    expect(link(resource).rel).to.equal('noopener');
    expect(link(resource).textContent!.replace(/\s+/g, ' ').trim()).to.equal("The manager's role, on one page (opens in a new tab)");
    expect(part(resource, 'meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('PDF 245 kB');
    expect(resource.consulted).to.equal(false);
    await expect(resource).to.be.accessible();

    link(resource).click();
    await waitUntil(() => statements.length === 1, 'experienced sent');
    await resource.updateComplete;
    expect(resource.consulted).to.equal(true);
    expect(part(resource, 'consulted')!.textContent).to.contain('Opened');
    await expect(resource).to.be.accessible();
    // Again, by keyboard: no second statement.
    link(resource).focus();
    await sendKeys({ press: 'Enter' });
    await settle(resource);
    link(resource).click();
    await settle(resource);
    expect(statements.length).to.equal(1);

    const [statement] = statements as [Statement];
    expectValidStatement(statement);
    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/experienced');
    const object = statement.object as Activity;
    expect(object.id).to.equal(`${COURSE}/resource/fiche-role-manager`);
    expect(object.definition).to.deep.equal({
      type: 'http://id.tincanapi.com/activitytype/document',
      name: { en: "The manager's role, on one page" },
      description: { en: 'Keep it for your one-to-ones.' },
      moreInfo: new URL('/demo/media/fiche-role-manager.pdf', document.baseURI).href,
    });
    expect(statement.context?.contextActivities?.grouping?.map((a) => a.id)).to.deep.equal([COURSE, `${COURSE}/module/m1`]);
    await expectAcceptedByLrs(statements);

    // A reload, same learner and registration: still once.
    await new Promise((r) => setTimeout(r, 50));
    resource.closest('spoc-course')!.remove();
    const again = await inCourse(html`<spoc-resource activity="fiche-role-manager" href="/demo/media/fiche-role-manager.pdf"></spoc-resource>`, { email });
    // The saved state says it was opened (read back from the store, however long that takes).
    await waitUntil(() => again.resource.consulted, 'opened state restored');
    link(again.resource).click();
    await settle(again.resource);
    expect(statements.length).to.equal(1);
    stop();
  });

  it('a download: the tincan downloaded verb on a file activity', async () => {
    const { statements, stop } = collectStatements();
    const { resource } = await inCourse(html`<spoc-resource href="/demo/media/fiche.pdf" download type="PDF" size="1250000"></spoc-resource>`);
    expect(link(resource).hasAttribute('download')).to.equal(true);
    expect(link(resource).hasAttribute('target')).to.equal(false);
    expect(link(resource).textContent!.trim()).to.equal('Download — fiche.pdf');
    expect(part(resource, 'meta')!.textContent).to.contain('1.3 MB');
    link(resource).click();
    await waitUntil(() => statements.length === 1, 'downloaded sent');
    stop();
    const [statement] = statements as [Statement];
    expectValidStatement(statement);
    expect(statement.verb).to.deep.equal({ id: 'http://id.tincanapi.com/verb/downloaded', display: { en: 'downloaded', fr: 'a téléchargé' } });
    expect((statement.object as Activity).id).to.equal(`${COURSE}/resource/fiche.pdf`);
    expect((statement.object as Activity).definition!.type).to.equal('http://adlnet.gov/expapi/activities/file');
    await expectAcceptedByLrs(statements);
  });

  it('plain <a> children are tracked too', async () => {
    const { statements, stop } = collectStatements();
    const { resource } = await inCourse(html`<spoc-resource module="m2"><a href="/demo/media/fiche-ecoute.pdf">Active listening checklist</a></spoc-resource>`);
    expect(link(resource)).to.equal(null);
    await expect(resource).to.be.accessible();
    const anchor = resource.querySelector('a')!;
    anchor.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statements.length === 1, 'experienced sent');
    stop();
    const object = statements[0]!.object as Activity;
    expect(statements[0]!.verb.id).to.equal('http://adlnet.gov/expapi/verbs/experienced');
    expect(object.id).to.equal(`${COURSE}/resource/fiche-ecoute.pdf`);
    expect(object.definition!.name).to.deep.equal({ en: 'Active listening checklist' });
    await expectAcceptedByLrs(statements);
  });

  it('inline content: unfolding it counts as opened', async () => {
    const { statements, stop } = collectStatements();
    const { resource } = await inCourse(html`<spoc-resource activity="memo-feedback" title="Feedback in four steps"><ol><li>Facts</li><li>Impact, <a href="/impact">explained</a></li></ol></spoc-resource>`);
    const summary = part(resource, 'summary')!;
    expect(summary.textContent).to.equal('Feedback in four steps');
    await expect(resource).to.be.accessible();
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statements.length === 1, 'experienced sent');
    await resource.updateComplete;
    expect((part(resource, 'details') as HTMLDetailsElement).open).to.equal(true);
    // A link inside the content, or in a linked resource's description, is not the resource.
    const nested = await fixture<SpocResource>(html`<spoc-resource href="/demo/media/fiche-m1.fr.pdf"><p>From <a href="/about">the academy</a></p></spoc-resource>`);
    const before = statements.length;
    nested.querySelector('a')!.click();
    await settle(nested);
    expect(statements.length).to.equal(before);
    expect(nested.consulted).to.equal(false);
    stop();
    expect((statements[0]!.object as Activity).id).to.equal(`${COURSE}/resource/memo-feedback`);
    await expect(resource).to.be.accessible();
  });

  it('in French', async () => {
    const { resource } = await inCourse(html`<spoc-resource href="fiche.pdf" title="Fiche mémo" type="PDF" size="245000"></spoc-resource>`, { lang: 'fr' });
    expect(link(resource).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fiche mémo (s’ouvre dans un nouvel onglet)');
    expect(part(resource, 'meta')!.textContent).to.contain('245\u202fko');
    link(resource).click();
    await waitUntil(() => part(resource, 'consulted'), 'consulted');
    expect(part(resource, 'consulted')!.textContent).to.contain('Consulté');
    await expect(resource).to.be.accessible();
  });

  describe('bad input', () => {
    it('a refused href: the error view, nothing clickable, no statement', async () => {
      const { statements, stop } = collectStatements();
      const el = await fixture<SpocResource>(html`<spoc-resource></spoc-resource>`);
      const error = oneEvent(el, 'spoc-error') as Promise<SpocErrorEvent>;
      el.href = ' JaVa\tScript:alert(1)';
      const { detail } = await error;
      await el.updateComplete;
      stop();
      expect(detail.code).to.equal('unsafe-url');
      expect(detail.issues).to.deep.equal([{ path: 'href', code: 'unsafe-url', message: 'is not an allowed URL (only https:, http: or a relative address)' }]);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(statements.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('a refused child link is not shown, and a click on it is cancelled', async () => {
      const el = await fixture<SpocResource>(html`<spoc-resource lang="fr"><a href="javascript:alert(1)">Fiche</a></spoc-resource>`);
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('Cette fiche pointe vers une adresse qui n’est pas autorisée.');
      expect(part(el, 'error')!.textContent).to.contain('a[0].href');
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      document.removeEventListener('click', stayHere);
      el.querySelector('a')!.dispatchEvent(click);
      document.addEventListener('click', stayHere);
      expect(click.defaultPrevented).to.equal(true);
    });
  });

  describe('in the course progress', () => {
    it('<spoc-progress> counts a finished scenario and an opened resource', async () => {
      const definition: CourseDefinition = {
        id: COURSE,
        title: 'OptiManager',
        modules: [
          {
            id: 'm3',
            title: 'Conduire un entretien de recadrage',
            activities: [
              { id: 'mini', type: 'scenario' },
              { id: 'fiche-recadrage', type: 'resource' },
            ],
          },
        ],
      };
      const scenario = {
        id: 'mini',
        nodes: [
          { id: 'q', kind: 'choice', text: 'Open?', options: [{ id: 'a', text: 'Facts', next: 'end', points: 1 }, { id: 'b', text: 'Blame', next: 'end' }] },
          { id: 'end', kind: 'end' },
        ],
      };
      const course = await fixture<SpocCourse>(html`<spoc-course learner-email=${`learner-${uuid()}@example.com`} .definition=${definition}>
        <spoc-progress></spoc-progress>
        <spoc-scenario module="m3" .definition=${scenario}></spoc-scenario>
        <spoc-resource module="m3" activity="fiche-recadrage" href="/demo/media/fiche-recadrage.pdf"></spoc-resource>
      </spoc-course>`);
      const progress = course.querySelector('spoc-progress')!;
      const scenarioEl = course.querySelector<SpocScenario>('spoc-scenario')!;
      const resource = course.querySelector('spoc-resource')!;
      await waitUntil(() => progress.progress, 'progress computed');
      expect(progress.progress!.percent).to.equal(0);
      await scenarioEl.ready;
      await scenarioEl.updateComplete;
      scenarioEl.shadowRoot!.querySelector<HTMLElement>('[data-option="a"]')!.click();
      await waitUntil(() => progress.progress!.percent === 0.5, 'scenario counted');
      const module = progress.progress!.modules[0]!;
      expect(module.activities.map((a) => [a.type, a.requirement, a.met])).to.deep.equal([
        ['scenario', 'completed', true],
        ['resource', 'experienced', false],
      ]);
      expect(module.activities[0]!.score).to.equal(1);
      link(resource).click();
      await waitUntil(() => progress.progress!.percent === 1, 'resource counted');
      expect(progress.progress!.modules[0]!.status).to.equal('completed');
      await progress.updateComplete;
      await expect(progress).to.be.accessible();
    });

    it('<spoc-certificate> rules: a minimum score on the scenario, the resource opened', async () => {
      const definition: CourseDefinition = {
        id: COURSE,
        title: 'OptiManager',
        modules: [{ id: 'm3', title: 'Recadrage', activities: [{ id: 'mini', type: 'scenario' }, { id: 'fiche', type: 'resource' }] }],
      };
      const scenario = {
        id: 'mini',
        title: 'Mini role-play',
        nodes: [
          { id: 'q', kind: 'choice', text: 'Open?', options: [{ id: 'a', text: 'Facts', next: 'end', points: 1 }, { id: 'b', text: 'Blame', next: 'end' }] },
          { id: 'end', kind: 'end' },
        ],
      };
      const certificate = { id: 'cert', title: 'Recadrage', issuer: { name: 'Acme Academy' }, rule: { courseCompleted: true, minScores: [{ activity: 'mini', min: 0.8 }] } };
      const course = await fixture<SpocCourse>(html`<spoc-course learner-name="Ana" learner-email=${`learner-${uuid()}@example.com`} .definition=${definition}>
        <spoc-scenario module="m3" .definition=${scenario}></spoc-scenario>
        <spoc-resource module="m3" activity="fiche" href="/demo/media/fiche-m3.fr.pdf"></spoc-resource>
        <spoc-certificate .definition=${certificate}></spoc-certificate>
      </spoc-course>`);
      const scenarioEl = course.querySelector<SpocScenario>('spoc-scenario')!;
      const certificateEl = course.querySelector('spoc-certificate')!;
      await scenarioEl.ready;
      await scenarioEl.updateComplete;
      const choose = async (id: string) => {
        scenarioEl.shadowRoot!.querySelector<HTMLElement>(`[data-option="${id}"]`)!.click();
        await scenarioEl.updateComplete;
      };
      await choose('b');
      link(course.querySelector('spoc-resource')!).click();
      await waitUntil(() => part(certificateEl, 'remaining')?.textContent?.includes('80'), 'the score still missing', { timeout: 10000 });
      expect(certificateEl.earned).to.equal(false);
      expect(part(certificateEl, 'remaining')!.textContent).to.contain('scenario').and.contain('80');
      part(scenarioEl, 'retry-button')!.click();
      await scenarioEl.updateComplete;
      await choose('a');
      await waitUntil(() => certificateEl.earned, 'earned with the better run', { timeout: 10000 });
    });
  });

  describe('the demo', () => {
    it('has one job aid per module in French and English: real PDFs, tracked by the course, sizes as the page states', async () => {
      const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
      const course = await (await fetch('/demo/course.json')).json();
      for (const module of ['m1', 'm2', 'm3', 'm4']) {
        const element = page.querySelector(`#${module} spoc-resource`)!;
        expect(element, module).to.not.equal(null);
        expect(element.getAttribute('activity')).to.equal(`fiche-${module}`);
        const moduleDefinition = course.modules.find((m: { id: string }) => m.id === module);
        expect(moduleDefinition.activities).to.deep.include({ id: `fiche-${module}`, type: 'resource' });
        for (const [attribute, size] of [['href', 'size'], ['data-en-href', 'data-en-size']] as const) {
          const response = await fetch(new URL(element.getAttribute(attribute)!, new URL('/demo/', location.href)));
          expect(response.status, `${module} ${attribute}`).to.equal(200);
          const bytes = new Uint8Array(await response.arrayBuffer());
          expect(new TextDecoder().decode(bytes.slice(0, 5))).to.equal('%PDF-');
          expect(bytes.length).to.equal(Number(element.getAttribute(size)));
        }
      }
    });
  });
});
