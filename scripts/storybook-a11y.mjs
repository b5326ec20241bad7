#!/usr/bin/env node
// Axe over every story of the built Storybook (storybook-static/), in Debian's Chromium.
// Each story is rendered in its own iframe page, in English and in French; any violation fails.
// Then the controls: for each element's Playground story, every attribute the manifest documents is
// set once through the story's args (what a designer does in the Controls panel); the element must
// carry it, throw nothing and stay axe-clean.
// Usage: npm run build-storybook && npm run test:stories
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chrome) {
  console.error('Chromium is needed: sudo apt-get install -y chromium (or set CHROME_PATH).');
  process.exit(1);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webm': 'video/webm', '.vtt': 'text/vtt', '.png': 'image/png', '.jpg': 'image/jpeg', '.woff2': 'font/woff2' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/**
 * A value a designer could pick for an attribute, written as Storybook URL args accept it (letters,
 * digits, spaces, `-`, `_`, `.`; `!true` for a boolean), or undefined when it needs a URL, an IRI or
 * an e-mail address (the URL args syntax cannot carry them; their controls are text fields all the same).
 */
function sampleValue(attribute) {
  if (/^reflected|\(reflected for css\)/i.test(attribute.description ?? '')) return undefined; // a state the element shows, not a setting
  const type = attribute.type?.text ?? 'string';
  const options = type.split('|').map((t) => t.trim()).filter((t) => /^'[^']*'$/.test(t)).map((t) => t.slice(1, -1));
  if (options.length > 1) return options.find((o) => `'${o}'` !== attribute.default && /^[\w -]+$/.test(o));
  if (type.includes('boolean')) return '!true';
  if (type.includes('number')) return '1'; // URL args allow no decimal point
  if (/(^|-)(src|href|id|endpoint|auth|email|poster|captions|home-page|url)$/.test(attribute.name)) return undefined;
  if (attribute.name === 'lang') return 'fr';
  if (attribute.name === 'dir') return 'rtl';
  return 'Ana Martin';
}

/** axe over the story's root (Storybook's own chrome is not ours to fix): the violations, one line each. */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // Only the story (Storybook's own chrome is not ours to fix).
    // Storybook's a11y addon runs axe in the same page too: wait for its run to finish.
    let violations;
    for (let attempt = 0; !violations; attempt++) {
      try {
        ({ violations } = await window.axe.run('#storybook-root', { resultTypes: ['violations'] }));
      } catch (error) {
        if (attempt > 50 || !String(error).includes('already running')) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-setuid-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--mute-audio', '--autoplay-policy=no-user-gesture-required'],
});
let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage();
  for (const story of stories) {
    for (const lang of ['en', 'fr']) {
      const url = `${base}/iframe.html?id=${story.id}&viewMode=story&globals=lang:${lang}`;
      try {
        // Not `networkidle`: a story with a video keeps a media connection open.
        await page.goto(url, { waitUntil: 'load', timeout: 30000 });
        await page.waitForSelector('#storybook-root > *', { timeout: 10000 });
        // Let elements load their data and settle.
        await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
        const results = await axeViolations(page);
        if (results.length) {
          failed += 1;
          console.log(`✗ ${story.title} › ${story.name} [${lang}]\n    ${results.join('\n    ')}`);
        } else {
          passed += 1;
        }
      } catch (error) {
        failed += 1;
        console.log(`✗ ${story.title} › ${story.name} [${lang}]: ${error.message}`);
      }
    }
  }
  // The controls of each element's first story ("Elements/Peer review" → <spoc-peer-review>).
  const firstStories = new Map();
  for (const entry of stories) if (entry.title.startsWith('Elements/') && !firstStories.has(entry.title)) firstStories.set(entry.title, entry);
  for (const story of firstStories.values()) {
    const tag = `spoc-${story.title.slice('Elements/'.length).toLowerCase().replace(/\s+/g, '-')}`;
    const element = declarations.find((d) => d.tagName === tag);
    if (!element) continue;
    for (const attribute of element.attributes ?? []) {
      const value = sampleValue(attribute);
      if (value === undefined) continue;
      const errors = [];
      const onError = (error) => errors.push(error.message);
      page.on('pageerror', onError);
      const label = `${story.title} › controls › ${attribute.name}=${value}`;
      try {
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&args=${encodeURIComponent(`${attribute.name}:${value}`)}`, { waitUntil: 'load', timeout: 30000 });
        await page.waitForSelector('#storybook-root > *', { timeout: 10000 });
        await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
        const shown = await page.evaluate(
          (tagName, name) => {
            const el = document.querySelector(`#storybook-root ${tagName}`);
            return el ? (el.hasAttribute(name) ? el.getAttribute(name) : null) : undefined;
          },
          tag,
          attribute.name,
        );
        const expected = value === '!true' ? '' : value;
        const problems = [...errors];
        if (shown !== expected) problems.push(`the control did not reach the element (it has ${JSON.stringify(shown)})`);
        problems.push(...(await axeViolations(page)));
        if (problems.length) {
          failed += 1;
          console.log(`✗ ${label}\n    ${problems.join('\n    ')}`);
        } else passed += 1;
      } catch (error) {
        failed += 1;
        console.log(`✗ ${label}: ${error.message}`);
      } finally {
        page.off('pageerror', onError);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
