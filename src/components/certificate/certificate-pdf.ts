/**
 * The certificate as a PDF: one A4 landscape page drawn as the PNG is, with real text. Loaded on
 * demand (with pdf-lib) the first time a learner asks for a PDF.
 */
import { CENTER, CHECK_PATH, IMAGE_WIDTH, MEDAL_PATH, documentText, layoutCertificate, type CertificateImage, type FontKind, type Measure } from './certificate-image.js';

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
