// The trainer's page: <spoc-cohort-report> on the demo course. Without `?lrs=`, a simulated cohort
// of 15 managers is saved once in this browser's local store (beside whatever the demo's learner
// did on the course page) and the report reads that store. With `?lrs=<endpoint>` (after
// `npm run lrs`; fill it with `npm run simulate` when available), it reads the LRS instead.
// A trainer page only: the report reads every learner's statements.
import './page-lang.js';
import '../src/components/cohort-report/cohort-report.js';
import type { SpocCohortReport } from '../src/components/cohort-report/cohort-report.js';
import { simulateCohort } from '../src/components/cohort-report/simulated-cohort.js';
import type { CourseDefinition } from '../src/course/course.schema.js';
import { defaultStore } from '../src/xapi/default-tracker.js';

const report = document.querySelector<SpocCohortReport>('#report')!;
const lrs = new URLSearchParams(location.search).get('lrs');
const course = (await (await fetch('./course.json')).json()) as CourseDefinition;
// One seed per day: the same cohort on every visit, dated relative to today.
const day = Math.floor(Date.now() / 86_400_000);
const cohort = simulateCohort(course, { learners: 15, seed: 2026, now: day * 86_400_000 });
report.roster = cohort.roster;
report.chapters = cohort.chapters;
if (lrs) {
  report.setLrsCredentials(`Basic ${btoa('demo:demo')}`);
  report.lrsEndpoint = lrs;
} else {
  const store = defaultStore();
  const key = `spoc-trainer-demo-${day}`;
  if (!localStorage.getItem(key)) {
    await store.save(cohort.statements);
    localStorage.setItem(key, '1');
  }
  await report.refresh();
}
