/**
 * React wrapper of `<spoc-cohort-report>` (`spoc-elements/react/cohort-report`), apart from
 * `spoc-elements/react` so that learner pages never download the trainer's report.
 *
 * ```tsx
 * import { SpocCohortReport } from 'spoc-elements/react/cohort-report';
 *
 * <SpocCohortReport courseSrc="/course.json" lrsEndpoint="https://lrs.example.com/xAPI/" roster={people} onSpocError={(e) => log(e.detail)} />
 * ```
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SpocCohortReport as SpocCohortReportElement } from '../components/cohort-report/cohort-report.js';
import type { SpocErrorEvent } from '../events/spoc-error.js';

/** `<spoc-cohort-report>`: the trainer's dashboard and the one-page session review. */
export const SpocCohortReport = createComponent({
  react: React,
  displayName: 'SpocCohortReport',
  tagName: 'spoc-cohort-report',
  elementClass: SpocCohortReportElement,
  events: { onSpocError: 'spoc-error' as EventName<SpocErrorEvent> },
});
