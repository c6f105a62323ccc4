import { INDEX_CHANGES, indexWritesPerChange, type IndexChange } from '../calculators/index-writes.js';
import type { Fraction } from '../calculators/fraction.js';
import type { ItemGroup } from '../calculators/item-groups.js';
import { isReadOperation, type IndexKind, type Operation, type ReadOperation, type WriteOperation } from '../calculators/operations.js';
import type { ReadCall } from '../calculators/read-call-units.js';
import type { ReadConsistency } from '../calculators/read-units.js';
import { assume, type Step } from '../calculators/steps.js';
import type { WriteCall } from '../calculators/write-call-units.js';
import { UsageError } from '../errors.js';
import type { QuickItemSizes } from './format/quick-capacity-json.js';
import { countFlag, flagName, rateFlag, shareFlag, sizeFlag, sizeListFlag } from './option-values.js';

/** A quick capacity question read from the command line, before prices are known. */
export interface QuickQuestion {
  readonly reads?: { readonly ratePerSecond: Fraction; readonly call: ReadCall };
  readonly writes?: { readonly ratePerSecond: Fraction; readonly call: WriteCall };
  /** What the flags mean once converted (sizes in bytes, rates per second) and what was assumed, for `--explain`. */
  readonly inputSteps: readonly Step[];
  /** The item size and the item size list as given. */
  readonly sizes: QuickItemSizes;
}

/**
 * Reads the quick-mode flags of `ddb-plan capacity` into read and write calls: refuses flags that
 * do not fit together, converts sizes and rates, applies the defaults and records each as a step.
 */
