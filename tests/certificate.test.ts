import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { PDFDocument } from 'pdf-lib/dist/pdf-lib.esm.min.js';
import '../src/index.js';
import type { SpocCertificate } from '../src/components/certificate/certificate.js';
import type { CertificateDefinition } from '../src/components/certificate/certificate.schema.js';
import { openBadgeCredentialSchema, verificationCode } from '../src/components/certificate/credential.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocEarnedEvent } from '../src/events/spoc-earned.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { uuid } from '../src/xapi/ids.js';
import type { Activity, PartialStatement } from '../src/xapi/statement.js';
import { VERBS } from '../src/xapi/vocabulary.js';
import { COURSE_ID, iri, progressCourse } from './fixtures/progress-course.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { collectStatements, expectValidStatement } from './helpers/statements.js';

const definition: CertificateDefinition = {
  id: 'manager-certificate',
  title: { en: 'Everyday manager', fr: 'Manager au quotidien' },
  issuer: { name: 'Acme Academy', url: 'https://academy.example.com' },
  rule: { courseCompleted: true, modules: ['m1', 'm3'], minScores: [{ activity: 'quiz-m3', min: 0.8 }] },
  validity: { years: 2 },
};
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** What completes each module of the fixture course, as the elements would report it. */
const steps: Record<string, PartialStatement[]> = {
  m1: [
    { verb: VERBS.completed, object: { id: iri('capsule', 'intro') }, result: { completion: true, duration: 'PT6M' } },
    { verb: VERBS.passed, object: { id: iri('quiz', 'quiz-m1') }, result: { success: true, score: { scaled: 0.9 } } },
  ],
  m2: [{ verb: VERBS.completed, object: { id: iri('capsule', 'listening') }, result: { completion: true } }],
  m3: [
    { verb: VERBS.passed, object: { id: iri('quiz', 'quiz-m3') }, result: { success: true, score: { scaled: 0.85 } } },
    {
      verb: VERBS.reviewed,
      object: { id: 'https://learn.example.com/submissions/12' },
      context: { contextActivities: { parent: [{ id: iri('peer-review', 'review-m3') }] } },
    },
  ],
};

