import type { SpocErrorDetail, SpocIssue } from '../../events/spoc-error.js';
import type { Translation } from '../../i18n/translation.js';
import { safeUrl } from '../../internal/url-policy.js';
import type { Chapter, Cue } from './capsule-controls.js';

/**
 * What `<spoc-capsule>` reads from its attributes and children before playing: their validation
 * (attributes are validated like definitions), and the text tracks (which to render, which loaded,
 * their cues). No state here: the element keeps it.
 */

export const DEFAULT_THRESHOLD = 0.9;

/** `completion-threshold`: an empty or non-numeric attribute is NaN (then refused), never a silent 0. */
export const thresholdConverter = {
  fromAttribute: (value: string | null) => (value === null ? DEFAULT_THRESHOLD : value.trim() === '' ? Number.NaN : Number(value)),
  toAttribute: (value: number) => String(value),
};

export const isValidThreshold = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

/** What the checks read from the element. */
export interface MediaAttributes {
  host: HTMLElement;
  src: string;
  poster: string;
  captions: string;
  completionThreshold: number;
}

/**
 * A threshold outside 0–1 (or not a number), a URL the media policy refuses (`javascript:`,
 * `data:` …) in an attribute or a `<source>`/`<track>` child, or no source at all: the error view's
 * detail, each problem with the attribute's path.
 */
export function checkAttributes(attrs: MediaAttributes, t: Translation): SpocErrorDetail | undefined {
  const c = t.capsule;
  const { host } = attrs;
  if (!attrs.src && !host.querySelector(':scope > source')) {
    return { code: 'missing-source', message: c.missingSource, issues: [{ path: 'src', code: 'missing-source', message: c.missingSourceIssue }] };
  }
  const issues: SpocIssue[] = [];
  if (!isValidThreshold(attrs.completionThreshold)) {
    const given = host.getAttribute('completion-threshold') ?? String(attrs.completionThreshold);
    issues.push({ path: 'completion-threshold', code: 'invalid-threshold', message: c.invalidThreshold(given) });
  }
  const urls: Array<[string, string | null]> = [
    ['src', attrs.src],
    ['poster', attrs.poster],
    ['captions', attrs.captions],
    ...[...host.querySelectorAll(':scope > source')].map((el, i): [string, string | null] => [`source[${i}].src`, el.getAttribute('src')]),
    ...[...host.querySelectorAll(':scope > track')].map((el, i): [string, string | null] => [`track[${i}].src`, el.getAttribute('src')]),
  ];
  for (const [path, url] of urls) if (url && !safeUrl(url, 'media')) issues.push({ path, code: 'unsafe-url', message: t.issues['unsafe-url'] });
  return issues.length ? { code: 'invalid-attribute', message: c.invalidAttributes, issues } : undefined;
}

/** A `<track>` as the player renders it. */
export interface TrackSource {
  kind: string;
  src: string;
  srclang: string;
  label: string;
}

const names = new Map<string, string>();

/** "English", "français": a track without a label is listed by its language's name. */
export function languageName(code: string, uiLang: string): string {
  const key = `${uiLang}|${code}`;
  let name = names.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
    } catch {
      name = code;
    }
    names.set(key, name);
  }
  return name;
}

/** Light-DOM `<track>` children and the `captions` attribute, each with a label people read. */
export function trackSources(host: HTMLElement, captions: string, contentLang: string, uiLang: string): TrackSource[] {
  const light = [...host.querySelectorAll<HTMLTrackElement>(':scope > track')].map((t) => {
    const srclang = t.srclang || contentLang;
    return { kind: t.kind || 'captions', src: safeUrl(t.getAttribute('src'), 'media') ?? '', srclang, label: t.label || languageName(srclang, uiLang) };
  });
  const own = safeUrl(captions, 'media');
  return [...light, ...(own ? [{ kind: 'captions', src: own, srclang: contentLang, label: languageName(contentLang, uiLang) }] : [])].filter((t) => t.src);
}

/** CORS mode is needed only when a track is on another origin (browsers load such tracks only in CORS mode). */
export const needsCors = (tracks: TrackSource[]) => tracks.some((t) => new URL(t.src, document.baseURI).origin !== location.origin);

export const isSubtitles = (el: HTMLTrackElement) => el.kind === 'captions' || el.kind === 'subtitles';

/** The rendered captions/subtitles tracks that loaded with cues: the only ones offered. */
export function usableSubtitles(video: HTMLVideoElement | undefined): HTMLTrackElement[] {
  return [...(video?.querySelectorAll('track') ?? [])].filter((el) => isSubtitles(el) && el.readyState === HTMLTrackElement.LOADED && (el.track.cues?.length ?? 0) > 0);
}

/** The captions language: the learner's pick while it is usable, else the interface's language, else the first. */
export function pickCaptionLang(usable: HTMLTrackElement[], current: string, picked: boolean, uiLang: string): string {
  if (!usable.length || (picked && usable.some((el) => el.srclang === current))) return current;
  const ui = uiLang.split('-')[0];
  return (usable.find((el) => el.srclang.split('-')[0] === ui) ?? usable[0]!).srclang;
}

/** Shows the chosen captions (or none); the others stay loaded, hidden, for the transcript. */
export function applyCaptionMode(video: HTMLVideoElement | undefined, on: boolean, lang: string): void {
  for (const el of video?.querySelectorAll('track') ?? []) if (isSubtitles(el)) el.track.mode = on && el.srclang === lang ? 'showing' : 'hidden';
}

export function cuesOf(track: TextTrack | undefined): Cue[] {
  return [...(track?.cues ?? [])].map((cue) => ({ start: cue.startTime, end: cue.endTime, text: (cue as VTTCue).text }));
}

export function chaptersOf(video: HTMLVideoElement): Chapter[] {
  const chapters = [...video.textTracks].find((t) => t.kind === 'chapters');
  return cuesOf(chapters).map((cue) => ({ time: cue.start, title: cue.text }));
}
