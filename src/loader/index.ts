/**
 * `dist/spoc-elements.bundle.js`: the drop-in loader. One `<script type="module">` tag; each
 * element's code (and Lit, zod, DOMPurify… shared between them) is fetched from beside this file
 * only when a page uses that element. `dist/spoc-elements.all.js` is everything in one request.
 */
import { startAutoloader } from './autoloader.js';

// (The page's ContextRoot is attached by the base element's module, before any element is defined.)
startAutoloader();

export { discover } from './autoloader.js';
