import type { AttributeSize } from '../../calculators/item-size.js';
import { trimSaving } from '../../calculators/item-units.js';
import { MAX_ITEM_BYTES, READ_UNIT_BYTES, WRITE_UNIT_BYTES } from '../../calculators/limits.js';
import { describeBytes, fmtKilobytes } from '../../calculators/size.js';
import { fmt, fmtBytes } from '../../calculators/steps.js';
import type { ItemSizeReport, MeasuredItem, Stat } from '../../model/items/measure-items.js';
import { plural } from './plural.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';

// A breakdown lists this many attributes; the rest, the smallest, are summed in one row.
const MAX_ATTRIBUTE_ROWS = 25;
// Names and keys taking this share of an item worth more than one write unit earn a note.
const NAME_SHARE_NOTE = 0.25;
// Over-limit items named in the closing line; the JSON lists them all.
const MAX_NAMED_OVER_LIMIT = 5;

const SHAPES: Readonly<Record<ItemSizeReport['shape'], string>> = {
  item: 'a JSON object',
  array: 'a JSON array',
  Items: 'Query/Scan output',
  Item: 'GetItem output',
  lines: 'JSON Lines',
};

/** Renders the `item-size` report for the terminal: the items' units, each detailed item's attributes, the summary and the limit check. */
export function renderItemSizeReport(r: ItemSizeReport, style: Style, hints: { readonly explained: boolean; readonly limitFlag?: string }): string {
  const c = style.color;
  const encoding = r.encoding === 'dynamodb' ? 'DynamoDB JSON' : 'plain JSON, types inferred';
  const shape = r.shape === 'item' ? '' : ` in ${SHAPES[r.shape]}`;
  const out: string[] = [`${r.file}: ${plural(r.count, 'item')}${shape}, ${encoding}${r.encodingDetected ? ' (detected)' : ''}`, ''];
  if (r.count > r.detailed.length) {
    const which = r.detailed.length === 1 ? 'The largest' : `The ${fmt(r.detailed.length)} largest`;
    out.push(`${which} of ${fmt(r.count)} items (--top N shows more; --json lists every item):`);
  }
  out.push(itemsTable(r, style));
  for (const m of r.detailed) out.push('', ...itemSection(m, r, style, hints.limitFlag));
  if (r.count > 1) out.push('', `Summary of ${fmt(r.count)} items`, summaryTable(r, style), c.dim('Totals are the units to write, or read, every item once; each item is rounded up on its own.'));
  if (r.overLimitCount > 0) out.push('', c.red(overLimitLine(r, hints.limitFlag)));
  if (!hints.explained) out.push(c.dim('Add --explain for the arithmetic of every attribute.'));
  return `${out.join('\n')}\n`;
}

function itemsTable(r: ItemSizeReport, style: Style): string {
  const rows = r.detailed.map((m) => [
    fmt(m.index + 1),
    fmt(m.line),
    m.overLimit ? style.color.red(`✗ ${fmtBytes(m.size.bytes)}`) : fmtBytes(m.size.bytes),
    fmt(m.units.wcu),
    fmt(m.units.rcu.strong),
    fmt(m.units.rcu.eventual),
    fmt(m.units.rcu.transactional),
  ]);
  return renderTable(
    { head: ['item', 'line', 'bytes', 'WCU', 'RCU strong', 'RCU eventual', 'RCU transactional'], rows, align: ['right', 'right', 'right', 'right', 'right', 'right', 'right'] },
    style,
  );
}

function itemSection(m: MeasuredItem, r: ItemSizeReport, style: Style, limitFlag: string | undefined): string[] {
  const c = style.color;
  const lines = [c.bold(`Item ${fmt(m.index + 1)} (line ${fmt(m.line)}${r.shape === 'lines' || m.path === '$' ? '' : `, ${m.path}`}): ${describeBytes(m.size.bytes)}, ${plural(m.size.attributes.length, 'attribute')}`)];
  lines.push(attributesTable(m, style));
  if (m.overLimit) lines.push(c.red(`✗ ${overBy(m.size.bytes, r.limitBytes, limitFlag)}`));
  const u = m.units;
  const write = u.nearWriteBoundary ? trimSaving(m.size.bytes, WRITE_UNIT_BYTES) : null;
  if (write) {
    lines.push(
      c.yellow(`${fmtBytes(m.size.bytes)} is ${fmtBytes(write.trimBytes)} past ${fmtKilobytes(write.boundaryBytes)}: trim ${fmtBytes(write.trimBytes)} to write it with ${fmt(write.unitsAfter.wcu)} WCU instead of ${fmt(u.wcu)}.`),
    );
  }
  const read = u.nearReadBoundary ? trimSaving(m.size.bytes, READ_UNIT_BYTES) : null;
  if (read) {
    const after = read.unitsAfter.rcu;
    lines.push(
      c.yellow(
        `${fmtBytes(m.size.bytes)} is ${fmtBytes(read.trimBytes)} past ${fmtKilobytes(read.boundaryBytes)}: trim ${fmtBytes(read.trimBytes)} to read it with ${fmt(after.strong)} RCU instead of ${fmt(u.rcu.strong)} ` +
          `(strongly consistent; ${fmt(after.eventual)} instead of ${fmt(u.rcu.eventual)} eventually consistent).`,
      ),
    );
  }
  const nameShare = m.size.nameBytes / m.size.bytes;
  if (nameShare >= NAME_SHARE_NOTE && m.size.bytes > WRITE_UNIT_BYTES) {
    lines.push(c.dim(`Attribute names and map keys are ${fmtBytes(m.size.nameBytes)} (${percent(nameShare)}) of this item: shorter names make every read and write cheaper.`));
  }
  return lines;
}

