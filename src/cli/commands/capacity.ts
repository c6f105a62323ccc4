import type { TableClass } from '../../calculators/cost.js';
import type { Fraction } from '../../calculators/fraction.js';
import { INDEX_CHANGES, indexWritesPerChange, type IndexChange } from '../../calculators/index-writes.js';
import type { ItemGroup } from '../../calculators/item-groups.js';
import { isReadOperation, OPERATIONS, type IndexKind, type Operation, type ReadOperation, type WriteOperation } from '../../calculators/operations.js';
import { quickCapacity, type CapacityMode, type QuickCapacity } from '../../calculators/quick-capacity.js';
import type { ReadCall } from '../../calculators/read-call-units.js';
import type { ReadConsistency } from '../../calculators/read-units.js';
import type { Explanation, Step } from '../../calculators/steps.js';
import { assume } from '../../calculators/steps.js';
import type { WriteCall } from '../../calculators/write-call-units.js';
import { InputError, UsageError } from '../../errors.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { renderExplanations } from '../format/explain.js';
import { renderJson } from '../format/json.js';
import { countFlag, rateFlag, shareFlag, sizeFlag, sizeListFlag } from '../option-values.js';
import { loadPrices } from '../prices.js';
import { quickJson } from '../format/quick-capacity-json.js';
import { renderQuickTable } from '../format/quick-capacity-table.js';

/** `ddb-plan capacity`: quick answers from flags. */
export const capacityCommand: CommandSpec = {
  name: 'capacity',
  args: '[spec...]',
  summary: 'read/write capacity, partitions and monthly cost: quick answers from flags, or a full plan from a spec',
  options: [
    { flags: '--reads <rate>', description: 'reads per second (10, 10/s, 120/min, 3600/h); with --operation, read calls per second' },
    { flags: '--writes <rate>', description: 'writes per second (10, 10/s, 120/min, 3600/h); with --operation, write calls per second' },
    { flags: '--item-size <size>', description: 'item size (400B, 4.5KB, 1.5MB; a bare number is bytes); on a global index, the index entry size' },
    { flags: '--operation <name>', description: 'price one DynamoDB API call instead of plain item reads and writes', choices: OPERATIONS },
    { flags: '--items-per-call <n>', description: 'items per call: in a batch or transaction, or returned by a Query/Scan (after its filter)' },
    { flags: '--scanned-items-per-call <n>', description: 'Query/Scan: items read per call before the filter, which is what is charged (default --items-per-call)' },
    { flags: '--item-sizes <list>', description: 'comma-separated sizes of the items of one call (1.5KB,6.5KB), instead of --item-size' },
    { flags: '--consistency <level>', description: 'read consistency: eventual unless given, as in DynamoDB; TransactGetItems is always transactional', choices: ['strong', 'eventual', 'transactional'] },
    { flags: '--transactional', description: 'plain writes are transactional (2 WCU per 1 KB, as in TransactWriteItems)', defaultValue: false },
    { flags: '--old-item-size <size>', description: 'size of the item already stored: replaced by PutItem, the before image of UpdateItem, the item a failed condition meets' },
    { flags: '--conditional-failure-rate <share>', description: 'share of writes whose condition fails (0.2 or 20%); they still consume capacity' },
    { flags: '--index <kind>', description: 'the secondary index read by a Query/Scan, or kept up to date by the writes', choices: ['global', 'local'] },
    { flags: '--index-change <change>', description: 'what each write does to the entry of the --index', choices: INDEX_CHANGES },
    { flags: '--index-entry-size <size>', description: 'size of the projected index entry, for index reads and index writes (default --item-size: the index projects all attributes)' },
    { flags: '--base-item-size <size>', description: 'local index reads: size of the base item fetched for each returned item whose attributes the index does not project' },
    { flags: '--mode <mode>', description: 'capacity mode', choices: ['provisioned', 'on-demand'], defaultValue: 'provisioned' },
    { flags: '--table-class <class>', description: 'table class', choices: ['standard', 'standard-ia'], defaultValue: 'standard' },
    { flags: '--prices <file>', description: 'price table JSON to use instead of the bundled one (data/prices.json)' },
  ],
  examples: [
    'ddb-plan capacity --writes 6 --item-size 4.5KB --explain',
    'ddb-plan capacity --reads 16 --item-size 12KB --json',
    'ddb-plan capacity --reads 1000 --writes 200 --item-size 2KB --mode on-demand',
    'ddb-plan capacity --operation BatchGetItem --reads 1 --item-sizes 1.5KB,6.5KB --consistency strong --explain',
    'ddb-plan capacity --operation Query --reads 10 --items-per-call 10 --item-size 4KB --consistency strong',
    'ddb-plan capacity --operation UpdateItem --writes 100 --item-size 2KB --index global --index-change key-change --index-entry-size 300B',
  ],
  async run(args, opts, ctx) {
    if (args.length > 0) {
      throw new UsageError('capacity plans from spec files are not available in this version; use the quick flags (--reads, --writes, --item-size)');
    }
    return runQuick(opts, ctx);
  },
};

