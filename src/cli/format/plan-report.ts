import { describeBytes } from '../../calculators/size.js';
import { fmt, fmtUsd } from '../../calculators/steps.js';
import type { CapacityUse } from '../../model/load/index.js';
import type { CapacityPlan } from '../../plan/capacity-plan.js';
import { unassessedKeys } from '../../plan/hot-key-findings.js';
import type { CapacityPlanResult } from '../../plan/plan.js';
import type { ClassCost, CostMode, ModeCost } from '../../plan/table-cost.js';
import type { TablePlan } from '../../plan/table-plan.js';
import { renderHotKeyTable } from './hot-key-table.js';
import { fmtCallRate, fmtPercent, fmtPerSecond, fmtSpot, fmtStorage, locate } from './plan-values.js';
import { plural } from './plural.js';
import type { Style } from './style.js';
import { renderTable, type Align } from './table.js';

/**
 * Renders the capacity plan of one spec for the terminal (`markdown` false) or as GitHub
 * Markdown for a pull request comment: per table, its access patterns, the capacity of the table
 * and each index with what to provision, the monthly cost in every mode and class, a summary of
 * the hot keys, and the warnings at their file:line:column.
 */
export function renderPlanReport(r: CapacityPlanResult, style: Style, markdown: boolean): string {
  const out: string[] = [];
  const h = (level: number, text: string): string => (markdown ? `${'#'.repeat(level)} ${text}` : style.color.bold(text));
  out.push(h(2, `Capacity plan: ${r.model.source.file}`));
  out.push(`Prices ${r.prices.region}, ${r.prices.asOf}. Units per second are shown as average / peak; money is USD per month.`);
  for (const t of r.tables) out.push('', ...tableSection(r, t, style, markdown, h));
  return out.join('\n');
}

function tableSection(r: CapacityPlanResult, t: TablePlan, style: Style, markdown: boolean, h: (level: number, text: string) => string): string[] {
  const { table } = t;
  const gsis = table.indexes.filter((i) => i.type === 'global').length;
  const lsis = table.indexes.length - gsis;
  const facts = [
    table.billing,
    table.tableClass === 'standard' ? 'Standard' : 'Standard-IA',
    ...(gsis > 0 ? [plural(gsis, 'GSI')] : []),
    ...(lsis > 0 ? [plural(lsis, 'LSI')] : []),
    `item ${describeBytes(table.itemBytes)}`,
    ...(table.itemCount !== undefined ? [`${fmt(table.itemCount)} items`] : []),
    ...(table.replicas.length > 1 ? [`global table in ${table.replicas.map((x) => x.region).join(', ')}`] : []),
  ];
  // A blank line ends each table: in Markdown a line right after a table would become one of its rows.
  const patterns =
    t.load.patterns.length > 0 ? patternsTable(t, style, markdown) : 'No access patterns: the input describes no requests, so every load below is zero. Add accessPatterns (docs/spec.md) to plan capacity.';
  const out: string[] = [h(3, `${table.name} (${facts.join(', ')})`), '', h(4, 'Access patterns'), patterns, '', h(4, 'Capacity'), capacityTable(t, style, markdown), ''];
  out.push(...capacityNotes(t));
  out.push('', h(4, 'Monthly cost'), costTable(t, style, markdown), '', ...costNotes(t));
  out.push('', h(4, 'Hot keys'), ...hotKeySummary(t, style, markdown));
  if (t.warnings.length > 0) {
    out.push('', h(4, 'Warnings'));
    for (const w of t.warnings) out.push(`${markdown ? '- ' : ''}${fmtSpot(locate(r.model, w.path))}: ${w.message}`);
  }
  return out;
}

/**
 * Renders the access patterns, one row for each capacity a pattern's units land on, so that the
 * rows of a capacity add up to its line in the Capacity table: a write's item on the table, then
 * a "+ index" row for each index entry it writes (a GSI's on the GSI's own capacity, an LSI's on
 * the table's) (DYNAMODB-RULES.md §3).
 */
