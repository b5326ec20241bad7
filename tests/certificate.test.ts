import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
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
  await waitUntil(() => course.progress, 'progress computed');
  await certificate.updateComplete;
  return { course, certificate, email };
}

async function complete(course: SpocCourse, modules: string[]) {
  for (const id of modules) for (const step of steps[id]!) await course.tracker.send(step, course).delivered;
}

describe('<spoc-certificate>', () => {
  it('is locked with what remains, then earned live when the last module completes', async () => {
    const { course, certificate } = await certificateInCourse();
    expect(certificate.earned).to.equal(false);
    const remaining = () => [...part(certificate, 'remaining')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(remaining()).to.deep.equal(['Complete every required module of the course', "Complete “The manager's role”", 'Complete “Feedback”', 'Score at least 80% in “quiz-m3” (best so far: 0%)']);
    await expect(certificate).to.be.accessible();
    await complete(course, ['m1', 'm2']);
    await waitUntil(() => remaining().length === 3, 'm1 done');
    const { statements, stop } = collectStatements();
    const earned = oneEvent(certificate, 'spoc-earned') as Promise<SpocEarnedEvent>;
    await complete(course, ['m3']);
    const { detail } = await earned;
    await waitUntil(() => statements.some((s) => s.verb.id === VERBS.earned.id), 'earned statement');
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

  it('sends earned once per registration, not on every reload', async () => {
    const first = await certificateInCourse();
    await complete(first.course, ['m1', 'm2', 'm3']);
    await waitUntil(() => first.certificate.issuedCredential, 'issued');
    await new Promise((r) => setTimeout(r, 50));
    const firstCode = first.certificate.verificationCode;
    first.course.remove();
    const { statements, stop } = collectStatements();
    const again = await certificateInCourse({ email: first.email });
    await waitUntil(() => again.certificate.issuedCredential, 'issued again');
    await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(statements.filter((s) => s.verb.id === VERBS.earned.id)).to.deep.equal([]);
    expect(again.certificate.verificationCode).to.equal(firstCode);
  });

  it('issues an Open Badges 3.0 credential; the code follows its content', async () => {
    const { course, certificate } = await certificateInCourse();
    await complete(course, ['m1', 'm2', 'm3']);
    await waitUntil(() => certificate.issuedCredential, 'issued');
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
    await waitUntil(() => course.progress, 'progress');
    await complete(course, ['m1', 'm2', 'm3']);
    await waitUntil(() => certificate.issuedCredential, 'issued');
    expect(certificate.issuedCredential!.proof).to.deep.include({ type: 'DataIntegrityProof' });
    expect(certificate.issuedCredential!.unsigned).to.equal(undefined);
  });

  it('PNG and PDF downloads are real files', async () => {
    const { course, certificate } = await certificateInCourse();
    await complete(course, ['m1', 'm2', 'm3']);
    await waitUntil(() => certificate.issuedCredential, 'issued');
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

  it('prints only the certificate', async () => {
    const { course, certificate } = await certificateInCourse();
    await complete(course, ['m1', 'm2', 'm3']);
    await waitUntil(() => certificate.issuedCredential, 'issued');
    const other = document.createElement('p');
    other.textContent = 'Page content that must not print';
    document.body.prepend(other);
    certificate.dataset['printing'] = '';
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(other).visibility).to.equal('hidden');
      expect(getComputedStyle(certificate).visibility).to.equal('visible');
      expect(getComputedStyle(certificate).position).to.equal('fixed');
      expect(getComputedStyle(part(certificate, 'actions')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(other).visibility).to.equal('visible');
    other.remove();
  });

  it('speaks French with French dates', async () => {
    const { course, certificate } = await certificateInCourse({ lang: 'fr' });
    expect(part(certificate, 'base')!.textContent).to.contain('Certificat verrouillé');
    await expect(certificate).to.be.accessible();
    await complete(course, ['m1', 'm2', 'm3']);
    await waitUntil(() => certificate.issuedCredential, 'issued');
    await certificate.updateComplete;
    const text = part(certificate, 'details')!.textContent!;
    const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date(course.progress!.completedAt!));
    expect(text).to.contain(`Terminé le ${date}`);
    expect(text).to.match(/Valable jusqu’au \d{1,2} \S+ \d{4}/);
    await expect(certificate).to.be.accessible();
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
      await waitUntil(() => part(certificate, 'badge'), 'rendered');
      expect(getComputedStyle(part(certificate, 'badge')!).color).to.not.equal('rgb(128, 0, 128)'); // locked colour
      for (const name of ['base', 'badge', 'title', 'remaining']) expect(part(certificate, name), name).to.not.equal(null);
      expect(getComputedStyle(part(certificate, 'title')!).color).to.not.equal('');
    });
  });
});
