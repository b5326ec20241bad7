// A plain table for the MDX pages (their MDX has no GFM tables). Cells are text in which `code`
// spans become <code>, as in Markdown.
import { createElement as h, Fragment, type ReactNode } from 'react';
import { codeSpans } from './reference.js';

/** Text with its `code` spans as <code> elements. */
export const Inline = ({ text }: { text: string }): ReactNode =>
  h(Fragment, null, ...codeSpans(text).map((part, i) => (i % 2 ? h('code', null, part) : part)));

export interface TableProps {
  head: string[];
  rows: string[][];
}

export function Table({ head, rows }: TableProps): ReactNode {
  return h(
    'table',
    null,
    h('thead', null, h('tr', null, ...head.map((cell) => h('th', null, h(Inline, { text: cell }))))),
    h('tbody', null, ...rows.map((row) => h('tr', null, ...row.map((cell) => h('td', null, h(Inline, { text: cell })))))),
  );
}
