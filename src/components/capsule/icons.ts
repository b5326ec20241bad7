import { html, svg, type TemplateResult } from 'lit';

/**
 * The player's icons, drawn in SVG with `currentColor`: emoji and symbol glyphs (🔊, ⛶) render as
 * empty boxes on systems without an emoji font. Decorative: each button carries its own text.
 */
const icon = (content: ReturnType<typeof svg>): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" width="1.25em" height="1.25em" aria-hidden="true" focusable="false">${content}</svg>`;

export const icons = {
  play: icon(svg`<path fill="currentColor" d="M8 5v14l11-7z"/>`),
  pause: icon(svg`<path fill="currentColor" d="M6 5h4v14H6zM14 5h4v14h-4z"/>`),
  volume: icon(svg`<path fill="currentColor" d="M4 9v6h4l5 5V4L8 9H4z"/><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"/>`),
  muted: icon(svg`<path fill="currentColor" d="M4 9v6h4l5 5V4L8 9H4z"/><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16 9l6 6M22 9l-6 6"/>`),
  fullscreen: icon(svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"/>`),
  settings: icon(svg`<path fill="currentColor" d="M4 7h10v2H4zM4 15h4v2H4zM10 17h10v-2H10zM18 9h2V7h-2zM14 5h2v6h-2zM8 13h2v6H8z"/>`),
  exitFullscreen: icon(svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5"/>`),
};
