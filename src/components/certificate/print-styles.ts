/**
 * Printing one certificate from its Print button: for that print only, a page-level stylesheet
 * (adopted, CSP-safe: no inline style) sets an A4 landscape page, hides everything but the
 * certificate and the elements that hold it, and sizes the certificate to the page — one page,
 * whatever the length of the document. The stylesheet is adopted when the button is pressed and
 * removed on `afterprint`: printing the page otherwise (Ctrl+P) prints the page as it is.
 */
const PRINT_CSS = `@media print {
  @page { size: A4 landscape; margin: 0; }
  html[data-spoc-printing], html[data-spoc-printing] body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  html[data-spoc-printing] body :not(:has(spoc-certificate[data-printing]), spoc-certificate[data-printing], spoc-certificate[data-printing] *) { display: none !important; }
  html[data-spoc-printing] body :has(spoc-certificate[data-printing]) {
    display: block !important; position: static !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
    inline-size: auto !important; block-size: auto !important; min-block-size: 0 !important; max-block-size: none !important;
    overflow: visible !important; transform: none !important; box-shadow: none !important; background: transparent !important;
  }
  html[data-spoc-printing] spoc-certificate[data-printing] {
    display: block !important; box-sizing: border-box !important; position: static !important; margin: 0 !important;
    inline-size: 297mm !important; block-size: 209mm !important; overflow: hidden !important; break-inside: avoid !important;
    print-color-adjust: exact; -webkit-print-color-adjust: exact;
  }
}`;

let sheet: CSSStyleSheet | undefined;

/**
 * Marks `certificate` as the one being printed and adopts the print stylesheet, until the next
 * `afterprint` (or the returned function is called).
 */
export function beginCertificatePrint(certificate: HTMLElement, doc: Document = certificate.ownerDocument): () => void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  const own = sheet;
  if (!doc.adoptedStyleSheets.includes(own)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, own];
  doc.documentElement.dataset['spocPrinting'] = '';
  certificate.dataset['printing'] = '';
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    doc.defaultView?.removeEventListener('afterprint', end);
    delete certificate.dataset['printing'];
    delete doc.documentElement.dataset['spocPrinting'];
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== own);
  };
  doc.defaultView?.addEventListener('afterprint', end);
  return end;
}
