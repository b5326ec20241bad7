/**
 * A seeded, realistic cohort for the report's stories, demo page and tests (not part of the
 * element: nothing in `cohort-report.ts` imports it). Statements are completed by the library's
 * own `Tracker`, with the shapes the elements send: capsule sessions with played segments, quiz
 * attempts with one `answered` per question, peer reviews, ratings and survey answers (anonymous,
 * as `<spoc-feedback>` sends them). Most learners finish, some stall, one drops out, one never
 * starts; ratings spread around 4.6 / 5.
 */
import type { CourseActivity, CourseDefinition } from '../../course/course.schema.js';
import type { RosterEntry } from '../../analytics/learners.js';
import { random } from '../../analytics/simulate.js';
import { activityIdFor } from '../../xapi/activity-id.js';
import { isoDuration } from '../../xapi/ids.js';
import { encodePattern } from '../../xapi/interactions.js';
import type { Agent, PartialStatement, Result, Statement } from '../../xapi/statement.js';
import { Tracker } from '../../xapi/tracker.js';
import { ACTIVITY_TYPES, CATEGORIES, EXTENSIONS, VERBS, type VerbDef } from '../../xapi/vocabulary.js';

export interface SimulationOptions {
  /** Learners (default 15). */
  learners?: number;
  /** Same seed, same cohort (default 1). */
  seed?: number;
  /** "Now" (ms): the cohort started about three weeks before (default: the current time). */
  now?: number;
  /** The domain of the learners' emails (default `example.com`). */
  domain?: string;
}

export interface SimulatedCohort {
  statements: Statement[];
  roster: RosterEntry[];
  /** Capsule chapters (for the `chapters` property), by capsule id. */
  chapters: Record<string, Array<{ time: number; title: { en: string; fr: string } }>>;
}

const FIRST = ['Ana', 'Bruno', 'Chloé', 'David', 'Émilie', 'François', 'Gaëlle', 'Hugo', 'Inès', 'Julien', 'Karima', 'Louis', 'Manon', 'Nicolas', 'Océane', 'Paul', 'Quentin', 'Rania', 'Sophie', 'Thomas'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier'];
const COMMENTS = [
  'Très concret, les mises en situation aident beaucoup.',
  'Clear and practical; the conflict module was the most useful.',
  'Un peu long sur le module 2.',
  'J’aurais aimé plus d’exemples pour les points d’équipe.',
  'Great videos, short and to the point.',
];
const VIDEO_LENGTH = 240;
const DAY = 86_400_000;

const slug = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z]+/g, '');

type Profile = 'finisher' | 'stalled' | 'dropout' | 'never';

class Learner {
  readonly statements: Statement[] = [];
  private readonly tracker: Tracker;
  private readonly pseudonym: Tracker;
  clock: number;

  constructor(
    actor: Agent,
    registration: string,
    start: number,
    private readonly courseId: string,
  ) {
    this.tracker = new Tracker({ actor, registration });
    // Anonymous feedback: a pseudonymous account and no registration (what <spoc-feedback anonymous> sends).
    this.pseudonym = new Tracker({ actor: { objectType: 'Agent', account: { homePage: 'https://w3id.org/spoc-elements/anonymous', name: registration.slice(0, 8) } }, registration });
    this.clock = start;
  }

  send(verb: VerbDef, object: PartialStatement['object'], result?: Result, context: PartialStatement['context'] = {}, anonymous = false): void {
    const tracker = anonymous ? this.pseudonym : this.tracker;
    const statement = tracker.complete({ verb, object, ...(result ? { result } : {}), context, timestamp: new Date(this.clock).toISOString() });
    if (anonymous) delete statement.context!.registration;
    this.clock += 45_000 + Math.round((statement.id.charCodeAt(0) % 7) * 10_000);
    this.statements.push(statement);
  }

  grouping(module: string) {
    return [
      { id: this.courseId, definition: { type: ACTIVITY_TYPES.course } },
      { id: `${this.courseId.replace(/\/+$/, '')}/module/${encodeURIComponent(module)}`, definition: { type: ACTIVITY_TYPES.module } },
    ];
  }
}

const iriOf = (courseId: string, activity: CourseActivity) => activityIdFor({ activityId: activity.activityId, courseId, kind: activity.type, id: activity.id });

