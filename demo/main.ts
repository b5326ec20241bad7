// The demo course: the library from source (Vite). `?lang=en` switches the page and the elements
// to English (page-lang.ts); `?lrs=<endpoint>` (see `npm run lrs`) sends every statement to that
// LRS as well.
import { pageLang } from './page-lang.js';
import { loadElements } from './load-elements.js';
import './module-nav.js';
import type { SpocCourse } from 'spoc-elements';

void loadElements();

const params = new URLSearchParams(location.search);
const course = document.querySelector<SpocCourse>('#course')!;
const lrs = params.get('lrs');
if (lrs) {
  course.lrsAuth = `Basic ${btoa('demo:demo')}`;
  course.lrsEndpoint = lrs;
}

const list = document.querySelector('#statements')!;
document.addEventListener('spoc-statement', (event) => {
  const { statement } = event.detail;
  const item = document.createElement('li');
  const object = 'id' in statement.object ? statement.object.id : '';
  const verb = statement.verb.display?.[pageLang] ?? statement.verb.display?.['fr'] ?? statement.verb.id;
  item.textContent = `${statement.timestamp.slice(11, 19)} ${verb} ${object}`;
  list.prepend(item);
});
