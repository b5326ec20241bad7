/**
 * The typed message catalog every language implements. Plurals and interpolations are functions
 * (Shoelace's model), so a translation is checked by the compiler, not at run time.
 * Sections per element keep each element's strings together.
 */
export interface Translation {
  $code: string;
  $name: string;
  $dir: 'ltr' | 'rtl';

  // --- shared
  loading: string;
  retry: string;
  close: string;
  /** Heading of the error view. */
  errorTitle: string;
  errorIssueCount: (count: number) => string;
  /** The root of a data path ("the definition"). */
  errorPathRoot: string;
  /** Top-level error messages by `spoc-error` code. */
  errors: {
    'invalid-json': string;
    'invalid-definition': string;
    'fetch-failed': (status: string) => string;
    'missing-definition': string;
    'sink-failed': string;
    unexpected: string;
  };
  /** One line per validation problem, by zod issue code (or by our own refinement key). */
  issues: {
    invalid_type: (expected: string, received: string) => string;
    too_small: (minimum: string, origin: string) => string;
    too_big: (maximum: string, origin: string) => string;
    /** `format` is already a localized name with its article ("an email address"). */
    invalid_format: (format: string) => string;
    invalid_value: (values: string) => string;
    invalid_union: string;
    unrecognized_keys: (keys: string) => string;
    invalid_key: string;
    invalid_element: string;
    not_multiple_of: (divisor: string) => string;
    custom: string;
    /** Messages of our own refinements, by key. */
    'duplicate-id': (id: string) => string;
    'unknown-reference': (id: string) => string;
    'not-an-iri': string;
    'min-above-max': string;
    'not-a-date': string;
    'unsafe-url': string;
  };
  /** Type names used in `invalid_type` messages. */
  types: Record<'string' | 'number' | 'int' | 'NaN' | 'Infinity' | 'boolean' | 'object' | 'array' | 'undefined' | 'null', string>;
  /** Format names used in `invalid_format` messages (zod's `format`: email, url, uuid, date…). */
  formats: Record<'email' | 'url' | 'uuid' | 'date' | 'datetime' | 'time' | 'duration' | 'regex', string>;
  /** `invalid-json` issue: where the JSON text breaks (1-based line and column). */
  jsonSyntax: (line: number, column: number) => string;
  /** Joins alternatives in messages ("text or an object"). */
  or: (items: string[]) => string;

  // --- spoc-course
  course: {
    label: (title: string) => string;
    untitled: string;
  };

  // --- LMS bridges (SCORM, cmi5) in spoc-course
  lms: {
    /** Notice: a SCORM runtime was found but refused to open the session. */
    scormUnavailable: string;
    /** `spoc-error` message for a SCORM runtime call that failed. */
    scormError: (call: string, element: string, code: number, text: string) => string;
    /** Notice: the cmi5 fetch URL answered an error code. */
    cmi5Refused: string;
    /** Notice: LMS.LaunchData is missing, not JSON or invalid. */
    cmi5LaunchData: string;
    /** Notice: the page was reloaded after its cmi5 session ended. */
    cmi5Ended: string;
    /** Notice: the LMS could not be reached. */
    cmi5Unreachable: string;
    /** `spoc-error` message when statements could not reach the LMS during a cmi5 session. */
    cmi5Error: string;
    /** Button that ends a cmi5 session and returns to the LMS. */
    exit: string;
  };

  // --- delivery to an LRS (spoc-course `lrs-endpoint`)
  delivery: {
    /** `spoc-error` `lrs-rejected`: the LRS refused one record (kept aside, see `deadLetters()`). */
    rejected: string;
    /** `spoc-error` `lrs-unauthorized`: the LRS refused the credentials; sending is paused. */
    unauthorized: string;
    /** `spoc-error` `lrs-unreachable`: the LRS cannot be reached; records wait and are sent later. */
    unreachable: string;
    /** `spoc-error` `invalid-attribute` of spoc-course: an attribute saying who learns or where records go is unusable. */
    invalidAttribute: string;
    /** `learner-email` is not an email address. */
    emailIssue: (value: string) => string;
    /** `learner-account-home-page` is not an absolute http(s) URL. */
    homePageIssue: (value: string) => string;
    /** `course-id` is not an absolute IRI without spaces. */
    courseIdIssue: (value: string) => string;
    /** `lrs-endpoint` is refused by the URL policy. */
    endpointIssue: (value: string) => string;
    /** `xapi-version` is neither 1.0.3 nor 2.0.0. */
    versionIssue: (value: string) => string;
  };

