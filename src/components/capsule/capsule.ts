import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { ResumeState } from '../../controllers/resume-state.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import { SpocCompleteEvent } from '../../events/spoc-complete.js';
import { SpocWatchedEvent } from '../../events/spoc-watched.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { cssProperties } from '../../internal/css-properties.js';
import { textOf } from '../../internal/validation.js';
import { isoDuration } from '../../xapi/ids.js';
import type { Activity, PartialStatement, Result } from '../../xapi/statement.js';
import { ACTIVITY_TYPES, CATEGORIES, EXTENSIONS, VERBS, type VerbDef } from '../../xapi/vocabulary.js';
import { renderQuestionInputs } from '../quiz/quiz-question.js';
import { evaluate, interactionDefinition, isAnswered, type QuizResponse } from '../quiz/quiz-scoring.js';
import { capsuleDefinitionSchema, type CapsuleDefinition, type Checkpoint } from './capsule.schema.js';
import buttonStyles from '../../styles/button.styles.js';
import styles from './capsule.styles.js';
import { icons } from './icons.js';
import { PlayedSegments, round3, type Segment } from './played-segments.js';

/** Kept for resume (local store, and the LRS State resource when configured). */
interface Resume {
  position: number;
  segments: Segment[];
  completed?: boolean;
  /** Milliseconds spent playing under this registration (for `completed`'s duration). */
  spentMs?: number;
  answered?: string[];
}

interface Cue {
  start: number;
  end: number;
  text: string;
}

const STATE_ID = 'https://w3id.org/spoc-elements/state/capsule';
const X = EXTENSIONS.video;
const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 2];

/**
 * @summary A short video capsule with its own accessible controls, captions and an interactive
 * transcript, chapters, checkpoint questions, and completion on truly watched time. Every action is
 * a statement of the xAPI Video Profile.
 *
 * @tag spoc-capsule
 * @status experimental
 * @since 0.1
 *
 * @slot - `<source>` and `<track>` elements for the video (copied into the player).
 *
 * @event {SpocWatchedDetail} spoc-watched - Watching progressed (throttled). `detail: { fraction, segments }`.
 * @event {SpocCompleteDetail} spoc-complete - The completion threshold of truly watched time was reached (once per registration). `detail: { duration }`.
 * @event {SpocStatementDetail} spoc-statement - Every Video Profile statement, complete as sent. `detail: { statement }`.
 * @event {SpocErrorDetail} spoc-error - No source, an unplayable file, invalid chapters or checkpoints. `detail: { code, message, issues? }`.
 *
 * @csspart base - The player.
 * @csspart video - The `<video>` element.
 * @csspart controls - The control bar; `button`, `play-button`, `mute-button`, `captions-button`, `transcript-button`, `fullscreen-button`.
 * @csspart seek - The seek slider; `watched` is the bar of truly watched ranges behind it, `chapter-marker` each chapter.
 * @csspart time - Current time and length.
 * @csspart speed - The speed select; `volume` the volume slider; `captions-language` the language select.
 * @csspart transcript - The transcript panel; `cue` each line, `cue-active` the current one.
 * @csspart chapters - The chapter list; `chapter` each.
 * @csspart checkpoint - The checkpoint question over the video.
 * @csspart status - Watched share and notices.
 * @csspart error - The error view.
 *
 * @cssproperty [--spoc-capsule-accent-color=var(--spoc-color-accent)] - Controls, progress, active cue.
 * @cssproperty [--spoc-capsule-watched-color=var(--spoc-color-success)] - The watched ranges on the seek bar.
 * @cssproperty [--spoc-capsule-controls-background=#111827] - Background of the control bar.
 * @cssproperty [--spoc-capsule-controls-color=#ffffff] - Text and icons of the control bar.
 * @cssproperty [--spoc-capsule-radius=var(--spoc-border-radius)] - Corner radius.
 * @cssproperty [--spoc-capsule-max-width=960px] - Largest width of the player.
 */
