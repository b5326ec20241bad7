#!/usr/bin/env node
// A SCORM package of a page that uses spoc-elements, ready to import into an LMS:
//   npm run package:scorm -- --version 1.2|2004 --entry demo/index.html [--out file.zip] [--title "…"] [--identifier id]
// The page and the other .html pages of its folder are built with Vite (their scripts, with the
// library bundled in, relative paths, so links between the pages keep working inside the package),
// the other files of the folder (course JSON, videos, captions …) are copied as they are, and an
// imsmanifest.xml for the version (one SCO: the entry page) is written at the root of the zip.
import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SCHEMAS = {
  '1.2': {
    manifest: 'version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  '2004': {
    manifest: 'version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
};

const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** imsmanifest.xml: one organization, one item, one SCO resource listing every file. */
export function manifest({ version, identifier, title, href, files }) {
  const schema = SCHEMAS[version];
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" ${schema.manifest}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schema.schemaversion}</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${xml(title)}</title>
      <item identifier="item-1" identifierref="sco-1">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-1" type="webcontent" ${schema.scormType}="sco" href="${xml(href)}">
${files.map((file) => `      <file href="${xml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * The page imports the library for its side effect (registering the elements), but package.json
 * declares only dist/ as side-effectful: mark the sources so the build keeps them.
 */
function keepLibrarySideEffects() {
  const src = join(root, 'src') + sep;
  return {
    name: 'spoc-keep-library',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolved.id.startsWith(src) ? { ...resolved, moduleSideEffects: true } : resolved;
    },
  };
}

const SOURCE = /\.(ts|tsx|mts|cts)$/;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of a page's `<title>` (which may carry attributes), entities decoded; `undefined` when none. */
export function pageTitle(html) {
  const text = /<title(?:\s[^>]*)?>([^<]*)<\/title\s*>/i.exec(html)?.[1];
  const decoded = text
    ?.replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (entity, name) => ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
  return decoded || undefined;
}

/** Builds the package; answers `{ out, files, manifest }`. */
export async function packageScorm({ version, entry, out, title, identifier }) {
  if (!SCHEMAS[version]) throw new Error(`--version must be 1.2 or 2004 (got ${version})`);
  const entryPath = resolve(root, entry);
  const entryDir = dirname(entryPath);
  const staging = mkdtempSync(join(tmpdir(), 'spoc-scorm-'));
  // Every page of the folder is built, the entry first: a link to another page works in the package.
  const pages = [entryPath, ...walk(entryDir).filter((path) => path.endsWith('.html') && path !== entryPath)];
  const input = Object.fromEntries(pages.map((path, i) => [i === 0 ? 'index' : `page-${i}`, path]));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: entryDir,
      base: './',
      publicDir: false,
      resolve: { alias: { 'spoc-elements': join(root, 'src/index.ts') } },
      plugins: [keepLibrarySideEffects()],
      build: {
        outDir: staging,
        emptyOutDir: true,
        assetsDir: 'assets',
        rolldownOptions: { input, output: { minify: true } },
      },
    });
    const zipped = {};
    for (const path of walk(staging)) zipped[relative(staging, path).split(sep).join('/')] = readFileSync(path);
    // The page's own files that the build does not see (fetched at run time: JSON, media, captions).
    for (const path of walk(entryDir)) {
      const name = relative(entryDir, path).split(sep).join('/');
      if (!SOURCE.test(name) && !(name in zipped) && !name.endsWith('.html')) zipped[name] = readFileSync(path);
    }
    const href = basename(entryPath);
    const missing = pages.map((path) => relative(entryDir, path).split(sep).join('/')).filter((name) => !(name in zipped));
    if (missing.length) throw new Error(`pages missing from the build: ${missing.join(', ')}`);
    const courseTitle = title ?? pageTitle(new TextDecoder().decode(zipped[href] ?? new Uint8Array())) ?? 'spoc-elements course';
    const files = Object.keys(zipped).sort();
    const text = manifest({ version, identifier: identifier ?? `spoc-${basename(entryDir)}-${version}`, title: courseTitle, href, files });
    zipped['imsmanifest.xml'] = new TextEncoder().encode(text);
    const target = resolve(root, out ?? `dist/scorm/${basename(entryDir)}-scorm-${version}.zip`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, zipSync(zipped, { level: 9 }));
    return { out: target, files: ['imsmanifest.xml', ...files], manifest: text };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      version: { type: 'string', default: '2004' },
      entry: { type: 'string', default: 'demo/index.html' },
      out: { type: 'string' },
      title: { type: 'string' },
      identifier: { type: 'string' },
    },
  });
  try {
    const { out, files } = await packageScorm(values);
    console.log(`SCORM ${values.version} package: ${relative(process.cwd(), out)} (${files.length} files)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
