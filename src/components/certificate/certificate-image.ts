/**
 * The certificate as a document: a standalone SVG rasterized on a canvas for the PNG, and a PDF
 * drawn with pdf-lib (loaded only on demand) with real, selectable text — no external service.
 * Both share one layout: the title and the lines are wrapped (and, if they still do not fit,
 * set smaller) inside the frame, measured with the fonts each format uses.
 */

export interface CertificateImage {
  title: string;
  lines: string[];
  code: string;
  issuer: string;
  colors: { accent: string; text: string; background: string };
  /** Document language (PDF metadata). */
  lang?: string;
}

/** A4 landscape proportions, at a size that prints sharply. */
export const IMAGE_WIDTH = 1600;
export const IMAGE_HEIGHT = 1131;

/** The badge medal drawn with the given colors (shared with the on-screen SVG's shape). */
export const MEDAL_PATH = 'M60 8 L74 30 L100 26 L96 52 L116 68 L96 84 L100 110 L74 106 L60 128 L46 106 L20 110 L24 84 L4 68 L24 52 L20 26 L46 30 Z';
const CHECK_PATH = 'M44 68 L56 80 L78 56';

const SERIF = "Georgia, 'DejaVu Serif', 'Times New Roman', serif";
const MONO = "ui-monospace, 'DejaVu Sans Mono', monospace";

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as it can go into a document: characters XML 1.0 forbids (U+0000 and the other C0
 * controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF) are removed, runs of ordinary
 * whitespace become one space (no-break spaces stay).
 */
export function documentText(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[\t\n\r\f\v \u2028\u2029]+/g, ' ').trim();
}

const escapeXml = (text: string) =>
  documentText(text).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

// --- layout ------------------------------------------------------------------------------------

export type FontKind = 'serif' | 'serif-bold' | 'mono';
/** Width of `text` at `size`, in image units. */
export type Measure = (text: string, size: number, font: FontKind) => number;

export interface LaidLine {
  text: string;
  /** Baseline, image units from the top. */
  y: number;
  size: number;
  font: FontKind;
  color: 'accent' | 'text';
}

/** Inner width the text may use (the frame is at 40 and 60 units from the edges). */
const TEXT_WIDTH = 1360;
const CENTER = IMAGE_WIDTH / 2;

/** Greedy wrap on spaces; a word wider than `max` is cut where it must be. */
export function wrapText(text: string, size: number, font: FontKind, max: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, font) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest, size, font) > max) {
      const chars = Array.from(rest);
      let cut = chars.length - 1;
      while (cut > 1 && measure(chars.slice(0, cut).join(''), size, font) > max) cut--;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

interface Block {
  text: string;
  size: number;
  minSize: number;
  maxLines: number;
  font: FontKind;
  color: 'accent' | 'text';
}

/** The block's lines at the largest size (down to `minSize`) where it takes at most `maxLines`. */
function fit(block: Block, scale: number, measure: Measure): { lines: string[]; size: number } {
  const top = Math.max(block.minSize, Math.round(block.size * scale));
  for (let size = top; size >= block.minSize; size -= 2) {
    const lines = wrapText(block.text, size, block.font, TEXT_WIDTH, measure);
    if (lines.length <= block.maxLines) return { lines, size };
  }
  return { lines: wrapText(block.text, block.minSize, block.font, TEXT_WIDTH, measure), size: block.minSize };
}

/**
 * Where every line of text goes: the title and the details between the medal and the issuer,
 * centred; everything smaller when the whole does not fit.
 */
export function layoutCertificate(image: CertificateImage, measure: Measure): LaidLine[] {
  const title: Block = { text: documentText(image.title), size: 72, minSize: 40, maxLines: 2, font: 'serif-bold', color: 'accent' };
  const blocks: Block[] = [
    title,
    ...image.lines.map(
      (line, i): Block => ({ text: documentText(line), size: i === 0 ? 56 : 36, minSize: i === 0 ? 32 : 24, maxLines: 2, font: 'serif', color: 'text' }),
    ),
  ].filter((block) => block.text);
  const top = 300;
  const bottom = 900;
  let laid: LaidLine[] = [];
  for (let scale = 1; scale > 0.3; scale -= 0.1) {
    laid = [];
    let y = 0;
    blocks.forEach((block, index) => {
      const { lines, size } = fit(block, scale, measure);
      if (index > 0) y += index === 1 ? size * 0.9 : size * 0.45;
      for (const text of lines) {
        y += size * 1.2;
        laid.push({ text, y, size, font: block.font, color: block.color });
      }
    });
    if (y <= bottom - top) break;
  }
  const height = laid.length ? laid[laid.length - 1]!.y : 0;
  const offset = top + Math.max(0, (bottom - top - height) / 2) - (laid[0]?.size ?? 0) * 0.25;
  laid.forEach((line) => (line.y += offset));
  const footer = [
    { text: documentText(image.issuer), size: 30, font: 'serif' as const, y: 960 },
    { text: documentText(image.code), size: 28, font: 'mono' as const, y: 1020 },
  ];
  for (const item of footer) {
    if (!item.text) continue;
    const { lines, size } = fit({ ...item, minSize: 18, maxLines: 1, color: 'text' }, 1, measure);
    laid.push({ text: lines.join(' '), y: item.y, size, font: item.font, color: 'text' });
  }
  return laid;
}

// --- PNG ---------------------------------------------------------------------------------------

const CSS_FONTS: Record<FontKind, (size: number) => string> = {
  serif: (size) => `${size}px ${SERIF}`,
  'serif-bold': (size) => `bold ${size}px ${SERIF}`,
  mono: (size) => `${size}px ${MONO}`,
};

/** Text widths as the browser draws them (the fonts the SVG names). */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d')!;
  return (text, size, font) => {
    context.font = CSS_FONTS[font](size);
    return context.measureText(text).width;
  };
}

