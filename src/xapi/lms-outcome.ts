/**
 * What an LMS wants to know about the course, folded from the statements the elements make:
 * completion (the course's `completed`), success (its quizzes' `passed` / `failed`), a score,
 * progress and the current module. Shared by the SCORM and cmi5 bridges.
 */
import { activityIdFor } from './activity-id.js';
import type { Activity, Statement } from './statement.js';
import { isActivity } from './statement.js';
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
  scaled?: number | undefined;
  success?: Success | undefined;
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
  private courseSuccess: Success | undefined;
  private readonly quizzes = new Map<string, QuizResult>();

  constructor(private readonly course: () => OutcomeCourse) {}

  /** Folds one statement in; returns whether anything an LMS sees changed. */
  update(statement: Statement): boolean {
    const before = this.snapshot();
    const id = objectId(statement);
    const { courseId } = this.course();
    const verb = statement.verb.id;
    const result = statement.result;
    this.module = this.moduleOf(statement) ?? this.module;
    if (id === courseId) {
      if (verb === VERBS.completed.id) this.completed = true;
      if (verb === VERBS.passed.id || verb === VERBS.failed.id) this.courseSuccess = verb === VERBS.passed.id ? 'passed' : 'failed';
      const progress = result?.extensions?.[EXTENSIONS.cmi5.progress];
      if (typeof progress === 'number') this.progress = Math.max(0, Math.min(100, progress));
      if (result?.score?.scaled !== undefined) this.courseScore = result.score.scaled;
    } else if (id && this.isAssessment(statement)) {
      const quiz = this.quizzes.get(id) ?? {};
      if (result?.score?.scaled !== undefined) quiz.scaled = result.score.scaled;
      if (verb === VERBS.passed.id) quiz.success = 'passed';
      if (verb === VERBS.failed.id) quiz.success = 'failed';
      this.quizzes.set(id, quiz);
    }
    return this.snapshot() !== before;
  }

  /** Scaled score: the course's own, else the mean of its quizzes' latest scores. */
  get scaled(): number | undefined {
    if (this.courseScore !== undefined) return this.courseScore;
    const scores = [...this.quizzes.values()].flatMap((quiz) => (quiz.scaled === undefined ? [] : [quiz.scaled]));
    return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
  }

  /** `failed` as soon as a quiz's latest attempt failed; `passed` once every quiz of the course passed. */
  get success(): Success | undefined {
    if (this.courseSuccess) return this.courseSuccess;
    const results = [...this.quizzes.values()];
    if (results.some((quiz) => quiz.success === 'failed')) return 'failed';
    const required = this.quizIds();
    const ids = required.length ? required : [...this.quizzes.keys()];
    return ids.length && ids.every((id) => this.quizzes.get(id)?.success === 'passed') ? 'passed' : undefined;
  }

  /** Whether the course has quizzes (then success matters, else completion alone). */
  get assessed(): boolean {
    return this.quizIds().length > 0 || this.quizzes.size > 0;
  }

  private snapshot(): string {
    return JSON.stringify([this.completed, this.progress, this.module, this.scaled, this.success]);
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
