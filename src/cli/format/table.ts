import Table from 'cli-table3';
import type { Style } from './style.js';

/** Column alignment. */
export type Align = 'left' | 'right' | 'center';

/** A table to render: header cells, rows, and per-column alignment. */
export interface TableSpec {
  readonly head: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  readonly align?: readonly Align[];
}

/** Renders a table for the terminal (box drawing, coloured header) or as GitHub Markdown. */
export function renderTable(spec: TableSpec, style: Style, markdown = false): string {
  return markdown ? renderMarkdownTable(spec) : renderTerminalTable(spec, style);
}

function renderTerminalTable(spec: TableSpec, style: Style): string {
  const table = new Table({
    head: spec.head.map((h) => style.color.bold(h)),
    colAligns: spec.align ? [...spec.align] : spec.head.map(() => 'left'),
    // cli-table3 colours the header itself unless told not to; colour is decided once, in Style.
    style: { head: [], border: [], compact: true },
    wordWrap: false,
  });
  for (const row of spec.rows) table.push([...row]);
  return table.toString();
}

function renderMarkdownTable(spec: TableSpec): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const align = spec.align ?? spec.head.map(() => 'left');
  const rule = align.map((a) => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---'));
  const lines = [`| ${spec.head.map(esc).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...spec.rows.map((r) => `| ${r.map(esc).join(' | ')} |`)];
  return lines.join('\n');
}