export function quickQuestionFromFlags(opts: Readonly<Record<string, unknown>>): QuickQuestion {
  const op = opts.operation as Operation | undefined;
  checkFlagCombination(op, opts);
  const inputSteps: Step[] = [];

  const rate = (flag: '--reads' | '--writes', value: unknown, noun: string): Fraction => {
    const r = rateFlag(flag, value);
    // "Rate 120/min" becomes "Writes per second (120/min)", a bare "Rate" just "Writes per second".
    inputSteps.push(...r.steps.map((s) => ({ ...s, what: s.what.replace(/^Rate(?: (.+))?$/, (_m, given?: string) => (given ? `${noun} (${given})` : noun)) })));
    return r.value;
  };
  const size = (flag: string, value: unknown, noun: string | null): number => {
    const s = sizeFlag(flag, value);
    inputSteps.push(...s.steps.map((x) => (noun === null ? x : { ...x, what: x.what.replace(/^Size/, noun) })));
    return s.value;
  };

  const reads = opts.reads === undefined ? undefined : rate('--reads', opts.reads, op ? `${op} calls per second` : 'Reads per second');
  const writes = opts.writes === undefined ? undefined : rate('--writes', opts.writes, op ? `${op} calls per second` : 'Writes per second');
  let items: ItemGroup[];
  let itemBytes: number | null = null;
  let itemSizes: number[] | null = null;
  if (opts.itemSizes !== undefined) {
    const list = sizeListFlag('--item-sizes', opts.itemSizes);
    inputSteps.push(...list.steps);
    itemSizes = list.value;
    items = list.value.map((bytes) => ({ count: 1, bytes }));
  } else {
    itemBytes = size('--item-size', opts.itemSize, null);
    const perCall = opts.scannedItemsPerCall ?? opts.itemsPerCall;
    const flag = opts.scannedItemsPerCall !== undefined ? '--scanned-items-per-call' : '--items-per-call';
    items = [{ count: perCall === undefined ? 1 : countFlag(flag, perCall), bytes: itemBytes }];
  }
  const itemsReturned = opts.itemsPerCall !== undefined && (opts.itemSizes !== undefined || opts.scannedItemsPerCall !== undefined) ? countFlag('--items-per-call', opts.itemsPerCall) : undefined;
  const index = opts.index as IndexKind | undefined;
  const oldItemBytes = opts.oldItemSize === undefined ? undefined : size('--old-item-size', opts.oldItemSize, 'Existing item size');
  const baseItemBytes = opts.baseItemSize === undefined ? undefined : size('--base-item-size', opts.baseItemSize, 'Base item size');
  const failureRate = opts.conditionalFailureRate === undefined ? undefined : shareFlag('--conditional-failure-rate', opts.conditionalFailureRate);
  if (failureRate) inputSteps.push({ what: 'Share of writes whose condition fails', result: failureRate.steps[0]?.result ?? '' });
  const indexEntryBytes = opts.indexEntrySize === undefined ? undefined : size('--index-entry-size', opts.indexEntrySize, 'Index entry size');
  let indexWrite: WriteCall['index'];
  if (opts.indexChange !== undefined && index !== undefined) {
    let entryBytes: number;
    if (indexEntryBytes !== undefined) entryBytes = indexEntryBytes;
    else {
      entryBytes = itemBytes ?? 0;
      if (indexWritesPerChange(opts.indexChange as IndexChange) > 0) inputSteps.push(assume('the index projects all attributes, so each index entry is as large as the item (give --index-entry-size for KEYS_ONLY or INCLUDE projections)'));
    }
    indexWrite = { kind: index, change: opts.indexChange as IndexChange, entryBytes };
  }

  const consistency = (opts.consistency as ReadConsistency | undefined) ?? (op === 'TransactGetItems' ? 'transactional' : 'eventual');
  if (reads && opts.consistency === undefined && op !== 'TransactGetItems') {
    inputSteps.push(assume('reads are eventually consistent, DynamoDB\'s default (give --consistency strong for strongly consistent reads)'));
  }
  const readCall: ReadCall = {
    ...(op && isReadOperation(op) ? { operation: op as ReadOperation } : {}),
    // A read of an index reads its projected entries: the entry size, when given, is what is read.
    items: indexEntryBytes === undefined ? items : items.map((g) => ({ count: g.count, bytes: indexEntryBytes })),
    consistency,
    ...(itemsReturned === undefined ? {} : { itemsReturned }),
    ...(index === undefined ? {} : { index }),
    ...(baseItemBytes === undefined ? {} : { baseItemBytes }),
  };
  const writeCall: WriteCall = {
    ...(op && !isReadOperation(op) ? { operation: op as WriteOperation } : {}),
    items,
    transactional: Boolean(opts.transactional),
    ...(oldItemBytes === undefined ? {} : { oldItemBytes }),
    ...(failureRate === undefined ? {} : { conditionalFailureRate: failureRate.value }),
    ...(indexWrite === undefined ? {} : { index: indexWrite }),
  };
  return {
    ...(reads ? { reads: { ratePerSecond: reads, call: readCall } } : {}),
    ...(writes ? { writes: { ratePerSecond: writes, call: writeCall } } : {}),
    inputSteps,
    sizes: { itemBytes, itemSizes },
  };
}

/** Quick-mode flags, as commander's option keys: a spec plan refuses them, as the spec says what they say. */
const QUICK_FLAGS = ['reads', 'writes', 'itemSize', 'operation', 'itemsPerCall', 'scannedItemsPerCall', 'itemSizes', 'consistency', 'oldItemSize', 'conditionalFailureRate', 'index', 'indexChange', 'indexEntrySize', 'baseItemSize', 'transactional'] as const;

/** Returns the quick-mode flags given (`--reads`, `--item-size`, …), in the order `capacity --help` lists them but `--transactional` last. */
export function quickFlagsGiven(opts: Readonly<Record<string, unknown>>): string[] {
  return QUICK_FLAGS.filter((key) => opts[key] !== undefined).map(flagName);
}

/** Flags that only make sense for reads, or only for writes. */
const READ_FLAGS = ['consistency', 'scannedItemsPerCall', 'baseItemSize'] as const;
const WRITE_FLAGS = ['transactional', 'oldItemSize', 'conditionalFailureRate', 'indexChange'] as const;