export function certificateSvg(image: CertificateImage, measure: Measure = canvasMeasure()): string {
  const { accent, text, background } = image.colors;
  const color = { accent: escapeXml(accent), text: escapeXml(text) };
  const lines = layoutCertificate(image, measure)
    .map(
      (line) =>
        `<text x="${CENTER}" y="${line.y.toFixed(1)}" font-size="${line.size}"${line.font === 'serif-bold' ? ' font-weight="bold"' : ''}${line.font === 'mono' ? ` font-family="${MONO.replace(/"/g, "'")}"` : ''} text-anchor="middle" fill="${color[line.color]}">${escapeXml(line.text)}</text>`,
    )
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}" font-family="${SERIF.replace(/"/g, "'")}">
  <rect width="100%" height="100%" fill="${escapeXml(background)}"/>
  <rect x="40" y="40" width="1520" height="1051" fill="none" stroke="${color.accent}" stroke-width="8"/>
  <rect x="60" y="60" width="1480" height="1011" fill="none" stroke="${color.accent}" stroke-width="2"/>
  <g transform="translate(740 120)"><path d="${MEDAL_PATH}" fill="${color.accent}"/><circle cx="60" cy="68" r="34" fill="${escapeXml(background)}"/><path d="${CHECK_PATH}" fill="none" stroke="${color.accent}" stroke-width="8"/></g>
  ${lines}
</svg>`;
}

/** Rasterizes an SVG to a PNG blob of its own size. */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = IMAGE_WIDTH;
    canvas.height = IMAGE_HEIGHT;
    canvas.getContext('2d')!.drawImage(image, 0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

// --- PDF ---------------------------------------------------------------------------------------

/** `rgb(…)` / `rgba(…)` / `#rrggbb` / `#rgb` as 0–1 channels (`undefined` when unreadable). */
export function parseColor(value: string): [number, number, number] | undefined {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value.trim());
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/i.exec(value.trim());
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3])];
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1];
  if (!hex) return undefined;
  if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
  return [0, 2, 4].map((i) => parseInt(hex!.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** Stand-ins for characters the PDF standard fonts (WinAnsi) lack. */
const REPLACEMENTS: Record<string, string> = {
  '\u202F': '\u00A0', // narrow no-break space (French typography) → no-break space
  '\u2009': ' ',
  '\u2007': '\u00A0',
  '\u2011': '-',
  '\u2010': '-',
  '\u2212': '-',
  '\u2032': '\u2019',
  '\u2044': '/',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

/**
 * Text the font can encode: unknown spaces and dashes become their WinAnsi cousins, accented
 * letters outside WinAnsi lose their accent (ő → o), anything else becomes `?`.
 */
export function encodableText(text: string, supported: ReadonlySet<number>): string {
  let out = '';
  for (const char of documentText(text)) {
    const code = char.codePointAt(0)!;
    if (supported.has(code)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char] ?? char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += Array.from(replacement).every((c) => supported.has(c.codePointAt(0)!)) && replacement ? replacement : '?';
  }
  return out;
}

/**
 * One A4 landscape page drawn as the PNG is — frame, medal, text — with the text as real text
 * (Times and Courier, WinAnsi: every French letter, « », œ, ’), so it can be selected, searched
 * and read aloud. pdf-lib is loaded here, on first use only.
 */
export async function certificatePdf(image: CertificateImage): Promise<Blob> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib/dist/pdf-lib.esm.min.js');
  const pdf = await PDFDocument.create();
  const fonts = {
    serif: await pdf.embedFont(StandardFonts.TimesRoman),
    'serif-bold': await pdf.embedFont(StandardFonts.TimesRomanBold),
    mono: await pdf.embedFont(StandardFonts.Courier),
  };
  const supported = {
    serif: new Set(fonts.serif.getCharacterSet()),
    'serif-bold': new Set(fonts['serif-bold'].getCharacterSet()),
    mono: new Set(fonts.mono.getCharacterSet()),
  };
  const clean = (text: string, font: FontKind = 'serif') => encodableText(text, supported[font]);
  pdf.setTitle(clean(image.title));
  pdf.setSubject(clean(image.lines.join(' — ')));
  pdf.setAuthor(clean(image.issuer));
  pdf.setCreator('spoc-elements');
  pdf.setProducer('spoc-elements (pdf-lib)');
  if (image.lang) pdf.setLanguage(image.lang);

  const page = pdf.addPage([841.89, 595.28]); // A4 landscape, points
  const scale = page.getWidth() / IMAGE_WIDTH;
  const toColor = (value: string, fallback: [number, number, number]) => rgb(...(parseColor(value) ?? fallback));
  const accent = toColor(image.colors.accent, [0.11, 0.31, 0.85]);
  const ink = toColor(image.colors.text, [0.12, 0.16, 0.2]);
  const paper = toColor(image.colors.background, [1, 1, 1]);
  const y = (top: number) => page.getHeight() - top * scale;

  page.drawRectangle({ x: 0, y: 0, width: page.getWidth(), height: page.getHeight(), color: paper });
  page.drawRectangle({ x: 40 * scale, y: y(1091), width: 1520 * scale, height: 1051 * scale, borderColor: accent, borderWidth: 8 * scale });
  page.drawRectangle({ x: 60 * scale, y: y(1071), width: 1480 * scale, height: 1011 * scale, borderColor: accent, borderWidth: 2 * scale });
  page.drawSvgPath(MEDAL_PATH, { x: 740 * scale, y: y(120), scale, color: accent });
  page.drawCircle({ x: 800 * scale, y: y(188), size: 34 * scale, color: paper });
  page.drawSvgPath(CHECK_PATH, { x: 740 * scale, y: y(120), scale, borderColor: accent, borderWidth: 8 * scale });

  // Measured with the PDF's own fonts, in image units.
  const measure: Measure = (text, size, font) => fonts[font].widthOfTextAtSize(clean(text, font), size * scale) / scale;
  for (const line of layoutCertificate(image, measure)) {
    const text = clean(line.text, line.font);
    const size = line.size * scale;
    const width = fonts[line.font].widthOfTextAtSize(text, size);
    page.drawText(text, { x: CENTER * scale - width / 2, y: y(line.y), size, font: fonts[line.font], color: line.color === 'accent' ? accent : ink });
  }
  return new Blob([(await pdf.save()) as BlobPart], { type: 'application/pdf' });
}

/** Offers a blob as a file download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