/** Simulates a cohort on a course definition (any course: capsules, quizzes, peer reviews, the rest `completed`). */
export function simulateCohort(definition: CourseDefinition, options: SimulationOptions = {}): SimulatedCohort {
  const count = options.learners ?? 15;
  const rand = random(options.seed ?? 1);
  const now = options.now ?? Date.now();
  const courseId = definition.id!;
  const start = now - 21 * DAY;
  const statements: Statement[] = [];
  const roster: RosterEntry[] = [];
  const chapters: SimulatedCohort['chapters'] = {};
  const modules = definition.modules;
  for (const module of modules) {
    for (const activity of module.activities) {
      if (activity.type === 'capsule') {
        chapters[activity.id] = [
          { time: 0, title: { en: 'Introduction', fr: 'Introduction' } },
          { time: 75, title: { en: 'Key ideas', fr: 'Idées clés' } },
          { time: 170, title: { en: 'In practice', fr: 'En pratique' } },
        ];
      }
    }
  }

  for (let n = 0; n < count; n++) {
    const first = FIRST[n % FIRST.length]!;
    const last = LAST[(n * 7 + Math.floor(n / FIRST.length)) % LAST.length]!;
    const name = `${first} ${last}`;
    const email = `${slug(first)}.${slug(last)}${n >= FIRST.length ? n : ''}@${options.domain ?? 'example.com'}`;
    roster.push({ name, mbox: email });
    // One never starts, one drops out early, about one in six stalls, the others finish.
    const profile: Profile = n === count - 1 && count > 3 ? 'never' : n === count - 2 && count > 4 ? 'dropout' : rand() < 0.15 ? 'stalled' : 'finisher';
    if (profile === 'never') continue;
    const skill = 0.45 + rand() * 0.5;
    const registration = `${String(n + 1).padStart(8, '0')}-${Math.floor(rand() * 0xffff).toString(16).padStart(4, '0')}-4000-8000-${String(options.seed ?? 1).padStart(12, '0')}`;
    const learner = new Learner({ objectType: 'Agent', name, mbox: `mailto:${email}` }, registration, start + Math.floor(rand() * 4 * DAY) + 9 * 3_600_000, courseId);
    const stopAt = profile === 'finisher' ? modules.length : profile === 'dropout' ? 1 : 1 + Math.floor(rand() * (modules.length - 1));
    for (let m = 0; m < modules.length; m++) {
      const module = modules[m]!;
      const partial = m === stopAt;
      if (m > stopAt) break;
      for (const [a, activity] of module.activities.entries()) {
        if (partial && a > 0) break;
        const iri = iriOf(courseId, activity);
        const grouping = learner.grouping(module.id);
        if (activity.type === 'capsule') {
          const object = { objectType: 'Activity' as const, id: iri, definition: { type: ACTIVITY_TYPES.video, name: { en: activity.id } } };
          const session = `${registration}-${activity.id}`;
          const context = { contextActivities: { grouping, category: [{ id: CATEGORIES.video }] }, extensions: { [EXTENSIONS.video.sessionId]: session, [EXTENSIONS.video.length]: VIDEO_LENGTH } };
          // Many leave around the second chapter when they stop there; most replay the key idea (60–90 s).
          const end = partial || profile === 'dropout' ? 80 + Math.round(rand() * 60) : VIDEO_LENGTH;
          const replay = rand() < 0.6 ? '[,]60.000[.]90.000' : '';
          const segments = `0.000[.]${end}.000${replay}`;
          const watched = { extensions: { [EXTENSIONS.video.time]: end, [EXTENSIONS.video.progress]: Math.round((end / VIDEO_LENGTH) * 100) / 100, [EXTENSIONS.video.playedSegments]: segments } };
          learner.send(VERBS.initialized, object, undefined, context);
          learner.send(VERBS.played, object, { extensions: { [EXTENSIONS.video.time]: 0 } }, context);
          learner.send(VERBS.paused, object, watched, context);
          if (end >= VIDEO_LENGTH) learner.send(VERBS.completed, object, { ...watched, completion: true, duration: isoDuration((end + 30) * 1000) }, context);
          learner.send(VERBS.terminated, object, watched, context);
        } else if (activity.type === 'quiz') {
          const quiz = { objectType: 'Activity' as const, id: iri, definition: { type: ACTIVITY_TYPES.assessment, name: { en: activity.title ? String(Object.values(activity.title)[0]) : activity.id } } };
          const diagnostic = activity.role === 'diagnostic';
          const attempts = diagnostic ? 1 : 2;
          for (let attempt = 1; attempt <= attempts; attempt++) {
            const context = { contextActivities: { grouping }, extensions: { [EXTENSIONS.spoc.attempt]: attempt } };
            learner.send(VERBS.attempted, quiz, undefined, context);
            let right = 0;
            const questions = 4;
            for (let q = 1; q <= questions; q++) {
              // Question 3 is hard; a diagnostic is taken before the module (lower odds); a retry is better prepared.
              const odds = skill * (q === 3 ? 0.55 : 1.05) * (diagnostic ? 0.65 : 1) + (attempt > 1 ? 0.3 : 0);
              const correct = rand() < odds;
              if (correct) right += 1;
              const wrong = q === 3 ? 'c' : rand() < 0.5 ? 'b' : 'd';
              const choices = ['a', 'b', 'c', 'd'].map((id) => ({ id, description: { en: `Option ${id.toUpperCase()}`, fr: `Option ${id.toUpperCase()}` } }));
              learner.send(
                VERBS.answered,
                {
                  objectType: 'Activity',
                  id: `${iri}/question/q${q}`,
                  definition: { type: ACTIVITY_TYPES.interaction, name: { en: `${activity.id} — question ${q}`, fr: `${activity.id} — question ${q}` }, interactionType: 'choice', correctResponsesPattern: [encodePattern('choice', ['a'])], choices },
                },
                { response: correct ? 'a' : wrong, success: correct, score: { raw: correct ? 1 : 0, min: 0, max: 1, scaled: correct ? 1 : 0 }, duration: isoDuration((20 + Math.round(rand() * 40)) * 1000) },
                { contextActivities: { parent: [quiz], grouping }, extensions: { [EXTENSIONS.spoc.attempt]: attempt } },
              );
            }
            const scaled = right / questions;
            const passed = scaled >= 0.7;
            const score = { raw: right, min: 0, max: questions, scaled };
            const duration = isoDuration((180 + Math.round(rand() * 240)) * 1000);
            learner.send(VERBS.completed, quiz, { score, completion: true, success: passed, duration }, context);
            learner.send(passed ? VERBS.passed : VERBS.failed, quiz, { score, success: passed, duration }, context);
            // Stalled learners do not retry a failed quiz.
            if (passed || diagnostic || profile !== 'finisher') break;
            learner.clock += DAY / 2;
          }
        } else if (activity.type === 'peer-review') {
          learner.send(VERBS.reviewed, { objectType: 'Activity', id: `${iri}/submission/${registration}` }, { duration: isoDuration(15 * 60_000) }, { contextActivities: { parent: [{ id: iri }], grouping } });
        } else if (activity.type === 'resource') {
          learner.send(VERBS.experienced, { objectType: 'Activity', id: iri, definition: { type: ACTIVITY_TYPES.document } }, undefined, { contextActivities: { grouping } });
        } else {
          learner.send(VERBS.completed, { objectType: 'Activity', id: iri }, { completion: true, duration: isoDuration(5 * 60_000) }, { contextActivities: { grouping } });
        }
      }
      learner.clock += DAY * (0.5 + rand() * 2);
    }
    if (profile === 'dropout') learner.clock = Math.min(learner.clock, now - 12 * DAY);
    if (profile === 'finisher') {
      // Hot feedback at the end, anonymous.
      const survey = { objectType: 'Activity' as const, id: `${courseId.replace(/\/+$/, '')}/feedback/hot`, definition: { type: ACTIVITY_TYPES.survey } };
      const feedbackContext = { contextActivities: { parent: [survey], grouping: [{ id: courseId }] } };
      const stars = rand() < 0.65 ? 5 : rand() < 0.8 ? 4 : 3;
      learner.send(VERBS.rated, { objectType: 'Activity', id: courseId }, { score: { raw: stars, min: 1, max: 5 } }, { contextActivities: { grouping: [{ id: courseId }] } }, true);
      const item = (id: string, interactionType: 'choice' | 'likert' | 'long-fill-in', response: string) =>
        learner.send(VERBS.answered, { objectType: 'Activity', id: `${survey.id}/item/${id}`, definition: { type: ACTIVITY_TYPES.interaction, interactionType } }, { response }, feedbackContext, true);
      item('useful', 'choice', rand() < 0.9 ? 'yes' : 'no');
      item('nps', 'likert', String(Math.min(10, stars + 4 + Math.floor(rand() * 3))));
      if (rand() < 0.45) item('comment', 'long-fill-in', COMMENTS[Math.floor(rand() * COMMENTS.length)]!);
    }
    // Nothing in the future.
    statements.push(...learner.statements.filter((s) => Date.parse(s.timestamp) <= now));
  }
  return { statements, roster, chapters };
}