export class SpocCapsule extends SpocElement {
  static override styles = [SpocElement.styles, buttonStyles, styles];

  private readonly definitionLoader = new DefinitionController<CapsuleDefinition | undefined>(this, {
    schema: capsuleDefinitionSchema,
    translation: () => this.localize.t,
    required: false,
    src: () => undefined,
  });
  private readonly xapi = new XapiController(this, 'capsule');
  private readonly resumeState = new ResumeState<Resume>(this.xapi, STATE_ID);
  private segments = new PlayedSegments();
  private sessionId = '';
  private lastTime = 0;
  private seekFrom: number | undefined;
  private playStartedAt: number | undefined;
  private resume: Resume = { position: 0, segments: [] };
  private lastWatchedEvent = 0;
  private lastSaved = 0;
  private terminated = false;
  private readonly handlePageHide = () => this.terminate();
  // Back from the back/forward cache: the page lives again, so does a new session.
  private readonly handlePageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.terminated && this.length) this.startSession();
  };

  @state() private playing = false;
  @state() private current = 0;
  @state() private length = 0;
  @state() private captionsOn = false;
  @state() private captionLang = '';
  @state() private transcriptOpen = false;
  @state() private cues: Cue[] = [];
  @state() private trackChapters: Array<{ time: number; title: string }> = [];
  @state() private fullscreen = false;
  @state() private checkpoint?: Checkpoint;
  @state() private checkpointResponse?: QuizResponse;
  @state() private checkpointResult?: boolean;
  @state() private notice = '';
  @state() private mediaError = '';
  @state() private fraction = 0;

  /** URL of the video (or give `<source>` children). */
  @property() src = '';

  /** Poster image URL. */
  @property() poster = '';

  /** URL of a WebVTT captions file (or give `<track kind="captions">` children). */
  @property({ attribute: 'captions' }) captionsSrc = '';

  /** Title of the capsule (the activity's name and the player's label). */
  @property() override title = '';

  /** Id of the capsule in the course (its activity is `<course-id>/capsule/<id>`); else `module`, else the file name. */
  @property() activity = '';

  /** Explicit activity IRI (overrides `activity`). */
  @property({ attribute: 'activity-id' }) activityId = '';

  /** Id of the course module (adds it to `grouping`). */
  @property() module = '';

  /** Share of the length to watch for completion, 0–1. */
  @property({ attribute: 'completion-threshold', type: Number }) completionThreshold = 0.9;

  /** No seeking forward past what has been watched. */
  @property({ attribute: 'prevent-skipping', type: Boolean }) preventSkipping = false;

  /** JSON with chapters and checkpoints (see capsule.schema.ts); also from an inline JSON script. */
  @property({ attribute: false }) definition?: unknown;

  /** Reflected once the capsule is completed. */
  @property({ type: Boolean, reflect: true }) completed = false;

  private get video(): HTMLVideoElement | undefined {
    return this.shadowRoot?.querySelector('video') ?? undefined;
  }

  /** Share of the video truly watched, 0–1. */
  get watchedFraction(): number {
    return this.fraction;
  }

  /** The played segments so far, as the Video Profile writes them. */
  get playedSegments(): string {
    return this.segments.toString();
  }

  /** Resolves once the saved position and segments are restored. */
  get ready(): Promise<unknown> {
    return this.definitionLoader.complete.then(() => this.resumeState.restoring);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.terminated && this.length) this.startSession(); // moved in the page: a new session
    window.addEventListener('pagehide', this.handlePageHide);
    window.addEventListener('pageshow', this.handlePageShow);
    document.addEventListener('fullscreenchange', this.handleFullscreenChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.handlePageHide);
    window.removeEventListener('pageshow', this.handlePageShow);
    document.removeEventListener('fullscreenchange', this.handleFullscreenChange);
    this.terminate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.resumeState.follow(this.videoActivityId(), (saved) => {
      if (this.sessionId) return; // the learner already started watching: never jump or drop their segments
      this.resume = saved ? { ...saved } : { position: 0, segments: [] };
      this.segments = new PlayedSegments(this.resume.segments);
      this.completed = !!this.resume.completed;
    });
    if (changed.has('src') && !this.src && !this.querySelector('source')) {
      this.mediaError = this.localize.t.capsule.missingSource;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('mediaError' as keyof SpocCapsule) && this.mediaError) {
      this.reportError({ code: this.src || this.querySelector('source') ? 'media-error' : 'missing-source', message: this.mediaError });
    }
  }

  // --- identity and xAPI

  private localId(): string {
    if (this.activity) return this.activity;
    if (this.id) return this.id;
    if (this.module) return this.module;
    const file = (this.src || this.querySelector('source')?.getAttribute('src') || 'video').split(/[?#]/)[0]!.split('/').pop()!;
    return file.replace(/\.[a-z0-9]+$/i, '') || 'video';
  }

  private videoActivityId(): string {
    return this.xapi.activityId(this.localId(), this.activityId);
  }

  private videoActivity(): Activity {
    // The `title` attribute is page text: its language is the element's (HTML's nearest `lang`).
    const titleLang = this.closest<HTMLElement>('[lang]')?.lang || this.xapi.contentLang();
    const name = this.title ? { [titleLang]: this.title } : undefined;
    return { objectType: 'Activity', id: this.videoActivityId(), definition: { type: ACTIVITY_TYPES.video, ...(name ? { name } : {}) } };
  }

  private send(verb: VerbDef, result: Result | undefined, extensions: Record<string, unknown> = {}): string {
    // `terminated` is the session's last statement: media events still queued when the element
    // left (the pause of a removed video) belong to no session.
    if (this.terminated && verb !== VERBS.terminated) return this.sessionId;
    const context: PartialStatement['context'] = {
      contextActivities: this.xapi.contextActivities({ module: this.module || undefined, category: [{ id: CATEGORIES.video }] }),
      extensions: { ...(this.sessionId ? { [X.sessionId]: this.sessionId } : {}), ...extensions },
      language: this.xapi.contentLang(),
    };
    return this.xapi.send({ verb, object: this.videoActivity(), ...(result ? { result } : {}), context }).id;
  }

  /** `length` and (when not 1) `completion-threshold`: required on initialized, paused, completed, terminated. */
  private lengthExtensions(): Record<string, unknown> {
    return { [X.length]: round3(this.length), ...(this.completionThreshold !== 1 ? { [X.completionThreshold]: round3(this.completionThreshold) } : {}) };
  }

  private progressResult(time: number): Result {
    return {
      extensions: { [X.time]: round3(time), [X.progress]: this.segments.progress(this.length), [X.playedSegments]: this.segments.toString() },
    };
  }

  private saveResume(force = false): void {
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

  /** Playing stopped at `time`: the segment closes and `paused` is sent. */
  private stopPlaying(time: number): void {
    this.playing = false;
    this.segments.extend(time);
    this.segments.close();
    this.accountPlaying();
    this.send(VERBS.paused, this.progressResult(time), this.lengthExtensions());
  }

  /** Opens a Video Profile session: its id is the `initialized` statement's id. */
  private startSession(): void {
    this.terminated = false;
    this.sessionId = '';
    this.sessionId = this.send(VERBS.initialized, undefined, this.lengthExtensions());
  }

  /** Leaves the session: `paused` first if playing, then `terminated` (sent with the page-hide delivery). */
  private terminate(): void {
    if (!this.sessionId || this.terminated) return;
    if (this.playing) this.stopPlaying(this.lastTime);
    this.terminated = true;
    this.send(VERBS.terminated, this.progressResult(this.lastTime), this.lengthExtensions());
    this.saveResume(true);
  }

  // --- media events

  private handleLoadedMetadata() {
    const video = this.video!;
    this.length = Number.isFinite(video.duration) ? video.duration : 0;
    this.mediaError = '';
    void this.resumeState.restoring.then(() => {
      if (this.resume.position && this.resume.position < this.length - 0.5) video.currentTime = this.resume.position;
      this.lastTime = video.currentTime;
      this.fraction = this.segments.progress(this.length);
      if (!this.sessionId) this.startSession();
    });
    this.readTracks();
  }

  private handlePlay() {
    const video = this.video!;
    this.playing = true;
    this.segments.start(video.currentTime);
    this.playStartedAt = performance.now();
    this.send(VERBS.played, { extensions: { [X.time]: round3(video.currentTime) } });
  }

  private handlePause() {
    const video = this.video!;
    this.lastTime = video.currentTime;
    this.stopPlaying(video.currentTime);
    this.emitWatched(true);
    this.saveResume(true);
  }

  private handleTimeUpdate() {
    const video = this.video!;
    if (video.seeking) return;
    const time = video.currentTime;
    // A jump with no seek event (rare) closes the segment rather than counting the gap as watched.
    if (this.playing) this.segments.extend(time);
    this.lastTime = time;
    this.current = time;
    this.fraction = this.segments.progress(this.length);
    this.emitWatched(false);
    this.checkCompletion();
    this.checkCheckpoint(time);
    this.saveResume();
  }

  private handleSeeking() {
    const video = this.video!;
    if (this.seekFrom === undefined) {
      this.seekFrom = this.lastTime;
      if (this.playing) {
        this.segments.extend(this.lastTime);
        this.segments.close();
      }
    }
    if (this.preventSkipping && video.currentTime > Math.max(this.segments.reach(), this.lastTime) + 0.25) {
      this.notice = this.localize.t.capsule.skippingPrevented;
      video.currentTime = Math.max(this.segments.reach(), this.lastTime);
    }
  }

  private handleSeeked() {
    const video = this.video!;
    const from = this.seekFrom ?? this.lastTime;
    this.seekFrom = undefined;
    this.lastTime = video.currentTime;
    this.current = video.currentTime;
    this.send(VERBS.seeked, { extensions: { [X.timeFrom]: round3(from), [X.timeTo]: round3(video.currentTime) } });
    if (this.playing) this.segments.start(video.currentTime);
    this.saveResume(true);
  }

  private handleEnded() {
    // The end of the media fires `pause` first (HTML spec): its `paused` statement is sent there.
    // A player that ends without pausing still reports one.
    if (this.playing) this.stopPlaying(this.video!.currentTime);
    this.checkCompletion();
    this.saveResume(true);
  }

  private handleRateChange() {
    this.interacted({ [X.speed]: `${this.video!.playbackRate}x` });
    this.requestUpdate();
  }

  private handleVolumeChange() {
    const video = this.video!;
    this.interacted({ [X.volume]: video.muted ? 0 : round3(video.volume) });
    this.requestUpdate();
  }

  private handleMediaError() {
    this.mediaError = this.localize.t.capsule.mediaError;
  }

  private readonly handleFullscreenChange = () => {
    const now = document.fullscreenElement === this;
    if (now === this.fullscreen) return;
    this.fullscreen = now;
    this.interacted({ [X.fullScreen]: now });
  };

  private interacted(extensions: Record<string, unknown>) {
    if (!this.sessionId) return;
    this.send(VERBS.interacted, { extensions: { [X.time]: round3(this.video?.currentTime ?? this.lastTime) } }, extensions);
  }

  private emitWatched(force: boolean) {
    const now = Date.now();
    if (!force && now - this.lastWatchedEvent < 1000) return;
    this.lastWatchedEvent = now;
    this.emit(new SpocWatchedEvent({ fraction: this.fraction, segments: this.segments.union() }));
  }

  /** Completed once per registration, on truly watched time only. */
  private checkCompletion() {
    if (this.resume.completed || !this.length || this.segments.progress(this.length) < this.completionThreshold) return;
    this.resume.completed = true;
    this.completed = true;
    const spent = (this.resume.spentMs ?? 0) + (this.playStartedAt !== undefined ? performance.now() - this.playStartedAt : 0);
    const duration = isoDuration(spent);
    const result = this.progressResult(this.lastTime);
    this.send(VERBS.completed, { ...result, completion: true, duration }, this.lengthExtensions());
    this.saveResume(true);
    this.emit(new SpocCompleteEvent({ duration }));
  }

  // --- tracks, chapters, transcript

  private readTracks() {
    const video = this.video;
    if (!video) return;
    const tracks = [...video.textTracks];
    const subtitles = tracks.filter((t) => t.kind === 'captions' || t.kind === 'subtitles');
    for (const track of subtitles) if (track.mode === 'disabled') track.mode = 'hidden';
    if (!this.captionLang && subtitles.length) {
      const ui = this.localize.lang.split('-')[0];
      this.captionLang = (subtitles.find((t) => t.language.split('-')[0] === ui) ?? subtitles[0]!).language;
    }
    const chapters = tracks.find((t) => t.kind === 'chapters');
    if (chapters && chapters.mode === 'disabled') chapters.mode = 'hidden';
    this.applyCaptionMode();
    const load = () => {
      const active = subtitles.find((t) => t.language === this.captionLang);
      this.cues = [...(active?.cues ?? [])].map((cue) => ({ start: cue.startTime, end: cue.endTime, text: (cue as VTTCue).text }));
      this.trackChapters = [...(chapters?.cues ?? [])].map((cue) => ({ time: cue.startTime, title: (cue as VTTCue).text }));
    };
    load();
    for (const element of this.shadowRoot!.querySelectorAll('track')) element.addEventListener('load', load, { once: true });
  }

  private applyCaptionMode() {
    for (const track of this.video?.textTracks ?? []) {
      if (track.kind !== 'captions' && track.kind !== 'subtitles') continue;
      track.mode = this.captionsOn && track.language === this.captionLang ? 'showing' : 'hidden';
    }
  }

  private chapters(): Array<{ time: number; title: string }> {
    const own = this.definitionLoader.value?.chapters;
    return own ? own.map((c) => ({ time: c.time, title: textOf(c.title, this.localize.lang) })) : this.trackChapters;
  }

  // --- checkpoints

  private checkCheckpoint(time: number) {
    if (this.checkpoint || !this.playing) return;
    const due = this.definitionLoader.value?.checkpoints?.find((c) => time >= c.time && time < c.time + 1.5 && !this.resume.answered?.includes(c.id));
    if (!due) return;
    this.checkpoint = due;
    this.checkpointResponse = undefined;
    this.checkpointResult = undefined;
    this.video!.pause();
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="checkpoint"] [tabindex="-1"]')?.focus());
  }

  private handleCheckpointCheck() {
    const checkpoint = this.checkpoint!;
    const question = checkpoint.question;
    if (!isAnswered(question, this.checkpointResponse)) return;
    const evaluation = evaluate(question, this.checkpointResponse);
    this.checkpointResult = evaluation.correct;
    const parent = this.videoActivity();
    this.xapi.send({
      verb: VERBS.answered,
      object: { objectType: 'Activity', id: `${parent.id}/checkpoint/${encodeURIComponent(checkpoint.id)}`, definition: interactionDefinition(question, this.xapi.contentLang()) },
      result: { response: evaluation.response, success: evaluation.correct, score: { raw: evaluation.points, min: 0, max: evaluation.max, scaled: evaluation.fraction } },
      context: {
        contextActivities: this.xapi.contextActivities({ parent: [{ id: parent.id, definition: parent.definition! }], module: this.module || undefined }),
        extensions: { [X.time]: round3(this.lastTime) },
        language: this.xapi.contentLang(),
      },
    });
  }

  private handleCheckpointContinue() {
    const checkpoint = this.checkpoint!;
    if (checkpoint.requireCorrect && !this.checkpointResult) return;
    this.resume = { ...this.resume, answered: [...(this.resume.answered ?? []), checkpoint.id] };
    this.checkpoint = undefined;
    this.saveResume(true);
    void this.video?.play();
  }

  // --- controls

  private togglePlay() {
    const video = this.video;
    if (!video || this.checkpoint) return;
    if (video.paused) void video.play().catch(() => undefined);
    else video.pause();
  }

  private seekTo(time: number) {
    const video = this.video;
    if (!video || this.checkpoint) return;
    video.currentTime = Math.max(0, Math.min(this.length || video.duration || 0, time));
  }

  private toggleCaptions() {
    this.captionsOn = !this.captionsOn;
    this.applyCaptionMode();
    this.interacted({ [X.ccSubtitleEnabled]: this.captionsOn, ...(this.captionsOn ? { [X.ccSubtitleLang]: this.captionLang } : {}) });
  }

  private handleCaptionLang(event: Event) {
    this.captionLang = (event.target as HTMLSelectElement).value;
    this.applyCaptionMode();
    this.readTracks();
    if (this.captionsOn) this.interacted({ [X.ccSubtitleEnabled]: true, [X.ccSubtitleLang]: this.captionLang });
  }

  private toggleFullscreen() {
    if (document.fullscreenElement === this) void document.exitFullscreen().catch(() => undefined);
    else void this.requestFullscreen?.().catch(() => undefined);
  }

  private handleKeydown(event: KeyboardEvent) {
    const target = event.composedPath()[0] as HTMLElement;
    if (target.closest?.('select, textarea, input:not([type=range]), [part~="checkpoint"]')) return;
    const video = this.video;
    if (!video) return;
    const key = event.key.toLowerCase();
    const actions: Record<string, () => void> = {
      ' ': () => (target.tagName === 'BUTTON' ? undefined : this.togglePlay()),
      k: () => this.togglePlay(),
      arrowleft: () => this.seekTo(video.currentTime - 5),
      arrowright: () => this.seekTo(video.currentTime + 5),
      j: () => this.seekTo(video.currentTime - 10),
      l: () => this.seekTo(video.currentTime + 10),
      m: () => (video.muted = !video.muted),
      c: () => this.toggleCaptions(),
      f: () => this.toggleFullscreen(),
    };
    const action = actions[key];
    if (!action || (key === ' ' && target.tagName === 'BUTTON')) return;
    event.preventDefault();
    action();
  }

  // --- rendering

  private renderTracks(): TemplateResult {
    const light = [...this.querySelectorAll('track')];
    return html`${light.map(
      (t) => html`<track kind=${t.kind || 'captions'} src=${t.getAttribute('src') ?? ''} srclang=${t.srclang} label=${t.label || t.srclang} />`,
    )}${this.captionsSrc ? html`<track kind="captions" src=${this.captionsSrc} srclang=${this.xapi.contentLang()} label=${this.xapi.contentLang()} />` : nothing}`;
  }

  private renderCheckpoint(checkpoint: Checkpoint): TemplateResult {
    const { t, lang } = this.localize;
    const done = this.checkpointResult !== undefined;
    return html`<div part="checkpoint" role="dialog" aria-modal="false" aria-labelledby="checkpoint-title">
      <p id="checkpoint-title" class="checkpoint-title" tabindex="-1">${t.capsule.checkpoint}</p>
      <p class="prompt">${textOf(checkpoint.question.prompt, lang)}</p>
      ${renderQuestionInputs({
        question: checkpoint.question,
        response: this.checkpointResponse,
        locked: done && (this.checkpointResult || !checkpoint.requireCorrect),
        order: undefined,
        lang,
        t,
        onChange: (update) => {
          this.checkpointResponse = update(this.checkpointResponse);
          if (this.checkpointResult === false) this.checkpointResult = undefined;
        },
      })}
      <p role="status">${done ? (this.checkpointResult ? t.quiz.correct : `${t.quiz.incorrect}${checkpoint.requireCorrect ? ` — ${t.capsule.answerToContinue}` : ''}`) : ''}</p>
      ${done && (this.checkpointResult || !checkpoint.requireCorrect)
        ? html`<button part="button continue-button" type="button" @click=${this.handleCheckpointContinue}>${t.capsule.continue}</button>`
        : html`<button part="button check-button" type="button" @click=${this.handleCheckpointCheck}>${t.quiz.check}</button>`}
    </div>`;
  }

  private watchedGradient(): string {
    if (!this.length) return 'none';
    const stops = this.segments
      .union()
      .map(([s, e]) => `transparent ${(s / this.length) * 100}%, var(--_watched) ${(s / this.length) * 100}%, var(--_watched) ${(e / this.length) * 100}%, transparent ${(e / this.length) * 100}%`);
    return stops.length ? `linear-gradient(to right, ${stops.join(', ')})` : 'none';
  }

  override render() {
    const definitionError = this.definitionLoader.error;
    if (definitionError) return this.renderError(definitionError);
    if (this.mediaError) return this.renderError({ code: 'media-error', message: this.mediaError });
    const { t } = this.localize;
    const c = t.capsule;
    const video = this.video;
    const chapters = this.chapters();
    const subtitleLangs = [...(video?.textTracks ?? [])].filter((tr) => tr.kind === 'captions' || tr.kind === 'subtitles').map((tr) => tr.language);
    const activeCue = this.cues.find((cue) => this.current >= cue.start && this.current < cue.end);
    return html`<div part="base" role="region" aria-label=${c.label(this.title)} lang=${this.localize.lang} @keydown=${this.handleKeydown}>
      <div class="stage">
        <video
          part="video"
          playsinline
          preload="metadata"
          crossorigin="anonymous"
          src=${this.src || nothing}
          poster=${this.poster || nothing}
          @loadedmetadata=${this.handleLoadedMetadata}
          @play=${this.handlePlay}
          @pause=${this.handlePause}
          @timeupdate=${this.handleTimeUpdate}
          @seeking=${this.handleSeeking}
          @seeked=${this.handleSeeked}
          @ended=${this.handleEnded}
          @ratechange=${this.handleRateChange}
          @volumechange=${this.handleVolumeChange}
          @error=${this.handleMediaError}
          @click=${this.togglePlay}
        >
          ${[...this.querySelectorAll('source')].map((s) => html`<source src=${s.getAttribute('src') ?? ''} type=${s.type || nothing} @error=${this.handleMediaError} />`)}
          ${this.renderTracks()}
        </video>
        ${this.checkpoint ? this.renderCheckpoint(this.checkpoint) : nothing}
      </div>
      <div part="controls">
        <button part="button play-button" type="button" @click=${this.togglePlay}>
          ${this.playing ? icons.pause : icons.play}<span class="visually-hidden">${this.playing ? c.pause : c.play}</span>
        </button>
        <div class="seek-wrap" ${cssProperties({ '--_gradient': this.watchedGradient() })}>
          <span part="watched" aria-hidden="true"></span>
          ${chapters.map((ch) => html`<span part="chapter-marker" aria-hidden="true" ${cssProperties({ left: `${this.length ? (ch.time / this.length) * 100 : 0}%` })}></span>`)}
          <input
            part="seek"
            type="range"
            min="0"
            max=${this.length || 0}
            step="0.1"
            .value=${String(this.current)}
            aria-label=${c.seek}
            aria-valuetext=${c.time(this.localize.clock(this.current), this.localize.clock(this.length))}
            @input=${(e: Event) => this.seekTo(Number((e.target as HTMLInputElement).value))}
          />
        </div>
        <span part="time">${this.localize.clock(this.current)} / ${this.localize.clock(this.length)}</span>
        <label class="visually-hidden" for="speed">${c.speed}</label>
        <select part="speed" id="speed" .value=${String(video?.playbackRate ?? 1)} @change=${(e: Event) => video && (video.playbackRate = Number((e.target as HTMLSelectElement).value))}>
          ${SPEEDS.map((s) => html`<option value=${String(s)} ?selected=${(video?.playbackRate ?? 1) === s}>${this.localize.number(s)}×</option>`)}
        </select>
        <button part="button mute-button" type="button" aria-pressed=${video?.muted ? 'true' : 'false'} @click=${() => video && (video.muted = !video.muted)}>${video?.muted ? icons.muted : icons.volume}<span class="visually-hidden">${c.mute}</span></button>
        <input part="volume" type="range" min="0" max="1" step="0.05" .value=${String(video?.volume ?? 1)} aria-label=${c.volume} @input=${(e: Event) => video && (video.volume = Number((e.target as HTMLInputElement).value))} />
        ${subtitleLangs.length
          ? html`<button part="button captions-button" type="button" aria-pressed=${this.captionsOn ? 'true' : 'false'} @click=${this.toggleCaptions}><span aria-hidden="true">CC</span><span class="visually-hidden">${this.captionsOn ? c.captionsOff : c.captionsOn}</span></button>
              ${subtitleLangs.length > 1
                ? html`<label class="visually-hidden" for="cc-lang">${c.captionsLanguage}</label>
                    <select part="captions-language" id="cc-lang" @change=${this.handleCaptionLang}>
                      ${subtitleLangs.map((l) => html`<option value=${l} ?selected=${l === this.captionLang}>${l}</option>`)}
                    </select>`
                : nothing}
              <button part="button transcript-button" type="button" aria-expanded=${this.transcriptOpen ? 'true' : 'false'} aria-controls="transcript" @click=${() => (this.transcriptOpen = !this.transcriptOpen)}>
                ${this.transcriptOpen ? c.hideTranscript : c.transcript}
              </button>`
          : nothing}
        <button part="button fullscreen-button" type="button" @click=${this.toggleFullscreen}>${this.fullscreen ? icons.exitFullscreen : icons.fullscreen}<span class="visually-hidden">${this.fullscreen ? c.exitFullscreen : c.fullscreen}</span></button>
      </div>
      <p part="status" role="status">
        <span>${c.watched(this.localize.percent(this.fraction))}</span>
        ${this.completed ? html` — <span>${c.completed}</span>` : nothing}
        ${this.notice ? html` — <span>${this.notice}</span>` : nothing}
      </p>
      <p class="visually-hidden">${c.keyboardHelp}</p>
      ${chapters.length
        ? html`<nav part="chapters" aria-label=${this.title ? `${c.chapters} — ${this.title}` : c.chapters}>
            <ol>
              ${chapters.map((ch) => html`<li><button part="chapter" type="button" @click=${() => this.seekTo(ch.time)}>${this.localize.clock(ch.time)} ${ch.title}</button></li>`)}
            </ol>
          </nav>`
        : nothing}
      ${this.transcriptOpen
        ? html`<div part="transcript" id="transcript" lang=${this.captionLang || nothing}>
            <ol>
              ${this.cues.map(
                (cue) => html`<li>
                  <button part="cue${cue === activeCue ? ' cue-active' : ''}" type="button" aria-current=${cue === activeCue ? 'true' : 'false'} @click=${() => this.seekTo(cue.start)}>
                    <span class="cue-time">${this.localize.clock(cue.start)}</span> ${cue.text}
                  </button>
                </li>`,
              )}
            </ol>
          </div>`
        : nothing}
      <slot hidden></slot>
    </div>`;
  }
}

SpocCapsule.define('spoc-capsule');

declare global {
  interface HTMLElementTagNameMap {
    'spoc-capsule': SpocCapsule;
  }
}
