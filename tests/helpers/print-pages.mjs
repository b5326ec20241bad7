// `print-pages` server command: prints the test page with Chromium's own print pipeline
// (puppeteer's `page.pdf()`, the CSS page size honoured, backgrounds on) and answers what came
// out: how many pages, each page's size in points, and whether each page draws any text.
import { inflateSync } from 'node:zlib';

/** The objects of a PDF as `{ number → { dict, stream? } }` (classic xref objects; Skia writes no object streams). */
function objects(pdf) {
  const text = pdf.toString('latin1');
  const found = new Map();
  const pattern = /(\d+)\s+0\s+obj\b([\s\S]*?)endobj/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const body = match[2];
    const streamAt = body.indexOf('stream');
    const dict = streamAt < 0 ? body : body.slice(0, streamAt);
    let stream;
    if (streamAt >= 0) {
      const start = match.index + match[0].indexOf(body) + streamAt + 'stream'.length;
      const begin = text[start] === '\r' ? start + 2 : start + 1;
      const length = /\/Length\s+(\d+)(?!\s+0\s+R)/.exec(dict);
      const end = length ? begin + Number(length[1]) : text.indexOf('endstream', begin);
      stream = pdf.subarray(begin, end);
      if (/\/FlateDecode/.test(dict)) {
        try {
          stream = inflateSync(stream);
        } catch {
          stream = Buffer.alloc(0);
        }
      }
    }
    found.set(Number(match[1]), { dict, stream });
  }
  return found;
}

/** What a printed PDF holds, page by page. */
export function describePdf(pdf) {
  const all = objects(pdf);
  const pages = [];
  for (const { dict } of all.values()) {
    if (!/\/Type\s*\/Page(?![a-zA-Z])/.test(dict)) continue;
    const box = /\/MediaBox\s*\[\s*([\d.\-]+)\s+([\d.\-]+)\s+([\d.\-]+)\s+([\d.\-]+)\s*\]/.exec(dict);
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+)\s+0\s+R)/.exec(dict);
    const refs = contents ? (contents[1] ? [...contents[1].matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1])) : [Number(contents[2])]) : [];
    const content = refs.map((ref) => all.get(ref)?.stream?.toString('latin1') ?? '').join('\n');
    pages.push({
      width: box ? Math.round(Number(box[3]) - Number(box[1])) : 0,
      height: box ? Math.round(Number(box[4]) - Number(box[2])) : 0,
      // Text drawing operators: a page that only paints a background (or nothing) has none.
      hasText: /\b(Tj|TJ)\b/.test(content),
    });
  }
  return { pageCount: pages.length, pages };
}

export function printPagesPlugin() {
  return {
    name: 'spoc-print-pages',
    async executeCommand({ command, session }) {
      if (command !== 'print-pages') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('print-pages needs the Chrome launcher (puppeteer)');
      const page = session.browser.getPage(session.id);
      const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      return describePdf(pdf);
    },
  };
}
