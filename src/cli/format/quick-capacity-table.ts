import { itemCount } from '../../calculators/item-groups.js';
import { indexLabel } from '../../calculators/operations.js';
import type { QuickCapacity } from '../../calculators/quick-capacity.js';
import { consistencyLabel } from '../../calculators/read-units.js';
import { describeBytes } from '../../calculators/size.js';
import { fmt, fmtBytes, fmtUsd } from '../../calculators/steps.js';
import { plural } from './plural.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';

/** Renders a quick capacity answer for the terminal: one row per reads, writes and index writes, then the details and the monthly cost; the --explain hint unless `explained`. */
export function renderQuickTable(r: QuickCapacity, style: Style, hints: { readonly explained: boolean }): string {
  const od = r.input.mode === 'on-demand';
  const ru = od ? 'RRU' : 'RCU';
  const wu = od ? 'WRU' : 'WCU';
  const gsi = r.provisioned.globalIndex;
  const bold = style.color.bold;
  const rows: string[][] = [];
  const notes: string[] = [];
  if (r.reads) {
    const reads = r.reads;
    const onGsi = reads.index === 'global';
    const what = reads.operation ?? 'reads';
    const where = reads.index ? ` on ${reads.index === 'global' ? 'GSI' : 'LSI'}` : '';
    rows.push([
      `${what}${where} (${consistencyLabel(reads.consistency)})`,
      `${fmt(reads.ratePerSecond)}/s`,
      `${fmt(reads.unitsPerCall)} ${ru}`,
      bold(`${fmt(reads.unitsPerSecond)} ${ru}/s`),
      od ? fmtUsd(r.cost.onDemandPerMillionReadsUsd ?? 0) : `${fmt(onGsi && gsi ? gsi.rcu : r.provisioned.table.rcu)} RCU${gsi ? (onGsi ? ' (index)' : ' (table)') : ''}`,
    ]);
    const c = reads.call;
    if (reads.operation === 'Query' || reads.operation === 'Scan') {
      const returned = c.itemsReturned < c.itemsRead ? `, ${fmt(c.itemsReturned)} returned` : '';
      notes.push(`${reads.operation}: ${fmt(c.itemsRead)} items read per call (${fmtBytes(c.bytesRead)})${returned}, in ${plural(c.pages, 'page')} of at most 1 MB.`);
    } else if (c.itemsRead > 1) {
      notes.push(`${reads.operation ?? 'Reads'}: ${fmt(c.itemsRead)} items per call (${fmtBytes(c.bytesRead)}).`);
    }
    if (!c.fetchUnits.isZero()) notes.push(`Of the ${fmt(reads.unitsPerCall)} ${ru} per call, ${fmt(c.fetchUnits)} ${ru} fetch base-table items the local index does not project.`);
  }
  if (r.writes) {
    const writes = r.writes;
    const label = writes.operation ?? (writes.transactional ? 'writes (transactional)' : 'writes');
    rows.push([
      label,
      `${fmt(writes.ratePerSecond)}/s`,
      `${fmt(writes.unitsPerCall)} ${wu}`,
      bold(`${fmt(writes.unitsPerSecond)} ${wu}/s`),
      od ? fmtUsd(r.cost.onDemandPerMillionWritesUsd ?? 0) : `${fmt(r.provisioned.table.wcu)} WCU${gsi ? ' (table)' : ''}`,
    ]);
    const items = r.input.writes?.call.items ?? [];
    if (itemCount(items) > 1) notes.push(`${writes.operation ?? 'Writes'}: ${fmt(writes.call.itemsWritten)} items per call (${fmtBytes(writes.call.bytesWritten)}).`);
    const ix = writes.index;
    if (ix) {
      rows.push([
        `${ix.kind === 'global' ? 'GSI' : 'LSI'} writes (${ix.change})`,
        `${fmt(ix.writesPerSecond)}/s`,
        `${fmt(ix.unitsPerCall)} ${wu}`,
        bold(`${fmt(ix.unitsPerSecond)} ${wu}/s`),
        od ? '' : ix.kind === 'global' ? `${fmt(gsi?.wcu ?? 0)} WCU (index)` : 'on the table',
      ]);
      notes.push(
        ix.kind === 'global'
          ? `Index writes use the ${indexLabel('global')}'s own capacity; give it at least the ${wu} of the base writes it receives, or it throttles the table's writes.`
          : `Index writes of a ${indexLabel('local')} use the table's capacity: ${fmt(r.table.wcu)} ${wu}/s on the table in all.`,
      );
    }
  }
  const table = renderTable(
    {
      head: ['', od ? 'calls' : 'rate', 'per call', 'units', od ? 'per million calls' : 'provision'],
      rows,
      align: ['left', 'right', 'right', 'right', 'right'],
    },
    style,
  );
  // With writes the items are the table's; reads of an index alone read index entries.
  const readsIndex = r.input.writes === undefined && r.reads?.index ? 'Index entry' : 'Item';
  const items = r.input.writes?.call.items ?? r.input.reads?.call.items ?? [];
  const sizes = items.length === 1 && items[0] ? `${readsIndex} size ${describeBytes(items[0].bytes)}` : `${readsIndex} sizes ${items.map((g) => describeBytes(g.bytes)).join(', ')}`;
  const entryBytes = r.writes?.index?.entryBytes ?? (r.input.writes && r.reads?.index ? r.input.reads?.call.items[0]?.bytes : undefined);
  const entries = entryBytes !== undefined && readsIndex === 'Item' ? `, index entries ${describeBytes(entryBytes)}` : '';
  const lines = [`${sizes}${entries}, ${od ? 'on-demand' : 'provisioned'} capacity${r.input.tableClass === 'standard-ia' ? ', Standard-IA' : ''}`, table, ...notes];
  if (gsi && !od) {
    lines.push(`Provision the table ${fmt(r.provisioned.table.rcu)} RCU and ${fmt(r.provisioned.table.wcu)} WCU, the ${indexLabel('global')} ${fmt(gsi.rcu)} RCU and ${fmt(gsi.wcu)} WCU.`);
  }
  // Two lines of under 100 characters, worded as the plan's cost notes are.
  lines.push(
    `Monthly cost at a steady rate: provisioned ${fmtUsd(r.cost.provisionedMonthlyUsd)}, on-demand ${fmtUsd(r.cost.onDemandMonthlyUsd)}; ${r.cost.cheaperMode} is cheaper.`,
    `On-demand costs less below ${fmt(r.cost.breakEvenUtilization * 100, 1)} % average utilization of provisioned capacity.`,
  );
  if (!hints.explained) lines.push(style.color.dim('Add --explain for the worked arithmetic.'));
  return lines.join('\n');
}
