import { formatDuration } from '../../calculators/duration.js';
import { fmt } from '../../calculators/steps.js';
import type { DesignReport, ShardLayoutReport, SimulationReport } from '../../simulate/report.js';
import type { Dimension } from '../../simulate/throttle-reasons.js';
import { plural } from './plural.js';

// The figures of a simulation report as words and numbers, shared by the text and the HTML
// report so that both print every number the same way.

/** Formats a ratio as a percentage: `0 %`, `<0.1 %`, `41.3 %`. */
export function percent(ratio: number): string {
  if (ratio === 0) return '0 %';
  if (ratio < 0.001) return '<0.1 %';
  return `${fmt(ratio * 100, 1)} %`;
}

/** Formats milliseconds of added latency: one decimal below 10 ms, whole milliseconds above. */
export function ms(x: number): string {
  return x === 0 ? '0' : x < 10 ? fmt(x, 1) : fmt(Math.round(x));
}

/** Formats a time in seconds from the start: `913 ms`, `12.5 s`, `5m`, or `never` for null. */
export function seconds(s: number | null): string {
  if (s === null) return 'never';
  if (s < 1) return `${fmt(Math.round(s * 1000))} ms`;
  return s < 60 ? `${fmt(s, 2)} s` : formatDuration(Math.round(s) * 1000);
}

/** Returns the requests one point read and one query of a logical key cost a design, `1/10`. */
export function requestsPerRead(d: DesignReport): string {
  return `${d.readFanOut.pointRead}/${d.readFanOut.query}`;
}

/** Groups shard keys by logical key: `A#1 A#5 B#2` → `A #1 #5, B #2`. */
export function groupShards(shards: readonly string[]): string {
  const byKey = new Map<string, string[]>();
  for (const s of shards) {
    const cut = s.lastIndexOf('#');
    const key = s.slice(0, cut);
    byKey.set(key, [...(byKey.get(key) ?? []), s.slice(cut)]);
  }
  return [...byKey].map(([key, list]) => `${key} ${list.join(' ')}`).join(', ');
}

/** The header cells of the summary table, one line of text per line of a cell. */
export const SUMMARY_HEAD: readonly (readonly string[])[] = [
  ['design'],
  ['offered'],
  ['succeeded'],
  ['throttled attempts', '(throttle ratio)'],
  ['failed'],
  ['added ms', 'p50/p99/max'],
  ['first', 'throttle'],
  ['per read', 'item/query'],
];

/** One design's row of the summary table, each figure formatted; `ratio` is the throttle ratio in brackets. */
export interface SummaryCells {
  readonly design: string;
  readonly offered: string;
  readonly succeeded: string;
  readonly throttledAttempts: string;
  readonly ratio: string;
  readonly failed: string;
  readonly latency: string;
  readonly firstThrottle: string;
  readonly perRead: string;
}

/** Returns a design's row of the summary table. */
export function summaryCells(d: DesignReport): SummaryCells {
  return {
    design: d.name,
    offered: fmt(d.offered),
    succeeded: fmt(d.succeeded),
    throttledAttempts: fmt(d.throttledAttempts),
    ratio: `(${percent(d.throttleRatio)})`,
    failed: fmt(d.failed),
    latency: `${ms(d.latencyMs.p50)}/${ms(d.latencyMs.p99)}/${ms(d.latencyMs.max)}`,
    firstThrottle: seconds(d.timeToFirstThrottleSeconds),
    perRead: requestsPerRead(d),
  };
}

/** Returns the table's capacity, `provisioned 2,000 RCU / 10,000 WCU` or `on-demand`. */
export function tableCapacity(capacity: { readonly read: number; readonly write: number } | null, prefix = 'provisioned '): string {
  return capacity ? `${prefix}${fmt(capacity.read)} RCU / ${fmt(capacity.write)} WCU` : 'on-demand';
}

/** Returns where the initial partition count came from, `estimated from capacity`, or null when the scenario gave it. */
export function partitionsOrigin(partitionsFrom: string): string | null {
  return partitionsFrom === 'estimate' ? 'estimated from capacity' : partitionsFrom === 'on-demand' ? 'new on-demand table' : null;
}

