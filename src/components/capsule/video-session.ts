import type { ResumeState } from '../../controllers/resume-state.js';
import type { XapiController } from '../../controllers/xapi-controller.js';
import { isoDuration, uuid } from '../../xapi/ids.js';
import type { Activity, PartialStatement, Result } from '../../xapi/statement.js';
import { CATEGORIES, EXTENSIONS, VERBS, type VerbDef } from '../../xapi/vocabulary.js';
import type { Evaluation } from '../quiz/quiz-scoring.js';
import { interactionDefinition } from '../quiz/quiz-scoring.js';
import type { Checkpoint } from './capsule.schema.js';
import { PlayedSegments, round3, type Segment } from './played-segments.js';

/** Kept for resume (local store, and the LRS State resource when configured). */
export interface Resume {
  position: number;
  segments: Segment[];
  completed?: boolean;
  /** Milliseconds spent playing under this registration (for `completed`'s duration). */
  spentMs?: number;
  answered?: string[];
}

export const STATE_ID = 'https://w3id.org/spoc-elements/state/capsule';
const X = EXTENSIONS.video;

/** What the session needs to know about the player that owns it. */
export interface VideoSessionHost {
  /** The video activity (id, type, name), as statements carry it. */
  activity(): Activity;
  /** The course module, for `grouping`. */
  module(): string | undefined;
  /** The completion threshold, 0–1. */
  threshold(): number;
}

/**
 * The xAPI Video Profile session of one `<spoc-capsule>`: played segments, the session id, resume,
 * completion on truly watched time, and every statement (`initialized`, `played`, `paused`,
 * `seeked`, `interacted`, `completed`, `terminated`, and the checkpoints' `answered`). It knows
 * nothing of the DOM: the element feeds it the media's times.
 */
export class VideoSession {
  segments = new PlayedSegments();
  resume: Resume = { position: 0, segments: [] };
  /** The `initialized` statement's id; empty before the session opens. */
  id = '';
  terminated = false;
  /** Length of the video in seconds (0 while unknown). */
  length = 0;
  /** Last position known to be reached by playback or a seek. */
  lastTime = 0;
  /** Whether a segment is being played. */
  playing = false;
  private seekFrom: number | undefined;
  /**
   * Where playback resumes if nothing moves it: the end of the last segment (or the restored
   * position), until a seek. The `play` event is handled some time after playback really resumed,
   * so the media's time then would leave a gap after every pause.
   */
  private anchor: number | undefined;
  /** A jump the learner did not make (the restored position): no `seeked`, no skipping check. */
  private silentSeek = false;
  /** A drag of the seek slider in progress: where it began. */
  private scrub: { from: number; ending: boolean } | undefined;
  private playStartedAt: number | undefined;
  private lastSaved = 0;

  constructor(
    private readonly xapi: XapiController,
    private readonly resumeState: ResumeState<Resume>,
    private readonly host: VideoSessionHost,
  ) {}

  /**
   * The saved document was read (`undefined`: none). Read after the learner started watching, it
   * is merged: their earlier segments, completion and answers are kept, and the video does not jump.
   */
  restore(saved: Resume | undefined): void {
    if (!this.id) {
      this.resume = saved ? { ...saved } : { position: 0, segments: [] };
      this.segments = new PlayedSegments(this.resume.segments);
      return;
    }
    if (!saved) return;
    this.segments.prepend(saved.segments);
    this.resume = {
      ...this.resume,
      completed: this.resume.completed || saved.completed,
      spentMs: (this.resume.spentMs ?? 0) + (saved.spentMs ?? 0),
      answered: [...new Set([...(saved.answered ?? []), ...(this.resume.answered ?? [])])],
    };
    this.save(true);
  }

  get completed(): boolean {
    return !!this.resume.completed;
  }

  /** Share of the length truly watched, 0–1. */
  progress(): number {
    return this.segments.progress(this.length);
  }