/**
 * The demo course ("Everyday management", four modules of a capsule and a quiz, a peer review in
 * module 3) with a diagnostic quiz in module 1 and the last quiz as the final one on the same
 * competency, so that every view of the report has something to show.
 */
export function sampleCourse(courseId = 'https://learn.example.com/courses/optimanager'): CourseDefinition {
  const module = (n: number, fr: string, en: string, extra: CourseActivity[] = []): CourseDefinition['modules'][number] => ({
    id: `m${n}`,
    title: { fr, en },
    activities: [{ id: `m${n}`, type: 'capsule', title: { fr, en } }, ...extra, { id: `quiz-m${n}`, type: 'quiz', title: { fr: `Quiz ${n}`, en: `Quiz ${n}` }, ...(n === 4 ? { role: 'final' as const, competency: 'management' } : {}) }],
  });
  return {
    id: courseId,
    title: { fr: 'Manager au quotidien', en: 'Everyday management' },
    modules: [
      module(1, 'Le rôle du manager', 'The manager’s role', [{ id: 'pre-test', type: 'quiz', title: { fr: 'Test de positionnement', en: 'Placement test' }, role: 'diagnostic', competency: 'management', requirement: 'completed' }]),
      module(2, 'Communiquer efficacement', 'Communicating effectively'),
      module(3, 'Animer un point d’équipe', 'Running a team briefing', [{ id: 'review-m3', type: 'peer-review', title: { fr: 'Revue par les pairs', en: 'Peer review' } }]),
      module(4, 'Gérer les conflits', 'Handling conflicts'),
    ],
  };
}
