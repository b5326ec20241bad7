/**
 * Printing a certificate: a page-level print stylesheet (adopted once, CSP-safe: no inline style)
 * hides everything but the certificate marked `data-printing` and lays it out on one landscape page.
 */
const PRINT_CSS = `@media print {
  @page { size: A4 landscape; margin: 0; }
  body * { visibility: hidden !important; }
  spoc-certificate[data-printing], spoc-certificate[data-printing] * { visibility: visible !important; }
  spoc-certificate[data-printing] { position: fixed !important; inset: 0 !important; margin: 0 !important; z-index: 2147483647; background: #fff; }
}`;

let adopted: CSSStyleSheet | undefined;

/** Adds the print stylesheet to the document once (it only applies to a certificate being printed). */
export function ensurePrintStyles(doc: Document = document): void {
  if (adopted && doc.adoptedStyleSheets.includes(adopted)) return;
  adopted ??= new CSSStyleSheet();
  adopted.replaceSync(PRINT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, adopted];
}
