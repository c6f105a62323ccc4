import { InputError } from '../errors.js';
import { Fraction } from './fraction.js';
import { indexWriteUnits, type IndexChange } from './index-writes.js';
import { checkItemBytes, expandItems, itemBytesTotal, itemCount, type ItemGroup } from './item-groups.js';
import { checkCallItems, type IndexKind, type WriteOperation } from './operations.js';
import { assume, calc, fmt, type Calculation, type Step } from './steps.js';
import {
  batchWriteItemWriteUnits,
  deleteItemWriteUnits,
  failedConditionalWriteUnits,
  putItemWriteUnits,
  transactWriteItemsWriteUnits,
  updateItemWriteUnits,
} from './write-units.js';

/** What one write does to a secondary index: the kind of index, the change to its entry, and the entry's size. */
export interface IndexWrite {
  readonly kind: IndexKind;
  readonly change: IndexChange;
  /** Bytes of the projected index entry (keys + projected attributes). */
  readonly entryBytes: number;
}

/** One write request: an API operation (or a plain write of one item), its items and what else it touches. */
export interface WriteCall {
  /** The API operation; undefined for a plain write of one item, as exam questions count "writes per second". */
  readonly operation?: WriteOperation;
  /** Items written per call: the new items, or the deleted item for DeleteItem. */
  readonly items: readonly ItemGroup[];
  /** Plain writes only: the write is part of a transaction (2 WCU per 1 KB). */
  readonly transactional?: boolean;
  /** Size of the item already stored under the key: replaced by PutItem, the before image of UpdateItem. */
  readonly oldItemBytes?: number;
  /** Share of calls whose condition expression fails (0 to 1). */
  readonly conditionalFailureRate?: Fraction;
  readonly index?: IndexWrite;
}

/** Returns true when a call is charged as a transaction (2 WCU per 1 KB): TransactWriteItems, or a plain write marked transactional. */
export function isTransactionalWrite(call: WriteCall): boolean {
  return call.operation === 'TransactWriteItems' || (call.operation === undefined && call.transactional === true);
}

/** Write units of one call. */
export interface WriteCallUnits {
  /** Write units the items themselves consume per call, averaged over succeeded and failed conditions. */
  readonly units: Fraction;
  readonly itemsWritten: number;
  readonly bytesWritten: number;
}

/**
 * Returns the write units one write call consumes, by the rules of its operation (DYNAMODB-RULES.md
 * §3): a replacing PutItem and an UpdateItem pay for the larger image, batches and transactions
 * round every item separately (transactions at 2 WCU per 1 KB), and a failed condition still pays.
 * Index writes are apart, in `indexCallWriteUnits`. Errors carry the path of the offending field
 * of `call`.
 */
export function writeCallUnits(call: WriteCall): Calculation<WriteCallUnits> {
  checkWriteCall(call);
  const op = call.operation;
  const transactional = isTransactionalWrite(call);
  const itemsWritten = itemCount(call.items);
  const bytesWritten = itemBytesTotal(call.items);
  const itemBytes = call.items[0]?.bytes ?? 0;
  const steps: Step[] = [];

  let success: Calculation<Fraction>;
  if (op === 'BatchWriteItem') success = batchWriteItemWriteUnits(expandItems(call.items));
  else if (op === 'TransactWriteItems') success = transactWriteItemsWriteUnits(expandItems(call.items));
  else if (op === 'DeleteItem') success = deleteItemWriteUnits(itemBytes);
  else if (op === 'UpdateItem') {
    if (call.oldItemBytes === undefined) steps.push(assume('the update does not change the item size: the before image is as large as the after image'));
    success = updateItemWriteUnits(call.oldItemBytes ?? itemBytes, itemBytes);
  } else success = putItemWriteUnits(itemBytes, call.oldItemBytes, transactional ? 'transactional' : 'standard');

  const failureRate = call.conditionalFailureRate ?? Fraction.ZERO;
  let units = success.value;
  if (failureRate.isZero()) {
    steps.push(...success.steps);
  } else {
    const existing = call.oldItemBytes ?? itemBytes;
    const proposed = op === 'DeleteItem' ? 0 : itemBytes;
    if (call.oldItemBytes === undefined && op !== 'DeleteItem') {
      steps.push(assume('the item that fails the condition is as large as the proposed one; give the existing item size to change this'));
    }
    const failure = failedConditionalWriteUnits(existing, proposed);
    const succeeded = Fraction.ONE.sub(failureRate);
    units = succeeded.mul(success.value).add(failureRate.mul(failure.value));
    if (succeeded.isZero()) {
      steps.push(...failure.steps);
      return calc({ units, itemsWritten, bytesWritten }, steps);
    }
    steps.push(
      ...success.steps.map((s) => ({ ...s, what: `${s.what} (condition met)` })),
      ...failure.steps.map((s) => ({ ...s, what: `${s.what} (condition failed)` })),
      {
        what: 'Write units per call, on average',
        how: `${fmt(succeeded)} × ${fmt(success.value)} WCU + ${fmt(failureRate)} × ${fmt(failure.value)} WCU`,
        result: `${fmt(units)} WCU`,
        rule: 'a write whose condition fails still consumes write capacity (§3)',
      },
    );
  }

  return calc({ units, itemsWritten, bytesWritten }, steps);
}