async function certificateInCourse(options: { email?: string; lang?: string; def?: unknown } = {}) {
  const email = options.email ?? `cert-${uuid()}@example.com`;
  const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE_ID} learner-email=${email} learner-name="Ana Martin" lang=${options.lang ?? ''} .definition=${progressCourse}>
    <spoc-certificate .definition=${options.def ?? definition}></spoc-certificate>
  </spoc-course>`);
  const certificate = course.querySelector('spoc-certificate')!;
  await certificate.ready;
  await waitUntil(() => course.progress, 'progress computed', { timeout: 5000 });
  await certificate.updateComplete;
  return { course, certificate, email };
}

async function complete(course: SpocCourse, modules: string[]) {
  for (const id of modules) for (const step of steps[id]!) await course.tracker.send(step, course).delivered;
}

async function earnedCertificate(options: Parameters<typeof certificateInCourse>[0] = {}) {
  const made = await certificateInCourse(options);
  const earned = oneEvent(made.certificate, 'spoc-earned');
  await complete(made.course, ['m1', 'm2', 'm3']);
  await earned;
  await waitUntil(() => made.certificate.issuedCredential, 'issued', { timeout: 5000 });
  await made.certificate.updateComplete;
  return made;
}

/** The shadow focus of `el` (the element that has it inside its shadow root). */
const focused = (el: Element) => el.shadowRoot!.activeElement;

/**
 * Every string a PDF draws: the content streams inflated (DecompressionStream), their `Tj` / `TJ`
 * operands decoded as WinAnsi (what pdf-lib's standard fonts write). One entry per text run.
 */
async function pdfText(pdf: Blob): Promise<string[]> {
  const bytes = new Uint8Array(await pdf.arrayBuffer());
  const raw = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  const runs: string[] = [];
  const winAnsi = new TextDecoder('windows-1252');
  const decode = (hex: string) => winAnsi.decode(new Uint8Array((hex.replace(/\s+/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16))));
  for (let at = raw.indexOf('stream'); at >= 0; at = raw.indexOf('stream', at + 6)) {
    if (raw.slice(at - 3, at) === 'end') continue;
    const begin = at + 6 + (raw[at + 6] === '\r' ? 2 : 1);
    const dict = raw.slice(raw.lastIndexOf('<<', at), at);
    const length = /\/Length (\d+)\s/.exec(dict);
    const end = length ? begin + Number(length[1]) : raw.indexOf('endstream', begin);
    let content = raw.slice(begin, end);
    if (dict.includes('/FlateDecode')) {
      try {
        const inflated = new Blob([bytes.slice(begin, end)]).stream().pipeThrough(new DecompressionStream('deflate'));
        content = Array.from(new Uint8Array(await new Response(inflated).arrayBuffer()), (b) => String.fromCharCode(b)).join('');
      } catch {
        continue;
      }
    }
    for (const match of content.matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj|\[((?:\s*<[0-9A-Fa-f\s]*>\s*-?[\d.]*)*)\]\s*TJ/g)) {
      runs.push(match[1] !== undefined ? decode(match[1]) : [...match[2]!.matchAll(/<([0-9A-Fa-f\s]*)>/g)].map((m) => decode(m[1]!)).join(''));
    }
  }
  return runs;
}

/** RGBA pixels of a PNG. */
async function pixels(png: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** How many pixels in columns [x0, x1) differ from the colour at (10, 10) (the margin outside the frame). */
function inkInColumns(image: ImageData, x0: number, x1: number): number {
  const at = (x: number, y: number) => (y * image.width + x) * 4;
  const bg = image.data.slice(at(10, 10), at(10, 10) + 4);
  let ink = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = x0; x < x1; x++) {
      const i = at(x, y);
      if (Math.abs(image.data[i]! - bg[0]!) + Math.abs(image.data[i + 1]! - bg[1]!) + Math.abs(image.data[i + 2]! - bg[2]!) > 30) ink++;
    }
  }
  return ink;
}

/** Fails if anything in the shadow root could run script: `on*` attributes, script URLs, script-bearing elements. */
function expectInert(el: Element) {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(['script', 'iframe', 'object', 'embed'], node.localName).not.to.include(node.localName);
    for (const attribute of node.attributes) {
      expect(attribute.name.startsWith('on'), `${node.localName}[${attribute.name}]`).to.equal(false);
      const value = attribute.value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
      expect(/^(javascript|data|vbscript):/i.test(value), `${node.localName}[${attribute.name}="${attribute.value}"]`).to.equal(false);
    }
  }
}

interface PrintedPdf {
  pageCount: number;
  pages: Array<{ width: number; height: number; hasText: boolean }>;
}

/** A long page (a whole course) with a certificate in the middle of it. */
async function longPageWithCertificate(lang = 'en') {
  const email = `print-${uuid()}@example.com`;
  const paragraphs = (from: number) =>
    Array.from({ length: 30 }, (_, i) => html`<p>Paragraph ${from + i} of the course page: a module, its video, its quiz and a few words about them that fill a line or two when printed.</p>`);
  const page = await fixture<HTMLDivElement>(html`<div>
    <h1>Everyday management</h1>
    ${paragraphs(1)}
    <spoc-course course-id=${COURSE_ID} learner-email=${email} learner-name="Ana Martin" lang=${lang} .definition=${progressCourse}>
      <spoc-progress variant="steps"></spoc-progress>
      <spoc-certificate .definition=${definition}></spoc-certificate>
    </spoc-course>
    ${paragraphs(31)}
  </div>`);
  const course = page.querySelector('spoc-course')!;
  const certificate = page.querySelector('spoc-certificate')!;
  await certificate.ready;
  await waitUntil(() => course.progress, 'progress computed', { timeout: 5000 });
  await complete(course, ['m1', 'm2', 'm3']);
  await waitUntil(() => certificate.issuedCredential, 'issued', { timeout: 5000 });
  await certificate.updateComplete;
  return { page, course, certificate };
}

/** An application shell that keeps its layout in its shadow root: navigation, a main area, a footer. */
class TestAppShell extends HTMLElement {
  constructor() {
    super();
    const lines = (what: string) => Array.from({ length: 25 }, (_, i) => `<p>${what} ${i} of the application's own markup.</p>`).join('');
    this.attachShadow({ mode: 'open' }).innerHTML = `<nav>${lines('Navigation link')}</nav><main></main><section><slot></slot></section><footer>${lines('Footer line')}</footer>`;
  }
}
customElements.define('test-app-shell', TestAppShell);

