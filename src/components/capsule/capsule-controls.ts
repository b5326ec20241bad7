import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { cssProperties } from '../../internal/css-properties.js';
import { textOf } from '../../internal/validation.js';
import { renderQuestionInputs } from '../quiz/quiz-question.js';
import type { QuizResponse } from '../quiz/quiz-scoring.js';
import type { Checkpoint } from './capsule.schema.js';
import { icons } from './icons.js';
import type { Segment } from './played-segments.js';

/**
 * The templates of `<spoc-capsule>`'s player: the control bar, the checkpoint dialog, the chapter
 * list and the transcript. Pure functions of a view: the element owns the state and the media.
 */

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3];

export interface Cue {
  start: number;
  end: number;
  text: string;
}

export interface Chapter {
  time: number;
  title: string;
}

export interface ControlsView {
  localize: LocalizeController;
  video: HTMLVideoElement | undefined;
  playing: boolean;
  current: number;
  length: number;
  watched: Segment[];
  chapters: Chapter[];
  /** Captions tracks that loaded: language and label. */
  subtitles: Array<{ lang: string; label: string }>;
  captionsOn: boolean;
  captionLang: string;
  transcriptOpen: boolean;
  fullscreen: boolean;
  /** On a narrow player, speed, sound and captions fold into a settings panel: is it open? */
  settingsOpen: boolean;
  onTogglePlay: () => void;
  onSeek: (time: number) => void;
  /** The slider's thumb is taken (pointer down) and released (pointer up, change): one seek. */
  onScrubStart: () => void;
  onScrubEnd: () => void;
  onToggleCaptions: () => void;
  onCaptionLang: (event: Event) => void;
  onToggleTranscript: () => void;
  onToggleFullscreen: () => void;
  onToggleSettings: () => void;
}

function watchedGradient(watched: Segment[], length: number): string {
  if (!length) return 'none';
  const stops = watched.map(
    ([s, e]) => `transparent ${(s / length) * 100}%, var(--_watched) ${(s / length) * 100}%, var(--_watched) ${(e / length) * 100}%, transparent ${(e / length) * 100}%`,
  );
  return stops.length ? `linear-gradient(to right, ${stops.join(', ')})` : 'none';
}

/**
 * The control bar. One set of controls: on a wide player everything sits in the bar; on a narrow
 * one (container query in the styles) speed, sound, captions and transcript fold into a settings
 * panel behind one button, so the bar stays one row down to 320 px.
 */
export function renderControls(view: ControlsView): TemplateResult {
  const { localize, video, length } = view;
  const c = localize.t.capsule;
  const rate = video?.playbackRate ?? 1;
  return html`<div part="controls">
    <button part="button play-button" type="button" @click=${view.onTogglePlay}>
      ${view.playing ? icons.pause : icons.play}<span class="visually-hidden">${view.playing ? c.pause : c.play}</span>
    </button>
    <div class="seek-wrap" ${cssProperties({ '--_gradient': watchedGradient(view.watched, length) })}>
      <span part="watched" aria-hidden="true"></span>
      ${view.chapters.map((ch) => html`<span part="chapter-marker" aria-hidden="true" ${cssProperties({ left: `${length ? (ch.time / length) * 100 : 0}%` })}></span>`)}
      <input
        part="seek"
        type="range"
        min="0"
        max=${length || 0}
        step="0.1"
        .value=${String(view.current)}
        aria-label=${c.seek}
        aria-valuetext=${c.time(localize.clock(view.current), localize.clock(length))}
        @input=${(e: Event) => view.onSeek(Number((e.target as HTMLInputElement).value))}
        @pointerdown=${view.onScrubStart}
        @pointerup=${view.onScrubEnd}
        @pointercancel=${view.onScrubEnd}
        @change=${view.onScrubEnd}
      />
    </div>
    <span part="time">${localize.clock(view.current)}<span class="length"> / ${localize.clock(length)}</span></span>
    <button
      part="button settings-button"
      class="settings-button"
      type="button"
      aria-expanded=${view.settingsOpen ? 'true' : 'false'}
      aria-controls="settings"
      @click=${view.onToggleSettings}
    >
      ${icons.settings}<span class="visually-hidden">${c.settings}</span>
    </button>
    <div part="settings" id="settings" class="settings" ?data-open=${view.settingsOpen}>
      <div class="setting">
        <label class="setting-label" for="speed">${c.speed}</label>
        <select part="speed" id="speed" @change=${(e: Event) => video && (video.playbackRate = Number((e.target as HTMLSelectElement).value))}>
          ${(SPEEDS.includes(rate) ? SPEEDS : [...SPEEDS, rate].sort((x, y) => x - y)).map((s) => html`<option value=${String(s)} .selected=${rate === s}>${localize.number(s)}×</option>`)}
        </select>
      </div>
      <div class="setting">
        <button part="button mute-button" type="button" aria-pressed=${video?.muted ? 'true' : 'false'} @click=${() => video && (video.muted = !video.muted)}>
          ${video?.muted ? icons.muted : icons.volume}<span class="visually-hidden">${c.mute}</span>
        </button>
        <input
          part="volume"
          type="range"
          min="0"
          max="1"
          step="0.05"
          .value=${String(video?.volume ?? 1)}
          aria-label=${c.volume}
          @input=${(e: Event) => video && (video.volume = Number((e.target as HTMLInputElement).value))}
        />
      </div>
      ${view.subtitles.length
        ? html`<div class="setting">
              <button part="button captions-button" type="button" aria-pressed=${view.captionsOn ? 'true' : 'false'} @click=${view.onToggleCaptions}>
                <span aria-hidden="true">CC</span><span class="visually-hidden">${view.captionsOn ? c.captionsOff : c.captionsOn}</span>
              </button>
              ${view.subtitles.length > 1
                ? html`<label class="visually-hidden" for="cc-lang">${c.captionsLanguage}</label>
                    <select part="captions-language" id="cc-lang" @change=${view.onCaptionLang}>
                      ${view.subtitles.map((s) => html`<option value=${s.lang} lang=${s.lang} .selected=${s.lang === view.captionLang}>${s.label}</option>`)}
                    </select>`
                : nothing}
            </div>
            <div class="setting">
              <button part="button transcript-button" type="button" aria-expanded=${view.transcriptOpen ? 'true' : 'false'} aria-controls="transcript" @click=${view.onToggleTranscript}>
                ${view.transcriptOpen ? c.hideTranscript : c.transcript}
              </button>
            </div>`
        : nothing}
    </div>
    <button part="button fullscreen-button" type="button" @click=${view.onToggleFullscreen}>
      ${view.fullscreen ? icons.exitFullscreen : icons.fullscreen}<span class="visually-hidden">${view.fullscreen ? c.exitFullscreen : c.fullscreen}</span>
    </button>
  </div>`;
}