/** Returns the flag a field of the quick input came from (`/reads/call/items/count` → `--items-per-call`), to name it in an error. */
export function flagOfInputPath(path: string, opts: Readonly<Record<string, unknown>>): string | undefined {
  const field = path.replace(/^\/(reads|writes)\/call/, '');
  const list = opts.itemSizes !== undefined;
  const table: Record<string, string> = {
    '/items/count': list ? '--item-sizes' : opts.scannedItemsPerCall !== undefined ? '--scanned-items-per-call' : '--items-per-call',
    '/items/bytes': list ? '--item-sizes' : '--item-size',
    '/itemsReturned': '--items-per-call',
    '/consistency': '--consistency',
    '/index': '--index',
    '/baseItemBytes': '--base-item-size',
    '/transactional': '--transactional',
    '/oldItemBytes': '--old-item-size',
    '/conditionalFailureRate': '--conditional-failure-rate',
    '/index/change': '--index-change',
    '/index/entryBytes': '--index-entry-size',
  };
  return table[field];
}

/** Refuses flags that do not fit together, naming the flag, before any arithmetic. */
function checkFlagCombination(op: Operation | undefined, opts: Readonly<Record<string, unknown>>): void {
  const given = (key: string): boolean => opts[key] !== undefined;
  if (!given('reads') && !given('writes')) {
    throw new UsageError(
      op === undefined
        ? 'capacity needs --reads and/or --writes with --item-size, or a spec file (see ddb-plan capacity --help)'
        : `--operation ${op} needs ${isReadOperation(op) ? '--reads' : '--writes'}: ${op} calls per second`,
    );
  }
  if (op !== undefined) {
    const read = isReadOperation(op);
    const wrong = read ? 'writes' : 'reads';
    if (given(wrong)) {
      throw new UsageError(`--${wrong}: ${op} is a ${read ? 'read' : 'write'} operation; give its calls per second with ${read ? '--reads' : '--writes'}`);
    }
  }
  if (given('itemSize') && given('itemSizes')) throw new UsageError('--item-sizes: give either --item-size (with --items-per-call) or --item-sizes, not both');
  if (!given('itemSize') && !given('itemSizes')) throw new UsageError('--item-size is required with --reads or --writes (e.g. --item-size 4KB), or --item-sizes for the items of one call');
  if (given('itemSizes') && given('scannedItemsPerCall')) throw new UsageError('--scanned-items-per-call: with --item-sizes, the items listed are the items read');
  const scanning = op === 'Query' || op === 'Scan';
  if (given('scannedItemsPerCall') && !scanning) throw new UsageError('--scanned-items-per-call applies to --operation Query or Scan');
  if (given('itemSizes') && given('itemsPerCall') && !scanning) throw new UsageError('--items-per-call: with --item-sizes, the number of items is the number of sizes listed');
  for (const key of READ_FLAGS) {
    if (given(key) && !given('reads')) throw new UsageError(`${flagName(key)} applies to reads, and this question has none (add --reads)`);
  }
  for (const key of WRITE_FLAGS) {
    if (given(key) && !given('writes')) throw new UsageError(`${flagName(key)} applies to writes, and this question has none (add --writes)`);
  }
  if (given('indexChange') && !given('index')) throw new UsageError('--index-change needs --index global or --index local: the kind of index the writes keep up to date');
  if (given('indexEntrySize') && !given('index')) throw new UsageError('--index-entry-size needs --index global or --index local: the index whose entries it sizes');
  if (given('indexEntrySize') && given('itemSizes') && given('reads')) throw new UsageError('--index-entry-size: with --item-sizes, list the sizes of the index entries read instead');
  if (given('index') && given('writes') && !given('indexChange')) {
    throw new UsageError(`--index-change: say what each write does to the ${String(opts.index)} index entry (${INDEX_CHANGES.join(', ')})`);
  }
  if (given('indexChange') && given('itemSizes') && !given('indexEntrySize')) throw new UsageError('--index-entry-size is required with --item-sizes and --index-change');
}
