import { Fraction } from './fraction.js';
import { TRANSACTION_MULTIPLIER, WRITE_UNIT_BYTES } from './limits.js';
import { calc, fmt, fmtBytes, type Calculation, type Step } from './steps.js';
import { describePerItemBlocks } from './item-groups.js';
import { blocksHow, writeBlocks } from './units.js';

/** Write kinds that change how an item is charged. */
export type WriteMode = 'standard' | 'transactional';

function blockStep(bytes: number, subject: string): Step {
  const blocks = writeBlocks(bytes);
  return {
    what: `Write blocks of 1 KB for ${subject}`,
    how: blocksHow(bytes, WRITE_UNIT_BYTES),
    result: `${fmt(blocks)} block${blocks === 1 ? '' : 's'}`,
    rule: 'writes are rounded up to the next 1 KB, at least 1 (§3)',
  };
}

function unitsStep(blocks: number, mode: WriteMode): { value: Fraction; step: Step } {
  const factor = mode === 'transactional' ? TRANSACTION_MULTIPLIER : 1;
  const value = Fraction.of(blocks * factor);
  return {
    value,
    step:
      mode === 'transactional'
        ? { what: 'Write units (transactional)', how: `${fmt(blocks)} × 2 WCU`, result: `${fmt(value)} WCU`, rule: 'a transactional write costs 2 WCU per 1 KB (§3)' }
        : { what: 'Write units', how: `${fmt(blocks)} × 1 WCU`, result: `${fmt(value)} WCU`, rule: '1 WCU = one write per second of up to 1 KB (§3)' },
  };
}

/** Returns the write units one write of an item of `itemBytes` costs: ceil(bytes / 1 KB), doubled when transactional (§3). */
export function itemWriteUnits(itemBytes: number, mode: WriteMode = 'standard'): Calculation<Fraction> {
  const blocks = writeBlocks(itemBytes);
  const u = unitsStep(blocks, mode);
  return calc(u.value, [blockStep(itemBytes, 'the item'), u.step]);
}

/** Returns the write units of a PutItem: the new item, or the larger of old and new when it replaces one (§3). */
export function putItemWriteUnits(newItemBytes: number, replacedItemBytes?: number, mode: WriteMode = 'standard'): Calculation<Fraction> {
  if (replacedItemBytes === undefined) return itemWriteUnits(newItemBytes, mode);
  return largerImage(replacedItemBytes, newItemBytes, 'PutItem replacing an item is charged on the larger of the old and new item (§3)', mode);
}

/** Returns the write units of an UpdateItem: the larger of the before and after images of the whole item (§3). */
export function updateItemWriteUnits(beforeBytes: number, afterBytes: number, mode: WriteMode = 'standard'): Calculation<Fraction> {
  return largerImage(beforeBytes, afterBytes, 'UpdateItem is charged on the larger of the item before and after, not on the changed attributes (§3)', mode);
}

/** Returns the write units of a DeleteItem: the size of the deleted item (§3). */
export function deleteItemWriteUnits(deletedItemBytes: number, mode: WriteMode = 'standard'): Calculation<Fraction> {
  return itemWriteUnits(deletedItemBytes, mode);
}

/**
 * Returns the write units a failed conditional write consumes: the larger of the existing and
 * the proposed item, at least 1 WCU (§3, Decision: the developer guide's 300 KB / 310 KB example).
 */
export function failedConditionalWriteUnits(existingBytes: number, proposedBytes: number): Calculation<Fraction> {
  return largerImage(existingBytes, proposedBytes, 'a failed conditional write still consumes the larger of the existing and proposed item, at least 1 WCU (§3)', 'standard');
}

function largerImage(aBytes: number, bBytes: number, rule: string, mode: WriteMode): Calculation<Fraction> {
  const larger = Math.max(aBytes, bBytes);
  const pick: Step = { what: 'Size charged', how: `max(${fmtBytes(aBytes)}, ${fmtBytes(bBytes)})`, result: fmtBytes(larger), rule };
  const blocks = writeBlocks(larger);
  const u = unitsStep(blocks, mode);
  return calc(u.value, [pick, blockStep(larger, 'that size'), u.step]);
}

/** Returns the write units of a BatchWriteItem: each put or delete rounded up to 1 KB separately, then summed (§3). */
export function batchWriteItemWriteUnits(itemBytes: readonly number[]): Calculation<Fraction> {
  return perItemSum(itemBytes, 'standard', 'BatchWriteItem rounds every item up to 1 KB before summing (§3)');
}

/** Returns the write units of a TransactWriteItems call: 2 WCU per 1 KB per item, each item rounded separately (§3). */
export function transactWriteItemsWriteUnits(itemBytes: readonly number[]): Calculation<Fraction> {
  return perItemSum(itemBytes, 'transactional', 'TransactWriteItems rounds every item up to 1 KB before summing, then charges 2 WCU per block (§3)');
}

function perItemSum(itemBytes: readonly number[], mode: WriteMode, rule: string): Calculation<Fraction> {
  const each = itemBytes.map(writeBlocks);
  const blocks = each.reduce((a, b) => a + b, 0);
  const u = unitsStep(blocks, mode);
  return calc(u.value, [
    {
      what: 'Write blocks, each item rounded separately',
      how: describePerItemBlocks(itemBytes, writeBlocks),
      result: `${fmt(blocks)} blocks of 1 KB`,
      rule,
    },
    u.step,
  ]);
}