function attributesTable(m: MeasuredItem, style: Style): string {
  // Largest first, where trimming pays; ties keep the item's order.
  const sorted = m.size.attributes.map((a, i) => ({ a, i })).sort((x, y) => y.a.bytes - x.a.bytes || x.i - y.i).map((x) => x.a);
  const shown = sorted.length > MAX_ATTRIBUTE_ROWS ? sorted.slice(0, MAX_ATTRIBUTE_ROWS - 1) : sorted;
  const rows = shown.map((a) => attributeRow(a, m.size.bytes));
  if (shown.length < sorted.length) {
    const rest = sorted.slice(shown.length);
    const sum = (f: (a: AttributeSize) => number): number => rest.reduce((s, a) => s + f(a), 0);
    const bytes = sum((a) => a.bytes);
    rows.push([`${fmt(rest.length)} more attributes`, '', fmtBytes(sum((a) => a.nameBytes)), fmtBytes(sum((a) => a.valueBytes)), fmtBytes(bytes), percent(bytes / m.size.bytes)]);
  }
  const totalName = m.size.attributes.reduce((s, a) => s + a.nameBytes, 0);
  rows.push([style.color.bold('(whole item)'), '', fmtBytes(totalName), fmtBytes(m.size.bytes - totalName), style.color.bold(fmtBytes(m.size.bytes)), '100 %']);
  return renderTable({ head: ['attribute', 'type', 'name', 'value', 'bytes', 'share'], rows, align: ['left', 'left', 'right', 'right', 'right', 'right'] }, style);
}

function attributeRow(a: AttributeSize, itemBytes: number): string[] {
  const name = a.name.length > 40 ? `${a.name.slice(0, 39)}…` : a.name;
  // Control characters in a name would break the table; show them escaped.
  const shown = JSON.stringify(name).slice(1, -1);
  return [shown, a.type, fmtBytes(a.nameBytes), fmtBytes(a.valueBytes), fmtBytes(a.bytes), percent(a.bytes / itemBytes)];
}

function summaryTable(r: ItemSizeReport, style: Style): string {
  const row = (label: string, s: Stat, f: (n: number) => string): string[] => [label, f(s.min), f(s.average), f(s.max), f(s.total)];
  const bytes = (n: number): string => `${fmt(n, 1)} B`;
  const units = (n: number): string => fmt(n, 3);
  const s = r.summary;
  return renderTable(
    {
      head: ['', 'min', 'average', 'max', 'total'],
      rows: [row('bytes', s.bytes, bytes), row('WCU', s.wcu, units), row('RCU strong', s.rcu.strong, units), row('RCU eventual', s.rcu.eventual, units), row('RCU transactional', s.rcu.transactional, units)],
      align: ['left', 'right', 'right', 'right', 'right'],
    },
    style,
  );
}

function overBy(bytes: number, limit: number, limitFlag: string | undefined): string {
  const by = fmtBytes(bytes - limit);
  if (limit === MAX_ITEM_BYTES) return `Over DynamoDB's 400 KB item limit (${fmtBytes(MAX_ITEM_BYTES)}) by ${by}: DynamoDB refuses this item.`;
  return `Over the ${limitFlag ?? 'chosen'} limit of ${fmtBytes(limit)} by ${by}.`;
}

function overLimitLine(r: ItemSizeReport, limitFlag: string | undefined): string {
  const limit = r.limitBytes === MAX_ITEM_BYTES ? `DynamoDB's ${fmtBytes(MAX_ITEM_BYTES)} item limit` : `the ${limitFlag ?? 'chosen'} limit of ${fmtBytes(r.limitBytes)}`;
  const named = r.overLimit.slice(0, MAX_NAMED_OVER_LIMIT).map((o) => `item ${fmt(o.index + 1)} (line ${fmt(o.line)}, ${fmtBytes(o.bytes)})`);
  const more = r.overLimitCount > named.length ? ` and ${fmt(r.overLimitCount - named.length)} more` : '';
  const verb = r.overLimitCount === 1 ? 'is' : 'are';
  return `✗ ${fmt(r.overLimitCount)} of ${plural(r.count, 'item')} ${verb} over ${limit}: ${named.join(', ')}${more}.`;
}

function percent(share: number): string {
  // A sliver is not nothing: fmt gives 5 B of 420,009 B two significant digits (0.0012 %), not 0 %.
  if (share < 1 && share > 0.9995) return '>99.9 %';
  return `${fmt(share * 100, 1)} %`;
}