  private send(verb: VerbDef, result: Result | undefined, extensions: Record<string, unknown> = {}, id?: string): void {
    // `terminated` is the session's last statement: media events still queued when the element
    // left (the pause of a removed video) belong to no session.
    if (this.terminated && verb !== VERBS.terminated) return;
    // The learner acted before the saved record was read: the session opens now.
    if (!this.id && verb !== VERBS.initialized) {
      if (!this.length) return;
      this.start();
    }
    const context: PartialStatement['context'] = {
      contextActivities: this.xapi.contextActivities({ module: this.host.module(), category: [{ id: CATEGORIES.video }] }),
      extensions: { [X.sessionId]: this.id, ...extensions },
      language: this.xapi.contentLang(),
    };
    this.xapi.send({ ...(id ? { id } : {}), verb, object: this.host.activity(), ...(result ? { result } : {}), context });
  }

  /** `length` and (when not 1) `completion-threshold`: required on initialized, paused, completed, terminated. */
  private lengthExtensions(): Record<string, unknown> {
    const threshold = this.host.threshold();
    return { [X.length]: round3(this.length), ...(threshold !== 1 ? { [X.completionThreshold]: round3(threshold) } : {}) };
  }

  private progressResult(time: number): Result {
    return {
      extensions: { [X.time]: round3(time), [X.progress]: this.segments.progress(this.length), [X.playedSegments]: this.segments.toString() },
    };
  }

  /** Writes the resume document (at most every 3 s unless `force`). */
  save(force = false): void {
    const now = Date.now();
    if (!force && now - this.lastSaved < 3000) return;
    this.lastSaved = now;
    this.resume = { ...this.resume, position: round3(this.lastTime), segments: this.segments.list() };
    this.resumeState.save(this.resume);
  }

  private accountPlaying(): void {
    if (this.playStartedAt !== undefined) {
      this.resume.spentMs = (this.resume.spentMs ?? 0) + (performance.now() - this.playStartedAt);
      this.playStartedAt = undefined;
    }
  }

  /** Opens a Video Profile session: its id is the `initialized` statement's id, and every statement's `session-id`. */
  start(): void {
    this.terminated = false;
    this.id = uuid();
    this.send(VERBS.initialized, undefined, this.lengthExtensions(), this.id);
  }

  /** The media stands at `time` and nothing played yet (metadata loaded, position restored). */
  settle(time: number): void {
    this.lastTime = time;
    if (!this.playing) this.anchor = time;
  }

  /**
   * The restored position is about to be set on the media: that jump is the player's, not the
   * learner's (no `seeked`, never refused by `prevent-skipping`).
   */
  jumpTo(): void {
    this.silentSeek = true;
  }

  /** Playback started; the media says `time`. Without a seek since it stopped, it resumed where it stopped. */
  play(time: number): void {
    const start = this.anchor !== undefined && time >= this.anchor ? this.anchor : time;
    this.anchor = undefined;
    this.playing = true;
    this.segments.start(start);
    this.playStartedAt = performance.now();
    this.send(VERBS.played, { extensions: { [X.time]: round3(start) } }, { [X.length]: round3(this.length) });
  }

  /** Playing stopped at `time`: the segment closes and `paused` is sent. */
  pause(time: number): void {
    this.playing = false;
    this.segments.extend(time);
    this.segments.close();
    this.anchor = time;
    this.lastTime = time;
    this.accountPlaying();
    this.send(VERBS.paused, this.progressResult(time), this.lengthExtensions());
  }

  /** Playback reached `time`. */
  timeUpdate(time: number): void {
    // Only forward: a time behind the segment's end (a late event) changes nothing.
    if (this.playing) this.segments.extend(time);
    this.lastTime = time;
  }

  /** A seek to `target` began (the first `seeking` of a run of them opens it): playback resumes there. */
  seeking(target: number): void {
    this.anchor = target;
    if (this.seekFrom !== undefined) return;
    this.seekFrom = this.lastTime;
    if (this.playing) {
      this.segments.extend(this.lastTime);
      this.segments.close();
    }
  }

  /**
   * Where `prevent-skipping` lets a seek to `target` land: anywhere already watched, or back
   * before where the learner was; else the nearest such point before `target`.
   */
  allowedSeek(target: number): number {
    if (this.silentSeek) return target;
    const origin = this.seekFrom ?? this.lastTime;
    const slack = 0.25;
    if (target <= origin) return target;
    let best = origin;
    for (const [start, end] of this.segments.union()) {
      if (target >= start - slack && target <= end + slack) return target;
      if (end <= target && end > best) best = end;
    }
    return best;
  }

