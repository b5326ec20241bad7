/**
 * What an LMS wants to know about the course, folded from the learner's whole record for the
 * registration (what this page makes, and what was restored from `suspend_data`, the local store
 * or the LRS, in any order, each statement any number of times): completion (the course's
 * `completed`), success (its quizzes' `passed` / `failed`), a score, progress and the current
 * module. The rules are the progress model's (`computeProgress`): a quiz that passed once stays
 * passed, a quiz's score is its best. Shared by the SCORM and cmi5 bridges.
 */
import { activityIdFor } from './activity-id.js';
import type { Activity, Statement } from './statement.js';
import { isActivity, scaledOf } from './statement.js';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from './vocabulary.js';

/** The part of a course definition the outcome needs (kept structural: xapi/ imports no component). */
export interface OutcomeCourse {
  courseId: string;
  definition?:
    | { modules: Array<{ id: string; activities: Array<{ id: string; type: string; activityId?: string | undefined }> }> }
    | undefined;
}

export type Success = 'passed' | 'failed';

interface QuizResult {
  /** Best scaled score reached. */
  best?: number | undefined;
  passed?: boolean;
  failed?: boolean;
}

const objectId = (statement: Statement) => (isActivity(statement.object) ? statement.object.id : undefined);

export class CourseOutcome {
  /** The course's `completed` statement was seen. */
  completed = false;
  /** Course progress 0–100 (cmi5 progress extension of the course's `progressed`). */
  progress: number | undefined;
  /** Id of the module the learner last worked in. */
  module: string | undefined;
  private courseScore: number | undefined;
  private courseScoreAt = '';
  private courseSuccess: Success | undefined;
  private courseSuccessAt = '';
  private progressAt = '';
  private moduleAt = '';
  private readonly quizzes = new Map<string, QuizResult>();
  private readonly seen = new Set<string>();
  /**
   * The LMS's own passing score (0–1: SCORM 1.2 `cmi.student_data.mastery_score` / 100, 2004
   * `cmi.scaled_passing_score`): when set, success is the course score against it, once every
   * quiz has a score (or the course is completed).
   */
  mastery: number | undefined;

  constructor(private readonly course: () => OutcomeCourse) {}

  /** Folds one statement in (again: no effect); returns whether anything an LMS sees changed. */
  update(statement: Statement): boolean {
    if (this.seen.has(statement.id)) return false;
    this.seen.add(statement.id);
    const before = this.snapshot();
    const id = objectId(statement);
    const { courseId } = this.course();
    const verb = statement.verb.id;
    const result = statement.result;
    const at = statement.timestamp ?? '';
    // The latest wins for what moves (module, progress), whatever order the records arrive in.
    const module = this.moduleOf(statement);
    if (module && at >= this.moduleAt) {
      this.module = module;
      this.moduleAt = at;
    }
    if (id === courseId) {
      if (verb === VERBS.completed.id) this.completed = true;
      if ((verb === VERBS.passed.id || verb === VERBS.failed.id) && at >= this.courseSuccessAt && this.courseSuccess !== 'passed') {
        this.courseSuccess = verb === VERBS.passed.id ? 'passed' : 'failed';
        this.courseSuccessAt = at;
      }
      const progress = result?.extensions?.[EXTENSIONS.cmi5.progress];
      if (typeof progress === 'number' && at >= this.progressAt) {
        this.progress = Math.max(0, Math.min(100, progress));
        this.progressAt = at;
      }
      if (result?.score?.scaled !== undefined && at >= this.courseScoreAt) {
        this.courseScore = result.score.scaled;
        this.courseScoreAt = at;
      }
      if (this.completed && this.progress !== undefined) this.progress = 100;
    } else if (id && this.isAssessment(statement)) {
      const quiz = this.quizzes.get(id) ?? {};
      const scaled = scaledOf(result?.score);
      if (scaled !== undefined) quiz.best = Math.max(quiz.best ?? -Infinity, scaled);
      if (verb === VERBS.passed.id) quiz.passed = true;
      if (verb === VERBS.failed.id) quiz.failed = true;
      this.quizzes.set(id, quiz);
    }
    return this.snapshot() !== before;
  }

  /** Scaled score: the course's own, else the mean of its quizzes' best scores. */
  get scaled(): number | undefined {
    if (this.courseScore !== undefined) return this.courseScore;
    const scores = [...this.quizzes.values()].flatMap((quiz) => (quiz.best === undefined ? [] : [quiz.best]));
    return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
  }

  /**
   * With an LMS passing score: the score against it (once known for every quiz, or the course is
   * completed). Else the course's own verdict, or from its quizzes: `failed` while a quiz failed
   * and has not passed since; `passed` once every quiz of the course passed (in any session).
   */
  get success(): Success | undefined {
    const ids = this.quizList();
    if (this.mastery !== undefined) {
      const scaled = this.scaled;
      const scored = ids.length > 0 && ids.every((id) => this.quizzes.get(id)?.best !== undefined);
      return scaled !== undefined && (scored || this.completed) ? (scaled >= this.mastery - 1e-9 ? 'passed' : 'failed') : undefined;
    }
    if (this.courseSuccess) return this.courseSuccess;
    if ([...this.quizzes.values()].some((quiz) => quiz.failed && !quiz.passed)) return 'failed';
    return ids.length && ids.every((id) => this.quizzes.get(id)?.passed) ? 'passed' : undefined;
  }

  private quizList(): string[] {
    const required = this.quizIds();
    return required.length ? required : [...this.quizzes.keys()];
  }

  /** Whether the course has quizzes (then success matters, else completion alone). */
  get assessed(): boolean {
    return this.quizIds().length > 0 || this.quizzes.size > 0;
  }

  private snapshot(): string {
    return JSON.stringify([this.completed, this.progress, this.module, this.scaled, this.success, this.mastery]);
  }

  private isAssessment(statement: Statement): boolean {
    const object = statement.object as Activity;
    return object.definition?.type === ACTIVITY_TYPES.assessment || this.quizIds().includes(object.id);
  }

  private activities(): Array<{ module: string; type: string; iri: string }> {
    const { courseId, definition } = this.course();
    return (definition?.modules ?? []).flatMap((module) =>
      module.activities.map((a) => ({
        module: module.id,
        type: a.type,
        iri: activityIdFor({ activityId: a.activityId, courseId, kind: a.type, id: a.id }),
      })),
    );
  }

  private quizIds(): string[] {
    return this.activities().flatMap((a) => (a.type === 'quiz' ? [a.iri] : []));
  }

  private moduleOf(statement: Statement): string | undefined {
    const declared = statement.context?.extensions?.[EXTENSIONS.spoc.module];
    if (typeof declared === 'string') return declared;
    const groups = statement.context?.contextActivities;
    const related = [objectId(statement), ...[...(groups?.parent ?? []), ...(groups?.grouping ?? [])].map((a) => a.id)];
    return this.activities().find((a) => related.includes(a.iri))?.module;
  }
}
