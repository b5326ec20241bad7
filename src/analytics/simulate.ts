/**
 * A seeded, realistic cohort for the demo, tests and benchmarks: some learners finish, some
 * stall, one drops out, one never starts; quiz answers follow each learner's ability; videos are
 * watched, skipped and replayed; hot feedback ratings spread around 4.6/5, partly anonymous.
 * Statements are completed by the library's own `Tracker` with the shapes the elements send
 * (Video Profile, quiz attempt extension, interaction patterns from interactions.ts), never
 * written by hand. Not part of `spoc-elements/analytics.js`: a development tool.
 */
import type { CourseDefinition } from '../course/course.schema.js';
import { activityIdFor } from '../xapi/activity-id.js';
import { isoDuration } from '../xapi/ids.js';
import { encodePattern, encodeResponse } from '../xapi/interactions.js';
import type { Activity, Agent, PartialStatement, Result, Statement } from '../xapi/statement.js';
import { Tracker } from '../xapi/tracker.js';
import { ACTIVITY_TYPES, CATEGORIES, EXTENSIONS, VERBS, type VerbDef } from '../xapi/vocabulary.js';
import type { RosterEntry } from './learners.js';

/** The demo course (demo/course.json) with a schedule, a diagnostic and a final quiz. */
export const SIMULATED_COURSE: CourseDefinition = {
  id: 'https://learn.example.com/courses/optimanager',
  title: { fr: 'Manager au quotidien', en: 'Everyday management' },
  lang: 'fr',
  modules: [
    {
      id: 'm1',
      title: { fr: 'Le rôle du manager', en: "The manager's role" },
      opensAt: '2026-03-02',
      dueAt: '2026-03-09',
      activities: [
        { id: 'positionnement', type: 'quiz', requirement: 'completed', role: 'diagnostic', competency: 'management' },
        { id: 'm1', type: 'capsule' },
        { id: 'quiz-m1', type: 'quiz' },
        { id: 'fiche-m1', type: 'resource' },
      ],
    },
    { id: 'm2', title: { fr: 'Communiquer efficacement', en: 'Communicating effectively' }, opensAt: '2026-03-09', dueAt: '2026-03-16', activities: [{ id: 'm2', type: 'capsule' }, { id: 'quiz-m2', type: 'quiz' }] },
    { id: 'm3', title: { fr: "Animer un point d'équipe", en: 'Running a team briefing' }, opensAt: '2026-03-16', dueAt: '2026-03-23', activities: [{ id: 'm3', type: 'capsule' }, { id: 'quiz-m3', type: 'quiz' }, { id: 'review-m3', type: 'peer-review' }] },
    {
      id: 'm4',
      title: { fr: 'Gérer les conflits', en: 'Handling conflicts' },
      opensAt: '2026-03-23',
      dueAt: '2026-03-30',
      activities: [
        { id: 'm4', type: 'capsule' },
        { id: 'evaluation-finale', type: 'quiz', role: 'final', competency: 'management' },
      ],
    },
  ],
};

export interface SimulateOptions {
  course?: CourseDefinition;
  learners?: number;
  seed?: number;
  /** When the session opens (ISO); default the first module's `opensAt`, else 2026-03-02. */
  start?: string;
  /** Share of feedback answers given anonymously (default 0.5). */
  anonymousShare?: number;
}

export interface SimulatedCohort {
  course: CourseDefinition;
  roster: RosterEntry[];
  statements: Statement[];
}