  /** The seek landed at `to`. A jump that did not move, or that the player made, is no `seeked`. */
  seeked(to: number): void {
    const from = this.seekFrom ?? this.lastTime;
    const silent = this.silentSeek;
    this.seekFrom = undefined;
    this.silentSeek = false;
    this.lastTime = to;
    if (!this.playing) this.anchor = to;
    if (this.scrub) {
      // Dragging the slider: each position it passes is a preview, the drag is one seek.
      if (this.scrub.ending) this.endScrub();
    } else if (!silent) this.sendSeeked(from, to);
    if (this.playing) this.segments.start(to);
    this.save(true);
  }

  private sendSeeked(from: number, to: number): void {
    if (round3(from) !== round3(to)) this.send(VERBS.seeked, { extensions: { [X.timeFrom]: round3(from), [X.timeTo]: round3(to) } });
  }

  /** The learner takes the slider's thumb: the seeks until it is released make one `seeked`. */
  beginScrub(): void {
    this.scrub ??= { from: this.seekFrom ?? this.lastTime, ending: false };
  }

  /** The slider is released: one `seeked` from where the drag began to where it ends (once the last seek lands). */
  endScrub(): void {
    const scrub = this.scrub;
    if (!scrub) return;
    if (this.seekFrom !== undefined) {
      scrub.ending = true;
      return;
    }
    this.scrub = undefined;
    this.sendSeeked(scrub.from, this.lastTime);
  }

  /** The media ended at `time`. */
  ended(time: number): void {
    // The end of the media fires `pause` first (HTML spec): its `paused` statement is sent there.
    // A player that ends without pausing still reports one.
    if (this.playing) this.pause(time);
  }

  /** A control changed (captions, speed, volume, full screen). */
  interacted(time: number, extensions: Record<string, unknown>): void {
    this.send(VERBS.interacted, { extensions: { [X.time]: round3(time) } }, extensions);
  }

  /** Completed once per registration, on truly watched time only: returns the duration when it just happened. */
  checkCompletion(): string | undefined {
    if (this.resume.completed || !this.length || this.segments.progress(this.length) < this.host.threshold()) return undefined;
    this.resume.completed = true;
    const spent = (this.resume.spentMs ?? 0) + (this.playStartedAt !== undefined ? performance.now() - this.playStartedAt : 0);
    const duration = isoDuration(spent);
    const result = this.progressResult(this.lastTime);
    this.send(VERBS.completed, { ...result, completion: true, duration }, this.lengthExtensions());
    this.save(true);
    return duration;
  }

  /** Leaves the session: `paused` first if playing, then `terminated` (sent with the page-hide delivery). */
  terminate(): void {
    if (!this.id || this.terminated) return;
    if (this.playing) this.pause(this.lastTime);
    this.terminated = true;
    this.send(VERBS.terminated, this.progressResult(this.lastTime), this.lengthExtensions());
    this.save(true);
  }

  isAnswered(checkpoint: Checkpoint): boolean {
    return !!this.resume.answered?.includes(checkpoint.id);
  }

  /** A checkpoint's answer was checked: one `answered` statement, child of the video, with the time taken (ms). */
  answer(checkpoint: Checkpoint, evaluation: Evaluation, durationMs: number): void {
    const parent = this.host.activity();
    this.xapi.send({
      verb: VERBS.answered,
      object: {
        objectType: 'Activity',
        id: `${parent.id}/checkpoint/${encodeURIComponent(checkpoint.id)}`,
        definition: interactionDefinition(checkpoint.question, this.xapi.contentLang()),
      },
      result: {
        response: evaluation.response,
        success: evaluation.correct,
        score: { raw: evaluation.points, min: 0, max: evaluation.max, scaled: evaluation.fraction },
        duration: isoDuration(Math.max(0, durationMs)),
      },
      context: {
        contextActivities: this.xapi.contextActivities({ parent: [{ id: parent.id, definition: parent.definition! }], module: this.host.module() }),
        extensions: { [X.time]: round3(this.lastTime) },
        language: this.xapi.contentLang(),
      },
    });
  }

  /** The learner is done with a checkpoint: it is not asked again under this registration. */
  checkpointDone(checkpoint: Checkpoint): void {
    this.resume = { ...this.resume, answered: [...(this.resume.answered ?? []), checkpoint.id] };
    this.save(true);
  }
}
