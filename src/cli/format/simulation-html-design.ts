import { fmt } from '../../calculators/steps.js';
import type { DesignReport, PartitionReport, SimulationReport } from '../../simulate/report.js';
import { html, type Html, type HtmlContent } from './html.js';
import { plural } from './plural.js';
import { renderFigure, type Figure } from './simulation-html-plots.js';
import {
  closingNotes,
  DIMENSION_UNITS,
  groupShards,
  hashRange,
  partitionsOrigin,
  percent,
  readFanOutPhrase,
  seconds,
  sentence,
  sharedPartitions,
  SINGLE_KEY_NOT_SPLIT,
  singleKeyHint,
  summaryCells,
} from './simulation-values.js';

/** Rows an event table (splits, scaling steps, allowance changes) shows before it says how many more `--json` has. */
export const EVENT_ROWS_SHOWN = 50;

/** A design's plots: requests per second, capacity and burst per table or index and dimension, partitions when they split. */
export interface DesignFigures {
  readonly requests: Figure;
  readonly capacity: readonly Figure[];
  readonly partitions: Figure | null;
}

/** A column of an HTML table: its header and whether it holds numbers (right-aligned). */
interface Column {
  readonly head: HtmlContent;
  readonly numeric?: boolean;
}

/**
 * Renders an HTML table whose first cell of each row heads the row. `more` rows beyond those given
 * are announced below it.
 */
export function htmlTable(caption: string | null, columns: readonly Column[], rows: readonly (readonly HtmlContent[])[], more = 0): Html {
  const cls = (c: Column | undefined): string | null => (c?.numeric ? 'num' : null);
  const head = columns.map((c) => html`<th scope="col"${attr('class', cls(c))}>${c.head}</th>`);
  const body = rows.map(
    (row) =>
      html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row"${attr('class', cls(columns[i]))}>${cell}</th>` : html`<td${attr('class', cls(columns[i]))}>${cell}</td>`))}</tr>\n`,
  );
  return html`<div class="table-wrap"><table>${caption === null ? null : html`<caption>${caption}</caption>`}
<thead><tr>${head}</tr></thead>
<tbody>
${body}</tbody>
</table></div>
${more > 0 ? html`<p class="note">… and ${plural(more, 'more row')}; <code>--json</code> lists them all.</p>` : null}`;
}

/** Renders one design's section: its verdict, plots and everything the text report says of it, as tables. */
export function renderDesignSection(d: DesignReport, i: number, report: SimulationReport, figures: DesignFigures): Html {
  const id = `design-${i}`;
  const capacityFigures = [...figures.capacity, ...(figures.partitions ? [figures.partitions] : [])];
  return html`<section class="design" id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">Design ${d.name}</h2>
<p>${keyDesign(d)}</p>
<p class="verdict${d.throttledAttempts > 0 ? ' bad' : ''}">${verdict(d)}</p>
${renderFigure(figures.requests)}
${throttling(d, report)}
${shards(d)}
${reads(d)}
${
  capacityFigures.length > 0
    ? html`<h3>Capacity</h3>
${capacityFigures.map(renderFigure)}`
    : null
}
${events(d)}
<h3>By workload</h3>
${htmlTable(
  null,
  [{ head: 'workload' }, { head: 'offered', numeric: true }, { head: 'succeeded', numeric: true }, { head: 'failed', numeric: true }, { head: 'attempts', numeric: true }, { head: 'throttled attempts', numeric: true }],
  d.workloads.map((w) => [w.name, fmt(w.offered), fmt(w.succeeded), fmt(w.failed), fmt(w.attempts), fmt(w.throttledAttempts)]),
)}
${notes(d, report)}
</section>`;
}

function attr(name: string, value: string | null): Html | null {
  return value === null ? null : html` ${name}="${value}"`;
}

function keyDesign(d: DesignReport): string {
  if (d.shard === null) return 'The partition key as it is (no sharding).';
  const how = d.shard.suffix === 'random' ? 'a random suffix: each write picks one of the shards' : 'a calculated suffix: each item has a fixed shard, which a point read can compute';
  return `Write sharding: each partition-key value becomes ${d.shard.count} keys key#1 … key#${d.shard.count}, with ${how}. A point read costs ${plural(d.readFanOut.pointRead, 'request')}, a query of a whole key ${plural(d.readFanOut.query, 'request')}.`;
}

