import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CourseContextConsumer } from './course-context-consumer.js';
import { normalizeLang, translationFor, type Translation } from '../i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement;

// Intl formatters are costly to build (tens of µs each) and the capsule formats on every
// `timeupdate`: one per language and options for the page.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(kind: string, lang: string, options: object | undefined, make: () => F): F {
  const key = `${kind}|${lang}|${JSON.stringify(options ?? {})}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

// One observer for the whole page: re-render every connected element when <html lang> changes.
const connected = new Set<Host>();
let documentObserver: MutationObserver | undefined;
function watchDocumentLang(): void {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => connected.forEach((host) => host.requestUpdate()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * The element's language and its catalog. Resolution: the element's own `lang` → the enclosing
 * `spoc-course`'s language → the nearest ancestor `lang` (across shadow roots) → `<html lang>` → `en`.
 * Numbers, percentages, dates and durations go through `Intl` in that language.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  private readonly course: CourseContextConsumer;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
    // Only the course's language matters here.
    this.course = new CourseContextConsumer(host, (before, after) => before.lang === after.lang);
  }

  hostConnected(): void {
    connected.add(this.host);
    watchDocumentLang();
  }

  hostDisconnected(): void {
    connected.delete(this.host);
  }

  /** The resolved BCP 47 language tag. */
  get lang(): string {
    // Tags as backends write them (`fr_FR`) are accepted; one that is not a tag at all is skipped.
    const own = normalizeLang(this.host.lang) || normalizeLang(this.course.value?.lang);
    if (own) return own;
    for (let node: Node | null = this.host.parentNode; node; ) {
      const lang = node instanceof Element ? normalizeLang(node.getAttribute('lang') ?? '') : '';
      if (lang) return lang;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return normalizeLang(document.documentElement.lang) || 'en';
  }

  /** The catalog for the resolved language. */
  get t(): Translation {
    return translationFor(this.lang);
  }

  get dir(): 'ltr' | 'rtl' {
    return this.t.$dir;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    const lang = this.lang;
    return cached('number', lang, options, () => new Intl.NumberFormat(lang, options)).format(value);
  }

  /** `0.75` → "75 %" / "75%". */
  percent(fraction: number, maximumFractionDigits = 0): string {
    return this.number(fraction, { style: 'percent', maximumFractionDigits });
  }

  date(value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const lang = this.lang;
    return cached('date', lang, options, () => new Intl.DateTimeFormat(lang, options)).format(new Date(value));
  }

  /** A duration in seconds, as the learner reads it: "1 h 5 min", "42 s". */
  duration(seconds: number, style: 'long' | 'short' | 'narrow' = 'short'): string {
    const total = Math.max(0, Math.round(seconds));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const secs = total % 60;
    const part = (value: number, unit: 'hour' | 'minute' | 'second') => this.number(value, { style: 'unit', unit, unitDisplay: style });
    const parts = [hours && part(hours, 'hour'), minutes && part(minutes, 'minute'), (secs || !(hours || minutes)) && part(secs, 'second')];
    const lang = this.lang;
    const listOptions: Intl.ListFormatOptions = { style: style === 'long' ? 'long' : 'narrow', type: 'unit' };
    return cached('list', lang, listOptions, () => new Intl.ListFormat(lang, listOptions)).format(
      parts.filter((p): p is string => typeof p === 'string'),
    );
  }

  /** A media clock: "1:05" / "1:02:09". */
  clock(seconds: number): string {
    const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = String(total % 60).padStart(2, '0');
    return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  }
}