describe('<spoc-certificate>', () => {
  it('is locked with what remains, then earned live when the last module completes', async () => {
    const { course, certificate } = await certificateInCourse();
    expect(certificate.earned).to.equal(false);
    const remaining = () => [...part(certificate, 'remaining')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    // Before any attempt: no "best so far: 0%", and the activity by its kind and module, not its id.
    expect(remaining()).to.deep.equal(['Complete every required module of the course', "Complete “The manager's role”", 'Complete “Feedback”', 'Score at least 80% in the quiz of “Feedback”']);
    expect(part(certificate, 'base')!.textContent).not.to.contain('quiz-m3');
    await expect(certificate).to.be.accessible();
    await complete(course, ['m1', 'm2']);
    await waitUntil(() => remaining().length === 3, 'm1 done', { timeout: 5000 });
    const { statements, stop } = collectStatements();
    const earned = oneEvent(certificate, 'spoc-earned') as Promise<SpocEarnedEvent>;
    await complete(course, ['m3']);
    const { detail } = await earned;
    await waitUntil(() => statements.some((s) => s.verb.id === VERBS.earned.id), 'earned statement', { timeout: 5000 });
    stop();
    await certificate.updateComplete;
    expect(certificate.earned).to.equal(true);
    expect(part(certificate, 'details')!.textContent).to.contain('Awarded to Ana Martin');
    expect(part(certificate, 'details')!.textContent).to.contain('for completing “Everyday management”');
    expect(part(certificate, 'code')!.textContent).to.contain(detail.code);
    expect(detail.code).to.match(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    const statement = statements.find((s) => s.verb.id === VERBS.earned.id)!;
    expectValidStatement(statement);
    expect(statement.verb.id).to.equal('http://id.tincanapi.com/verb/earned');
    expect((statement.object as Activity).id).to.equal(`${COURSE_ID}/certificate/manager-certificate`);
    expect((statement.object as Activity).definition?.type).to.equal('http://activitystrea.ms/schema/1.0/badge');
    expect(statement.result?.extensions?.['https://w3id.org/spoc-elements/extensions/credential-id']).to.equal(detail.credential.id);
    await expectAcceptedByLrs([statement]);
    await expect(certificate).to.be.accessible();
  });

  it('sends earned and fires spoc-earned once per registration, not on every reload', async () => {
    const first = await certificateInCourse();
    await complete(first.course, ['m1', 'm2', 'm3']);
    await waitUntil(() => first.certificate.issuedCredential, 'issued', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 50));
    const firstCode = first.certificate.verificationCode;
    first.course.remove();
    const { statements, stop } = collectStatements();
    const earned: Event[] = [];
    const listen = (e: Event) => earned.push(e);
    document.addEventListener('spoc-earned', listen);
    const again = await certificateInCourse({ email: first.email });
    await waitUntil(() => again.certificate.issuedCredential, 'issued again', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 50));
    stop();
    document.removeEventListener('spoc-earned', listen);
    expect(statements.filter((s) => s.verb.id === VERBS.earned.id)).to.deep.equal([]);
    // Already earned: shown as earned, but spoc-earned is not fired again (it marks the moment it was earned).
    expect(earned).to.have.length(0);
    expect(again.certificate.earned).to.equal(true);
    expect(again.certificate.verificationCode).to.equal(firstCode);
  });

  it('issues an Open Badges 3.0 credential; the code follows its content', async () => {
    const { course, certificate } = await certificateInCourse();
    await complete(course, ['m1', 'm2', 'm3']);
    await waitUntil(() => certificate.issuedCredential, 'issued', { timeout: 5000 });
    const credential = certificate.issuedCredential!;
    const parsed = openBadgeCredentialSchema.safeParse(credential);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    expect(credential.type).to.deep.equal(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).to.deep.include({ name: 'Acme Academy', url: 'https://academy.example.com', type: ['Profile'] });
    expect(credential.credentialSubject.name).to.equal('Ana Martin');
    expect(credential.credentialSubject.id).to.match(/^mailto:cert-/);
    expect(credential.credentialSubject.achievement.name).to.equal('Everyday manager');
    expect(credential.credentialSubject.achievement.criteria.narrative).to.contain('Everyday management');
    expect(credential.unsigned).to.equal(true);
    expect(Date.parse(credential.validUntil!) - Date.parse(credential.validFrom)).to.be.closeTo(2 * 365.25 * 864e5, 2 * 864e5);
    expect(await verificationCode(credential)).to.equal(certificate.verificationCode);
    expect(await verificationCode({ ...credential })).to.equal(certificate.verificationCode);
    expect(await verificationCode({ ...credential, name: 'Another title' })).to.not.equal(certificate.verificationCode);
    expect(part(certificate, 'base')!.textContent).to.contain('Unsigned credential');
  });

  it('a sign hook returns the signed credential', async () => {
    const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE_ID} learner-email=${`s-${uuid()}@example.com`} .definition=${progressCourse}>
      <spoc-certificate .definition=${definition} .sign=${async (c: object) => ({ ...c, proof: { type: 'DataIntegrityProof', proofValue: 'z58…' } })}></spoc-certificate>
    </spoc-course>`);
    const certificate = course.querySelector('spoc-certificate')!;
    await waitUntil(() => course.progress, 'progress', { timeout: 5000 });
    await complete(course, ['m1', 'm2', 'm3']);
    await waitUntil(() => certificate.issuedCredential, 'issued', { timeout: 5000 });
    expect(certificate.issuedCredential!.proof).to.deep.include({ type: 'DataIntegrityProof' });
    expect(certificate.issuedCredential!.unsigned).to.equal(undefined);
  });

  it('PNG and PDF downloads are real files', async () => {
    const { course, certificate } = await certificateInCourse();
    await complete(course, ['m1', 'm2', 'm3']);
    await waitUntil(() => certificate.issuedCredential, 'issued', { timeout: 5000 });
    await certificate.updateComplete;
    const png = await certificate.png();
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([1600, 1131]);
    const pdf = await certificate.pdf();
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).to.equal('%PDF-');
    const document = await PDFDocument.load(bytes);
    expect(document.getPageCount()).to.equal(1);
    const [width, height] = [document.getPage(0).getWidth(), document.getPage(0).getHeight()];
    expect(width).to.be.greaterThan(height);
  });

  it('speaks French with French dates', async () => {
    const { course, certificate } = await certificateInCourse({ lang: 'fr' });
    expect(part(certificate, 'base')!.textContent).to.contain('Certificat verrouillé');
    await expect(certificate).to.be.accessible();
    await complete(course, ['m1', 'm2', 'm3']);
    await waitUntil(() => certificate.issuedCredential, 'issued', { timeout: 5000 });
    await certificate.updateComplete;
    const text = part(certificate, 'details')!.textContent!;
    const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date(course.progress!.completedAt!));
    expect(text).to.contain(`Terminé le ${date}`);
    expect(text).to.match(/Valable jusqu’au \d{1,2} \S+ \d{4}/);
    await expect(certificate).to.be.accessible();
  });

  describe('print', () => {
    it('the Print button prints exactly one A4 landscape page holding the certificate; focus stays on it (English and French)', async () => {
      for (const lang of ['en', 'fr']) await printFromButton(lang);
    });

    async function printFromButton(lang: string) {
      const { certificate } = await longPageWithCertificate(lang);
      const button = part(certificate, 'print-button') as HTMLButtonElement;
      expect(button.textContent).to.equal(lang === 'fr' ? 'Imprimer' : 'Print');
      const print = window.print;
      let printed: Promise<PrintedPdf> | undefined;
      // Chromium prints the page (its print pipeline, beforeprint/afterprint included) where the dialog would open.
      window.print = () => void (printed = executeServerCommand('print-pages') as Promise<PrintedPdf>);
      try {
        button.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => printed, 'printed', { timeout: 5000 });
        const pdf = await printed!;
        expect(pdf.pageCount).to.equal(1);
        expect(pdf.pages[0]).to.deep.equal({ width: 842, height: 595, hasText: true });
      } finally {
        window.print = print;
      }
      expect(focused(certificate)).to.equal(button);
      expect(document.documentElement.hasAttribute('data-spoc-printing')).to.equal(false);
      expect(certificate.hasAttribute('data-printing')).to.equal(false);
      await expect(certificate).to.be.accessible();
    }

    it('a certificate inside an application\'s shadow DOM (and slotted through it): the button prints one page, Ctrl+P the page', async () => {
      const email = `shell-${uuid()}@example.com`;
      const filler = (what: string) => Array.from({ length: 30 }, (_, i) => html`<p>${what} ${i}: a line of the application around the course, long enough to fill the printed page.</p>`);
      const shell = await fixture<HTMLElement>(html`<test-app-shell>${filler('Slotted paragraph')}</test-app-shell>`);
      // The course and its certificate live in the shell's own shadow root, between its navigation and its footer.
      render(
        html`<spoc-course course-id=${COURSE_ID} learner-email=${email} learner-name="Ana Martin" .definition=${progressCourse}>
          <p>Course introduction, not printed with the certificate.</p>
          <spoc-certificate .definition=${definition}></spoc-certificate>
        </spoc-course>`,
        shell.shadowRoot!.querySelector('main')!,
      );
      const course = shell.shadowRoot!.querySelector('spoc-course')!;
      const certificate = shell.shadowRoot!.querySelector('spoc-certificate')!;
      await certificate.ready;
      await waitUntil(() => course.progress, 'progress computed', { timeout: 5000 });
      await complete(course, ['m1', 'm2', 'm3']);
      await waitUntil(() => certificate.issuedCredential, 'issued', { timeout: 5000 });
      await certificate.updateComplete;

      const whole = (await executeServerCommand('print-pages')) as PrintedPdf;
      expect(whole.pageCount).to.be.greaterThan(2);
      expect(whole.pages.filter((page) => !page.hasText)).to.deep.equal([]);

      const print = window.print;
      let printed: Promise<PrintedPdf> | undefined;
      window.print = () => void (printed = executeServerCommand('print-pages') as Promise<PrintedPdf>);
      try {
        (part(certificate, 'print-button') as HTMLButtonElement).click();
        const pdf = await printed!;
        expect(pdf.pageCount).to.equal(1);
        expect(pdf.pages[0]).to.deep.equal({ width: 842, height: 595, hasText: true });
      } finally {
        window.print = print;
      }
      expect(shell.shadowRoot!.adoptedStyleSheets).to.have.length(0);
      expect(shell.shadowRoot!.querySelector('[data-spoc-print-path]')).to.equal(null);
      expect(((await executeServerCommand('print-pages')) as PrintedPdf).pageCount).to.equal(whole.pageCount);
    });

    it('Ctrl+P on a page holding a certificate prints the page as it is: every page has its text, no forced layout', async () => {
      const { certificate } = await longPageWithCertificate();
      const pdf = (await executeServerCommand('print-pages')) as PrintedPdf;
      expect(pdf.pageCount).to.be.greaterThan(1);
      expect(pdf.pages.filter((page) => !page.hasText)).to.deep.equal([]);
      expect(pdf.pages[0]!.height).to.be.greaterThan(pdf.pages[0]!.width); // the browser's page, not the certificate's
      // …and the button still prints one page afterwards (and the page again after that).
      const print = window.print;
      let printed: Promise<PrintedPdf> | undefined;
      window.print = () => void (printed = executeServerCommand('print-pages') as Promise<PrintedPdf>);
      try {
        (part(certificate, 'print-button') as HTMLButtonElement).click();
        expect((await printed!).pageCount).to.equal(1);
      } finally {
        window.print = print;
      }
      expect(((await executeServerCommand('print-pages')) as PrintedPdf).pageCount).to.equal(pdf.pageCount);
    });
  });

  describe('exports', () => {
    it('the PNG wraps a long course title inside the frame (nothing cut on either edge)', async () => {
      const long = 'Managing people, projects and priorities every single day in a fast-changing organisation: the complete practical programme';
      const { certificate } = await earnedCertificate({ def: { ...definition, title: long } });
      const image = await pixels(await certificate.png());
      expect([image.width, image.height]).to.deep.equal([1600, 1131]);
      // Outside the double frame (x < 34 or x > 1566) there is only background: no glyph ran over the edge.
      expect(inkInColumns(image, 0, 34)).to.equal(0);
      expect(inkInColumns(image, 1566, 1600)).to.equal(0);
      // The title is there, between the frame lines.
      expect(inkInColumns(image, 100, 1500)).to.be.greaterThan(10_000);
      const text = (await pdfText(await certificate.pdf())).join(' ');
      expect(text).to.contain('Managing people, projects and priorities');
      expect(text).to.contain('the complete practical programme');
    });

    it('the PDF is one A4 landscape page of real text (no picture of text), French accents included; focus stays on the button', async () => {
      const title = { en: 'Everyday manager', fr: 'Manager au quotidien : « l’œuvre » — ça, élève, à l’écoute' };
      const { course, certificate } = await earnedCertificate({ lang: 'fr', def: { ...definition, title } });
      const pdf = await certificate.pdf();
      const bytes = new Uint8Array(await pdf.arrayBuffer());
      const document = await PDFDocument.load(bytes);
      expect(document.getPageCount()).to.equal(1);
      expect([Math.round(document.getPage(0).getWidth()), Math.round(document.getPage(0).getHeight())]).to.deep.equal([842, 595]);
      expect(document.getTitle()).to.equal('Manager au quotidien : « l’œuvre » — ça, élève, à l’écoute');
      expect(Array.from(bytes, (b) => String.fromCharCode(b)).join('')).not.to.contain('/Subtype /Image');
      const text = (await pdfText(pdf)).join('\n');
      expect(text.replace(/\n/g, ' ')).to.contain('Manager au quotidien : « l’œuvre » — ça, élève, à l’écoute');
      expect(text).to.contain('Décerné à Ana Martin');
      expect(text).to.contain('pour avoir suivi «\u00a0Everyday management\u00a0»'.replace('Everyday management', 'Manager au quotidien'));
      expect(text).to.contain('Délivré par Acme Academy');
      expect(text).to.contain(`Code de vérification\u00a0: ${certificate.verificationCode}`);
      const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date(course.progress!.completedAt!));
      expect(text).to.contain(`Terminé le ${date}`);

      // From the keyboard: the download is prepared, announced, and focus stays where it was.
      const button = part(certificate, 'pdf-button') as HTMLButtonElement;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await certificate.updateComplete;
      await waitUntil(() => part(certificate, 'notice')!.textContent === '', 'download prepared', { timeout: 5000 });
      expect(focused(certificate)).to.equal(button);
      await expect(certificate).to.be.accessible();
    });

    it('letters the PDF fonts lack are replaced, never an exception: the export still works', async () => {
      const { course, certificate } = await earnedCertificate({ def: { ...definition, title: 'Zarządzanie — Łódź 日本 ✓' } });
      course.learnerName = 'Ana Őrző';
      await waitUntil(() => certificate.issuedCredential?.credentialSubject.name === 'Ana Őrző', 'renamed', { timeout: 5000 });
      const text = (await pdfText(await certificate.pdf())).join('\n');
      expect(text).to.contain('Zarzadzanie — Lódz ?? ?');
      expect(text).to.contain('Awarded to Ana Orzo');
    });

    it('U+0000 and other XML-invalid characters in certificate texts are stripped: PNG and PDF still export', async () => {
      const def = { ...definition, title: 'Every\u0000day\u0008 manager\uFFFE', description: 'x\u0001', issuer: { name: 'Acme\u001F Academy\uD800' } };
      const { course, certificate } = await earnedCertificate({ def });
      course.learnerName = 'Ana\u0000 Martin';
      await waitUntil(() => certificate.issuedCredential?.credentialSubject.name === 'Ana\u0000 Martin', 'renamed', { timeout: 5000 });
      await certificate.updateComplete;
      const bitmap = await createImageBitmap(await certificate.png());
      expect([bitmap.width, bitmap.height]).to.deep.equal([1600, 1131]);
      const text = (await pdfText(await certificate.pdf())).join('\n');
      expect(text).to.contain('Everyday manager');
      expect(text).to.contain('Awarded to Ana Martin');
      expect(text).to.contain('Issued by Acme Academy');
      expect(text).not.to.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    });
  });

  describe('state', () => {
    it('before any attempt: no "best so far"; after one, the best score; the activity by its title when it has one', async () => {
      const course = structuredClone(progressCourse);
      course.modules[2]!.activities[0]!.title = { en: 'Final quiz', fr: 'Quiz final' };
      const made = await certificateInCourse();
      const remaining = () => [...part(made.certificate, 'remaining')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(remaining()).to.include('Score at least 80% in the quiz of “Feedback”');
      await made.course.tracker.send({ verb: VERBS.failed, object: { id: iri('quiz', 'quiz-m3') }, result: { success: false, score: { scaled: 0.5 } } }, made.course).delivered;
      await waitUntil(() => remaining().includes('Score at least 80% in the quiz of “Feedback” (best so far: 50%)'), 'best score shown', { timeout: 5000 });
      made.course.definition = course;
      await waitUntil(() => remaining().includes('Score at least 80% in “Final quiz” (best so far: 50%)'), 'title used', { timeout: 5000 });
      made.course.lang = 'fr';
      await waitUntil(() => remaining().includes('Obtenir au moins 80\u00a0% à «\u00a0Quiz final\u00a0» (meilleur score\u00a0: 50\u00a0%)'), 'in French', { timeout: 5000 });
      await expect(made.certificate).to.be.accessible();
    });

    it('changing learner-name live updates the name, the credential and its code together; no second earned', async () => {
      const { course, certificate } = await earnedCertificate();
      const earned: Event[] = [];
      certificate.addEventListener('spoc-earned', (e) => earned.push(e));
      const before = { code: certificate.verificationCode, id: certificate.issuedCredential!.id };
      const json = part(certificate, 'json-button') as HTMLButtonElement;
      json.focus();
      const { statements, stop } = collectStatements();
      course.setAttribute('learner-name', 'Ana Dupont');
      await waitUntil(() => certificate.issuedCredential?.credentialSubject.name === 'Ana Dupont', 'credential follows', { timeout: 5000 });
      await certificate.updateComplete;
      stop();
      expect(part(certificate, 'details')!.textContent).to.contain('Awarded to Ana Dupont');
      expect(certificate.verificationCode).to.not.equal(before.code);
      expect(await verificationCode(certificate.issuedCredential!)).to.equal(certificate.verificationCode);
      expect(part(certificate, 'code')!.textContent).to.contain(certificate.verificationCode);
      expect(certificate.issuedCredential!.id).to.equal(before.id);
      expect(statements.filter((s) => s.verb.id === VERBS.earned.id)).to.deep.equal([]);
      expect(earned).to.have.length(0);
      expect(focused(certificate)).to.equal(json); // no flash of "Loading…" took the focus away
    });
  });

  describe('hostile URLs', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '   javascript:alert(1)',
      'java\tscript:alert(1)',
      '\njavascript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
    ];

    it('issuer url and logo: refused at the schema with their paths, nothing clickable, in English and French', async () => {
      const { certificate } = await certificateInCourse();
      for (const url of hostile) {
        const failed = oneEvent(certificate, 'spoc-error') as Promise<SpocErrorEvent>;
        certificate.definition = { ...definition, issuer: { name: 'Acme', url, logo: url } };
        const { detail } = await failed;
        expect(detail.issues!.map((i) => [i.path, i.code]), JSON.stringify(url)).to.deep.equal([
          ['issuer.url', 'unsafe-url'],
          ['issuer.logo', 'unsafe-url'],
        ]);
        await certificate.updateComplete;
        expect(part(certificate, 'error')!.textContent).to.contain('issuer.url');
        expectInert(certificate);
      }
      certificate.lang = 'fr';
      await certificate.updateComplete;
      expect(part(certificate, 'error')!.textContent).to.contain('issuer.logo');
      await expect(certificate).to.be.accessible();
    });

    it('safe issuer links and logos still render; relative ones become absolute in the credential', async () => {
      const { certificate } = await earnedCertificate({ def: { ...definition, issuer: { name: 'Acme Academy', url: '/academy', logo: 'https://academy.example.com/logo.png' } } });
      expect(certificate.shadowRoot!.querySelector('.issuer a')!.getAttribute('href')).to.equal('/academy');
      expect(certificate.shadowRoot!.querySelector('.issuer img')!.getAttribute('src')).to.equal('https://academy.example.com/logo.png');
      expect(certificate.issuedCredential!.issuer.url).to.equal(new URL('/academy', location.href).href);
      expect(openBadgeCredentialSchema.safeParse(certificate.issuedCredential).success).to.equal(true);
      expectInert(certificate);
    });
  });

  describe('misconfiguration', () => {
    it('in a spoc-course with a course-id and no definition: a localized explanation and spoc-error, never "Loading…" forever', async () => {
      for (const lang of ['en', 'fr']) {
        const errors: SpocErrorEvent[] = [];
        const listen = (e: Event) => errors.push(e as SpocErrorEvent);
        document.addEventListener('spoc-error', listen);
        try {
          const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE_ID} learner-name="Ana" lang=${lang}>
            <spoc-certificate .definition=${definition}></spoc-certificate>
          </spoc-course>`);
          const certificate = course.querySelector('spoc-certificate')!;
          await waitUntil(() => errors.some((e) => e.detail.code === 'no-course-definition' && e.target === certificate), 'spoc-error', { timeout: 5000 });
          await certificate.updateComplete;
          expect(part(certificate, 'base')!.getAttribute('aria-busy')).to.equal(null);
          expect(part(certificate, 'notice')!.textContent).to.contain(lang === 'fr' ? 'n’a pas de définition de formation' : 'has no usable course definition');
          await expect(certificate).to.be.accessible();
          // Given a definition later, it works.
          course.definition = progressCourse;
          await waitUntil(() => part(certificate, 'remaining'), 'locked view', { timeout: 5000 });
        } finally {
          document.removeEventListener('spoc-error', listen);
        }
      }
    });

    it('results recorded under an id the course does not list: spoc-error unknown-activity naming it, and a notice (English and French)', async () => {
      for (const lang of ['en', 'fr']) {
        const { course, certificate } = await certificateInCourse({ lang });
        const failed = oneEvent(certificate, 'spoc-error') as Promise<SpocErrorEvent>;
        await course.tracker.send({ verb: VERBS.passed, object: { id: iri('quiz', 'quiz-1') }, result: { success: true, score: { scaled: 1 } } }, course).delivered;
        const { detail } = await failed;
        expect(detail.code).to.equal('unknown-activity');
        const expected = lang === 'fr' ? '«\u00a0quiz-1\u00a0» enregistre des résultats dans cette formation' : '“quiz-1” records results in this course';
        expect(detail.message).to.contain(expected);
        await certificate.updateComplete;
        expect(certificate.shadowRoot!.querySelector('.problems')!.textContent).to.contain(expected);
        expect(certificate.earned).to.equal(false);
        await expect(certificate).to.be.accessible();
      }
    });
  });

  describe('layout', () => {
    it('with the system in dark mode on a light page and on a dark page: readable (axe), locked and earned', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        for (const page of ['background: #ffffff; color: #1f2933', 'background: #121212; color: #f5f5f5']) {
          const wrapper = await fixture<HTMLDivElement>(html`<div style=${page}>
            <spoc-course course-id=${COURSE_ID} learner-email=${`dark-${uuid()}@example.com`} learner-name="Ana" .definition=${progressCourse}>
              <spoc-certificate .definition=${definition}></spoc-certificate>
            </spoc-course>
          </div>`);
          const course = wrapper.querySelector('spoc-course')!;
          const certificate = wrapper.querySelector('spoc-certificate')!;
          await waitUntil(() => part(certificate, 'remaining'), 'locked', { timeout: 5000 });
          await expect(certificate).to.be.accessible();
          await complete(course, ['m1', 'm2', 'm3']);
          await waitUntil(() => certificate.issuedCredential, 'issued', { timeout: 5000 });
          await certificate.updateComplete;
          await expect(certificate).to.be.accessible();
          // The exports stay a light document whatever the screen's palette.
          const image = await pixels(await certificate.png());
          expect(Array.from(image.data.slice(0, 3))).to.deep.equal([255, 255, 255]);
        }
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('fits a 320 px viewport and stays readable on a dark host page, locked and earned', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="background: #121212; color: #f5f5f5; padding: 8px">
          <spoc-course course-id=${COURSE_ID} learner-email=${`narrow-${uuid()}@example.com`} learner-name="Anastasia Konstantinopoulou-Martin" .definition=${progressCourse}>
            <spoc-certificate .definition=${{ ...definition, title: 'Certificate of the whole everyday management programme' }}></spoc-certificate>
          </spoc-course>
        </div>`);
        const course = wrapper.querySelector('spoc-course')!;
        const certificate = wrapper.querySelector('spoc-certificate')!;
        await waitUntil(() => part(certificate, 'remaining'), 'locked', { timeout: 5000 });
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expect(certificate).to.be.accessible();
        await complete(course, ['m1', 'm2', 'm3']);
        await waitUntil(() => certificate.issuedCredential, 'issued', { timeout: 5000 });
        await certificate.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(certificate.getBoundingClientRect().right).to.be.at.most(320);
        await expect(certificate).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('bad input', () => {
    it('a rule naming unknown modules, a missing issuer name, an invalid date', async () => {
      const { certificate } = await certificateInCourse({ def: { ...definition, rule: { modules: ['m1', 'm9'], minScores: [{ activity: 'nope', min: 0.5 }] } } });
      await certificate.updateComplete;
      let text = part(certificate, 'error')!.textContent!;
      expect(text).to.contain('rule.modules[1]');
      expect(text).to.contain('refers to "m9"');
      expect(text).to.contain('rule.minScores[0].activity');
      await expect(certificate).to.be.accessible();

      const failed = oneEvent(certificate, 'spoc-error') as Promise<SpocErrorEvent>;
      certificate.definition = { ...definition, issuer: { name: ' ' }, validUntil: '2026-13-45' };
      const { detail } = await failed;
      expect(detail.issues!.map((i) => i.path)).to.include.members(['issuer.name', 'validUntil']);
      await certificate.updateComplete;
      text = part(certificate, 'error')!.textContent!;
      expect(text).to.contain('issuer.name');
      expect(text).to.contain('validUntil');
    });

    it('says where it belongs when there is no course', async () => {
      const certificate = await fixture<SpocCertificate>(html`<spoc-certificate .definition=${definition}></spoc-certificate>`);
      await certificate.ready;
      await certificate.updateComplete;
      expect(part(certificate, 'notice')!.textContent).to.contain('inside a spoc-course');
    });
  });

  describe('theming', () => {
    it('exposes parts and reads its custom properties', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--spoc-certificate-accent-color: rgb(128, 0, 128)">
        <spoc-course course-id=${COURSE_ID} learner-email=${`t-${uuid()}@example.com`} .definition=${progressCourse}><spoc-certificate .definition=${definition}></spoc-certificate></spoc-course>
      </div>`);
      const certificate = wrapper.querySelector('spoc-certificate')!;
      await certificate.ready;
      await waitUntil(() => part(certificate, 'badge'), 'rendered', { timeout: 5000 });
      expect(getComputedStyle(part(certificate, 'badge')!).color).to.not.equal('rgb(128, 0, 128)'); // locked colour
      for (const name of ['base', 'badge', 'title', 'remaining']) expect(part(certificate, name), name).to.not.equal(null);
      expect(getComputedStyle(part(certificate, 'title')!).color).to.not.equal('');
    });
  });
});
