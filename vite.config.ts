import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * pdf-lib (~150 KB gzipped) is loaded only when a learner downloads a certificate as PDF. The
 * single-file bundle keeps it out: it is written beside the bundle and imported from there on demand.
 */
const PDF_LIB = 'pdf-lib/dist/pdf-lib.esm.min.js';
const pdfLibBesideBundle = (): Plugin => ({
  name: 'spoc-pdf-lib-beside-bundle',
  generateBundle() {
    const file = createRequire(import.meta.url).resolve(PDF_LIB);
    this.emitFile({ type: 'asset', fileName: 'pdf-lib.esm.min.js', source: readFileSync(file) });
  },
});

/**
 * What nearly every page runs (lit, zod, the base element, the controllers, the xAPI core, the
 * shared strings, `<spoc-course>`): one chunk rather than a dozen small ones, since a page pays
 * gzip's start-up per file (measured: 20 files for a quiz in a course gzip 5 KB larger apart than
 * together). The LMS bridges (and fflate) stay out: only an LMS page loads them.
 */
const inCore = (id: string) =>
  /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/](reactive-element|context|task)|zod|idb-keyval)[\\/]/.test(id) ||
  (/[\\/]src[\\/](internal|controllers|xapi|styles|events|context|course|components[\\/]course|i18n[\\/](index|plural|strings[\\/]shared)|loader[\\/]context-root)\b/.test(id) &&
    !/[\\/]xapi[\\/](scorm|scorm-format|cmi5|lms-outcome|lms-bridges)\.ts$/.test(id));

/**
 * One file, four jobs:
 * - `vite` (serve): the demo in demo/, importing the library from source;
 * - `vite build`: one ES module per public entry in dist/, dependencies left external (npm users);
 * - `vite build --mode bundle`: dist/spoc-elements.bundle.js, the autoloader (`<script>` users): a
 *   small file that imports each element's chunk (`dist/spoc-*.js`, hashed names, lit and the
 *   rest shared between chunks) from beside itself when its tag first appears;
 * - `vite build --mode all`: dist/spoc-elements.all.js, every element in one file, lit included.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: 'demo',
      resolve: { alias: { 'spoc-elements': src('index.ts') } },
      server: { host: '127.0.0.1', fs: { allow: ['..'] } },
    };
  }
  if (mode === 'bundle' || mode === 'all') {
    const all = mode === 'all';
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        lib: {
          entry: src(all ? 'index.ts' : 'loader/index.ts'),
          formats: ['es'],
          fileName: () => (all ? 'spoc-elements.all.js' : 'spoc-elements.bundle.js'),
        },
        rolldownOptions: {
          external: [PDF_LIB],
          output: {
            minify: true,
            codeSplitting: all ? false : { groups: [{ name: 'core', test: inCore }] },
            // Chunks sit beside the loader (relative imports resolve from its URL, on any path or CDN).
            chunkFileNames: 'spoc-[name]-[hash].js',
            paths: { [PDF_LIB]: './pdf-lib.esm.min.js' },
          },
        },
      },
      plugins: [pdfLibBesideBundle()],
    };
  }
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry: {
          index: src('index.ts'),
          xapi: src('xapi/index.ts'),
          course: src('components/course/course.ts'),
          progress: src('components/progress/progress.ts'),
          quiz: src('components/quiz/quiz.ts'),
          'peer-review': src('components/peer-review/peer-review.ts'),
          certificate: src('components/certificate/certificate.ts'),
          capsule: src('components/capsule/capsule.ts'),
          feedback: src('components/feedback/feedback.ts'),
          scenario: src('components/scenario/scenario.ts'),
          resource: src('components/resource/resource.ts'),
          react: src('react/index.ts'),
          'react/course': src('react/course.ts'),
          'react/quiz': src('react/quiz.ts'),
          'react/capsule': src('react/capsule.ts'),
          'react/peer-review': src('react/peer-review.ts'),
          'react/progress': src('react/progress.ts'),
          'react/certificate': src('react/certificate.ts'),
          'react/feedback': src('react/feedback.ts'),
          'react/scenario': src('react/scenario.ts'),
          'react/resource': src('react/resource.ts'),
          analytics: src('analytics/index.ts'),
          // The `spoc-elements` command (bin/spoc-elements.mjs): Node only.
          cli: src('analytics/cli.ts'),
          'cohort-report': src('components/cohort-report/cohort-report.ts'),
          'react/cohort-report': src('react/cohort-report.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        // npm users bring their own copies: one lit per page, deduplicated by their bundler.
        external: [/^lit/, /^@lit\//, /^react($|\/)/, /^zod/, /^dompurify/, /^idb-keyval/, /^fflate/, /^pdf-lib/, /^node:/],
      },
    },
  };
});
