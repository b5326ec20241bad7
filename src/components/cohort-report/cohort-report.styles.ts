import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_accent: var(--spoc-cohort-report-accent-color, var(--_spoc-accent));
    --_success: var(--spoc-cohort-report-success-color, var(--_spoc-success));
    --_warning: var(--spoc-cohort-report-warning-color, var(--_spoc-warning));
    --_muted: var(--spoc-cohort-report-muted-color, var(--_spoc-muted));
    --_tile: var(--spoc-cohort-report-tile-background, var(--_spoc-surface-alt));
  }
  .base {
    display: grid;
    gap: var(--_spoc-space);
  }
  .screen {
    display: grid;
    gap: var(--_spoc-space);
    min-inline-size: 0;
  }
  h2,
  h3,
  h4 {
    margin: 0.5rem 0 0.25rem;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.4rem;
  }
  h3 {
    font-size: 1.15rem;
  }
  h4 {
    font-size: 1rem;
  }
  p {
    margin: 0.25rem 0;
  }
  .muted {
    color: var(--_muted);
  }
  .header {
    display: grid;
    gap: 0.5rem;
  }
  .status-line,
  .downloads,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .button,
  .sort,
  .link,
  .back {
    font: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-block;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_spoc-radius);
    background: var(--_accent);
    color: var(--_spoc-on-accent);
    text-decoration: none;
  }
  .button.secondary {
    background: var(--_spoc-surface);
    color: var(--_accent);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  progress {
    inline-size: 10rem;
    accent-color: var(--_accent);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 2px solid var(--_spoc-border);
  }
  [role='tab'] {
    font: inherit;
    padding: 0.5rem 0.9rem;
    border: 1px solid transparent;
    border-block-end: none;
    border-radius: var(--_spoc-radius) var(--_spoc-radius) 0 0;
    background: transparent;
    color: var(--_spoc-text);
    cursor: pointer;
    margin-block-end: -2px;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_spoc-border);
    border-block-end: 2px solid var(--_spoc-surface);
    background: var(--_spoc-surface);
    color: var(--_accent);
    font-weight: 700;
  }
  .panel {
    display: grid;
    gap: var(--_spoc-space);
    padding-block: 0.5rem;
    min-inline-size: 0;
  }
  .tiles {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.75rem;
  }
  .tile {
    display: grid;
    gap: 0.15rem;
    padding: 0.75rem 1rem;
    background: var(--_tile);
    border-radius: var(--_spoc-radius);
    border-inline-start: 4px solid var(--_accent);
  }
  .tile-label,
  .tile-detail {
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .tile-value {
    font-size: 1.5rem;
    font-weight: 700;
  }
  .chart {
    margin: 0;
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .chart-title {
    font-weight: 700;
  }
  .chart-summary {
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .chart-svg {
    max-inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .chart-svg text {
    fill: currentColor;
  }
  .chart-label.strong {
    font-weight: 700;
  }
  .bar.s0 {
    fill: var(--_accent);
  }
  .bar.s1 {
    fill: var(--_success);
  }
  .bar.s2 {
    fill: var(--_warning);
  }
  .bar.s3 {
    fill: var(--_muted);
  }
  .axis {
    stroke: var(--_spoc-border);
    stroke-width: 1;
  }
  .grid {
    stroke: var(--_spoc-border);
    stroke-width: 0.5;
    stroke-dasharray: 2 3;
  }
  .mark {
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  .hotspot {
    fill: var(--_warning);
    opacity: 0.2;
  }
  .line {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .point {
    fill: var(--_accent);
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
    gap: var(--_spoc-space);
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.92rem;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block: 0.25rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.35rem 0.5rem;
    border-block-end: 1px solid var(--_spoc-border);
    vertical-align: top;
  }
  thead th {
    white-space: nowrap;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sort {
    border: none;
    background: none;
    padding: 0;
    color: inherit;
    font-weight: 700;
    display: inline-flex;
    gap: 0.25rem;
  }
  .sort-icon {
    color: var(--_muted);
  }
  .link,
  .back {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  tr.attention .reasons,
  [part~='attention'] .reasons,
  .flag {
    color: var(--_warning);
    font-weight: 600;
  }
  .status-failed {
    color: var(--_spoc-danger);
  }
  .status-passed,
  .status-completed {
    color: var(--_success);
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.35rem;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .detail {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .detail spoc-progress {
    justify-self: stretch;
  }
  .timeline {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.2rem;
  }
  .timeline time {
    color: var(--_muted);
    margin-inline-end: 0.5rem;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 2rem;
    margin: 0;
  }
  .figures dt {
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .figures dd {
    margin: 0;
    font-size: 1.2rem;
    font-weight: 700;
  }
  .comments {
    display: grid;
    gap: 0.35rem;
  }
  .print-summary {
    display: none;
  }

  /* The one-page session review: the screen view is replaced by it, laid out for A4. */
  @media print {
    :host {
      color: #000;
      --_accent: #1d4ed8;
      --_success: #166534;
      --_muted: #444;
      font-size: 10.5pt;
    }
    .screen {
      display: none !important;
    }
    .print-summary {
      display: grid;
      gap: 4mm;
    }
    .print-title {
      font-size: 16pt;
    }
    .print-kpis th,
    .print-kpis td {
      padding: 1.2mm 2mm;
    }
    .chart-svg {
      inline-size: 170mm;
      block-size: auto;
    }
    .chart,
    table,
    .sticking-points {
      break-inside: avoid;
    }
    .bar {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
