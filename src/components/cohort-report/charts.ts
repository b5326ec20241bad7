/**
 * The report's charts: SVG drawn with Lit `svg` templates, no chart library.
 *
 * Why no library (measured 2026-12, minified + gzipped): Chart.js 4.6.1 is 69 KB and uPlot
 * 1.6.32 is 21.5 KB — more than the whole report — and both draw on a `<canvas>`: colours are
 * read once at draw time (a theme change or dark mode needs a redraw, `::part` cannot reach
 * them), a canvas says nothing to assistive technologies, and uPlot's stylesheet would have to
 * be copied into the shadow root. What the report needs is horizontal bars and one curve: here
 * every size and position is an SVG attribute (`x`, `width`, `viewBox`…, allowed under the strict
 * Content-Security-Policy the library passes: no inline `style` attribute, no eval), every colour
 * a class whose fill reads the `--spoc-*` tokens in the element's styles, and the whole is about
 * 1 KB.
 *
 * Each chart is a `<figure>`: a caption, a sentence summarising it, the picture (hidden from
 * assistive technologies) and its data as a table that screen readers read (visually hidden).
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export interface DataTable {
  headers: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
}

interface FigureOptions {
  title: string;
  summary: string;
  table: DataTable;
  part?: string;
}

/** A chart's frame: caption, summary, the SVG (aria-hidden) and the data table for screen readers. */
function figure(options: FigureOptions, picture: SVGTemplateResult, width: number, height: number): TemplateResult {
  return html`<figure part=${options.part ?? 'chart'} class="chart">
    <figcaption class="chart-title">${options.title}</figcaption>
    <p class="chart-summary">${options.summary}</p>
    <svg class="chart-svg" viewBox=${`0 0 ${width} ${height}`} width=${width} height=${height} preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
      ${picture}
    </svg>
    <table class="visually-hidden">
      <caption>${options.title}</caption>
      <thead>
        <tr>
          ${options.table.headers.map((header) => html`<th scope="col">${header}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${options.table.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}
      </tbody>
    </table>
  </figure>`;
}

export interface BarSeries {
  name: string;
  /** A class from the element's styles: `s0`…`s3` (accent, success, warning, muted), `danger`. */
  tone: string;
}

export interface BarRow {
  label: string;
  values: readonly number[];
  /** The text written after the bars (defaults to the values joined). */
  text?: string;
  /** Draw this row's label bold (e.g. the right answer). */
  strong?: boolean;
}

export interface BarChartOptions extends FigureOptions {
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  /** The value of a full bar (default: the largest value). */
  max?: number;
}

const WIDTH = 560;
const LABEL = 190;
const TEXT = 90;
const clampText = (text: string, length = 28) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * Horizontal bars, one group per row and one bar per series: the funnel (started / finished),
 * answers to a question, the rating distribution, before / after.
 */
export function barChart(options: BarChartOptions): TemplateResult {
  const barHeight = options.series.length > 1 ? 12 : 16;
  const gap = 10;
  const rowHeight = barHeight * options.series.length + gap;
  const legend = options.series.length > 1 ? 22 : 0;
  const height = legend + options.rows.length * rowHeight + 4;
  const max = options.max ?? Math.max(1e-9, ...options.rows.flatMap((row) => row.values));
  const span = WIDTH - LABEL - TEXT;
  const picture = svg`
    ${
      legend
        ? options.series.map(
            (series, s) => svg`<rect class=${`bar ${series.tone}`} x=${LABEL + s * 130} y="4" width="12" height="12"></rect>
              <text class="chart-label" x=${LABEL + s * 130 + 18} y="14" font-size="12">${series.name}</text>`,
          )
        : nothing
    }
    ${options.rows.map((row, r) => {
      const top = legend + r * rowHeight;
      return svg`<text class=${row.strong ? 'chart-label strong' : 'chart-label'} x=${LABEL - 8} y=${top + (rowHeight - gap) / 2 + 4} font-size="12" text-anchor="end">${clampText(row.label)}</text>
        <line class="axis" x1=${LABEL} x2=${LABEL} y1=${top - 2} y2=${top + rowHeight - gap + 2}></line>
        ${row.values.map((value, s) => {
          const w = Math.max(0, (Math.min(value, max) / max) * span);
          return svg`<rect class=${`bar ${options.series[s]?.tone ?? 's0'}`} x=${LABEL} y=${top + s * barHeight} width=${w.toFixed(1)} height=${barHeight - 2}></rect>`;
        })}
        <text class="chart-value" x=${LABEL + span + 6} y=${top + (rowHeight - gap) / 2 + 4} font-size="12">${row.text ?? row.values.join(' / ')}</text>`;
    })}`;
  return figure(options, picture, WIDTH, height);
}

export interface LineChartOptions extends FigureOptions {
  /** Values 0–1, equally spaced along the x axis. */
  values: readonly number[];
  /** Marks on the x axis (chapters), as a share 0–1 of the axis, with a short label. */
  marks?: ReadonlyArray<{ at: number; label: string }>;
  /** Parts (indexes of `values`) to highlight (replay hotspots). */
  highlights?: readonly number[];
  /** Labels under the axis at its start and end (`0:00`, `4:30`). */
  start: string;
  end: string;
}

/** A curve of shares over the length of a video (retention), with chapter marks and highlighted parts. */
export function lineChart(options: LineChartOptions): TemplateResult {
  const height = 190;
  const left = 40;
  const right = WIDTH - 10;
  const top = 10;
  const bottom = height - 34;
  const n = options.values.length;
  const x = (i: number) => left + ((i + 0.5) / Math.max(1, n)) * (right - left);
  const y = (v: number) => bottom - v * (bottom - top);
  const points = options.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const partWidth = (right - left) / Math.max(1, n);
  const picture = svg`
    ${(options.highlights ?? []).map((p) => svg`<rect class="hotspot" x=${(left + p * partWidth).toFixed(1)} y=${top} width=${partWidth.toFixed(1)} height=${bottom - top}></rect>`)}
    ${[0, 0.5, 1].map(
      (v) => svg`<line class="grid" x1=${left} x2=${right} y1=${y(v)} y2=${y(v)}></line>
        <text class="chart-value" x=${left - 6} y=${y(v) + 4} font-size="11" text-anchor="end">${Math.round(v * 100)}</text>`,
    )}
    ${(options.marks ?? []).map(
      (mark) => svg`<line class="mark" x1=${left + mark.at * (right - left)} x2=${left + mark.at * (right - left)} y1=${top} y2=${bottom + 6}></line>
        <text class="chart-label" x=${left + mark.at * (right - left) + 3} y=${bottom + 28} font-size="10">${clampText(mark.label, 16)}</text>`,
    )}
    <line class="axis" x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
    <polyline class="line" points=${points} fill="none"></polyline>
    ${options.values.map((v, i) => svg`<circle class="point" cx=${x(i).toFixed(1)} cy=${y(v).toFixed(1)} r="2.5"></circle>`)}
    <text class="chart-value" x=${left} y=${bottom + 16} font-size="11">${options.start}</text>
    <text class="chart-value" x=${right} y=${bottom + 16} font-size="11" text-anchor="end">${options.end}</text>`;
  return figure(options, picture, WIDTH, height);
}