function verdict(d: DesignReport): string {
  if (d.throttledAttempts === 0) return `No attempt was throttled: ${d.failed === 0 ? `all ${fmt(d.offered)} requests succeeded` : `${fmt(d.succeeded)} of ${fmt(d.offered)} requests succeeded`}.`;
  return (
    `${fmt(d.throttledAttempts)} throttled attempts (${percent(d.throttleRatio)} of ${fmt(d.attempts)} attempts), the first at ${seconds(d.timeToFirstThrottleSeconds)}; ` +
    `${fmt(d.failed)} of ${fmt(d.offered)} requests failed (${percent(d.failedRatio)}). Added latency p50/p99/max: ${summaryCells(d).latency} ms.`
  );
}

function throttling(d: DesignReport, report: SimulationReport): Html {
  if (d.throttles.length === 0) return html`<h3>Throttling</h3>\n<p>No attempt was throttled.</p>`;
  const hint = singleKeyHint(d, report);
  return html`<h3>Throttling</h3>
${htmlTable(
  'Throttled attempts by reason (as AWS names it in ThrottlingReasons) and resource',
  [{ head: 'reason' }, { head: 'resource' }, { head: 'limit' }, { head: 'attempts', numeric: true }, { head: 'share', numeric: true }],
  d.throttles.map((t) => [html`<code>${t.reason}</code>`, t.resource, t.description, fmt(t.count), percent(t.share)]),
)}
${
  d.hotPartitions.length > 0
    ? htmlTable(
        'Hot partitions: the partitions that throttled most on their own ceiling',
        [{ head: 'partition' }, { head: 'resource' }, { head: 'hash range' }, { head: 'throttled attempts', numeric: true }, { head: 'mostly key' }],
        d.hotPartitions.map((p) => [`p${p.partition}`, p.resource, hashRange(p.range), fmt(p.throttled), p.key ?? '—']),
      )
    : null
}
${hint === null ? null : html`<p class="note">Hint: ${hint}.</p>`}`;
}

function shards(d: DesignReport): Html | null {
  if (d.shardCollisions.length === 0) return null;
  const busiest = d.shardedPartitions;
  return html`<h3>Shards</h3>
${htmlTable(
  'Where the shards of the hottest logical keys landed: shards sharing a partition collide',
  [
    { head: 'logical key' },
    { head: 'workload' },
    { head: 'share', numeric: true },
    { head: 'WCU/s', numeric: true },
    { head: 'shards', numeric: true },
    { head: 'partitions used', numeric: true },
    { head: 'collisions', numeric: true },
    { head: 'shared partitions' },
    { head: 'layout admits WCU/s', numeric: true },
  ],
  d.shardCollisions.map((s) => [
    s.key,
    s.workload,
    percent(s.share),
    fmt(Math.round(s.unitsPerSecond)),
    fmt(s.shards),
    fmt(s.partitionsUsed),
    fmt(s.collisions),
    s.collisions === 0 ? 'none' : sharedPartitions(s),
    fmt(Math.round(s.admissibleUnitsPerSecond)),
  ]),
)}
${
  busiest.length > 0
    ? htmlTable(
        'Busiest partitions holding shards, with the expected demand of all the shards on them',
        [{ head: 'partition' }, { head: 'WCU/s', numeric: true }, { head: 'shards' }],
        busiest.map((p) => [`p${p.partition}`, fmt(Math.round(p.unitsPerSecond)), groupShards(p.shards)]),
      )
    : null
}`;
}

function reads(d: DesignReport): Html | null {
  const phrase = readFanOutPhrase(d);
  return phrase === null ? null : html`<h3>Reads</h3>\n<p>${sentence(phrase)}</p>`;
}

function events(d: DesignReport): Html {
  return html`${scalingTable(d)}${onDemandTable(d)}${partitionTable(d)}`;
}

