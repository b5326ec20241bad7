import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { SpocCourse } from '../src/components/course/course.js';
import { VERBS } from '../src/xapi/vocabulary.js';

type Win = Window & { API?: unknown; API_1484_11?: unknown };

const EXPECTED = {
  '1.2': { ns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', schemaversion: '1.2', scormType: 'scormtype' },
  '2004': { ns: 'http://www.imsglobal.org/xsd/imscp_v1p1', adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3', schemaversion: '2004 4th Edition', scormType: 'scormType' },
} as const;

describe('npm run package:scorm', () => {
  afterEach(() => {
    delete (window as Win).API;
    delete (window as Win).API_1484_11;
  });

  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version}: a manifest of the right schema listing every file, and the page runs under scorm-again`, async () => {
      const { files, manifest } = await executeServerCommand<{ files: string[]; manifest: string }, { version: string }>('package-scorm', { version });
      const expected = EXPECTED[version];
      const doc = new DOMParser().parseFromString(manifest, 'application/xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const root = doc.documentElement;
      expect(root.localName).to.equal('manifest');
      expect(root.namespaceURI).to.equal(expected.ns);
      expect(root.getAttribute('identifier')).to.match(/\S/);
      const ns = (name: string) => Array.from(doc.getElementsByTagNameNS(expected.ns, name));
      expect(ns('schema')[0]!.textContent).to.equal('ADL SCORM');
      expect(ns('schemaversion')[0]!.textContent).to.equal(expected.schemaversion);
      const organizations = ns('organizations')[0]!;
      const organization = ns('organization')[0]!;
      expect(organizations.getAttribute('default')).to.equal(organization.getAttribute('identifier'));
      // The page's <title> carries attributes (data-en): its text is still the course title.
      expect(ns('title').map((t) => t.textContent)).to.deep.equal(['Manager au quotidien — démo spoc-elements', 'Manager au quotidien — démo spoc-elements']);
      const item = ns('item')[0]!;
      const resource = ns('resource').find((r) => r.getAttribute('identifier') === item.getAttribute('identifierref'))!;
      expect(resource, 'item → resource').to.not.equal(undefined);
      expect(resource.getAttributeNS(expected.adlcp, expected.scormType)).to.equal('sco');
      expect(resource.getAttribute('type')).to.equal('webcontent');
      const href = resource.getAttribute('href')!;
      expect(href).to.equal('index.html');
      const listed = ns('file').map((f) => f.getAttribute('href'));
      expect(listed).to.include(href);
      expect(listed).to.include('course.json');
      expect(listed.some((f) => /^assets\/.+\.js$/.test(f!)), 'the built bundle').to.equal(true);
      // The other page of the folder (linked from the course page) is in the package, built.
      expect(listed).to.include('lms-theme.html');
      const other = await (await fetch(`/__scorm-package/${version}/lms-theme.html`)).text();
      expect(other).to.match(/<script type="module"[^>]*src="\.\/assets\/[^"]+\.js"/);
      expect(other.includes('src="./lms-theme.ts"'), 'the page script was built').to.equal(false);
      expect([...listed].sort()).to.deep.equal(files.filter((f) => f !== 'imsmanifest.xml').sort());

      // The packaged page, in a frame, under the runtime of the outer page.
      const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
      if (version === '1.2') (window as Win).API = api;
      else (window as Win).API_1484_11 = api;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="SCO" src=${`/__scorm-package/${version}/${href}`}></iframe>`);
      await waitUntil(() => api.isInitialized(), 'the packaged page opened the SCORM session', { timeout: 10000 });
      const course = frame.contentDocument!.querySelector('spoc-course') as SpocCourse;
      await waitUntil(() => course.course, 'course definition loaded from the package');
      const courseId = course.course!.id!;
      await course.tracker.send({ verb: VERBS.completed, object: { id: courseId }, result: { completion: true } }, course).delivered;
      const cmi = api.getFlattenedCMI();
      expect(version === '1.2' ? cmi['cmi.core.lesson_status'] : cmi['cmi.completion_status']).to.equal('completed');
      frame.remove();
      await waitUntil(() => api.isTerminated(), 'finished on page hide');
      expect(api.lastErrorCode).to.equal('0');
    });
  }
});
