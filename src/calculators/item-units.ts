import { READ_UNIT_BYTES, TRANSACTION_MULTIPLIER, WRITE_UNIT_BYTES } from './limits.js';
import { itemReadUnits } from './read-units.js';
import { calc, fmtBytes, type Calculation, type Step } from './steps.js';
import { readBlocks, writeBlocks } from './units.js';
import { itemWriteUnits } from './write-units.js';

/** What one item costs to write and to read once, and how many bytes less would cost one unit less. */
export interface ItemUnits {
  /** Write units of one standard write (PutItem) of the item. */
  readonly wcu: number;
  /** Write units of one transactional write (TransactWriteItems). */
  readonly wcuTransactional: number;
  /** Read units of one GetItem of the item. */
  readonly rcu: { readonly strong: number; readonly eventual: number; readonly transactional: number };
  /** Bytes to trim to save one write unit, or null when the item already costs the minimum. */
  readonly trimToSaveWcu: number | null;
  /** Bytes to trim to save one 4 KB read block, or null when the item already fits one block. */
  readonly trimToSaveRcu: number | null;
  /** True when the item is just over a 1 KB boundary (trimming at most a tenth of a unit saves one). */
  readonly nearWriteBoundary: boolean;
  /** True when the item is just over a 4 KB boundary. */
  readonly nearReadBoundary: boolean;
}

// "Just over a boundary" is ddb-plan's own threshold for suggesting a trim, not an AWS rule: the
// item spills at most a tenth of a unit (102 B of 1 KB, 409 B of 4 KB) into its last unit.
const NEAR_BOUNDARY_DIVISOR = 10;

/**
 * Returns the write units (standard and transactional) and read units (strong, eventual,
 * transactional) of one item of `itemBytes` (DYNAMODB-RULES.md §2, §3), and how many bytes to trim
 * to cost one unit less.
 */
export function itemUnits(itemBytes: number): Calculation<ItemUnits> {
  // The numbers come from the bulk path; the steps from the calculators that explain each unit.
  // Both round with readBlocks/writeBlocks, and a property test holds them to the same values.
  const value = itemUnitsValue(itemBytes);
  const explained = [itemWriteUnits(itemBytes), itemWriteUnits(itemBytes, 'transactional'), itemReadUnits(itemBytes, 'strong'), itemReadUnits(itemBytes, 'eventual'), itemReadUnits(itemBytes, 'transactional')];
  const steps: Step[] = dedupe(explained.flatMap((c) => c.steps));
  if (value.nearWriteBoundary && value.trimToSaveWcu !== null) steps.push(trimStep(itemBytes, value.trimToSaveWcu, WRITE_UNIT_BYTES, 'write unit', value.wcu));
  if (value.nearReadBoundary && value.trimToSaveRcu !== null) steps.push(trimStep(itemBytes, value.trimToSaveRcu, READ_UNIT_BYTES, 'strongly consistent read unit', value.rcu.strong));
  return calc(value, steps);
}

/** Returns the same units as `itemUnits`, without steps: for measuring many items (§2, §3). */
export function itemUnitsValue(itemBytes: number): ItemUnits {
  const writes = writeBlocks(itemBytes);
  const reads = readBlocks(itemBytes);
  const trimWcu = bytesToSaveUnit(itemBytes, WRITE_UNIT_BYTES);
  const trimRcu = bytesToSaveUnit(itemBytes, READ_UNIT_BYTES);
  return {
    wcu: writes,
    wcuTransactional: writes * TRANSACTION_MULTIPLIER,
    // Halves are exact in binary floating point, so an eventually consistent unit count is exact.
    rcu: { strong: reads, eventual: reads / 2, transactional: reads * TRANSACTION_MULTIPLIER },
    trimToSaveWcu: trimWcu,
    trimToSaveRcu: trimRcu,
    nearWriteBoundary: trimWcu !== null && trimWcu <= WRITE_UNIT_BYTES / NEAR_BOUNDARY_DIVISOR,
    nearReadBoundary: trimRcu !== null && trimRcu <= READ_UNIT_BYTES / NEAR_BOUNDARY_DIVISOR,
  };
}

/**
 * Returns how many bytes an item of `itemBytes` must lose to need one `blockBytes` block less:
 * the bytes past the last full block; null when it fits one block already.
 */
export function bytesToSaveUnit(itemBytes: number, blockBytes: number): number | null {
  if (itemBytes <= blockBytes) return null;
  const past = itemBytes % blockBytes;
  return past === 0 ? blockBytes : past;
}

/** What trimming an item to the block boundary below it saves. */
export interface TrimSaving {
  /** Bytes to trim: those past the boundary. */
  readonly trimBytes: number;
  /** The item's size once trimmed: a whole number of blocks, in bytes. */
  readonly boundaryBytes: number;
  /** The trimmed item's units: one block fewer, so one write unit (1 KB blocks) or one strongly consistent read unit (4 KB blocks) fewer. */
  readonly unitsAfter: ItemUnits;
}

/**
 * Returns what trimming an item of `itemBytes` to the `blockBytes` boundary below saves (1 KB for
 * writes, 4 KB for reads, §2, §3), or null when it fits one block already.
 */
export function trimSaving(itemBytes: number, blockBytes: number): TrimSaving | null {
  const trimBytes = bytesToSaveUnit(itemBytes, blockBytes);
  if (trimBytes === null) return null;
  const boundaryBytes = itemBytes - trimBytes;
  return { trimBytes, boundaryBytes, unitsAfter: itemUnitsValue(boundaryBytes) };
}

function trimStep(itemBytes: number, trim: number, blockBytes: number, unit: string, units: number): Step {
  const boundary = itemBytes - trim;
  return {
    what: `Bytes to trim to save a ${unit}`,
    how: `${fmtBytes(itemBytes)} − ${fmtBytes(boundary)} (${units - 1} × ${fmtBytes(blockBytes)})`,
    result: fmtBytes(trim),
  };
}

function dedupe(steps: readonly Step[]): Step[] {
  const seen = new Set<string>();
  return steps.filter((s) => {
    const key = `${s.what}\u0000${s.how ?? ''}\u0000${s.result}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