/** mulberry32: small, fast, seeded (the same cohort on every run). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ana', 'Bruno', 'Chloé', 'Dan', 'Élise', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Jules', 'Karim', 'Léa', 'Malik', 'Nora', 'Océane', 'Paul', 'Quentin', 'Rose', 'Sami', 'Théo', 'Ulla', 'Victor', 'Wendy', 'Yanis', 'Zoé'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia'];
const COMMENTS = ['Très concret, merci.', 'Les capsules sont courtes et utiles.', 'Un peu rapide sur les conflits.', 'J’aurais aimé plus de mises en situation.', 'Excellent format.', 'Quiz parfois ambigus.'];

type Profile = 'finisher' | 'staller' | 'dropout' | 'absent';

export function simulateCohort(options: SimulateOptions = {}): SimulatedCohort {
  const course = options.course ?? SIMULATED_COURSE;
  const courseId = course.id ?? SIMULATED_COURSE.id!;
  const count = options.learners ?? 25;
  const rand = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const seededUuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const start = Date.parse(options.start ?? course.modules[0]?.opensAt ?? '2026-03-02') + 8 * 3_600_000;
  const base = courseId.replace(/\/+$/, '');
  const iri = (kind: string, id: string, explicit?: string) => activityIdFor({ activityId: explicit, courseId, kind, id });
  const grouping = (module: string): Activity[] => [
    { id: courseId, definition: { type: ACTIVITY_TYPES.course } },
    { id: `${base}/module/${encodeURIComponent(module)}`, definition: { type: ACTIVITY_TYPES.module } },
  ];
  // Per-course fixed traits: video lengths, question difficulty.
  const lengths = new Map<string, number>();
  const difficulty = new Map<string, number>();
  const statements: Statement[] = [];
  const roster: RosterEntry[] = [];
  const anonymousShare = options.anonymousShare ?? 0.5;

  const profiles: Profile[] = Array.from({ length: count }, (_, i) => {
    if (i === 1 && count > 3) return 'dropout';
    if (i === count - 1 && count > 4) return 'absent';
    return rand() < 0.72 ? 'finisher' : 'staller';
  });

  profiles.forEach((profile, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= FIRST.length ? ` ${Math.floor(i / FIRST.length) + 1}` : ''}`;
    const email = `${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`;
    roster.push({ name, mbox: email });
    if (profile === 'absent') return;
    const actor: Agent = { objectType: 'Agent', name, mbox: `mailto:${email}` };
    const tracker = new Tracker({ actor, registration: seededUuid(), language: course.lang });
    const ability = 0.45 + rand() * 0.5;
    let clock = start + Math.floor(rand() * 3 * 86_400_000);
    const send = (verb: VerbDef, object: PartialStatement['object'], result?: Result, context: PartialStatement['context'] = {}, by: Tracker = tracker) => {
      statements.push(by.complete({ id: seededUuid(), verb, object, ...(result ? { result } : {}), context, timestamp: new Date(clock).toISOString() }));
      clock += 20_000 + Math.floor(rand() * 70_000);
    };
    const lastModule = profile === 'finisher' ? course.modules.length : profile === 'dropout' ? 1 : 1 + Math.floor(rand() * (course.modules.length - 1));

    const capsule = (module: string, id: string, explicit: string | undefined, stopAt: number) => {
      const object: Activity = { objectType: 'Activity', id: iri('capsule', id, explicit), definition: { type: ACTIVITY_TYPES.video, name: { [course.lang ?? 'fr']: id } } };
      if (!lengths.has(object.id)) lengths.set(object.id, Math.round(120 + rand() * 180));
      const length = lengths.get(object.id)!;
      const session = seededUuid();
      const context = (extensions: Record<string, unknown> = {}): PartialStatement['context'] => ({
        contextActivities: { grouping: grouping(module), category: [{ id: CATEGORIES.video }] },
        extensions: { [EXTENSIONS.video.sessionId]: session, ...extensions },
      });
      const lengthExt = { [EXTENSIONS.video.length]: length };
      const segments: Array<[number, number]> = [];
      const text = () => segments.map(([s, e]) => `${s.toFixed(3)}[.]${e.toFixed(3)}`).join('[,]');
      const progress = () => Math.min(1, Math.round((segments.reduce((sum, [s, e]) => sum + e - s, 0) / length) * 1000) / 1000);
      send(VERBS.initialized, object, undefined, context(lengthExt));
      let position = 0;
      const end = Math.round(length * stopAt * 1000) / 1000;
      while (position < end) {
        const chunk = Math.min(end, position + 30 + rand() * 90);
        send(VERBS.played, object, { extensions: { [EXTENSIONS.video.time]: Math.round(position * 1000) / 1000 } }, context());
        segments.push([Math.round(position * 1000) / 1000, Math.round(chunk * 1000) / 1000]);
        clock += (chunk - position) * 1000;
        send(VERBS.paused, object, { extensions: { [EXTENSIONS.video.time]: chunk, [EXTENSIONS.video.progress]: progress(), [EXTENSIONS.video.playedSegments]: text() } }, context(lengthExt));
        // A replay of a tricky passage now and then (around the middle of the video).
        if (rand() < 0.2 && chunk > length * 0.4) {
          const from = Math.round(length * (0.4 + rand() * 0.1) * 1000) / 1000;
          const to = Math.min(chunk, from + 20);
          send(VERBS.seeked, object, { extensions: { [EXTENSIONS.video.timeFrom]: chunk, [EXTENSIONS.video.timeTo]: from } }, context());
          send(VERBS.played, object, { extensions: { [EXTENSIONS.video.time]: from } }, context());
          segments.push([from, to]);
          clock += (to - from) * 1000;
          send(VERBS.paused, object, { extensions: { [EXTENSIONS.video.time]: to, [EXTENSIONS.video.progress]: progress(), [EXTENSIONS.video.playedSegments]: text() } }, context(lengthExt));
        }
        position = chunk;
      }
      if (stopAt >= 1) {
        send(VERBS.completed, object, { extensions: { [EXTENSIONS.video.time]: length, [EXTENSIONS.video.progress]: 1, [EXTENSIONS.video.playedSegments]: text() }, completion: true, duration: isoDuration(length * 1000) }, context(lengthExt));
      }
      send(VERBS.terminated, object, { extensions: { [EXTENSIONS.video.time]: position, [EXTENSIONS.video.progress]: progress(), [EXTENSIONS.video.playedSegments]: text() } }, context(lengthExt));
    };

    const quiz = (module: string, id: string, explicit: string | undefined, growth: number, persevere: boolean) => {
      const object: Activity = { objectType: 'Activity', id: iri('quiz', id, explicit), definition: { type: ACTIVITY_TYPES.assessment, name: { [course.lang ?? 'fr']: id } } };
      const questions = ['q1', 'q2', 'q3', 'q4', 'q5'];
      for (let attempt = 1; attempt <= (persevere ? 6 : 3); attempt++) {
        const context = { contextActivities: { grouping: grouping(module) }, extensions: { [EXTENSIONS.spoc.attempt]: attempt } };
        const startedAt = clock;
        send(VERBS.attempted, object, undefined, context);
        let points = 0;
        for (const question of questions) {
          const qIri = `${object.id}/question/${question}`;
          if (!difficulty.has(qIri)) difficulty.set(qIri, 0.15 + rand() * 0.75);
          // Stronger learners succeed more (so questions discriminate), harder questions less; a final
          // quiz comes after the course (growth > 1), a diagnostic before it (growth < 1).
          const chance = Math.min(0.98, Math.max(0.02, 0.55 + (ability - 0.7) * 2.2 + (0.5 - difficulty.get(qIri)!) * 0.8 + (growth - 1) * 0.5 + (attempt - 1) * 0.1));
          const correct = rand() < chance;
          const choices = ['a', 'b', 'c', 'd'].map((c) => ({ id: c, description: { fr: `Réponse ${c.toUpperCase()}`, en: `Answer ${c.toUpperCase()}` } }));
          // Wrong answers favour one distractor, as real questions do.
          const response = correct ? 'a' : rand() < 0.6 ? 'c' : pick(['b', 'd']);
          send(
            VERBS.answered,
            {
              objectType: 'Activity',
              id: qIri,
              definition: { type: ACTIVITY_TYPES.interaction, name: { fr: `Question ${question}` }, interactionType: 'choice', correctResponsesPattern: [encodePattern('choice', ['a'])], choices },
            },
            { response: encodeResponse('choice', [response]), success: correct, score: { raw: correct ? 1 : 0, min: 0, max: 1, scaled: correct ? 1 : 0 } },
            { contextActivities: { parent: [object], grouping: grouping(module) }, extensions: { [EXTENSIONS.spoc.attempt]: attempt } },
          );
          if (correct) points += 1;
        }
        const scaled = Math.round((points / questions.length) * 10000) / 10000;
        const score = { raw: points, min: 0, max: questions.length, scaled };
        const passed = scaled >= 0.6;
        const duration = isoDuration(clock - startedAt);
        send(VERBS.completed, object, { score, completion: true, success: passed, duration }, context);
        send(passed ? VERBS.passed : VERBS.failed, object, { score, success: passed, duration }, context);
        // A diagnostic is taken once; others retry, those who persevere until they pass.
        if (passed || growth < 1 || (!persevere && rand() < 0.25)) break;
        clock += 3_600_000 * (1 + rand() * 20);
      }
    };

    course.modules.slice(0, lastModule).forEach((module, m) => {
      const opens = module.opensAt ? Date.parse(module.opensAt) + 8 * 3_600_000 : clock;
      clock = Math.max(clock, opens) + Math.floor(rand() * 4 * 86_400_000);
      const finalModule = m === lastModule - 1 && profile !== 'finisher';
      module.activities.forEach((activity, a) => {
        // Who stalls, stalls halfway through their last module.
        if (finalModule && a >= Math.max(1, Math.floor(module.activities.length / 2))) return;
        const growth = activity.role === 'final' ? 1.25 : activity.role === 'diagnostic' ? 0.7 : 1;
        switch (activity.type) {
          case 'capsule':
            capsule(module.id, activity.id, activity.activityId, profile === 'dropout' ? 0.35 : profile === 'finisher' || rand() < 0.7 ? 1 : 0.5 + rand() * 0.4);
            break;
          case 'quiz':
            if (profile !== 'dropout') quiz(module.id, activity.id, activity.activityId, growth, profile === 'finisher');
            break;
          case 'resource':
            send(VERBS.experienced, { objectType: 'Activity', id: iri('resource', activity.id, activity.activityId), definition: { type: ACTIVITY_TYPES.document } }, undefined, { contextActivities: { grouping: grouping(module.id) } });
            break;
          case 'peer-review': {
            const parent = iri('peer-review', activity.id, activity.activityId);
            send(
              VERBS.reviewed,
              { objectType: 'Activity', id: `${parent}/submission/${encodeURIComponent(seededUuid())}`, definition: { type: ACTIVITY_TYPES.assignment } },
              { score: { raw: 6 + Math.floor(rand() * 7), min: 0, max: 12 } },
              { contextActivities: { parent: [{ id: parent, definition: { type: ACTIVITY_TYPES.review } }], grouping: grouping(module.id) } },
            );
            break;
          }
          default:
            send(VERBS.completed, { objectType: 'Activity', id: iri(activity.type, activity.id, activity.activityId) }, { completion: true }, { contextActivities: { grouping: grouping(module.id) } });
        }
      });
    });

    // Hot feedback at the end: finishers always, others sometimes; half of it anonymous.
    if (profile === 'finisher' || (profile === 'staller' && rand() < 0.3)) {
      const anonymous = rand() < anonymousShare;
      const by = anonymous
        ? new Tracker({ actor: { objectType: 'Agent', account: { homePage: new URL(courseId).origin, name: seededUuid() } }, registration: '' })
        : tracker;
      const survey: Activity = { objectType: 'Activity', id: `${base}/feedback/bilan`, definition: { type: ACTIVITY_TYPES.survey } };
      const item = (id: string, interactionType: 'choice' | 'likert' | 'long-fill-in', response: string) =>
        send(
          VERBS.answered,
          { objectType: 'Activity', id: `${survey.id}/item/${id}`, definition: { type: ACTIVITY_TYPES.interaction, interactionType } },
          { response },
          { contextActivities: { parent: [survey], grouping: [{ id: courseId, definition: { type: ACTIVITY_TYPES.course } }] } },
          by,
        );
      const before = statements.length;
      const r = rand();
      send(VERBS.rated, { objectType: 'Activity', id: courseId, definition: { type: ACTIVITY_TYPES.course } }, { score: { raw: r < 0.64 ? 5 : r < 0.95 ? 4 : 3, min: 1, max: 5 } }, { contextActivities: { parent: [survey] } }, by);
      item('useful', 'choice', rand() < 0.92 ? 'yes' : 'no');
      item('nps', 'likert', String(Math.min(10, Math.max(0, Math.round(8.6 + (rand() - 0.5) * 4)))));
      if (rand() < 0.4) item('comment', 'long-fill-in', pick(COMMENTS));
      send(VERBS.completed, survey, { completion: true }, { contextActivities: { grouping: [{ id: courseId, definition: { type: ACTIVITY_TYPES.course } }] } }, by);
      // Anonymous answers carry no registration (the element sends none).
      if (anonymous) for (const statement of statements.slice(before)) delete statement.context?.registration;
    }
  });
  statements.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  return { course, roster, statements };
}
