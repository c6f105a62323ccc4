import { Fraction } from '../../calculators/fraction.js';
import type { IndexChange } from '../../calculators/index-writes.js';
import type { WriteOperation } from '../../calculators/operations.js';
import { assume, calc, fmtBytes, type Calculation, type Step } from '../../calculators/steps.js';
import { indexCallWriteUnits, writeCallUnits, type WriteCall } from '../../calculators/write-call-units.js';
import { fieldPath } from '../spec/model-node.js';
import type { AccessPatternModel, IndexModel, TableModel } from '../spec/spec-model.js';
import { indexChangeOfWrite } from './index-change.js';
import type { LoadProblem } from './load-problem.js';

/** What one write request does to one secondary index. */
export interface IndexWritePerCall {
  readonly index: IndexModel;
  readonly change: IndexChange;
  /** Why ddb-plan thinks the write makes this change. */
  readonly reason: string;
  /** True when the change rests on the default for `changedAttributes`. */
  readonly assumed: boolean;
  /** Index writes (puts and deletes) per request, on average (conditional failures write no entry). */
  readonly writesPerCall: Fraction;
  /** Write units of those index writes per request: the GSI's own capacity, or the table's for an LSI. */
  readonly unitsPerCall: Fraction;
  readonly steps: readonly Step[];
}

/** Write units of one request of a write pattern. */
export interface PatternWriteUnits {
  /** Write units the items themselves consume per request, on the table (failed conditions included). */
  readonly itemUnitsPerCall: Fraction;
  /** One entry per secondary index of the table, in the table's order. */
  readonly indexes: readonly IndexWritePerCall[];
  /** What the plan leaves out or changes, at the field concerned. */
  readonly notes: readonly LoadProblem[];
}

/**
 * Returns the write units of one request of a write pattern (DYNAMODB-RULES.md §3) through
 * `writeCallUnits` and `indexCallWriteUnits`: the items (the larger image of a replacing put or an
 * update, every item of a batch or transaction rounded on its own, transactions at 2 WCU per 1 KB,
 * failed conditions still paid), then for each secondary index the entry writes the change causes
 * (`indexChangeOfWrite`), sized on the projected entry. Throws an InputError (path relative to the
 * pattern) for a write DynamoDB would refuse.
 */
export function patternWriteUnits(table: TableModel, pattern: AccessPatternModel): Calculation<PatternWriteUnits> {
  const op = pattern.operation as WriteOperation;
  const notes: LoadProblem[] = [];
  const steps: Step[] = [];
  const multi = op === 'BatchWriteItem' || op === 'TransactWriteItems';
  const previous = pattern.previousItemBytes;
  // Batches and transactions carry each item's size; an update in one is charged on its larger image (§3).
  const bytes = multi && pattern.writeKind === 'update' && previous !== undefined ? Math.max(pattern.itemBytes, previous) : pattern.itemBytes;
  if (bytes !== pattern.itemBytes) steps.push(assume(`each item is charged at its larger image, ${fmtBytes(bytes)} before the update (§3)`));
  const failureAllowed = op !== 'BatchWriteItem' && op !== 'TransactWriteItems';
  if (!pattern.conditionalFailureRate.isZero() && !failureAllowed) {
    notes.push({
      path: fieldPath(pattern, 'conditionalFailureRate'),
      message:
        op === 'BatchWriteItem'
          ? 'BatchWriteItem takes no condition expressions: the conditional failure rate is not counted'
          : 'a failed condition cancels the whole transaction; ddb-plan does not price canceled transactions, so the conditional failure rate is not counted',
    });
  }
  const oldItemBytes = (op === 'PutItem' && pattern.writeKind === 'update') || op === 'UpdateItem' ? previous : undefined;
  const call: WriteCall = {
    operation: op,
    items: [{ count: pattern.itemsPerCall, bytes }],
    ...(oldItemBytes !== undefined ? { oldItemBytes } : {}),
    ...(failureAllowed && !pattern.conditionalFailureRate.isZero() ? { conditionalFailureRate: pattern.conditionalFailureRate } : {}),
  };
  const items = writeCallUnits(call);
  steps.push(...items.steps);
  const indexes = table.indexes.map((index): IndexWritePerCall => {
    const c = indexChangeOfWrite(table, pattern, index);
    const ix = indexCallWriteUnits({ ...call, index: { kind: index.type, change: c.change, entryBytes: index.itemBytes } });
    const ixSteps: Step[] = [c.assumed ? assume(c.reason) : { what: 'Change to its entry', result: c.reason }, ...ix.steps];
    return { index, change: c.change, reason: c.reason, assumed: c.assumed, writesPerCall: ix.value.writes, unitsPerCall: ix.value.units, steps: ixSteps };
  });
  return calc({ itemUnitsPerCall: items.value.units, indexes, notes }, steps);
}

/** Returns the write units of one request on a capacity: the table (items and local indexes) or one global index. */
export function writeUnitsOn(units: PatternWriteUnits, capacity: 'table' | IndexModel): Fraction {
  if (capacity === 'table') return units.indexes.filter((i) => i.index.type === 'local').reduce((a, i) => a.add(i.unitsPerCall), units.itemUnitsPerCall);
  return units.indexes.find((i) => i.index === capacity)?.unitsPerCall ?? Fraction.ZERO;
}