  // --- spoc-quiz
  quiz: {
    label: string;
    questionOf: (index: number, total: number) => string;
    check: string;
    next: string;
    previous: string;
    finish: string;
    start: string;
    retry: string;
    correct: string;
    incorrect: string;
    partial: (percent: string) => string;
    solution: string;
    yourAnswer: string;
    noAnswer: string;
    true: string;
    false: string;
    blank: (index: number) => string;
    moveUp: (item: string) => string;
    moveDown: (item: string) => string;
    position: (index: number, total: number) => string;
    choose: string;
    answerLabel: string;
    answerRequired: string;
    invalidNumber: string;
    results: string;
    score: (raw: string, max: string, percent: string) => string;
    passed: string;
    failed: string;
    passMark: (percent: string) => string;
    attempt: (attempt: number, max: number) => string;
    attemptsLeft: (count: number) => string;
    noAttemptsLeft: string;
    timeLeft: (time: string) => string;
    timeUp: string;
    timeLimit: (time: string) => string;
    review: string;
    progress: (answered: number, total: number) => string;
    /** A gap's name with its sentence: "Blank 1 of 2: A goal must be ____ and …". */
    blankIn: (index: number, total: number, sentence: string) => string;
    /** Announced after a sequencing move. */
    moved: (item: string, index: number, total: number) => string;
    /** Marks on the choices after a check (with the colour, never colour alone). */
    markChosenWrong: string;
    markChosenRight: string;
    markRight: string;
    /** "right answer: Décide seul" (matching, after a wrong pair). */
    rightIs: (text: string) => string;
    /** Why "See my results" is not offered yet. */
    finishHint: (left: number) => string;
    /** Column headers of the results table. */
    questionHeader: string;
    resultHeader: string;
    /** Accessible name of the feedback after a check. */
    feedbackLabel: string;
    /** Attribute errors: the view's message and each attribute's problem. */
    invalidAttribute: string;
    passScoreIssue: (value: string) => string;
  };
  // --- spoc-progress
  progress: {
    /** Accessible name of the progress bar / ring. */
    label: string;
    /** `aria-valuetext`: "50% complete, 2 of 4 modules done". */
    valueText: (percent: string, done: number, total: number) => string;
    /** Visible summary: "2 of 4 modules done". */
    modulesDone: (done: number, total: number) => string;
    status: Record<'not-started' | 'in-progress' | 'completed' | 'passed' | 'failed', string>;
    /** Accessible name of the list of modules. */
    modules: string;
    /** Marks the module to do next. */
    next: string;
    optional: string;
    /** "Score: 80%" (the value is formatted, or "—"). */
    score: (value: string) => string;
    /** "Time spent: 5 min". */
    timeSpent: (value: string) => string;
    /** Polite announcements. */
    announceProgress: (percent: string) => string;
    announceModule: (title: string, status: string) => string;
    announceCompleted: string;
    completedOn: (date: string) => string;
    /** Nothing to show yet (no course given, or nothing done). */
    empty: string;
    noCourse: string;
    /** The definition is unknown: only the overall percentage can be shown. */
    noDefinition: string;
    /** Notices when the LRS could not be read (local data is shown). */
    lrsUnauthorized: string;
    lrsUnavailable: string;
    /** The same, in a few words (the compact ring, in a header). */
    lrsUnauthorizedShort: string;
    lrsUnavailableShort: string;
    /** The enclosing spoc-course has no definition: no progress can be computed. */
    noCourseDefinition: string;
    /** Shorter, for the ring. */
    noCourseDefinitionShort: string;
    /** An element of the course records results under an id the course definition does not list. */
    unknownActivity: (id: string) => string;
  };

