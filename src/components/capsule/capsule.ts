import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { ResumeState } from '../../controllers/resume-state.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import { SpocCompleteEvent } from '../../events/spoc-complete.js';
import { SpocWatchedEvent } from '../../events/spoc-watched.js';
import type { SpocErrorDetail } from '../../events/spoc-error.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { safeUrl } from '../../internal/url-policy.js';
import { textOf } from '../../internal/validation.js';
import type { Activity } from '../../xapi/statement.js';
import { ACTIVITY_TYPES, EXTENSIONS } from '../../xapi/vocabulary.js';
import { evaluate, isAnswered, type QuizResponse } from '../quiz/quiz-scoring.js';
import { capsuleDefinitionSchema, type CapsuleDefinition, type Checkpoint } from './capsule.schema.js';
import buttonStyles from '../../styles/button.styles.js';
import styles from './capsule.styles.js';
import { renderChapters, renderCheckpoint, renderControls, renderTranscript, type Chapter, type Cue } from './capsule-controls.js';
import {
  applyCaptionMode,
  chaptersOf,
  checkAttributes,
  cuesOf,
  DEFAULT_THRESHOLD,
  isSubtitles,
  isValidThreshold,
  needsCors,
  pickCaptionLang,
  thresholdConverter,
  trackSources,
  usableSubtitles,
  type TrackSource,
} from './capsule-media.js';
import { round3 } from './played-segments.js';
import { STATE_ID, VideoSession, type Resume } from './video-session.js';
import { addStrings } from '../../i18n/index.js';
import { quizStrings } from '../../i18n/strings/quiz.js';
import { capsuleStrings } from '../../i18n/strings/capsule.js';

// This element's strings travel with it (a page downloads the strings of the elements it uses).
addStrings(quizStrings, capsuleStrings);

