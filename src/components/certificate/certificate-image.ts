/**
 * The certificate as a document: a standalone SVG rasterized on a canvas for the PNG, and a PDF
 * drawn with pdf-lib with real, selectable text (certificate-pdf.ts, loaded only on demand) — no
 * external service. Both share one layout: the title and the lines are wrapped (and, if they still do not fit,
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
export const CHECK_PATH = 'M44 68 L56 80 L78 56';

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
export const CENTER = IMAGE_WIDTH / 2;

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
