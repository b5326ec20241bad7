/**
 * Every IRI spoc-elements writes into a statement, in one place.
 * Sources: xAPI 1.0.3, the ADL vocabulary, the xAPI Video Profile (v1.0.3), cmi5 (Quartz),
 * the Tin Can registry and Activity Streams.
 */

/** A verb as sent: IRI plus its display in the languages the library speaks. */
export interface VerbDef {
  readonly id: string;
  readonly display: Readonly<Record<string, string>>;
}

const adl = (name: string, fr: string): VerbDef => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { en: name, fr },
});

export const VERBS = {
  answered: adl('answered', 'a répondu'),
  attempted: adl('attempted', 'a tenté'),
  completed: adl('completed', 'a terminé'),
  passed: adl('passed', 'a réussi'),
  failed: adl('failed', 'a échoué'),
  initialized: adl('initialized', 'a initialisé'),
  interacted: adl('interacted', 'a interagi'),
  terminated: adl('terminated', 'a quitté'),
  progressed: adl('progressed', 'a progressé'),
  experienced: adl('experienced', 'a consulté'),
  played: { id: 'https://w3id.org/xapi/video/verbs/played', display: { en: 'played', fr: 'a lu' } },
  paused: { id: 'https://w3id.org/xapi/video/verbs/paused', display: { en: 'paused', fr: 'a mis en pause' } },
  seeked: { id: 'https://w3id.org/xapi/video/verbs/seeked', display: { en: 'seeked', fr: 'a déplacé la lecture' } },
  reviewed: { id: 'http://id.tincanapi.com/verb/reviewed', display: { en: 'reviewed', fr: 'a évalué' } },
  earned: { id: 'http://id.tincanapi.com/verb/earned', display: { en: 'earned', fr: 'a obtenu' } },
  rated: { id: 'http://id.tincanapi.com/verb/rated', display: { en: 'rated', fr: 'a noté' } },
  downloaded: { id: 'http://id.tincanapi.com/verb/downloaded', display: { en: 'downloaded', fr: 'a téléchargé' } },
} as const satisfies Record<string, VerbDef>;

export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  video: 'https://w3id.org/xapi/video/activity-type/video',
  assignment: 'http://id.tincanapi.com/activitytype/school-assignment',
  review: 'http://activitystrea.ms/schema/1.0/review',
  badge: 'http://activitystrea.ms/schema/1.0/badge',
  survey: 'http://id.tincanapi.com/activitytype/survey',
  scenario: 'http://id.tincanapi.com/activitytype/scenario',
  file: 'http://adlnet.gov/expapi/activities/file',
  document: 'http://id.tincanapi.com/activitytype/document',
  link: 'http://adlnet.gov/expapi/activities/link',
  cmi5Course: 'https://w3id.org/xapi/cmi5/activitytype/course',
} as const;

/** contextActivities.category ids that mark a statement as following a profile. */
export const CATEGORIES = {
  video: 'https://w3id.org/xapi/video',
  cmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
} as const;

const video = (name: string) => `https://w3id.org/xapi/video/extensions/${name}`;

export const EXTENSIONS = {
  video: {
    time: video('time'),
    timeFrom: video('time-from'),
    timeTo: video('time-to'),
    progress: video('progress'),
    playedSegments: video('played-segments'),
    length: video('length'),
    completionThreshold: video('completion-threshold'),
    sessionId: video('session-id'),
    ccSubtitleEnabled: video('cc-subtitle-enabled'),
    ccSubtitleLang: video('cc-subtitle-lang'),
    speed: video('speed'),
    volume: video('volume'),
    fullScreen: video('full-screen'),
    screenSize: video('screen-size'),
    videoPlaybackSize: video('video-playback-size'),
    userAgent: video('user-agent'),
  },
  cmi5: {
    progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
    sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
    masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
    launchMode: 'https://w3id.org/xapi/cmi5/context/extensions/launchmode',
  },
  /** Extensions of our own, under the project's IRI space. */
  spoc: {
    attempt: 'https://w3id.org/spoc-elements/extensions/attempt',
    rubric: 'https://w3id.org/spoc-elements/extensions/rubric',
    reviewMode: 'https://w3id.org/spoc-elements/extensions/review-mode',
    credentialId: 'https://w3id.org/spoc-elements/extensions/credential-id',
    module: 'https://w3id.org/spoc-elements/extensions/module',
    path: 'https://w3id.org/spoc-elements/extensions/path',
  },
} as const;

/** Activity id under which every statement names the library as its `context.platform`. */
export const PLATFORM = 'spoc-elements';
