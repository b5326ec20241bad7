// pdf-lib's own ES build imports CommonJS dependencies (pako); its prebuilt browser module bundles
// them and loads anywhere (browsers, Vite, web-test-runner). Same API, same types.
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib';
}
