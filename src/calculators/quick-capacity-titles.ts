import type { Fraction } from './fraction.js';
import { itemCount, type ItemGroup } from './item-groups.js';
import { indexLabel, type ReadOperation, type WriteOperation } from './operations.js';
import type { ReadCall, ReadCallUnits } from './read-call-units.js';
import { consistencyLabel } from './read-units.js';
import { describeBytes } from './size.js';
import { fmt, type Step } from './steps.js';
import type { WriteCall } from './write-call-units.js';

/** Names what is counted per second in a step: "reads", "1 write", "Query calls". */
export function callNoun(op: ReadOperation | WriteOperation | undefined, plain: 'read' | 'write', rate: Fraction): string {
  const s = rate.compare(1) === 0 ? '' : 's';
  return op === undefined ? `${plain}${s}` : `${op} call${s}`;
}

/** Returns "1 call/s" or "10 calls/s". */
export function callsPerSecond(rate: Fraction): string {
  return `${fmt(rate)} ${rate.compare(1) === 0 ? 'call' : 'calls'}/s`;
}

/** Describes the items of one call: "10 items of 4,178 B (≈4.08 KB)", "2 items: 1,536 B (1.5 KB) and 6,656 B (6.5 KB)". */
function describeCallItems(items: readonly ItemGroup[], noun: 'item' | 'index entry' = 'item'): string {
  const count = itemCount(items);
  const nouns = count === 1 ? noun : noun === 'item' ? 'items' : 'index entries';
  const first = items[0];
  if (items.length === 1 && first) return `${fmt(count)} ${nouns} of ${describeBytes(first.bytes)}`;
  const sizes = items.map((g) => (g.count === 1 ? describeBytes(g.bytes) : `${fmt(g.count)} × ${describeBytes(g.bytes)}`));
  return `${fmt(count)} ${nouns}: ${sizes.slice(0, -1).join(', ')} and ${sizes[sizes.length - 1] ?? ''}`;
}

/** Titles the explanation of read calls the way the question states them: "Query: 10 calls/s, each reading 10 items of 4 KB, strongly consistent". */
export function readTitle(call: ReadCall, rate: Fraction, units: ReadCallUnits): string {
  const consistency = consistencyLabel(call.consistency);
  const on = call.index ? ` of a ${indexLabel(call.index)}` : '';
  const op = call.operation;
  const bytes = call.items[0]?.bytes ?? 0;
  if (op === undefined) return `Reads: ${fmt(rate)} ${consistency} reads/s of ${describeBytes(bytes)} items${on}`;
  if (op === 'Query' || op === 'Scan') {
    const returned = units.itemsReturned < units.itemsRead ? `, ${fmt(units.itemsReturned)} returned` : '';
    return `${op}${on}: ${callsPerSecond(rate)}, each reading ${describeCallItems(call.items, call.index === 'global' ? 'index entry' : 'item')}${returned}, ${consistency}`;
  }
  if (op === 'GetItem') return `GetItem: ${callsPerSecond(rate)} ${bytes === 0 ? 'for items that do not exist' : `for items of ${describeBytes(bytes)}`}, ${consistency}`;
  if (op === 'TransactGetItems') return `${op}: ${callsPerSecond(rate)}, each of ${describeCallItems(call.items)}`;
  return `${op}: ${callsPerSecond(rate)}, each of ${describeCallItems(call.items)}, ${consistency}`;
}

/** Titles the explanation of write calls: "UpdateItem: 100 calls/s on items of 2 KB, 1.5 KB before the update". */
export function writeTitle(call: WriteCall, rate: Fraction, transactional: boolean): string {
  const op = call.operation;
  const bytes = call.items[0]?.bytes ?? 0;
  const extras = [
    ...(call.oldItemBytes === undefined ? [] : [op === 'UpdateItem' ? `${describeBytes(call.oldItemBytes)} before the update` : `over a stored item of ${describeBytes(call.oldItemBytes)}`]),
    ...(call.conditionalFailureRate && !call.conditionalFailureRate.isZero() ? [`${fmt(call.conditionalFailureRate.mul(100))} % failing their condition`] : []),
  ];
  const tail = extras.length > 0 ? `, ${extras.join(', ')}` : '';
  if (op === undefined) return `Writes: ${fmt(rate)} ${transactional ? 'transactional ' : ''}writes/s of ${describeBytes(bytes)} items${tail}`;
  if (op === 'BatchWriteItem' || op === 'TransactWriteItems') return `${op}: ${callsPerSecond(rate)}, each of ${describeCallItems(call.items)}${tail}`;
  return `${op}: ${callsPerSecond(rate)} on items of ${describeBytes(bytes)}${tail}`;
}

/** Renames capacity units to request units in on-demand explanations. */
export function relabel(steps: readonly Step[], unit: string): readonly Step[] {
  if (unit === 'RCU' || unit === 'WCU') return steps;
  const from = unit === 'RRU' ? /\bRCU\b/g : /\bWCU\b/g;
  return steps.map((s) => ({
    ...s,
    what: s.what.replace(from, unit),
    ...(s.how === undefined ? {} : { how: s.how.replace(from, unit) }),
    result: s.result.replace(from, unit),
    ...(s.rule === undefined ? {} : { rule: s.rule.replace(from, unit) }),
  }));
}
