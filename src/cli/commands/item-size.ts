import { MAX_ITEM_BYTES } from '../../calculators/limits.js';
import { fmtBytes } from '../../calculators/steps.js';
import { InputError, UsageError } from '../../errors.js';
import type { ItemEncoding } from '../../model/items/item-from-json.js';
import { DEFAULT_TOP, MAX_TOP, measureEach, measureItems } from '../../model/items/measure-items.js';
import type { CommandSpec } from '../command.js';
import type { Io } from '../io.js';
import { explainedReport } from '../format/explain.js';
import { renderItemSizeJson } from '../format/item-size-json.js';
import { renderItemSizeReport } from '../format/item-size-report.js';
import { countFlag, sizeFlag } from '../option-values.js';
import { readTextInput } from '../read-input.js';

/**
 * Item files larger than this are refused before reading (256 MB). Items are parsed one at a time,
 * so memory holds the text plus one item; the bound keeps the text well inside what one string can hold.
 */
const MAX_ITEMS_INPUT_BYTES = 256 * 1024 * 1024;

/** `ddb-plan item-size [FILE|-]`: the size in bytes and the capacity units of DynamoDB items. */
export const itemSizeCommand: CommandSpec = {
  name: 'item-size',
  args: '[file]',
  summary: 'size in bytes and read/write units of items given as DynamoDB JSON or plain JSON (one item, an array, Query/Scan output or JSON Lines; - reads stdin, as does no file when input is piped)',
  options: [
    { flags: '--input-format <format>', description: 'how values are written: DynamoDB JSON ({"S": "a"}), plain JSON (types inferred), or detected from the first item', choices: ['auto', 'dynamodb', 'plain'], defaultValue: 'auto' },
    { flags: '--top <n>', description: `with more items, show only the n largest in detail (1 to ${MAX_TOP}; --json always lists every item)`, defaultValue: String(DEFAULT_TOP) },
    { flags: '--max-item-size <size>', description: 'exit 1 when an item is larger than this, e.g. 1KB to keep every write at 1 WCU (at most 400KB, DynamoDB\'s limit)', defaultValue: '400KB' },
  ],
  examples: ['ddb-plan item-size fixtures/items/order.json', 'ddb-plan item-size fixtures/items/orders.jsonl --json', 'aws dynamodb get-item --table-name Orders --key file://key.json | ddb-plan item-size --explain'],
  async run(args, opts, ctx) {
    const top = countFlag('--top', opts.top, { min: 1, max: MAX_TOP });
    const limit = sizeFlag('--max-item-size', opts.maxItemSize);
    if (limit.value < 1 || limit.value > MAX_ITEM_BYTES) {
      throw new InputError(`${fmtBytes(limit.value)} is not a usable limit: give 1 B to 400KB (${fmtBytes(MAX_ITEM_BYTES)}, DynamoDB's item limit)`, { flag: '--max-item-size' });
    }
    const input = await readTextInput(itemsPath(args[0], ctx.io), ctx.io, MAX_ITEMS_INPUT_BYTES);
    const options = { encoding: opts.inputFormat as ItemEncoding | 'auto', top, limitBytes: limit.value };
    const json = ctx.global.json;
    const report = measureItems(input.text, input.file, { ...options, explain: ctx.global.explain && !json ? 'detailed' : 'none' });
    const exitCode = report.overLimitCount > 0 ? 1 : 0;
    if (json) {
      // The first pass found every problem before anything was written; this one writes every item as it comes.
      const items = measureEach(input.text, input.file, { ...options, explain: ctx.global.explain ? 'all' : 'none' });
      for (const piece of renderItemSizeJson(report, items)) ctx.io.stdout.write(piece);
      return exitCode;
    }
    const explanations = report.detailed.flatMap((m) => (m.explanation ? [m.explanation] : []));
    const limitFlag = limit.value === MAX_ITEM_BYTES ? undefined : `--max-item-size ${String(opts.maxItemSize)}`;
    const body = renderItemSizeReport(report, ctx.style, { explained: ctx.global.explain, ...(limitFlag ? { limitFlag } : {}) });
    ctx.io.stdout.write(explanations.length > 0 ? explainedReport(explanations, body, ctx.style) : body);
    return exitCode;
  },
};

/**
 * Returns the path to read items from: the FILE given, else `-` for piped stdin. Without a FILE on a
 * terminal, reading would wait silently for typing, so that is a usage error; an explicit `-` on a
 * terminal reads what is typed, after a hint on stderr.
 */
function itemsPath(file: string | undefined, io: Io): string {
  if (file === undefined && io.stdinIsTTY) {
    throw new UsageError('item-size needs a FILE or items piped in (ddb-plan item-size items.json, or … | ddb-plan item-size); give - to type items on the terminal');
  }
  const path = file ?? '-';
  if (path === '-' && io.stdinIsTTY) io.stderr.write('ddb-plan: reading items from the terminal; end with Ctrl-D\n');
  return path;
}