const X = EXTENSIONS.video;
const part = (host: HTMLElement, name: string) => host.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? undefined;
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
 * @event {SpocErrorDetail} spoc-error - No source (`missing-source`), an attribute that cannot be used (`invalid-attribute`: `completion-threshold` outside 0–1, a URL the media policy refuses), an unplayable file (`media-error`), invalid chapters or checkpoints. `detail: { code, message, issues? }`.
 *
 * @csspart base - The player.
 * @csspart video - The `<video>` element (it takes focus when clicked, so the keys work at once).
 * @csspart controls - The control bar; `button`, `play-button`, `mute-button`, `captions-button`, `transcript-button`, `fullscreen-button`, `settings-button` (narrow players only).
 * @csspart settings - Speed, sound, captions and transcript: in the bar on a wide player, a panel behind `settings-button` on a narrow one (under 56rem).
 * @csspart seek - The seek slider (a thumb, no fill); `watched` is the track behind it, truly watched ranges in colour; `chapter-marker` each chapter.
 * @csspart time - Current time and length.
 * @csspart speed - The speed select (0.5× to 3×); `volume` the volume slider; `captions-language` the captions select (by track label).
 * @csspart transcript - The transcript panel; `cue` each line, `cue-active` the current one.
 * @csspart chapters - The chapter list; `chapter` each.
 * @csspart checkpoint - The checkpoint question over the video.
 * @csspart status - Watched share, completion and notices (visible; a hidden live region announces only milestones).
 * @csspart notice - A captions file that could not be loaded.
 * @csspart error - The error view.
 *
 * @cssproperty [--spoc-capsule-accent-color=var(--spoc-color-accent)] - Pressed buttons, active cue.
 * @cssproperty [--spoc-capsule-watched-color=#4ade80] - The truly watched ranges on the seek track (keep ≥ 3:1 against the bar and the unwatched track).
 * @cssproperty [--spoc-capsule-unwatched-color=#4b5563] - The rest of the seek track.
 * @cssproperty [--spoc-capsule-controls-background=#111827] - Background of the control bar and the settings panel.
 * @cssproperty [--spoc-capsule-controls-color=#ffffff] - Text, icons and the seek thumb on the control bar.
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
  private readonly resumeState = new ResumeState<Resume>(this.xapi, STATE_ID, (error) => this.reportStateError(error));
  private readonly session = new VideoSession(this.xapi, this.resumeState, {
    activity: () => this.videoActivity(),
    module: () => this.module || undefined,
    threshold: () => this.threshold,
  });
  private lastWatchedEvent = 0;
  private readonly handlePageHide = () => this.session.terminate();
  // Back from the back/forward cache: the page lives again, so does a new session.
  private readonly handlePageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.session.terminated && this.length && !this.shownError()) this.session.start();
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
  /** When the checkpoint was asked (`performance.now()`): its `answered` carries the time the learner took. */
  private checkpointAskedAt = 0;
  @state() private notice = '';
  @state() private mediaError = '';
  /** Labels of the captions tracks that could not be used (missing, invalid, empty). */
  @state() private failedTracks: string[] = [];
  private attributeError: SpocErrorDetail | undefined;
  private captionPicked = false;
  private reportedError = '';
  @state() private fraction = 0;
  @state() private settingsOpen = false;
  /** What the live region says: milestones (each quarter, completion) and notices, not every percent. */
  @state() private announcement = '';
  private lastMilestone = -1;
  /** The last valid `completion-threshold`: no statement is ever built from a refused value. */
  private threshold = DEFAULT_THRESHOLD;

  /** URL of the video (or give `<source>` children): https, http, relative or blob. Another origin needs no CORS headers unless captions are on another origin too. */
  @property() src = '';

  /** Poster image URL. */
  @property() poster = '';

  /** URL of a WebVTT captions file (or give `<track kind="captions">` children). On another origin it needs CORS headers, and so does the video then (both are requested in CORS mode). */
  @property({ attribute: 'captions' }) captionsSrc = '';

  /** Title of the capsule (the activity's name and the player's label). */
  @property() override title = '';

  /** Id of the capsule in the course (its activity is `<course-id>/capsule/<id>`); else `module`, else the file name. */
  @property() activity = '';

  /** Explicit activity IRI (overrides `activity`). */
  @property({ attribute: 'activity-id' }) activityId = '';

  /** Id of the course module (adds it to `grouping`). */
  @property() module = '';

  /** Share of the length to watch for completion, a number from 0 to 1 (anything else shows the error view). */
  @property({ attribute: 'completion-threshold', converter: thresholdConverter }) completionThreshold = DEFAULT_THRESHOLD;

  /** No seeking forward into what has not been watched (anywhere already watched is allowed). */
  @property({ attribute: 'prevent-skipping', type: Boolean }) preventSkipping = false;

  /** JSON with chapters and checkpoints (see capsule.schema.ts); also from an inline JSON script. */
  @property({ attribute: false }) definition?: CapsuleDefinition;

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

  /** Resolves once the saved position and segments are restored (for the latest activity and registration). */
  get ready(): Promise<unknown> {
    return this.definitionLoader.complete.then(async () => {
      let restoring: Promise<void>;
      do {
        restoring = this.resumeState.restoring;
        await restoring;
        await this.updateComplete;
      } while (restoring !== this.resumeState.restoring);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.session.terminated && this.length && !this.shownError()) this.session.start(); // moved in the page: a new session
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
      this.session.restore(saved);
      this.completed = this.session.completed;
    });
    // A new source is a new chance: the old file's error no longer holds.
    if (changed.has('src')) this.mediaError = '';
    this.attributeError = checkAttributes(
      { host: this, src: this.src, poster: this.poster, captions: this.captionsSrc, completionThreshold: this.completionThreshold },
      this.localize.t,
    );
    if (isValidThreshold(this.completionThreshold)) this.threshold = this.completionThreshold;
  }

  /** The problem the error view shows instead of the player, if any. */
  private shownError(): SpocErrorDetail | undefined {
    return this.definitionLoader.error ?? this.attributeError ?? (this.mediaError ? { code: 'media-error', message: this.mediaError } : undefined);
  }

  protected override updated(): void {
    const shown = this.shownError();
    // The error view replaced the player: its session ends here (the removed video says nothing more).
    if (shown) this.session.terminate();
    // Each distinct problem is reported once (not on every render while it lasts); the definition's
    // own are reported by its loader.
    const error = this.definitionLoader.error ? undefined : shown;
    const key = error ? JSON.stringify(error) : '';
    if (key !== this.reportedError) {
      this.reportedError = key;
      if (error) this.reportError(error);
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

  /**
   * The video an event comes from, if it is still this player's: a video replaced by the error view,
   * or one whose element left the page, has nothing more to say.
   */
  private media(event: Event): HTMLVideoElement | undefined {
    const video = event.currentTarget as HTMLVideoElement;
    return video === this.video && this.isConnected ? video : undefined;
  }

  private handleLoadedMetadata(event: Event) {
    const video = this.media(event);
    if (!video) return;
    this.length = Number.isFinite(video.duration) ? video.duration : 0;
    this.session.length = this.length;
    this.mediaError = '';
    void this.resumeState.restoring.then(() => {
      if (!this.isConnected || video !== this.video || (this.session.id && !this.session.terminated)) return;
      const { position } = this.session.resume;
      // The saved position, for a first session only (a player back from its error view stays put).
      if (!this.session.id && position && position < this.length - 0.5 && video.currentTime !== position) {
        this.session.jumpTo();
        video.currentTime = position;
      }
      this.session.settle(video.currentTime);
      this.lastMilestone = -1;
      this.setFraction(this.session.progress());
      this.session.start();
    });
    this.readTracks();
  }

  private handlePlay(event: Event) {
    const video = this.media(event);
    if (!video) return;
    this.playing = true;
    this.session.play(video.currentTime);
    this.askDueCheckpoint(video);
  }

  private handlePause(event: Event) {
    const video = this.media(event);
    if (!video) return;
    this.playing = false;
    this.session.pause(video.currentTime);
    this.emitWatched(true);
    this.session.save(true);
  }

  private handleTimeUpdate(event: Event) {
    const video = this.media(event);
    if (!video || video.seeking) return;
    const time = video.currentTime;
    this.session.timeUpdate(time);
    this.current = time;
    this.setFraction(this.session.progress());
    this.emitWatched(false);
    this.checkCompletion();
    if (this.playing) this.askDueCheckpoint(video);
    this.session.save();
  }

  private handleSeeking(event: Event) {
    const video = this.media(event);
    if (!video) return;
    const target = video.currentTime;
    this.session.seeking(target);
    if (!this.preventSkipping) return;
    const allowed = this.session.allowedSeek(target);
    if (allowed < target) {
      this.notice = this.localize.t.capsule.skippingPrevented;
      this.announcement = this.notice;
      video.currentTime = allowed;
    }
  }

  private handleSeeked(event: Event) {
    const video = this.media(event);
    if (!video) return;
    this.current = video.currentTime;
    this.session.seeked(video.currentTime);
    this.askDueCheckpoint(video);
  }

  private handleEnded(event: Event) {
    const video = this.media(event);
    if (!video) return;
    if (this.session.playing) {
      this.playing = false;
      this.session.ended(video.currentTime);
    }
    this.current = video.currentTime;
    this.setFraction(this.session.progress());
    this.checkCompletion();
    this.askDueCheckpoint(video);
    this.session.save(true);
  }

  private handleRateChange(event: Event) {
    const video = this.media(event);
    if (!video) return;
    this.interacted({ [X.speed]: `${video.playbackRate}x` });
    this.requestUpdate();
  }

  private handleVolumeChange(event: Event) {
    const video = this.media(event);
    if (!video) return;
    this.interacted({ [X.volume]: video.muted ? 0 : round3(video.volume) });
    this.requestUpdate();
  }

  private handleMediaError(event: Event) {
    if (!this.media(event)) return;
    this.mediaError = this.localize.t.capsule.mediaError;
  }

  /** A `<source>` failed: the video is unplayable only when its last source failed too. */
  private handleSourceError(event: Event) {
    const source = event.currentTarget as HTMLSourceElement;
    const video = source.parentElement;
    if (video !== this.video || source !== [...video.querySelectorAll('source')].at(-1)) return;
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

  /** The watched share; the live region speaks only when a new quarter is reached. */
  private setFraction(fraction: number) {
    this.fraction = fraction;
    const milestone = Math.floor(fraction * 4) / 4;
    if (this.lastMilestone < 0) this.lastMilestone = milestone; // what was restored is not news
    else if (milestone > this.lastMilestone) {
      this.lastMilestone = milestone;
      if (milestone > 0 && milestone < 1) this.announcement = this.localize.t.capsule.watched(this.localize.percent(milestone));
    }
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
    this.announcement = this.localize.t.capsule.completed;
    this.emit(new SpocCompleteEvent({ duration }));
  }

  // --- tracks, chapters, transcript

  /** Text tracks load only when enabled: enable them all (hidden), then read what has loaded. */
  private readTracks() {
    const video = this.video;
    if (!video) return;
    for (const track of video.textTracks) if (track.mode === 'disabled') track.mode = 'hidden';
    this.loadCues();
  }

  private loadCues() {
    const video = this.video;
    if (!video) return;
    const usable = usableSubtitles(video);
    // Until the learner picks one, the captions in the interface's language win as tracks arrive.
    this.captionLang = pickCaptionLang(usable, this.captionLang, this.captionPicked, this.localize.lang);
    applyCaptionMode(video, this.captionsOn, this.captionLang);
    this.cues = cuesOf(usable.find((el) => el.srclang === this.captionLang)?.track);
    this.trackChapters = chaptersOf(video);
  }

  private handleTrackLoad(event: Event) {
    const el = event.currentTarget as HTMLTrackElement;
    if (el.parentElement !== this.video) return;
    if (isSubtitles(el) && !el.track.cues?.length) this.trackFailed(el);
    this.loadCues();
  }

  private handleTrackError(event: Event) {
    const el = event.currentTarget as HTMLTrackElement;
    if (el.parentElement !== this.video) return;
    if (isSubtitles(el)) this.trackFailed(el);
    this.loadCues();
  }

  /** A captions file that is missing, not WebVTT or empty: said on screen, and not offered. */
  private trackFailed(el: HTMLTrackElement) {
    if (this.failedTracks.includes(el.label)) return;
    this.failedTracks = [...this.failedTracks, el.label];
    this.announcement = this.localize.t.capsule.captionsFailed(this.failedTracks.join(', '), this.failedTracks.length);
    if (this.captionsOn && !usableSubtitles(this.video).length) this.captionsOn = false;
  }

  private chapters(): Chapter[] {
    const own = this.definitionLoader.value?.chapters;
    return own ? own.map((c) => ({ time: c.time, title: textOf(c.title, this.localize.lang) })) : this.trackChapters;
  }

  // --- checkpoints

  /**
   * Every checkpoint the video has reached, by playing, seeking past it, a late `timeupdate` on a
   * busy page, or a restored position, is asked (the earliest first) before playback goes on.
   */
  private askDueCheckpoint(video: HTMLVideoElement) {
    if (this.checkpoint) return;
    const time = video.currentTime;
    const due = (this.definitionLoader.value?.checkpoints ?? []).filter((c) => (c.time <= time || video.ended) && !this.session.isAnswered(c)).sort((a, b) => a.time - b.time)[0];
    if (!due) return;
    this.checkpoint = due;
    this.checkpointAskedAt = performance.now();
    this.checkpointResponse = undefined;
    this.checkpointResult = undefined;
    if (!video.paused) video.pause();
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="checkpoint"] [tabindex="-1"]')?.focus());
  }

  private handleCheckpointCheck() {
    const checkpoint = this.checkpoint!;
    if (!isAnswered(checkpoint.question, this.checkpointResponse)) return;
    const evaluation = evaluate(checkpoint.question, this.checkpointResponse);
    this.checkpointResult = evaluation.correct;
    this.session.answer(checkpoint, evaluation, performance.now() - this.checkpointAskedAt);
    // The check button gives way to Continue: focus follows (else it falls to the page).
    void this.updateComplete.then(() => part(this, 'continue-button')?.focus());
  }

  private handleCheckpointContinue() {
    const checkpoint = this.checkpoint!;
    if (checkpoint.requireCorrect && !this.checkpointResult) return;
    this.checkpoint = undefined;
    this.session.checkpointDone(checkpoint);
    const video = this.video;
    void this.updateComplete.then(() => part(this, 'play-button')?.focus());
    if (!video) return;
    // Another checkpoint already reached is asked next; at the end, the video does not start over.
    this.askDueCheckpoint(video);
    if (!this.checkpoint && !video.ended) void video.play().catch(() => undefined);
  }

  // --- controls

  private togglePlay() {
    const video = this.video;
    if (!video || this.checkpoint) return;
    if (video.paused) void video.play().catch(() => undefined);
    else video.pause();
  }

  private seekTo(time: number, fromSlider = false) {
    const video = this.video;
    if (!video || this.checkpoint) return;
    if (!fromSlider) this.session.endScrub(); // a drag that never saw its release ends here
    video.currentTime = Math.max(0, Math.min(this.length || video.duration || 0, time));
  }

  private toggleCaptions() {
    if (!usableSubtitles(this.video).length) return; // C with no captions to show does nothing
    this.captionsOn = !this.captionsOn;
    applyCaptionMode(this.video, this.captionsOn, this.captionLang);
    this.interacted({ [X.ccSubtitleEnabled]: this.captionsOn, ...(this.captionsOn ? { [X.ccSubtitleLang]: this.captionLang } : {}) });
  }

  private handleCaptionLang(event: Event) {
    this.captionLang = (event.target as HTMLSelectElement).value;
    this.captionPicked = true;
    this.loadCues();
    if (this.captionsOn) this.interacted({ [X.ccSubtitleEnabled]: true, [X.ccSubtitleLang]: this.captionLang });
  }

  private toggleFullscreen() {
    if (document.fullscreenElement === this) void document.exitFullscreen().catch(() => undefined);
    else void this.requestFullscreen?.().catch(() => undefined);
  }

  private toggleSettings(open = !this.settingsOpen) {
    this.settingsOpen = open;
    void this.updateComplete.then(() => {
      // Opened: focus goes to its first control; closed: back to the button that opened it.
      if (open) this.shadowRoot?.querySelector<HTMLElement>('#settings select, #settings button')?.focus();
      else part(this, 'settings-button')?.focus();
    });
  }

  /** The settings panel closes when focus leaves it (not for its own button, which toggles it). */
  private handleFocusOut(event: FocusEvent) {
    if (!this.settingsOpen) return;
    const next = event.relatedTarget as Node | null;
    const panel = this.shadowRoot?.querySelector('#settings');
    if (next && (panel?.contains(next) || next === part(this, 'settings-button'))) return;
    this.settingsOpen = false;
  }

  private handleKeydown(event: KeyboardEvent) {
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Escape' && this.settingsOpen) {
      event.preventDefault();
      this.toggleSettings(false);
      return;
    }
    if (target.closest?.('select, textarea, input:not([type=range]), [part~="checkpoint"]')) return;
    // The volume slider keeps its own arrows (they change the volume, not the position).
    if (target.matches?.('[part~="volume"]') && event.key.startsWith('Arrow')) return;
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

  private renderTracks(tracks: TrackSource[]): TemplateResult {
    return html`${tracks.map(
      (t) => html`<track kind=${t.kind} src=${t.src} srclang=${t.srclang} label=${t.label} @load=${this.handleTrackLoad} @error=${this.handleTrackError} />`,
    )}`;
  }

  override render() {
    const definitionError = this.definitionLoader.error;
    if (definitionError) return this.renderError(definitionError);
    if (this.attributeError) return this.renderError(this.attributeError);
    if (this.mediaError) return this.renderError({ code: 'media-error', message: this.mediaError });
    const c = this.localize.t.capsule;
    const video = this.video;
    const chapters = this.chapters();
    const seekTo = (time: number) => this.seekTo(time);
    const tracks = trackSources(this, this.captionsSrc, this.xapi.contentLang(), this.localize.lang);
    const subtitles = usableSubtitles(video).map((el) => ({ lang: el.srclang, label: el.label }));
    // CORS mode only when a captions file is on another origin (it needs it); a video on another
    // origin without CORS headers then still plays when it has no such track.
    const crossOrigin = needsCors(tracks);
    return html`<div part="base" role="region" aria-label=${c.label(this.title)} lang=${this.localize.lang} @keydown=${this.handleKeydown} @focusout=${this.handleFocusOut}>
      <div class="stage">
        <video
          part="video"
          playsinline
          preload="metadata"
          crossorigin=${crossOrigin ? 'anonymous' : nothing}
          tabindex="-1"
          aria-label=${c.label(this.title)}
          src=${safeUrl(this.src, 'media') ?? nothing}
          poster=${safeUrl(this.poster, 'media') ?? nothing}
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
          ${[...this.querySelectorAll(':scope > source')].map(
            (s) => html`<source src=${safeUrl(s.getAttribute('src'), 'media') ?? ''} type=${(s as HTMLSourceElement).type || nothing} @error=${this.handleSourceError} />`,
          )}
          ${this.renderTracks(tracks)}
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
        subtitles,
        captionsOn: this.captionsOn,
        captionLang: this.captionLang,
        transcriptOpen: this.transcriptOpen,
        fullscreen: this.fullscreen,
        onTogglePlay: () => this.togglePlay(),
        onSeek: (time) => this.seekTo(time, true),
        onScrubStart: () => this.session.beginScrub(),
        onScrubEnd: () => this.session.endScrub(),
        onToggleCaptions: () => this.toggleCaptions(),
        onCaptionLang: (event) => this.handleCaptionLang(event),
        onToggleTranscript: () => (this.transcriptOpen = !this.transcriptOpen),
        onToggleFullscreen: () => this.toggleFullscreen(),
        settingsOpen: this.settingsOpen,
        onToggleSettings: () => this.toggleSettings(),
      })}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <p part="status">
        <span>${c.watched(this.localize.percent(this.fraction))}</span>
        ${this.completed ? html` — <span>${c.completed}</span>` : nothing}
        ${this.notice ? html` — <span>${this.notice}</span>` : nothing}
      </p>
      ${this.failedTracks.length ? html`<p part="notice">${c.captionsFailed(this.failedTracks.join(', '), this.failedTracks.length)}</p>` : nothing}
      <p class="visually-hidden">${c.keyboardHelp}</p>
      ${renderChapters(this.localize, this.title, chapters, seekTo)}
      ${this.transcriptOpen ? renderTranscript(this.localize, this.cues, this.current, this.captionLang, seekTo) : nothing}
      <slot hidden @slotchange=${() => this.requestUpdate()}></slot>
    </div>`;
  }
}

SpocCapsule.define('spoc-capsule');

// This entry alone (`spoc-elements/capsule.js`) types its definition and its events' global declarations.
export type { CapsuleDefinition } from './capsule.schema.js';
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-capsule': SpocCapsule;
  }
}
