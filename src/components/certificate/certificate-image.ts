/**
 * The certificate as a picture: a standalone SVG (for PNG and PDF downloads), rasterized on a
 * canvas in the browser — no external service. PDF comes from pdf-lib, loaded only on demand.
 */

export interface CertificateImage {
  title: string;
  lines: string[];
  code: string;
  issuer: string;
  colors: { accent: string; text: string; background: string };
}

/** A4 landscape proportions, at a size that prints sharply. */
export const IMAGE_WIDTH = 1600;
export const IMAGE_HEIGHT = 1131;

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** The badge medal drawn with the given colors (shared with the on-screen SVG's shape). */
export const MEDAL_PATH = 'M60 8 L74 30 L100 26 L96 52 L116 68 L96 84 L100 110 L74 106 L60 128 L46 106 L20 110 L24 84 L4 68 L24 52 L20 26 L46 30 Z';

export function certificateSvg(image: CertificateImage): string {
  const { accent, text, background } = image.colors;
  const lines = image.lines
    .map((line, i) => `<text x="800" y="${560 + i * 70}" font-size="${i === 0 ? 56 : 36}" text-anchor="middle" fill="${escapeXml(text)}">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}" font-family="Georgia, 'DejaVu Serif', serif">
  <rect width="100%" height="100%" fill="${escapeXml(background)}"/>
  <rect x="40" y="40" width="1520" height="1051" fill="none" stroke="${escapeXml(accent)}" stroke-width="8"/>
  <rect x="60" y="60" width="1480" height="1011" fill="none" stroke="${escapeXml(accent)}" stroke-width="2"/>
  <g transform="translate(740 120)"><path d="${MEDAL_PATH}" fill="${escapeXml(accent)}"/><circle cx="60" cy="68" r="34" fill="${escapeXml(background)}"/><path d="M44 68 L56 80 L78 56" fill="none" stroke="${escapeXml(accent)}" stroke-width="8"/></g>
  <text x="800" y="400" font-size="72" font-weight="bold" text-anchor="middle" fill="${escapeXml(accent)}">${escapeXml(image.title)}</text>
  ${lines}
  <text x="800" y="960" font-size="30" text-anchor="middle" fill="${escapeXml(text)}">${escapeXml(image.issuer)}</text>
  <text x="800" y="1020" font-size="28" text-anchor="middle" font-family="monospace" fill="${escapeXml(text)}">${escapeXml(image.code)}</text>
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

/** One A4 landscape page holding the PNG; pdf-lib is loaded here, on first use only. */
export async function pngToPdf(png: Blob, title: string): Promise<Blob> {
  const { PDFDocument } = await import('pdf-lib/dist/pdf-lib.esm.min.js');
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('spoc-elements');
  const page = pdf.addPage([841.89, 595.28]); // A4 landscape, points
  const image = await pdf.embedPng(await png.arrayBuffer());
  page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
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