  // --- spoc-peer-review
  review: {
    label: (mode: string) => string;
    submission: string;
    by: (name: string) => string;
    anonymousAuthor: string;
    links: string;
    rubric: string;
    /** "(1 pt)" / "(2 pts)": `count` chooses the plural form, `points` is it formatted. */
    points: (count: number, points: string) => string;
    comment: string;
    commentRequired: string;
    overall: string;
    overallHint: (min: number) => string;
    total: (raw: string, max: string) => string;
    submit: string;
    confirmTitle: string;
    confirmText: string;
    confirm: string;
    back: string;
    errorSummary: (count: number) => string;
    chooseOption: string;
    writeComment: string;
    tooShort: (min: number) => string;
    tooLong: (max: number) => string;
    incomplete: string;
    submitted: string;
    summary: string;
    yourChoice: string;
    reference: string;
    matches: string;
    differs: (count: number, points: string) => string;
    calibrationResult: (same: number, total: number) => string;
    received: string;
    reviewsCount: (count: number) => string;
    medianOf: string;
    meanOf: string;
    reviewer: (index: number) => string;
    noReviews: string;
    feedbackOnly: string;
    /** An error-summary line naming its field: "Clarity: Choose a level for this criterion." */
    problemIn: (field: string, message: string) => string;
    /** A label and its value ("Your assessment: Good"). */
    labelled: (label: string, value: string) => string;
    /** Column header and cell of the spread of received points. */
    spread: string;
    range: (min: string, max: string) => string;
    /** Attribute errors. */
    invalidAttribute: string;
    modeIssue: (value: string, allowed: string) => string;
    /** A link whose address is not allowed: shown as text, never clickable. */
    linkRefused: string;
  };

  // --- spoc-certificate
  certificate: {
    locked: string;
    lockedHint: string;
    remaining: string;
    remainingCourse: string;
    remainingModule: (title: string) => string;
    /** "Score at least 80% in “Final quiz”" — `target` from `scoreTarget` / `scoreTargetOf`; `best` once attempted. */
    remainingScore: (target: string, min: string, best?: string) => string;
    /** The activity of a score rule by its title: "in “Final quiz”". */
    scoreTarget: (title: string) => string;
    /** The activity of a score rule without a title, by its kind and module: "in the quiz of “Feedback”". */
    scoreTargetOf: Record<'capsule' | 'quiz' | 'peer-review' | 'feedback' | 'scenario' | 'resource' | 'activity', (module: string) => string>;
    /** The enclosing spoc-course has no definition: nothing to earn. */
    noCourseDefinition: string;
    /** An element of the course records results under an id the course definition does not list. */
    unknownActivity: (id: string) => string;
    earned: string;
    awardedTo: (name: string) => string;
    forCourse: (title: string) => string;
    completedOn: (date: string) => string;
    score: (percent: string) => string;
    issuedBy: (issuer: string) => string;
    code: (code: string) => string;
    validUntil: (date: string) => string;
    unsigned: string;
    print: string;
    png: string;
    pdf: string;
    json: string;
    preparing: string;
    downloadFailed: string;
    noCourse: string;
    celebrate: string;
    learnerUnknown: string;
    narrative: (course: string) => string;
  };

  // --- spoc-capsule
  capsule: {
    label: (title: string) => string;
    play: string;
    pause: string;
    seek: string;
    time: (current: string, total: string) => string;
    speed: string;
    mute: string;
    unmute: string;
    volume: string;
    captionsOn: string;
    captionsOff: string;
    captionsLanguage: string;
    transcript: string;
    hideTranscript: string;
    fullscreen: string;
    exitFullscreen: string;
    chapters: string;
    watched: (percent: string) => string;
    completed: string;
    checkpoint: string;
    continue: string;
    answerToContinue: string;
    skippingPrevented: string;
    missingSource: string;
    mediaError: string;
    keyboardHelp: string;
    missingSourceIssue: string;
    invalidAttributes: string;
    invalidThreshold: (value: string) => string;
    captionsFailed: (labels: string, count: number) => string;
    settings: string;
  };
}

/** The sections an element brings with its own module (each in `i18n/strings/`). */
export type ElementSection = 'course' | 'lms' | 'delivery' | 'quiz' | 'progress' | 'review' | 'certificate' | 'capsule';

/** What every element shows (loading, the error view, validation messages): always loaded. */
export type SharedStrings = Omit<Translation, ElementSection>;