function scalingTable(d: DesignReport): Html | null {
  if (d.scaling.length === 0) return null;
  const rows = d.scaling.map((s) => {
    const unit = DIMENSION_UNITS[s.dimension].provisioned;
    const applied = s.action === 'blocked' ? 'blocked by the daily decrease quota' : s.appliedSeconds === null ? 'not applied' : seconds(s.appliedSeconds);
    return [s.resource, s.dimension, s.action, `${fmt(s.fromUnits)} → ${fmt(s.toUnits)} ${unit}`, seconds(s.issuedSeconds), applied];
  });
  return html`<h3>Auto scaling</h3>
${htmlTable(
  null,
  [{ head: 'resource' }, { head: 'dimension' }, { head: 'action' }, { head: 'capacity' }, { head: 'decided at', numeric: true }, { head: 'in force at', numeric: true }],
  rows.slice(0, EVENT_ROWS_SHOWN),
  rows.length - EVENT_ROWS_SHOWN,
)}`;
}

function onDemandTable(d: DesignReport): Html | null {
  const grew = d.onDemand.filter((o) => o.changes.length > 0);
  if (grew.length === 0) return null;
  return html`<h3>On-demand allowance</h3>
${htmlTable(
  null,
  [{ head: 'resource' }, { head: 'dimension' }, { head: 'at the start', numeric: true }, { head: 'at the end', numeric: true }, { head: 'changes', numeric: true }, { head: 'last change at', numeric: true }],
  grew.map((o) => {
    const unit = `${DIMENSION_UNITS[o.dimension].onDemand}/s`;
    return [o.resource, o.dimension, `${fmt(Math.round(o.initialUnitsPerSecond))} ${unit}`, `${fmt(Math.round(o.finalUnitsPerSecond))} ${unit}`, fmt(o.changes.length), seconds(o.changes[o.changes.length - 1]?.t ?? 0)];
  }),
)}`;
}

function partitionTable(d: DesignReport): Html | null {
  const events = d.partitions.flatMap((p) => [
    ...splitRows(p),
    ...p.splitsRefused.map((r) => ({ t: r.t, row: [p.resource, seconds(r.t), `p${r.partition} not split`, SINGLE_KEY_NOT_SPLIT] })),
  ]);
  if (events.length === 0) return null;
  const rows = events.sort((a, b) => a.t - b.t).map((e) => e.row);
  const counts = d.partitions.map((p) => `${p.resource}: ${plural(p.initial, 'partition')} at the start (${partitionsOrigin(p.initialSource) ?? 'given by the scenario'}), ${fmt(p.final)} at the end.`);
  return html`<h3>Partitions</h3>
<p>${counts.join(' ')}</p>
${htmlTable(null, [{ head: 'resource' }, { head: 'at', numeric: true }, { head: 'partitions' }, { head: 'why' }], rows.slice(0, EVENT_ROWS_SHOWN), rows.length - EVENT_ROWS_SHOWN)}`;
}

/** One row per split for heat, and one per moment at which partitions split because capacity grew (every widest partition splits at once). */
function splitRows(p: PartitionReport): Array<{ t: number; row: string[] }> {
  const rows: Array<{ t: number; row: string[] }> = [];
  let count = p.initial;
  for (let j = 0; j < p.splits.length; ) {
    const s = p.splits[j] as PartitionReport['splits'][number];
    let k = j + 1;
    while (s.cause === 'capacity' && p.splits[k]?.cause === 'capacity' && p.splits[k]?.t === s.t) k += 1;
    const one = `p${s.partition} → p${s.children.join(' + p')}`;
    rows.push({ t: s.t, row: [p.resource, seconds(s.t), k - j === 1 ? one : `${fmt(count)} → ${fmt(count + k - j)} (${fmt(k - j)} splits)`, s.cause === 'heat' ? 'split for heat' : 'capacity grew'] });
    count += k - j;
    j = k;
  }
  return rows;
}

function notes(d: DesignReport, report: SimulationReport): Html | null {
  const lines = closingNotes(d, report).map(sentence);
  return lines.length === 0 ? null : html`<ul class="note">${lines.map((l) => html`<li>${l}</li>`)}</ul>`;
}