/** Flags that only make sense for reads, or only for writes. */
const READ_FLAGS = ['consistency', 'scannedItemsPerCall', 'baseItemSize'] as const;
const WRITE_FLAGS = ['transactional', 'oldItemSize', 'conditionalFailureRate', 'indexChange'] as const;

/** Where each field of the quick input came from on the command line, to name the flag in an error. */
function flagOf(path: string, opts: Readonly<Record<string, unknown>>): string | undefined {
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

const kebab = (key: string): string => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

async function runQuick(opts: Readonly<Record<string, unknown>>, ctx: CommandContext): Promise<number> {
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

  const prices = await loadPrices(ctx.io, opts.prices as string | undefined);
  let result: QuickCapacity;
  try {
    result = quickCapacity(
      {
        ...(reads ? { reads: { ratePerSecond: reads, call: readCall } } : {}),
        ...(writes ? { writes: { ratePerSecond: writes, call: writeCall } } : {}),
        mode: opts.mode as CapacityMode,
        tableClass: opts.tableClass as TableClass,
      },
      prices,
    );
  } catch (e) {
    const flag = e instanceof InputError && e.location.path !== undefined ? flagOf(e.location.path, opts) : undefined;
    if (e instanceof InputError && flag) throw new InputError(e.message, { flag });
    throw e;
  }
  const explanations: Explanation[] = [{ title: 'Inputs', steps: inputSteps }, ...result.explanations];
  if (ctx.global.json) {
    ctx.io.stdout.write(renderJson({ ...quickJson(result, { itemBytes, itemSizes }), ...(ctx.global.explain ? { explanations } : {}) }));
    return 0;
  }
  let out = renderQuickTable(result, ctx);
  if (ctx.global.explain) out = `${renderExplanations(explanations, ctx.style)}${out}`;
  ctx.io.stdout.write(`${out}\n`);
  return 0;
}

/** Refuses flags that do not fit together, naming the flag, before any arithmetic. */
function checkFlagCombination(op: Operation | undefined, opts: Readonly<Record<string, unknown>>): void {
  const given = (key: string): boolean => opts[key] !== undefined && opts[key] !== false;
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
    if (given(key) && !given('reads')) throw new UsageError(`${kebab(key)} applies to reads, and this question has none (add --reads)`);
  }
  for (const key of WRITE_FLAGS) {
    if (given(key) && !given('writes')) throw new UsageError(`${kebab(key)} applies to writes, and this question has none (add --writes)`);
  }
  if (given('indexChange') && !given('index')) throw new UsageError('--index-change needs --index global or --index local: the kind of index the writes keep up to date');
  if (given('indexEntrySize') && !given('index')) throw new UsageError('--index-entry-size needs --index global or --index local: the index whose entries it sizes');
  if (given('indexEntrySize') && given('itemSizes') && given('reads')) throw new UsageError('--index-entry-size: with --item-sizes, list the sizes of the index entries read instead');
  if (given('index') && given('writes') && !given('indexChange')) {
    throw new UsageError(`--index-change: say what each write does to the ${String(opts.index)} index entry (${INDEX_CHANGES.join(', ')})`);
  }
  if (given('indexChange') && given('itemSizes') && !given('indexEntrySize')) throw new UsageError('--index-entry-size is required with --item-sizes and --index-change');
}
