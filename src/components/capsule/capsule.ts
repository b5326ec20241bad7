import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { ResumeState } from '../../controllers/resume-state.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import { SpocCompleteEvent } from '../../events/spoc-complete.js';
import { SpocWatchedEvent } from '../../events/spoc-watched.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { textOf } from '../../internal/validation.js';
import type { Activity } from '../../xapi/statement.js';
import { ACTIVITY_TYPES, EXTENSIONS } from '../../xapi/vocabulary.js';
import { evaluate, isAnswered, type QuizResponse } from '../quiz/quiz-scoring.js';
import { capsuleDefinitionSchema, type CapsuleDefinition, type Checkpoint } from './capsule.schema.js';
import buttonStyles from '../../styles/button.styles.js';
import styles from './capsule.styles.js';
import { renderChapters, renderCheckpoint, renderControls, renderTranscript, type Chapter, type Cue } from './capsule-controls.js';
import { round3 } from './played-segments.js';
import { STATE_ID, VideoSession, type Resume } from './video-session.js';

const X = EXTENSIONS.video;

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
  private readonly session = new VideoSession(this.xapi, this.resumeState, {
    activity: () => this.videoActivity(),
    module: () => this.module || undefined,
    threshold: () => this.completionThreshold,
  });
  private lastWatchedEvent = 0;
  private readonly handlePageHide = () => this.session.terminate();
  // Back from the back/forward cache: the page lives again, so does a new session.
  private readonly handlePageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.session.terminated && this.length) this.session.start();
  };

  @state() private playing = false;
  @state() private current = 0;
  @state() private length = 0;
  @state() private captionsOn = false;
  @state() private captionLang = '';
  @state() private transcriptOpen = false;
  @state() private cues: Cue[] = [];
  @state() private trackChapters: Chapter[] = [];
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
    return this.session.segments.toString();
  }

  /** Resolves once the saved position and segments are restored. */
  get ready(): Promise<unknown> {
    return this.definitionLoader.complete.then(() => this.resumeState.restoring);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.session.terminated && this.length) this.session.start(); // moved in the page: a new session
    window.addEventListener('pagehide', this.handlePageHide);
    window.addEventListener('pageshow', this.handlePageShow);
    document.addEventListener('fullscreenchange', this.handleFullscreenChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.handlePageHide);
    window.removeEventListener('pageshow', this.handlePageShow);
    document.removeEventListener('fullscreenchange', this.handleFullscreenChange);
    this.session.terminate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.resumeState.follow(this.videoActivityId(), (saved) => {
      if (this.session.restore(saved)) this.completed = this.session.completed;
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

  // --- identity

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

  // --- media events

  private handleLoadedMetadata() {
    const video = this.video!;
    this.length = Number.isFinite(video.duration) ? video.duration : 0;
    this.session.length = this.length;
    this.mediaError = '';
    void this.resumeState.restoring.then(() => {
      const { position } = this.session.resume;
      if (position && position < this.length - 0.5 && video.currentTime !== position) {
        this.session.jumpTo();
        video.currentTime = position;
      }
      this.session.settle(video.currentTime);
      this.fraction = this.session.progress();
      if (!this.session.id) this.session.start();
    });
    this.readTracks();
  }

  private handlePlay() {
    this.playing = true;
    this.session.play(this.video!.currentTime);
  }

  private handlePause() {
    this.playing = false;
    this.session.pause(this.video!.currentTime);
    this.emitWatched(true);
    this.session.save(true);
  }

  private handleTimeUpdate() {
    const video = this.video!;
    if (video.seeking) return;
    const time = video.currentTime;
    this.session.timeUpdate(time);
    this.current = time;
    this.fraction = this.session.progress();
    this.emitWatched(false);
    this.checkCompletion();
    this.checkCheckpoint(time);
    this.session.save();
  }

  private handleSeeking() {
    const video = this.video!;
    const target = video.currentTime;
    this.session.seeking();
    if (!this.preventSkipping) return;
    const allowed = this.session.allowedSeek(target);
    if (allowed < target) {
      this.notice = this.localize.t.capsule.skippingPrevented;
      video.currentTime = allowed;
    }
  }

  private handleSeeked() {
    const video = this.video!;
    this.current = video.currentTime;
    this.session.seeked(video.currentTime);
  }

  private handleEnded() {
    if (this.session.playing) {
      this.playing = false;
      this.session.ended(this.video!.currentTime);
    }
    this.checkCompletion();
    this.session.save(true);
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
    this.session.interacted(this.video?.currentTime ?? this.session.lastTime, extensions);
  }

  private emitWatched(force: boolean) {
    const now = Date.now();
    if (!force && now - this.lastWatchedEvent < 1000) return;
    this.lastWatchedEvent = now;
    this.emit(new SpocWatchedEvent({ fraction: this.fraction, segments: this.session.segments.union() }));
  }

  private checkCompletion() {
    const duration = this.session.checkCompletion();
    if (duration === undefined) return;
    this.completed = true;
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

  private chapters(): Chapter[] {
    const own = this.definitionLoader.value?.chapters;
    return own ? own.map((c) => ({ time: c.time, title: textOf(c.title, this.localize.lang) })) : this.trackChapters;
  }

  // --- checkpoints

  private checkCheckpoint(time: number) {
    if (this.checkpoint || !this.playing) return;
    const due = this.definitionLoader.value?.checkpoints?.find((c) => time >= c.time && time < c.time + 1.5 && !this.session.isAnswered(c));
    if (!due) return;
    this.checkpoint = due;
    this.checkpointResponse = undefined;
    this.checkpointResult = undefined;
    this.video!.pause();
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="checkpoint"] [tabindex="-1"]')?.focus());
  }

  private handleCheckpointCheck() {
    const checkpoint = this.checkpoint!;
    if (!isAnswered(checkpoint.question, this.checkpointResponse)) return;
    const evaluation = evaluate(checkpoint.question, this.checkpointResponse);
    this.checkpointResult = evaluation.correct;
    this.session.answer(checkpoint, evaluation);
  }

  private handleCheckpointContinue() {
    const checkpoint = this.checkpoint!;
    if (checkpoint.requireCorrect && !this.checkpointResult) return;
    this.checkpoint = undefined;
    this.session.checkpointDone(checkpoint);
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

  override render() {
    const definitionError = this.definitionLoader.error;
    if (definitionError) return this.renderError(definitionError);
    if (this.mediaError) return this.renderError({ code: 'media-error', message: this.mediaError });
    const c = this.localize.t.capsule;
    const video = this.video;
    const chapters = this.chapters();
    const seekTo = (time: number) => this.seekTo(time);
    const subtitleLangs = [...(video?.textTracks ?? [])].filter((tr) => tr.kind === 'captions' || tr.kind === 'subtitles').map((tr) => tr.language);
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
        ${this.checkpoint
          ? renderCheckpoint({
              localize: this.localize,
              checkpoint: this.checkpoint,
              response: this.checkpointResponse,
              result: this.checkpointResult,
              onChange: (update) => {
                this.checkpointResponse = update(this.checkpointResponse);
                if (this.checkpointResult === false) this.checkpointResult = undefined;
              },
              onCheck: () => this.handleCheckpointCheck(),
              onContinue: () => this.handleCheckpointContinue(),
            })
          : nothing}
      </div>
      ${renderControls({
        localize: this.localize,
        video,
        playing: this.playing,
        current: this.current,
        length: this.length,
        watched: this.session.segments.union(),
        chapters,
        subtitleLangs,
        captionsOn: this.captionsOn,
        captionLang: this.captionLang,
        transcriptOpen: this.transcriptOpen,
        fullscreen: this.fullscreen,
        onTogglePlay: () => this.togglePlay(),
        onSeek: seekTo,
        onToggleCaptions: () => this.toggleCaptions(),
        onCaptionLang: (event) => this.handleCaptionLang(event),
        onToggleTranscript: () => (this.transcriptOpen = !this.transcriptOpen),
        onToggleFullscreen: () => this.toggleFullscreen(),
      })}
      <p part="status" role="status">
        <span>${c.watched(this.localize.percent(this.fraction))}</span>
        ${this.completed ? html` — <span>${c.completed}</span>` : nothing}
        ${this.notice ? html` — <span>${this.notice}</span>` : nothing}
      </p>
      <p class="visually-hidden">${c.keyboardHelp}</p>
      ${renderChapters(this.localize, this.title, chapters, seekTo)}
      ${this.transcriptOpen ? renderTranscript(this.localize, this.cues, this.current, this.captionLang, seekTo) : nothing}
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