function patternsTable(t: TablePlan, style: Style, markdown: boolean): string {
  const rows = t.load.patterns.flatMap((p): string[][] => {
    const unit = p.kind === 'read' ? 'RCU' : 'WCU';
    if (!p.planned) return [[p.pattern.name, p.pattern.operation, p.pattern.index ?? 'table', fmtCallRate(p.rate), 'not planned', '', '', p.problems[0]?.message ?? '']];
    const consistency = p.pattern.consistency === 'strong' ? ' (strong)' : '';
    const detail = p.requestsPerCall > 1 ? `${fmt(p.requestsPerCall)} requests per call` : '';
    // A planned pattern has a use: the table's items or the index it reads.
    const [first, ...more] = p.uses as [CapacityUse, ...CapacityUse[]];
    const units = (u: CapacityUse): string[] => [fmt(p.kind === 'read' ? u.rcuPerCall : u.wcuPerCall), style.color.bold(fmtPerSecond(p.kind === 'read' ? u.rcu : u.wcu)), unit];
    const firstRow = [p.pattern.name, `${p.pattern.operation}${consistency}`, useLabel(first), fmtCallRate(p.rate), ...units(first), detail];
    // An index the write leaves alone (sparse, or nothing it projects changed) takes no units and gets no row.
    const indexRows = more.filter((u) => !u.rcuPerCall.isZero() || !u.wcuPerCall.isZero()).map((u) => ['', '', `+ ${useLabel(u)}`, '', ...units(u), '']);
    return [firstRow, ...indexRows];
  });
  // The note column only when a pattern has something to say.
  const notes = rows.some((r) => r[7] !== '');
  const head = ['pattern', 'operation', 'on', 'calls/s', 'units/call', 'units/s', '', ...(notes ? ['note'] : [])];
  const align: Align[] = ['left', 'left', 'left', 'right', 'right', 'right', 'left', 'left'];
  return renderTable({ head, rows: rows.map((r) => r.slice(0, head.length)), align: align.slice(0, head.length) }, style, markdown);
}

/** Names where a pattern's units land: the table (its items), or an index by its type. */
function useLabel(u: CapacityUse): string {
  return u.index ? `${u.index.name} (${u.index.type === 'global' ? 'GSI' : 'LSI'})` : 'table';
}

function capacityTable(t: TablePlan, style: Style, markdown: boolean): string {
  const rows: string[][] = [];
  const configured = hasSpecCapacity(t);
  const provisionedCells = (c: CapacityPlan): string[] => [
    style.color.bold(`${fmt(c.read.recommendation.provisioned)} / ${fmt(c.write.recommendation.provisioned)}`),
    `${fmt(c.read.recommendation.min)}–${fmt(c.read.recommendation.max)} / ${fmt(c.write.recommendation.min)}–${fmt(c.write.recommendation.max)}`,
    ...(configured ? [`${c.read.configured === undefined ? '—' : fmt(c.read.configured)} / ${c.write.configured === undefined ? '—' : fmt(c.write.configured)}`] : []),
    fmt(c.partitions.estimate.partitions),
    c.storageBytes > 0 ? fmtStorage(c.storageBytes) : '—',
  ];
  for (const c of t.capacities) {
    rows.push([c.index ? `${c.name} (GSI)` : `${c.name} (table)`, fmtPerSecond(c.read.demand), fmtPerSecond(c.write.demand), ...provisionedCells(c)]);
    if (c.index === undefined) {
      for (const l of t.load.indexes.filter((i) => i.index.type === 'local')) {
        // Markdown drops leading spaces: mark the LSI row as the cost table marks its parts.
        rows.push([`${markdown ? '↳' : ' '} ${l.index.name} (LSI, in the table's)`, fmtPerSecond(l.rcu), fmtPerSecond(l.wcu), '', '', ...(configured ? [''] : []), '', fmtStorage(t.storage.indexes.find((s) => s.index === l.index)?.bytes ?? 0)]);
      }
    }
  }
  const head = ['capacity', 'RCU/s', 'WCU/s', 'provision', 'auto scaling', ...(configured ? ['in the spec'] : []), 'partitions', 'storage'];
  return renderTable({ head, rows, align: head.map((_, i) => (i === 0 ? 'left' : 'right')) }, style, markdown);
}

/** True when the spec gives capacity to the table or a GSI: the Capacity table then has an "in the spec" column. */
function hasSpecCapacity(t: TablePlan): boolean {
  return t.capacities.some((c) => c.read.configured !== undefined || c.write.configured !== undefined);
}

/** The notes under the Capacity table: the units of the columns it shows, and how provision and partitions are computed. */
function capacityNotes(t: TablePlan): string[] {
  const [own] = t.capacities;
  if (!own) return [];
  const target = own.read.target.compare(own.write.target) === 0 ? fmtPercent(own.read.target) : `${fmtPercent(own.read.target)} (reads), ${fmtPercent(own.write.target)} (writes)`;
  const columns = hasSpecCapacity(t) ? 'Provision, auto scaling and spec capacity are' : 'Provision and auto scaling are';
  // An on-demand table provisions nothing: the columns say what provisioned mode would need, which the monthly cost compares.
  const how = t.table.billing === 'on-demand' ? `: what the table would need in provisioned mode (it is on-demand), for the peak at ${target} utilization` : `. Provisioned for the peak at ${target} utilization`;
  const notes = [`${columns} RCU / WCU${how}; partitions by the published estimate (RCU/3,000 + WCU/1,000, size/10 GB).`];
  const forPeak = t.capacities.filter((c) => c.partitions.forPeak !== c.partitions.estimate.partitions);
  for (const c of forPeak) notes.push(`${c.name}: the peak itself needs ${plural(c.partitions.forPeak, 'partition')} at 3,000 RCU / 1,000 WCU each.`);
  return notes;
}