/** Returns the burst reservoir at the start, `full`, `empty` or `30 s`, or null for an on-demand table. */
export function burstAtStart(report: SimulationReport): string | null {
  const s = report.table.burstSeconds;
  if (s === null) return null;
  return s >= report.model.burstSeconds ? 'full' : s === 0 ? 'empty' : `${fmt(s)} s`;
}

/** Returns a workload entry's rate and span, `PutItem 4,000/s, 0s–5m`, or the trace it replays. */
export function workloadSummary(w: SimulationReport['workloads'][number]): string {
  return w.trace === null ? `${w.operation} ${w.rate}, ${formatDuration(w.startSeconds * 1000)}–${formatDuration(w.endSeconds * 1000)}` : `replay of ${w.trace}: ${w.rate}`;
}

/** Returns the client's retries, `sdk-v3-standard (3 attempts at most, 20 clients)`. */
export function clientSummary(client: SimulationReport['client']): string {
  return `${client.retry} (${plural(client.maxAttempts, 'attempt')} at most${client.instances > 1 ? `, ${fmt(client.instances)} clients` : ''})`;
}

/** Returns the hint a plain design with one hot partition-key value gets, or null. */
export function singleKeyHint(d: DesignReport, report: SimulationReport): string | null {
  const singleKey = d.hotPartitions.find((p) => p.key !== null && !p.key.includes('#') && p.resource === report.table.name);
  return singleKey && d.shard === null
    ? `one partition-key value gets at most one partition's 1,000 WCU / 3,000 RCU per second whatever the table's capacity; compare a sharded design (designs: - name: sharded, shard: { count: N, suffix: random | calculated })`
    : null;
}

/** The units of each dimension: provisioned capacity units and on-demand request units. */
export const DIMENSION_UNITS: Readonly<Record<Dimension, { readonly provisioned: string; readonly onDemand: string; readonly words: string }>> = {
  read: { provisioned: 'RCU', onDemand: 'RRU', words: 'read' },
  write: { provisioned: 'WCU', onDemand: 'WRU', words: 'write' },
};

/** Returns a partition's slice of the hash space, `0.182–0.273`. */
export function hashRange(range: readonly [number, number]): string {
  return `${fmt(range[0], 3)}–${fmt(range[1], 3)}`;
}

/** Returns the partitions a logical key's shards share, `p4: #1 #5 #10; p7: #6 #7` (empty when none do). */
export function sharedPartitions(s: ShardLayoutReport): string {
  return s.layout
    .filter((p) => p.shards.length > 1)
    .map((p) => `p${p.partition}: ${p.shards.map((x) => `#${x}`).join(' ')}`)
    .join('; ');
}

/** Why a hot partition was not split for heat, after `p2 …`. */
export const SINGLE_KEY_NOT_SPLIT = 'stayed hot, but its load is a single key, which cannot be split';

/** Returns what a design's reads cost in requests, as a phrase in lower case, or null when reads cost one request each. */
export function readFanOutPhrase(d: DesignReport): string | null {
  const f = d.readFanOut;
  if (f.logicalReads > 0 && (f.pointRead > 1 || f.query > 1)) {
    return `${fmt(f.logicalReads)} logical reads sent as ${fmt(f.readRequests)} requests (${fmt(f.readRequests / f.logicalReads, 2)} each), ${fmt(f.readUnitsConsumed, 1)} RCU consumed`;
  }
  if (d.shard && f.logicalReads === 0) return `a point read of a key costs ${plural(f.pointRead, 'request')}, a query of all its items ${f.query} (one per shard)`;
  return null;
}

/** Returns the notes that close a design's details, as phrases in lower case: retries followed past the end, throttles that fail without retries. */
export function closingNotes(d: DesignReport, report: SimulationReport): string[] {
  const notes: string[] = [];
  if (d.drainSeconds > 0) notes.push(`retries still running at the end were followed for ${seconds(d.drainSeconds)} more`);
  if (d.throttledAttempts > 0 && report.client.retry === 'none') notes.push('no retries: every throttled attempt is a failed request');
  return notes;
}

/** Returns a phrase as a sentence: its first letter in upper case and a full stop. */
export function sentence(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
}
