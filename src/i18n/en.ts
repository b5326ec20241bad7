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

  quiz: {
    label: 'Quiz',
    questionOf: (index, total) => `Question ${index} of ${total}`,
    check: 'Check my answer',
    next: 'Next question',
    previous: 'Previous question',
    finish: 'See my results',
    start: 'Start the quiz',
    retry: 'Try again',
    correct: 'Correct',
    incorrect: 'Incorrect',
    partial: (percent) => `Partly correct (${percent})`,
    solution: 'Right answer:',
    yourAnswer: 'Your answer:',
    noAnswer: 'no answer',
    true: 'True',
    false: 'False',
    blank: (index) => `Blank ${index}`,
    moveUp: (item) => `Move “${item}” up`,
    moveDown: (item) => `Move “${item}” down`,
    position: (index, total) => `position ${index} of ${total}`,
    choose: 'Choose…',
    answerLabel: 'Your answer',
    answerRequired: 'Give an answer before checking it.',
    invalidNumber: 'Enter a number, for example 12 or 3.5.',
    results: 'Your results',
    score: (raw, max, percent) => `Score: ${raw} / ${max} (${percent})`,
    passed: 'Passed',
    failed: 'Not passed',
    passMark: (percent) => `Pass mark: ${percent}`,
    attempt: (attempt, max) => (max ? `Attempt ${attempt} of ${max}` : `Attempt ${attempt}`),
    attemptsLeft: (count) => `${count} ${plural(count, 'attempt', 'attempts')} left`,
    noAttemptsLeft: 'No attempts left.',
    timeLeft: (time) => `Time left: ${time}`,
    timeUp: 'Time is up: your answers so far have been scored.',
    timeLimit: (time) => `You have ${time} to answer. The countdown starts when you start the quiz.`,
    review: 'Review of your answers',
    progress: (answered, total) => `${answered} of ${total} answered`,
  },
};
