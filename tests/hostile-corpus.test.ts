// Hostile content in every text and URL field of every element, on a page with no CSP: nothing may
// run, and no shadow root may hold an event handler attribute, a script-bearing element or a link
// to a script-bearing URL — whether the element shows the content or refuses it with its error view.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { uuid } from '../src/xapi/ids.js';

const COURSE = 'https://learn.example.com/courses/hostile';
const w = window as unknown as { __pwned?: string[] };

/** Text payloads: each tries to run `mark(<name>)`. */
const TEXTS = (name: string) => [
  `<img src=x onerror="__pwned.push('${name}')">`,
  `<svg><script>__pwned.push('${name}')</script></svg>`,
  `<a href="javascript:__pwned.push('${name}')">click</a>`,
  `<iframe srcdoc="<script>parent.__pwned.push('${name}')</script>"></iframe>`,
  `"><img src=x onerror=__pwned.push('${name}')>`,
  `<details open ontoggle="__pwned.push('${name}')">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__pwned.push('${name}')>`,
  `<form action="javascript:__pwned.push('${name}')"><button>go</button></form>`,
  `<p style="background:url(javascript:__pwned.push('${name}'))">x</p>`,
];
/** URL payloads: schemes that run script or carry a document, however they are spelled. */
const URLS = (name: string) => [
  `javascript:__pwned.push('${name}')`,
  `JaVaScRiPt:__pwned.push('${name}')`,
  `  javascript:__pwned.push('${name}')`,
  `java\tscript:__pwned.push('${name}')`,
  `data:text/html,<script>__pwned.push('${name}')</script>`,
  `vbscript:msgbox('${name}')`,
];

const URL_KEYS = /^(url|href|src|logo|image|poster|captions|download)$/i;

/** A copy of `value` with every string replaced: URLs by `url`, other text by `text`. */
function infect(value: unknown, text: string, url: string, key = ''): unknown {
  if (typeof value === 'string') {
    if (/^(id|type|correct|lang|requirement|mode|kind|requires|completedBy|activity|pairs|comment)$|Id$/.test(key)) return value;
    return URL_KEYS.test(key) ? url : `${value} ${text}`;
  }
  if (Array.isArray(value)) return value.map((item) => infect(item, text, url, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, infect(v, text, url, k)]));
  return value;
}

/** Every node in `root` and in the shadow roots below it. */
function* deepNodes(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepNodes(element.shadowRoot);
  }
}

