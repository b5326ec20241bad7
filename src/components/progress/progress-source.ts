/**
 * Where a standalone `<spoc-progress>` (no `<spoc-course>` around it) gets its statements: the
 * local store of this origin (and, live, what this page or another tab saves to it), plus the LRS
 * when one is configured. A failing LRS leaves the local records on screen with a notice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseDefinition } from '../../course/course.schema.js';
import { computeProgress, progressFromCourseStatements, relevantStatements, type CourseProgress } from '../../course/progress-model.js';
import { agentKey } from '../../xapi/actor.js';
import type { LocalStore } from '../../xapi/local-store.js';
import type { Agent, Statement } from '../../xapi/statement.js';

/** Whose progress, in which course, from where. */
export interface ProgressTarget {
  courseId: string;
  definition?: CourseDefinition | undefined;
  actor: Agent;
  registration: string;
  store: LocalStore;
  /** Reads this learner's statements for the registration from an LRS, when one is configured. */
  remote?: ((actor: Agent, registration: string, signal: AbortSignal) => Promise<Statement[]>) | undefined;
  /** Identifies `remote` (its endpoint): a new one reloads. */
  remoteKey?: string | undefined;
}

/** Why the LRS records are missing. */
export interface RemoteProblem {
  code: 'lrs-unauthorized' | 'lrs-unreachable';
  reason: string;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ProgressSourceController implements ReactiveController {
  /** The computed progress, once the records were read. */
  value: CourseProgress | undefined;
  /** Set when the LRS could not be read (the local records are shown). */
  problem: RemoteProblem | undefined;
  private statements = new Map<string, Statement>();
  private key = '';
  private definition: CourseDefinition | undefined;
  private target: ProgressTarget | undefined;
  private unsubscribe: (() => void) | undefined;
  private abort: AbortController | undefined;
  /** The local records were read: computing before would flash an empty course. */
  private ready = false;

  constructor(
    private readonly host: Host,
    private readonly options: { onProblem: (problem: RemoteProblem) => void },
  ) {
    host.addController(this);
  }

  /** Follows the host's target: call from `willUpdate` (a new learner, registration or course reloads). */
  sync(target: ProgressTarget | undefined): void {
    const key = target ? [target.courseId, agentKey(target.actor), target.registration, target.remoteKey ?? ''].join('|') : '';
    if (key !== this.key) {
      this.key = key;
      this.load(target, false);
    } else if (target && !this.unsubscribe) {
      // Reconnected (moved in the page): read again what was missed, keeping what is shown.
      this.load(target, true);
    } else if (target && target.definition !== this.definition) {
      this.target = target;
      this.recompute();
    }
  }

  hostConnected(): void {
    if (this.key) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.abort?.abort();
  }

  private load(target: ProgressTarget | undefined, keep: boolean): void {
    this.stop();
    this.target = target;
    if (!keep) {
      this.statements = new Map();
      this.value = undefined;
      this.problem = undefined;
      this.ready = false;
      this.host.requestUpdate();
    }
    if (!target) return;
    const abort = (this.abort = new AbortController());
    this.unsubscribe = target.store.subscribe((statements) => this.add(statements));
    const local = target.store.query({ agent: target.actor, registration: target.registration }).catch(() => [] as Statement[]);
    void local.then((statements) => {
      if (abort.signal.aborted) return;
      this.ready = true;
      this.add(statements, true);
    });
    if (!target.remote) return;
    target.remote(target.actor, target.registration, abort.signal).then(
      (statements) => {
        if (!abort.signal.aborted) this.add(statements);
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const status = (error as { status?: number }).status;
        this.problem = {
          code: status === 401 || status === 403 ? 'lrs-unauthorized' : 'lrs-unreachable',
          reason: status ? `HTTP ${status}` : error instanceof Error ? error.message : String(error),
        };
        this.options.onProblem(this.problem);
        this.host.requestUpdate();
      },
    );
  }

  private add(statements: Statement[], force = false): void {
    const target = this.target;
    if (!target) return;
    let added = false;
    for (const statement of relevantStatements(statements, target)) {
      if (!this.statements.has(statement.id)) {
        this.statements.set(statement.id, statement);
        added = true;
      }
    }
    if (added || force) this.recompute();
  }

  private recompute(): void {
    const target = this.target;
    if (!target || !this.ready) return;
    this.definition = target.definition;
    const statements = [...this.statements.values()];
    const options = { courseId: target.courseId, actor: target.actor, registration: target.registration };
    this.value = target.definition ? computeProgress(target.definition, statements, options) : progressFromCourseStatements(statements, options);
    this.host.requestUpdate();
  }
}
