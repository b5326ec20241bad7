/**
 * Printing one certificate from its Print button: for that print only, stylesheets (adopted,
 * CSP-safe: no inline style) set an A4 landscape page, hide everything but the certificate and the
 * elements that hold it, and size the certificate to the page — one page, whatever the length of
 * the document. The elements between the certificate and `<body>` are marked
 * (`data-spoc-print-path`), across shadow roots and slots, so a certificate inside an application's
 * shadow DOM prints the same; each shadow root on the way adopts the hiding rules too. Everything
 * is undone on `afterprint`: printing the page otherwise (Ctrl+P) prints the page as it is.
 */
const KEEP = ':not([data-spoc-print-path], spoc-certificate[data-printing], spoc-certificate[data-printing] *, style, script)';

const PATH_RULES = `display: block !important; position: static !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
    inline-size: auto !important; block-size: auto !important; min-block-size: 0 !important; max-block-size: none !important;
    overflow: visible !important; transform: none !important; box-shadow: none !important; background: transparent !important;`;

const CERTIFICATE_RULES = `display: block !important; box-sizing: border-box !important; position: static !important; margin: 0 !important;
    inline-size: 297mm !important; block-size: 209mm !important; overflow: hidden !important; break-inside: avoid !important;
    print-color-adjust: exact; -webkit-print-color-adjust: exact;`;

const DOCUMENT_CSS = `@media print {
  @page { size: A4 landscape; margin: 0; }
  html[data-spoc-printing], html[data-spoc-printing] body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  html[data-spoc-printing] body ${KEEP} { display: none !important; }
  html[data-spoc-printing] body [data-spoc-print-path] { ${PATH_RULES} }
  html[data-spoc-printing] spoc-certificate[data-printing] { ${CERTIFICATE_RULES} }
}`;

/** The same inside a shadow root on the way (adopted only while printing). */
const SHADOW_CSS = `@media print {
  ${KEEP} { display: none !important; }
  [data-spoc-print-path] { ${PATH_RULES} }
  spoc-certificate[data-printing] { ${CERTIFICATE_RULES} }
}`;

let documentSheet: CSSStyleSheet | undefined;
let shadowSheet: CSSStyleSheet | undefined;

function adopt(root: Document | ShadowRoot, sheet: CSSStyleSheet): () => void {
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet));
}

/**
 * Marks `certificate` as the one being printed and adopts the print stylesheets, until the next
 * `afterprint` (or the returned function is called).
 */
export function beginCertificatePrint(certificate: HTMLElement, doc: Document = certificate.ownerDocument): () => void {
  documentSheet ??= new CSSStyleSheet();
  documentSheet.replaceSync(DOCUMENT_CSS);
  shadowSheet ??= new CSSStyleSheet();
  shadowSheet.replaceSync(SHADOW_CSS);
  const undo: Array<() => void> = [adopt(doc, documentSheet)];
  // The flattened tree from the certificate up to <body>: slots it is shown through, shadow hosts.
  const path: Element[] = [];
  let node: Node | null = certificate;
  while (node && node !== doc.body && node !== doc.documentElement) {
    const next: Node | null = (node as Element).assignedSlot ?? node.parentNode;
    if (next instanceof ShadowRoot) {
      undo.push(adopt(next, shadowSheet));
      node = next.host;
    } else node = next;
    if (node instanceof Element && node !== doc.body && node !== doc.documentElement) path.push(node);
  }
  path.forEach((element) => element.setAttribute('data-spoc-print-path', ''));
  doc.documentElement.dataset['spocPrinting'] = '';
  certificate.dataset['printing'] = '';
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    doc.defaultView?.removeEventListener('afterprint', end);
    delete certificate.dataset['printing'];
    delete doc.documentElement.dataset['spocPrinting'];
    path.forEach((element) => element.removeAttribute('data-spoc-print-path'));
    undo.forEach((fn) => fn());
  };
  doc.defaultView?.addEventListener('afterprint', end);
  return end;
}
