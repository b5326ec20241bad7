// A learner plays the module 3 role-play (one path) and opens its job aid: the statements the
// xAPI documentation shows for <spoc-scenario> and <spoc-resource>.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { SpocCourse } from '../../src/components/course/course.js';
import type { Statement } from '../../src/xapi/statement.js';
import { uuid } from '../../src/xapi/ids.js';

const COURSE_ID = 'https://learn.example.com/courses/optimanager';

export async function captureScenarioResourceExamples(): Promise<{ scenario: Statement[]; resource: Statement[] }> {
  const examples = { scenario: [] as Statement[], resource: [] as Statement[] };
  const definition = await (await fetch('/tests/fixtures/scenario-recadrage.json')).json();
  const listener = (event: Event) => {
    const { statement } = (event as CustomEvent<{ statement: Statement }>).detail;
    examples[(statement.object as { id: string }).id.includes('/resource/') ? 'resource' : 'scenario'].push(statement);
  };
  document.addEventListener('spoc-statement', listener);
  const stay = (event: Event) => {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
  };
  document.addEventListener('click', stay);
  try {
    const root = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE_ID} lang="fr" learner-name="Ana Martin" learner-email=${`ana.martin+${uuid().slice(0, 8)}@example.com`}>
      <spoc-scenario module="m3" .definition=${{ ...definition, lang: 'fr' }}></spoc-scenario>
      <spoc-resource module="m3" activity="fiche-recadrage" href="/demo/media/fiche-recadrage.pdf" title="Entretien de recadrage : les cinq étapes" type="PDF"></spoc-resource>
    </spoc-course>`);
    const scenario = root.querySelector('spoc-scenario')!;
    await scenario.ready;
    const step = async (selector: string) => {
      await scenario.updateComplete;
      scenario.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
      await scenario.updateComplete;
    };
    await step('[part~="continue-button"]');
    await step('[data-option="facts"]');
    await step('[part~="continue-button"]');
    await step('[data-option="open"]');
    await step('[part~="continue-button"]');
    await step('input[value="expectation"]');
    await step('input[value="agreement"]');
    await step('[part~="continue-button"]');
    await waitUntil(() => examples.scenario.some((s) => s.verb.id.endsWith('/passed')), 'passed');
    const resource = root.querySelector('spoc-resource')!;
    await resource.updateComplete;
    resource.shadowRoot!.querySelector<HTMLElement>('[part~="link"]')!.click();
    await waitUntil(() => examples.resource.length === 1, 'experienced');
    root.remove();
  } finally {
    document.removeEventListener('spoc-statement', listener);
    document.removeEventListener('click', stay);
  }
  return examples;
}