export interface CheckpointView {
  localize: LocalizeController;
  checkpoint: Checkpoint;
  response: QuizResponse | undefined;
  result: boolean | undefined;
  onChange: (update: (response: QuizResponse | undefined) => QuizResponse | undefined) => void;
  onCheck: () => void;
  onContinue: () => void;
}

export function renderCheckpoint(view: CheckpointView): TemplateResult {
  const { t, lang } = view.localize;
  const { checkpoint } = view;
  const done = view.result !== undefined;
  const canContinue = done && (view.result || !checkpoint.requireCorrect);
  return html`<div part="checkpoint" role="dialog" aria-modal="false" aria-labelledby="checkpoint-title">
    <p id="checkpoint-title" class="checkpoint-title" tabindex="-1">${t.capsule.checkpoint}</p>
    <p class="prompt">${textOf(checkpoint.question.prompt, lang)}</p>
    ${renderQuestionInputs({ question: checkpoint.question, response: view.response, locked: !!canContinue, order: undefined, lang, t, onChange: view.onChange })}
    <p role="status">${done ? (view.result ? t.quiz.correct : `${t.quiz.incorrect}${checkpoint.requireCorrect ? ` — ${t.capsule.answerToContinue}` : ''}`) : ''}</p>
    ${canContinue
      ? html`<button part="button continue-button" type="button" @click=${view.onContinue}>${t.capsule.continue}</button>`
      : html`<button part="button check-button" type="button" @click=${view.onCheck}>${t.quiz.check}</button>`}
  </div>`;
}

export function renderChapters(localize: LocalizeController, title: string, chapters: Chapter[], onSeek: (time: number) => void): TemplateResult | typeof nothing {
  if (!chapters.length) return nothing;
  const c = localize.t.capsule;
  return html`<nav part="chapters" aria-label=${title ? `${c.chapters} — ${title}` : c.chapters}>
    <ol>
      ${chapters.map((ch) => html`<li><button part="chapter" type="button" @click=${() => onSeek(ch.time)}>${localize.clock(ch.time)} ${ch.title}</button></li>`)}
    </ol>
  </nav>`;
}

export function renderTranscript(localize: LocalizeController, cues: Cue[], current: number, lang: string, onSeek: (time: number) => void): TemplateResult {
  const activeCue = cues.find((cue) => current >= cue.start && current < cue.end);
  return html`<div part="transcript" id="transcript" lang=${lang || nothing}>
    <ol>
      ${cues.map(
        (cue) => html`<li>
          <button part="cue${cue === activeCue ? ' cue-active' : ''}" type="button" aria-current=${cue === activeCue ? 'true' : 'false'} @click=${() => onSeek(cue.start)}>
            <span class="cue-time">${localize.clock(cue.start)}</span> ${cue.text}
          </button>
        </li>`,
      )}
    </ol>
  </div>`;
}
