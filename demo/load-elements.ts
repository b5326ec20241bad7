// Registers the page's elements one at a time, each in a task of its own: an element's code runs,
// its elements upgrade and draw for the first time, then the browser gets the main thread back
// (input, painting) before the next one. Importing the whole library at once did all of it in one
// task of well over 50 ms. The course comes first (it provides the course to the others), and
// <spoc-progress> last: a page (or a test) that sees it defined knows that every element is.
import { ELEMENTS } from '../src/loader/elements.js';
// Gives the main thread back: `scheduler.yield()` where there is one, else a new task.
import { yieldToMain } from '../src/analytics/slices.js';

const ORDER = ['spoc-course', 'spoc-capsule', 'spoc-quiz', 'spoc-resource', 'spoc-scenario', 'spoc-peer-review', 'spoc-feedback', 'spoc-certificate'];
const LAST = 'spoc-progress';

export async function loadElements(): Promise<void> {
  const used = (tag: string) => document.querySelector(tag) !== null;
  for (const tag of [...ORDER.filter(used), LAST]) {
    // One element that fails to load leaves the others working (as the library's autoloader does).
    await ELEMENTS[tag]!().catch((error: unknown) => console.error(`<${tag}> could not be loaded.`, error));
    await yieldToMain();
  }
}