const DANGEROUS_TAGS = new Set(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BASE', 'META', 'FRAME', 'FRAMESET']);
const SCRIPT_URL = /^\s*(javascript|data|vbscript):/i;

/** What a shadow root of the element holds that could run script. */
function dangers(host: Element): string[] {
  const found: string[] = [];
  for (const element of deepNodes(host.shadowRoot!)) {
    if (DANGEROUS_TAGS.has(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
      if (/^(href|src|action|formaction|xlink:href|srcdoc|poster)$/i.test(attribute.name) && SCRIPT_URL.test(attribute.value.replace(/[\t\n\r]/g, ''))) {
        found.push(`${element.tagName.toLowerCase()}[${attribute.name}="${attribute.value}"]`);
      }
      if (attribute.name === 'style' && /url\s*\(/i.test(attribute.value)) found.push(`${element.tagName.toLowerCase()}[style=url()]`);
    }
  }
  return found;
}

/** Script links found while clicking (must stay empty). */
const found: string[] = [];

/** Clicks every link and button inside the element, as a curious learner would (navigation is cancelled). */
function clickEverything(host: Element): void {
  for (const element of deepNodes(host.shadowRoot!)) {
    if (element instanceof HTMLAnchorElement) {
      // Navigation is cancelled; a script link that reached the DOM is recorded (the scan also fails on it).
      element.addEventListener('click', (event) => event.preventDefault(), { once: true });
      if (SCRIPT_URL.test(element.getAttribute('href') ?? '')) found.push(element.href);
      element.click();
    }
  }
}
const fixtures = {
  quiz: async () => (await (await fetch(new URL('./fixtures/quiz-all-types.json', import.meta.url))).json()) as unknown,
  review: async () => (await (await fetch(new URL('./fixtures/review-m3.json', import.meta.url))).json()) as unknown,
  course: async () => (await (await fetch(new URL('./fixtures/progress-course.json', import.meta.url))).json()) as unknown,
  certificate: async () => ({
    id: 'hostile-certificate',
    title: 'Certificate',
    description: 'For the course',
    issuer: { name: 'Academy', url: 'https://learn.example.com', logo: 'https://learn.example.com/logo.png' },
    rule: { courseCompleted: false },
  }),
};

async function settle(): Promise<void> {
  // Long enough for lazy DOMPurify, image error events and a microtask or two of late work.
  await new Promise((resolve) => setTimeout(resolve, 150));
}

describe('hostile content in every field of every element (no CSP)', function () {
  this.timeout(120000);
  beforeEach(() => {
    w.__pwned = [];
    found.length = 0;
  });
  afterEach(() => {
    expect(w.__pwned, 'payloads that ran').to.deep.equal([]);
    expect(found, 'script links rendered').to.deep.equal([]);
  });

  for (const [name, load] of Object.entries(fixtures)) {
    it(`${name}: text payloads`, async () => {
      const base = await load();
      for (const [i, text] of TEXTS(name).entries()) {
        const definition = infect(base, text, 'https://example.com/ok', '');
        const page = await render(name, definition, `${i}`);
        await settle();
        for (const element of page) {
          expect(dangers(element), `${name} text payload ${i}`).to.deep.equal([]);
          clickEverything(element);
        }
      }
    });

    it(`${name}: URL payloads`, async () => {
      const base = await load();
      for (const [i, url] of URLS(name).entries()) {
        const definition = infect(base, '', url, '');
        const page = await render(name, definition, `${i}`);
        await settle();
        for (const element of page) {
          expect(dangers(element), `${name} URL payload ${JSON.stringify(url)}`).to.deep.equal([]);
          clickEverything(element);
        }
      }
    });
  }
});

/** Renders the element that takes `definition` (inside a course, so progress and certificate render too). */
async function render(kind: string, definition: unknown, salt: string): Promise<Element[]> {
  const email = `hostile-${uuid()}@example.com`;
  const id = (d: unknown) => ({ ...(d as object), id: `${(d as { id: string }).id}-${salt}` });
  if (kind === 'course') {
    const course = await fixture(html`<spoc-course course-id=${COURSE} learner-email=${email} .definition=${definition}>
      <spoc-progress variant="list"></spoc-progress><spoc-progress variant="steps"></spoc-progress><spoc-progress variant="ring"></spoc-progress>
    </spoc-course>`);
    const elements = [...course.querySelectorAll('spoc-progress')];
    // Drawn, or refused: a hostile module URL makes the course show its error view (and progress a notice).
    await waitUntil(
      () => course.shadowRoot?.querySelector('[part~="error"]') || elements.every((e) => (e as unknown as { progress?: unknown }).progress || e.shadowRoot?.querySelector('[part~="error"]')),
      'the progress is drawn or the course refused',
      { timeout: 10000 },
    );
    return [course, ...elements];
  }
  const tag = { quiz: 'spoc-quiz', review: 'spoc-peer-review', certificate: 'spoc-certificate' }[kind]!;
  const course = await fixture(html`<spoc-course course-id=${COURSE} learner-email=${email} learner-name="Ana"></spoc-course>`);
  const element = document.createElement(tag) as HTMLElement & { definition: unknown; ready?: Promise<unknown>; updateComplete: Promise<unknown> };
  element.definition = id(definition);
  course.append(element);
  await element.ready?.catch(() => undefined);
  await element.updateComplete;
  return [element];
}
