import { InputError } from '../errors.js';
import { Fraction } from './fraction.js';
import { checkItemBytes, expandItems, itemBytesTotal, itemCount, type ItemGroup } from './item-groups.js';
import { checkCallItems, indexLabel, type IndexKind, type ReadOperation } from './operations.js';
import {
  batchGetItemReadUnits,
  consistencyLabel,
  itemReadUnits,
  localIndexFetchReadUnits,
  queryReadUnits,
  transactGetItemsReadUnits,
  type ReadConsistency,
  type ReadTarget,
} from './read-units.js';
import { assume, calc, fmt, type Calculation, type Step } from './steps.js';

/** One read request: an API operation (or a plain read of one item), its items, consistency and index. */
export interface ReadCall {
  /** The API operation; undefined for a plain read of one item, as exam questions count "reads per second". */
  readonly operation?: ReadOperation;
  /** Items read per call: fetched by key, or evaluated by a Query or Scan (index entries on an index). */
  readonly items: readonly ItemGroup[];
  /** Query and Scan: items returned after the filter expression; default every item read. */
  readonly itemsReturned?: number;
  readonly consistency: ReadConsistency;
  /** A Query or Scan (or a plain read) of a secondary index instead of the table. */
  readonly index?: IndexKind;
  /** Local index only: size of the base-table item fetched for each returned item whose attributes the index does not project. */
  readonly baseItemBytes?: number;
}

/** Read units of one call and what they were counted on. */
export interface ReadCallUnits {
  /** Read units one call consumes, base-table fetches included. */
  readonly units: Fraction;
  /** The part of `units` spent fetching base-table items for a local index read. */
  readonly fetchUnits: Fraction;
  readonly itemsRead: number;
  readonly itemsReturned: number;
  /** Bytes read (evaluated), which is what is charged. */
  readonly bytesRead: number;
  /** Requests of at most 1 MB a Query or Scan needs (1 for other operations). */
  readonly pages: number;
}

/**
 * Returns the read units one read call consumes, by the rules of its operation (DYNAMODB-RULES.md
 * §2): GetItem and plain reads round the item up to 4 KB; BatchGetItem and TransactGetItems round
 * every item separately; Query and Scan sum what they read (filters do not help) and round once,
 * in pages of 1 MB; a global index is read eventually consistently only; a local index read pays
 * for base-table fetches item by item. Errors carry the path of the offending field of `call`.
 */
export function readCallUnits(call: ReadCall): Calculation<ReadCallUnits> {
  const op = call.operation;
  const itemsRead = itemCount(call.items);
  checkReadCall(call, itemsRead);
  const target: ReadTarget = call.index === 'global' ? 'global-index' : call.index === 'local' ? 'local-index' : 'table';
  const steps: Step[] = [];
  if (call.index === 'global') {
    steps.push(assume('a global secondary index is read in its projected entries: the sizes given are index entry sizes (keys + projected attributes) (§2)'));
  }
  let core: Calculation<Fraction>;
  let pages = 1;
  const bytesRead = itemBytesTotal(call.items);
  if (op === 'Query' || op === 'Scan') {
    const q = queryReadUnits({ items: call.items, consistency: call.consistency, target, operation: op });
    core = calc(q.value.units, q.steps);
    pages = q.value.pages;
  } else if (op === 'BatchGetItem') {
    core = batchGetItemReadUnits(expandItems(call.items), call.consistency as 'strong' | 'eventual');
  } else if (op === 'TransactGetItems') {
    core = transactGetItemsReadUnits(expandItems(call.items));
  } else {
    core = itemReadUnits(call.items[0]?.bytes ?? 0, call.consistency, target);
  }
  steps.push(...core.steps);

  const itemsReturned = call.itemsReturned ?? itemsRead;
  if (call.itemsReturned !== undefined && itemsReturned < itemsRead) {
    steps.push({
      what: 'Items returned',
      how: `${fmt(itemsReturned)} of ${fmt(itemsRead)} read; the filter drops ${fmt(itemsRead - itemsReturned)} after they are read`,
      result: `${fmt(itemsReturned)} items`,
      rule: 'a FilterExpression is applied after the read: the capacity is charged on every item read (§2)',
    });
  }

  let fetchUnits = Fraction.ZERO;
  if (call.index === 'local') {
    if (call.baseItemBytes === undefined) {
      steps.push(assume('the read needs only attributes the local index projects, so no base-table items are fetched'));
    } else {
      const fetch = localIndexFetchReadUnits(itemsReturned, call.baseItemBytes, call.consistency as 'strong' | 'eventual');
      fetchUnits = fetch.value;
      steps.push(assume('every returned item needs an attribute the local index does not project, so each is fetched from the base table'), ...fetch.steps);
    }
  }
  const units = core.value.add(fetchUnits);
  if (!fetchUnits.isZero()) {
    steps.push({ what: `Read units per ${op ?? 'read'}`, how: `${fmt(core.value)} RCU (index) + ${fmt(fetchUnits)} RCU (base-table fetches)`, result: `${fmt(units)} RCU` });
  }
  return calc({ units, fetchUnits, itemsRead, itemsReturned, bytesRead, pages }, steps);
}

function checkReadCall(call: ReadCall, itemsRead: number): void {
  const op = call.operation;
  const name = op ?? 'a plain read';
  checkCallItems(op, call.items, { name, verb: 'reads', carries: 'returns', item: call.index === 'global' ? 'an index entry' : 'an item' });
  if (call.itemsReturned !== undefined) {
    if (op !== 'Query' && op !== 'Scan') throw new InputError(`only Query and Scan return fewer items than they read; ${name} returns every item it reads`, { path: '/itemsReturned' });
    if (!Number.isSafeInteger(call.itemsReturned) || call.itemsReturned < 0 || call.itemsReturned > itemsRead) {
      throw new InputError(`a ${op} cannot return ${fmt(call.itemsReturned)} items when it reads ${fmt(itemsRead)}: items returned must be a whole number no larger than the items read`, { path: '/itemsReturned' });
    }
  }
  if (call.index !== undefined && op !== undefined && op !== 'Query' && op !== 'Scan') {
    throw new InputError(`${op} reads the table by primary key; only Query and Scan read a secondary index`, { path: '/index' });
  }
  if (call.baseItemBytes !== undefined) {
    if (call.index !== 'local') throw new InputError('base-table fetches happen only when a local secondary index is read', { path: '/baseItemBytes' });
    checkItemBytes(call.baseItemBytes, '/baseItemBytes', 'a base item');
  }
  if (op === 'TransactGetItems' && call.consistency !== 'transactional') {
    throw new InputError(`TransactGetItems reads are always transactional, not ${consistencyLabel(call.consistency)}`, { path: '/consistency' });
  }
  if (op !== undefined && op !== 'TransactGetItems' && call.consistency === 'transactional') {
    throw new InputError(`${op} cannot be transactional; transactional reads are TransactGetItems`, { path: '/consistency' });
  }
  if (call.index === 'local' && call.consistency === 'transactional') {
    throw new InputError('transactional reads fetch items from the table by key; they cannot read a secondary index', { path: '/consistency' });
  }
  if (call.index === 'global' && call.consistency !== 'eventual') {
    throw new InputError(`a ${consistencyLabel(call.consistency)} read of a ${indexLabel('global')} is invalid: GSI reads are eventually consistent only`, { path: '/consistency' });
  }
}
