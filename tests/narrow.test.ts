// Every element on a 320 px phone, in French (longer words), on a light and on a dark host page:
// nothing scrolls sideways, nothing spills out of its element, and axe finds nothing.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { uuid } from '../src/xapi/ids.js';

const json = async (name: string) => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json() as Promise<Record<string, unknown>>;
const COURSE = 'https://learn.example.com/courses/optimanager';

/** The element, its shadow content drawn. */
async function shown(template: TemplateResult, scheme: 'light' | 'dark'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: ${scheme}; background: ${scheme === 'dark' ? '#111827' : '#ffffff'}; color: ${scheme === 'dark' ? '#e5e7eb' : '#111827'}">
    <spoc-course course-id=${COURSE} learner-email=${`narrow-${uuid()}@example.com`} learner-name="Anne-Sophie de La Rochefoucauld" lang="fr">${template}</spoc-course>
  </div>`);
  const element = wrapper.querySelector('spoc-course')!.firstElementChild as HTMLElement & { ready?: Promise<unknown>; updateComplete: Promise<unknown> };
  await element.ready?.catch(() => undefined);
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot && element.shadowRoot.childElementCount > 0, `${element.localName} is drawn`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  return element;
}

/** Elements inside `root` (shadow roots included) whose box runs past the element's right edge. */
function spills(host: HTMLElement): string[] {
  const right = host.getBoundingClientRect().right + 1;
  const out: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      const box = node.getBoundingClientRect();
      if (box.width > 0 && box.right > right && getComputedStyle(node).position !== 'fixed') out.push(`${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''} ends at ${Math.round(box.right)}`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  return out;
}

const cases: Array<[string, () => Promise<TemplateResult>]> = [
  ['spoc-quiz', async () => html`<spoc-quiz .definition=${{ ...(await json('quiz-all-types.json')), id: `narrow-${uuid()}` }}></spoc-quiz>`],
  ['spoc-capsule', async () => html`<spoc-capsule activity=${`narrow-${uuid()}`} title="Le rôle du manager au quotidien" src="/tests/fixtures/capsule.webm">
    <track kind="captions" src="/tests/fixtures/capsule.fr.vtt" srclang="fr" label="Français" /></spoc-capsule>`],
  ['spoc-peer-review', async () => html`<spoc-peer-review .definition=${{ ...(await json('review-m3.json')), id: `narrow-${uuid()}` }}></spoc-peer-review>`],
  ['spoc-progress', async () => html`<spoc-progress variant="list" .definition=${await json('progress-course.json')}></spoc-progress>`],
  ['spoc-certificate', async () => html`<spoc-certificate .definition=${{ id: `narrow-${uuid()}`, title: 'Manager au quotidien : les fondamentaux de l’encadrement d’équipe', issuer: { name: 'Académie Optimanager' }, rule: { courseCompleted: true } }}></spoc-certificate>`],
  ['spoc-feedback', async () => html`<spoc-feedback module="m4"></spoc-feedback>`],
  ['spoc-scenario', async () => html`<spoc-scenario .definition=${{ ...(await json('scenario-recadrage.json')), id: `narrow-${uuid()}` }}></spoc-scenario>`],
  ['spoc-resource', async () => html`<spoc-resource title="Fiche mémo : conduire un entretien de recadrage" href="/tests/fixtures/capsule.fr.vtt" type="pdf"></spoc-resource>`],
];

describe('every element at 320 px', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [tag, make] of cases) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${tag} fits, ${scheme} page`, async () => {
        const element = await shown(await make(), scheme);
        expect(element.localName).to.equal(tag);
        expect(window.innerWidth).to.equal(320);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
        expect(spills(element)).to.deep.equal([]);
        await expect(element).to.be.accessible();
      });
    }
  }
});
