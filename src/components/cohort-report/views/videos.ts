/** Videos: per capsule, the retention curve with chapter marks, and the parts replayed most. */
import { html, type TemplateResult } from 'lit';
import { textOf, type LocalizedText } from '../../../internal/validation.js';
import { lineChart } from '../charts.js';
import { type ViewContext, activityTitle, clock } from './context.js';

export function renderVideos(ctx: ViewContext): TemplateResult {
  const { s, report } = ctx;
  const t = s.videos;
  if (!report.videos.length) return html`<p part="empty">${t.none}</p>`;
  return html`${report.videos.map((video) => {
    const title = activityTitle(ctx, video.id);
    if (!video.viewers || !video.length || !video.retention.length) {
      return html`<section class="video"><h3>${title}</h3><p>${t.noViews}</p></section>`;
    }
    const length = video.length;
    const parts = video.retention.length;
    const at = (part: number) => clock((part / parts) * length);
    const drop = video.dropOff ? t.dropAt(at(video.dropOff.part), ctx.percent(video.dropOff.drop)) : t.noDrop;
    const chapters = (ctx.chapters[video.id] ?? []).filter((c) => c.time >= 0 && c.time <= length);
    return html`<section class="video">
      <h3>${title}</h3>
      ${lineChart({
        part: 'chart retention-chart',
        title: t.retention(title),
        summary: t.summary(video.viewers, ctx.percent(video.retention.at(-1) ?? 0), drop),
        values: video.retention,
        highlights: video.hotspots,
        marks: chapters.map((c) => ({ at: c.time / length, label: textOf(c.title as LocalizedText, ctx.lang) })),
        start: '0:00',
        end: clock(length),
        table: {
          headers: [t.part, t.watched, t.replays],
          rows: video.retention.map((share, p) => [`${at(p)}–${at(p + 1)}`, ctx.percent(share), ctx.number(video.replays[p] ?? 0, { maximumFractionDigits: 2 })]),
        },
      })}
      <h4>${t.hotspots}</h4>
      ${video.hotspots.length
        ? html`<ul part="hotspots">
            ${video.hotspots.map((p) => html`<li>${t.hotspot(at(p), at(p + 1), ctx.number(video.replays[p] ?? 0, { maximumFractionDigits: 2 }))}</li>`)}
          </ul>`
        : html`<p>${t.noHotspots}</p>`}
      ${chapters.length
        ? html`<p class="muted">${t.chapter}${s.colon}${chapters.map((c) => `${clock(c.time)} ${textOf(c.title as LocalizedText, ctx.lang)}`).join(' · ')}</p>`
        : ''}
    </section>`;
  })}`;
}
