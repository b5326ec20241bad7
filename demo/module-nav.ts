// One module at a time: the course page shows the module named in the URL hash (`#m2`), the
// certificate (`#certificate`), or — with no hash — the module the learner should do next. The
// steps of <spoc-progress> link to `#<module>` and are the navigation; each module ends with
// previous / next links. A move puts focus on the module's heading, so keyboard and screen reader
// users land where they asked to go.
import type { SpocCourse } from 'spoc-elements';

const pages = [...document.querySelectorAll<HTMLElement>('main > section[data-page]')];
const course = document.querySelector<SpocCourse>('spoc-course')!;

function show(id: string, moveFocus: boolean): void {
  const page = pages.find((section) => section.id === id) ?? pages[0]!;
  for (const section of pages) section.hidden = section !== page;
  if (!moveFocus) return;
  const heading = page.querySelector<HTMLElement>('h2')!;
  heading.tabIndex = -1;
  heading.focus();
}

const requested = () => decodeURIComponent(location.hash.slice(1));
addEventListener('hashchange', () => show(requested(), true));

if (requested()) show(requested(), false);
else {
  show(pages[0]!.id, false);
  // With no hash, open where the learner left off once the course knows it.
  course.addEventListener('spoc-progress-change', function openNext(event) {
    const next = (event as CustomEvent<{ progress?: { next?: string } }>).detail.progress?.next;
    if (!requested() && next) show(next, false);
    course.removeEventListener('spoc-progress-change', openNext);
  });
}