const MODE_LABEL: Readonly<Record<CostMode, string>> = { provisioned: 'provisioned for the peak', 'auto-scaled': 'auto scaled (load profile)', 'on-demand': 'on-demand' };

/** Which row's total a replicated-writes line belongs to. */
const REPLICAS_LABEL: Readonly<Record<CostMode, string>> = { provisioned: 'for the peak', 'auto-scaled': 'auto scaled', 'on-demand': 'on-demand' };

function costTable(t: TablePlan, style: Style, markdown: boolean): string {
  const { standard, standardIa, cheapest } = t.cost;
  const cell = (c: ClassCost, mode: CostMode): string => {
    const m = modeCost(c, mode);
    if (m === undefined) return '—';
    const text = fmtUsd(m.totalUsd);
    return cheapest.mode === mode && cheapest.tableClass === c.tableClass ? style.color.green.bold(`${text} (cheapest)`) : text;
  };
  const modes: CostMode[] = standard.autoScaled ? ['provisioned', 'auto-scaled', 'on-demand'] : ['provisioned', 'on-demand'];
  const current = (c: ClassCost): string => (c.tableClass === t.cost.tableClass ? ' (spec)' : '');
  const rows = modes.map((m) => [MODE_LABEL[m], cell(standard, m), cell(standardIa, m)]);
  if (standard.asSpecified && standardIa.asSpecified) {
    rows.unshift(['provisioned as the spec says', fmtUsd(standard.asSpecified.totalUsd), fmtUsd(standardIa.asSpecified.totalUsd)]);
  }
  // Storage, point-in-time recovery and stream reads are in every row's total; replicated writes
  // differ by mode, so each is named after the row it belongs to.
  const part = (label: string, pick: (c: ClassCost) => number | undefined): string[] | undefined =>
    (pick(standard) ?? 0) > 0 || (pick(standardIa) ?? 0) > 0 ? [`${markdown ? '↳' : ' '} ${label}`, fmtUsd(pick(standard) ?? 0), fmtUsd(pick(standardIa) ?? 0)] : undefined;
  const replicas = (label: string, pick: (c: ClassCost) => ModeCost | undefined): string[] | undefined => part(`replicated writes ${label}`, (c) => pick(c)?.replicasUsd);
  for (const p of [
    part('storage (in every total)', (c) => c.storageUsd),
    part('point-in-time recovery (in every total)', (c) => c.pointInTimeRecoveryUsd),
    part('stream reads (in every total)', (c) => c.streamsUsd),
    replicas('at the spec capacity', (c) => c.asSpecified),
    ...modes.map((m) => replicas(REPLICAS_LABEL[m], (c) => modeCost(c, m))),
  ]) {
    if (p) rows.push(p);
  }
  return renderTable({ head: ['', `Standard${current(standard)}`, `Standard-IA${current(standardIa)}`], rows, align: ['left', 'right', 'right'] }, style, markdown);
}

function modeCost(c: ClassCost, mode: CostMode): ModeCost | undefined {
  return mode === 'provisioned' ? c.provisioned : mode === 'on-demand' ? c.onDemand : c.autoScaled;
}

function costNotes(t: TablePlan): string[] {
  const c = t.cost;
  const cls = c.cheapest.tableClass === 'standard' ? 'Standard' : 'Standard-IA';
  return [
    `Cheapest: ${MODE_LABEL[c.cheapest.mode]}, ${cls}, ${fmtUsd(c.cheapest.usdPerMonth)} a month.`,
    `On-demand costs less below ${fmtPercent(c.breakEvenUtilization.read)} average utilization of provisioned reads and ${fmtPercent(c.breakEvenUtilization.write)} of writes; ` +
      `provisioned for the peak, this table would average ${fmtPercent(c.averageUtilization.read)} (reads) and ${fmtPercent(c.averageUtilization.write)} (writes).`,
  ];
}

function hotKeySummary(t: TablePlan, style: Style, markdown: boolean): string[] {
  const risky = t.hotKeys.filter((f) => f.risk !== 'ok');
  const ok = t.hotKeys.length - risky.length;
  const unknown = unassessedKeys(t.load).length;
  const command = markdown ? '`ddb-plan hotkeys`' : 'ddb-plan hotkeys';
  const tail = [`${plural(ok, 'key check')} ok${unknown > 0 ? `, ${fmt(unknown)} not assessed (popularity unknown)` : ''}; ${command} lists every one.`];
  if (risky.length === 0) return tail;
  return [renderHotKeyTable(risky, style, markdown), '', ...tail];
}
