import { formatDuration } from '../../calculators/duration.js';
import { fmt } from '../../calculators/steps.js';
import type { DesignReport, SimulationReport } from '../../simulate/report.js';
import { plural } from './plural.js';
import { renderTimelineChart } from './simulation-chart.js';
import {
  burstAtStart,
  clientSummary,
  closingNotes,
  DIMENSION_UNITS,
  groupShards,
  hashRange,
  partitionsOrigin,
  percent,
  readFanOutPhrase,
  seconds,
  sharedPartitions,
  SINGLE_KEY_NOT_SPLIT,
  singleKeyHint,
  SUMMARY_HEAD,
  summaryCells,
  tableCapacity,
  workloadSummary,
} from './simulation-values.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';

/** Options of the text report. */
export interface SimulationTextOptions {
  /** The scenario file as the user named it. */
  readonly file: string;
  /** Whether to draw the per-second chart of each design. */
  readonly chart: boolean;
}

/** Renders a simulation report for the terminal: the setup, a summary table, why each design throttled, and a chart per design. */
export function renderSimulationText(report: SimulationReport, style: Style, options: SimulationTextOptions): string {
  const c = style.color;
  const out: string[] = [];
  out.push(c.bold(`Simulation of ${options.file}`) + c.dim(` — seed ${report.seed}, exact engine, ${formatDuration(report.durationSeconds * 1000)} simulated`));
  out.push(...setupLines(report));
  out.push('');
  out.push(summaryTable(report, style));
  for (const d of report.designs) {
    const lines = designDetails(d, report);
    if (lines.length === 0) continue;
    out.push('', c.bold(d.name));
    out.push(...lines.map((l) => `  ${l}`));
  }
  if (report.assumptions.length > 0) {
    out.push('', c.bold('Assumptions that shaped these numbers') + c.dim(' (docs/simulate.md; override under model:)'));
    for (const a of report.assumptions) out.push(`  ${a.name} = ${String(a.value)}${a.documented ? '' : c.dim(' (not documented by AWS)')}: ${a.why}`);
  }
  if (options.chart) {
    for (const d of report.designs) {
      const chart = renderTimelineChart(d, style);
      if (chart) out.push('', chart);
    }
  }
  out.push('', c.dim('--json gives every number (per-second timeline included); --metrics-csv FILE writes CloudWatch-style per-minute series; --report FILE.html, an HTML report with plots.'));
  return `${out.join('\n')}\n`;
}

function setupLines(report: SimulationReport): string[] {
  const t = report.table;
  const origin = partitionsOrigin(t.partitionsFrom);
  const from = origin === null ? '' : t.partitionsFrom === 'on-demand' ? ` (${origin})` : `, ${origin}`;
  const burst = burstAtStart(report);
  const lines = [`Table ${t.name}: ${tableCapacity(t.capacity)}, ${plural(t.partitions, 'partition')}${from}${burst === null ? '' : `, burst reservoir ${burst}`}`];
  for (const ix of t.indexes) {
    lines.push(`  index ${ix.name}: ${tableCapacity(ix.capacity, '')}, ${plural(ix.partitions, 'partition')}`);
  }
  const workloads = report.workloads.map((w) => `${w.name} (${workloadSummary(w)})`);
  lines.push(`Workload: ${workloads.join('; ')}`);
  lines.push(`Client retries: ${clientSummary(report.client)}`);
  return lines;
}

function summaryTable(report: SimulationReport, style: Style): string {
  const c = style.color;
  const rows = report.designs.map((d) => {
    const cells = summaryCells(d);
    return [
      cells.design,
      cells.offered,
      cells.succeeded,
      `${cells.throttledAttempts} ${d.throttleRatio > 0 ? c.red(cells.ratio) : c.green(cells.ratio)}`,
      cells.failed,
      cells.latency,
      cells.firstThrottle,
      cells.perRead,
    ];
  });
  return renderTable(
    {
      head: SUMMARY_HEAD.map((lines) => lines.join('\n')),
      rows,
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    },
    style,
  );
}