/** Index writes of one call and their units. */
export interface IndexCallWrites {
  /** Index writes (puts and deletes) per call, on average. */
  readonly writes: Fraction;
  /** Write units of those index writes per call: the index's own capacity for a global index, the table's for a local one. */
  readonly units: Fraction;
}

/**
 * Returns the index writes one write call causes and their write units: each item's change to the
 * index entry (put, delete + put, delete or nothing), one unit per started 1 KB of the entry, for
 * every item of the call whose condition holds (DYNAMODB-RULES.md §3). Zero without `call.index`.
 */
export function indexCallWriteUnits(call: WriteCall): Calculation<IndexCallWrites> {
  checkWriteCall(call);
  const ix = call.index;
  if (!ix) return calc({ writes: Fraction.ZERO, units: Fraction.ZERO }, []);
  const transactional = isTransactionalWrite(call);
  const itemsWritten = itemCount(call.items);
  const failureRate = call.conditionalFailureRate ?? Fraction.ZERO;
  const succeeded = Fraction.ONE.sub(failureRate);
  const per = indexWriteUnits(ix.change, ix.entryBytes);
  const writes = Fraction.of(per.value.writes * itemsWritten).mul(succeeded);
  const units = Fraction.of(per.value.units * itemsWritten).mul(succeeded);
  const steps: Step[] = per.steps.map((s) => ({ ...s, what: `${s.what} per item` }));
  if (per.value.units > 0 && (itemsWritten > 1 || !failureRate.isZero())) {
    const factors = [`${fmt(per.value.units)} WCU`, ...(itemsWritten > 1 ? [`${fmt(itemsWritten)} items`] : []), ...(failureRate.isZero() ? [] : [fmt(succeeded)])];
    steps.push({
      what: 'Index write units per call',
      how: factors.join(' × '),
      result: `${fmt(units)} WCU`,
      ...(failureRate.isZero() ? {} : { rule: 'a write whose condition fails changes nothing, so it writes no index entry' }),
    });
  }
  if (transactional && per.value.units > 0) steps.push(assume('index writes caused by a transaction are charged at the standard rate, not doubled (§3, Decision)'));
  steps.push(
    ix.kind === 'global'
      ? assume("global secondary index writes consume the index's own write capacity, separate from the table's (§3)")
      : assume("local secondary index writes consume the table's write capacity (§3)"),
  );
  return calc({ writes, units }, steps);
}

const INDEX_CHANGES_BY_DELETE: readonly IndexChange[] = ['delete', 'sparse'];

function checkWriteCall(call: WriteCall): void {
  const op = call.operation;
  const name = op ?? 'a plain write';
  checkCallItems(op, call.items, { name, verb: 'writes', carries: 'carries' });
  if (call.transactional && op !== undefined && op !== 'TransactWriteItems') {
    throw new InputError(`${op} is not transactional; transactional writes are TransactWriteItems`, { path: '/transactional' });
  }
  if (call.oldItemBytes !== undefined) {
    if (op !== undefined && op !== 'PutItem' && op !== 'UpdateItem') {
      throw new InputError(`an existing item size applies to PutItem and UpdateItem (and plain writes), not to ${op}`, { path: '/oldItemBytes' });
    }
    checkItemBytes(call.oldItemBytes, '/oldItemBytes', 'an existing item');
  }
  const rate = call.conditionalFailureRate;
  if (rate !== undefined) {
    if (rate.compare(0) < 0 || rate.compare(1) > 0) throw new InputError('a conditional failure rate is a share from 0 to 1', { path: '/conditionalFailureRate' });
    if (op === 'BatchWriteItem') throw new InputError('BatchWriteItem takes no condition expressions', { path: '/conditionalFailureRate' });
    if (isTransactionalWrite(call)) throw new InputError('a failed condition cancels the whole transaction; ddb-plan does not price canceled transactions', { path: '/conditionalFailureRate' });
  }
  if (call.index) {
    const { change } = call.index;
    if (op === 'DeleteItem' && !INDEX_CHANGES_BY_DELETE.includes(change)) {
      throw new InputError(`a DeleteItem removes the index entry ("delete") or has none ("sparse"), not "${change}"`, { path: '/index/change' });
    }
    const mayDelete = op === 'DeleteItem' || op === 'BatchWriteItem' || op === 'TransactWriteItems';
    if (change === 'delete' && !mayDelete) throw new InputError(`"delete" is the index change of a deleted item; ${name} does not delete items`, { path: '/index/change' });
    checkItemBytes(call.index.entryBytes, '/index/entryBytes', 'an index entry');
  }
}
