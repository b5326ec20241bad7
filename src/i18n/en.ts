import type { Translation } from './translation.js';

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  errorTitle: 'This content cannot be shown',
  errorIssueCount: (count) => `${count} ${plural(count, 'problem', 'problems')} found:`,
  errorPathRoot: 'definition',
  errors: {
    'invalid-json': 'The data is not valid JSON.',
    'invalid-definition': 'The definition does not have the expected shape.',
    'fetch-failed': (status) => `The data could not be loaded (${status}).`,
    'missing-definition': 'No definition was given: set `src`, an inline JSON script or the `definition` property.',
    'sink-failed': 'A learning record could not be saved.',
    unexpected: 'Something went wrong while showing this content.',
  },
  issues: {
    invalid_type: (expected, received) => `expected ${expected}, got ${received}`,
    too_small: (minimum, origin) =>
      origin === 'string' ? `must not be shorter than ${minimum} ${plural(Number(minimum), 'character', 'characters')}`
      : origin === 'array' ? `needs at least ${minimum} ${plural(Number(minimum), 'item', 'items')}`
      : `must be at least ${minimum}`,
    too_big: (maximum, origin) =>
      origin === 'string' ? `must not be longer than ${maximum} characters`
      : origin === 'array' ? `must not have more than ${maximum} items`
      : `must be at most ${maximum}`,
    invalid_format: (format) => `is not a valid ${format}`,
    invalid_value: (values) => `must be one of ${values}`,
    invalid_union: 'does not match any of the accepted forms',
    unrecognized_keys: (keys) => `unknown ${keys.includes(',') ? 'fields' : 'field'}: ${keys}`,
    invalid_key: 'has an invalid key',
    invalid_element: 'has an invalid entry',
    not_multiple_of: (divisor) => `must be a multiple of ${divisor}`,
    custom: 'is not valid',
    'duplicate-id': (id) => `the id "${id}" is used more than once`,
    'unknown-reference': (id) => `refers to "${id}", which does not exist`,
    'not-an-iri': 'must be an absolute IRI (for example https://example.com/course)',
    'min-above-max': 'the minimum is above the maximum',
  },
  types: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    undefined: 'nothing',
    null: 'null',
  },

  course: {
    label: (title) => `Course: ${title}`,
    untitled: 'Untitled course',
  },

  lms: {
    scormUnavailable: 'The learning platform (SCORM) did not open the session. Your progress is kept in this browser only.',
    scormError: (call, element, code, text) =>
      `The learning platform (SCORM) refused ${call}${element ? ` on ${element}` : ''}: error ${code}${text ? ` (${text})` : ''}.`,
    cmi5Refused: 'The learning platform refused this launch. Your progress is kept in this browser only: start the course again from the platform to record it there.',
    cmi5LaunchData: 'The learning platform sent launch data that cannot be read. Your progress is kept in this browser only.',
    cmi5Ended: 'This session with the learning platform has ended. Your progress is kept in this browser only: start the course again from the platform to record it there.',
    cmi5Unreachable: 'The learning platform cannot be reached. Your progress is kept in this browser only.',
    cmi5Error: 'Some records could not be sent to the learning platform.',
    exit: 'Leave the course',
  },

  progress: {
    label: 'Course progress',
    valueText: (percent, done, total) => `${percent} complete, ${done} of ${total} ${plural(total, 'module', 'modules')} done`,
    modulesDone: (done, total) => `${done} of ${total} ${plural(total, 'module', 'modules')} done`,
    status: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed', passed: 'Passed', failed: 'Failed' },
    modules: 'Modules',
    next: 'Next',
    optional: 'Optional',
    score: (value) => `Score: ${value}`,
    timeSpent: (value) => `Time spent: ${value}`,
    announceProgress: (percent) => `Course progress: ${percent}`,
    announceModule: (title, status) => `${title}: ${status}.`,
    announceCompleted: 'Course completed. Well done!',
    completedOn: (date) => `Completed on ${date}`,
    empty: 'No progress yet.',
    noCourse: 'No course to show: place this element inside a spoc-course, or set course-id or course-src.',
    noDefinition: 'The course outline is not available: only the overall progress is shown.',
    lrsUnauthorized: 'The learning record store refused access: showing the progress saved in this browser.',
    lrsUnavailable: (reason) => `The learning record store could not be reached (${reason}): showing the progress saved in this browser.`,
  },
};