function designDetails(d: DesignReport, report: SimulationReport): string[] {
  const lines: string[] = [];
  for (const t of d.throttles) {
    lines.push(`throttled: ${t.reason} on ${t.resource} — ${fmt(t.count)} attempts (${percent(t.share)}); limit: ${t.description}`);
  }
  for (const p of d.hotPartitions) {
    lines.push(`hot partition p${p.partition} of ${p.resource} (hash range ${hashRange(p.range)}): ${fmt(p.throttled)} throttled${p.key ? `, mostly key ${p.key}` : ''}`);
  }
  const hint = singleKeyHint(d, report);
  if (hint !== null) lines.push(`hint: ${hint}`);
  for (const s of d.shardCollisions) {
    lines.push(
      `shards of ${s.key} (${percent(s.share)} of ${s.workload}, ${fmt(Math.round(s.unitsPerSecond))} WCU/s): ${s.shards} shards on ${s.partitionsUsed} partitions, ` +
        (s.collisions === 0 ? 'no collisions' : `${plural(s.collisions, 'collision')} (${sharedPartitions(s)})`) +
        `; the layout admits up to ${fmt(Math.round(s.admissibleUnitsPerSecond))} WCU/s for it`,
    );
  }
  const busiest = d.shardedPartitions.filter((p) => p.shards.length > 1).slice(0, 3);
  if (busiest.length > 0) {
    lines.push(`busiest partitions with shards: ${busiest.map((p) => `p${p.partition} ${fmt(Math.round(p.unitsPerSecond))} WCU/s (${groupShards(p.shards)})`).join('; ')}`);
  }
  const reads = readFanOutPhrase(d);
  if (reads !== null) lines.push(`reads: ${reads}`);
  for (const s of d.scaling) {
    const unit = DIMENSION_UNITS[s.dimension].provisioned;
    const when = s.appliedSeconds === null ? `decided at ${seconds(s.issuedSeconds)}, not applied` : `decided at ${seconds(s.issuedSeconds)}, in force at ${seconds(s.appliedSeconds)}`;
    lines.push(s.action === 'blocked' ? `auto scaling: ${s.resource} ${s.dimension} ${fmt(s.fromUnits)} → ${fmt(s.toUnits)} ${unit} blocked by the daily decrease quota (${seconds(s.issuedSeconds)})` : `auto scaling: ${s.resource} ${s.dimension} ${fmt(s.fromUnits)} → ${fmt(s.toUnits)} ${unit} (${when})`);
  }
  for (const o of d.onDemand) {
    if (o.changes.length === 0) continue;
    const unit = `${DIMENSION_UNITS[o.dimension].onDemand}/s`;
    const last = o.changes[o.changes.length - 1];
    lines.push(`on-demand: ${o.resource} ${o.dimension} allowance ${fmt(Math.round(o.initialUnitsPerSecond))} → ${fmt(Math.round(o.finalUnitsPerSecond))} ${unit} (last change at ${seconds(last?.t ?? 0)})`);
  }
  for (const p of d.partitions) {
    const heat = p.splits.filter((s) => s.cause === 'heat');
    const capacity = p.splits.filter((s) => s.cause === 'capacity');
    if (capacity.length > 0) lines.push(`partitions: ${p.resource} ${fmt(p.initial)} → ${fmt(p.initial + capacity.length)} as capacity grew (first split at ${seconds(capacity[0]?.t ?? 0)})`);
    for (const s of heat) lines.push(`split for heat: ${p.resource} p${s.partition} → p${s.children.join(' + p')} at ${seconds(s.t)}`);
    for (const r of p.splitsRefused) lines.push(`no split for heat: ${p.resource} p${r.partition} ${SINGLE_KEY_NOT_SPLIT} (at ${seconds(r.t)})`);
  }
  lines.push(...closingNotes(d, report));
  return lines;
}
