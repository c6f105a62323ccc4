import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderJson } from '../../src/cli/format/json.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const TAGS = '(expected one of S, N, B, BOOL, NULL, L, M, SS, NS, BS)';

describe('ddb-plan item-size: reports', () => {
  it('prints the 1,030-byte item: 2 WCU, its breakdown and the bytes to trim', async () => {
    const run = await runCli(['item-size', 'fixtures/items/item-1030-bytes.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'fixtures/items/item-1030-bytes.json: 1 item, DynamoDB JSON (detected)',
        '',
        '┌──────┬──────┬─────────┬─────┬────────────┬──────────────┬───────────────────┐',
        '│ item │ line │   bytes │ WCU │ RCU strong │ RCU eventual │ RCU transactional │',
        '├──────┼──────┼─────────┼─────┼────────────┼──────────────┼───────────────────┤',
        '│    1 │    1 │ 1,030 B │   2 │          1 │          0.5 │                 2 │',
        '└──────┴──────┴─────────┴─────┴────────────┴──────────────┴───────────────────┘',
        '',
        'Item 1 (line 1): 1,030 B (≈1.01 KB), 4 attributes',
        '┌──────────────┬──────┬──────┬─────────┬─────────┬────────┐',
        '│ attribute    │ type │ name │   value │   bytes │  share │',
        '├──────────────┼──────┼──────┼─────────┼─────────┼────────┤',
        '│ description  │ S    │ 11 B │   978 B │   989 B │   96 % │',
        '│ name         │ S    │  4 B │    13 B │    17 B │  1.7 % │',
        '│ pk           │ S    │  2 B │    14 B │    16 B │  1.6 % │',
        '│ price        │ N    │  5 B │     3 B │     8 B │ 0.78 % │',
        '│ (whole item) │      │ 22 B │ 1,008 B │ 1,030 B │  100 % │',
        '└──────────────┴──────┴──────┴─────────┴─────────┴────────┘',
        '1,030 B is 6 B past 1 KB: trim 6 B to write it with 1 WCU instead of 2.',
        'Add --explain for the arithmetic of every attribute.',
        '',
      ].join('\n'),
    );
  });

  it('explains every attribute, the limit and the units', async () => {
    const run = await runCli(['item-size', '--explain', 'fixtures/items/item-1030-bytes.json']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Item 1 (line 1)',
      '  1. pk (S): 2 B name + 14 B String = 16 B',
      '       rule: a String is its UTF-8 byte length (§1); each attribute counts the UTF-8 bytes of its name plus its value (§1)',
      '  2. name (S): 4 B name + 13 B String = 17 B',
      '  3. price (N): 5 B name + 3 B Number (12.5 → significant digits 125 → digit pairs 12.50 → 2 pairs + 1 = 3 B) = 8 B',
      '       rule: a Number drops its sign and its leading and trailing zeros, groups its digits in pairs aligned on the decimal point, drops 00 pairs at either end, and takes 1 byte per pair + 1, + 1 if negative (§1)',
      '  4. description (S): 11 B name + 978 B String = 989 B',
    ]);
    expect(lines).toContain('  5. Item size: 16 B + 17 B + 8 B + 989 B = 1,030 B');
    expect(lines).toContain('  7. Write blocks of 1 KB for the item: ceil(1,030 B ÷ 1,024 B) = 2 blocks');
    expect(lines).toContain(' 14. Bytes to trim to save a write unit: 1,030 B − 1,024 B (1 × 1,024 B) = 6 B');
    expect(lines).toContain('     assumption: Number sizes follow the digit-pair rule; AWS calls its own Number formula approximate (§1)');
    expect(lines).toContain('     Answer: 1,030 B: 2 WCU to write; 1 RCU strongly consistent, 0.5 eventually consistent, 2 transactional to read');
    expect(run.stdout).not.toContain('Add --explain');
  });

  it('prints the JSON contract: bytes, wcu, rcu and attributes per item', async () => {
    const doc = await runCliJson(['item-size', 'fixtures/items/order.json']);
    expect(doc).toMatchObject({ schemaVersion: 1, file: 'fixtures/items/order.json', encoding: 'dynamodb', encodingDetected: true, shape: 'item', limitBytes: 409_600, count: 1, overLimitCount: 0 });
    const [item] = doc.items as Record<string, unknown>[];
    expect(item).toMatchObject({ index: 0, line: 1, column: 1, path: '$', bytes: 264, overLimit: false, wcu: 1, wcuTransactional: 2, rcu: { strong: 1, eventual: 0.5, transactional: 2 }, trimToSave: { wcu: null, rcu: null } });
    // Names: 75 B of top-level names plus the map keys sku qty price (×2) and name city zip.
    expect(item?.nameBytes).toBe(75 + 2 * (3 + 3 + 5) + (4 + 4 + 3));
    expect((item?.attributes as { name: string; type: string; bytes: number }[]).map((a) => [a.name, a.type, a.bytes])).toEqual([
      ['pk', 'S', 17],
      ['sk', 'S', 26],
      ['status', 'S', 13],
      ['total', 'N', 9],
      ['itemCount', 'N', 11],
      ['paid', 'BOOL', 5],
      ['giftMessage', 'NULL', 12],
      ['thumbnail', 'B', 25],
      ['tags', 'SS', 15],
      ['warehouseIds', 'NS', 16],
      ['lines', 'L', 67],
      ['shipTo', 'M', 48],
    ]);
  });

  it('formats its streamed JSON exactly as every other command does', async () => {
    const run = await runCli(['--json', 'item-size', 'fixtures/items/orders.jsonl']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(renderJson(JSON.parse(run.stdout) as Record<string, unknown>));
  });

  it('infers the types of plain JSON: the same order without sets and binary is 249 B', async () => {
    const doc = await runCliJson(['item-size', 'fixtures/items/order.plain.json']);
    expect(doc).toMatchObject({ encoding: 'plain', items: [{ bytes: 249 }] });
    const attrs = (doc.items as { attributes: { name: string; type: string; bytes: number }[] }[])[0]?.attributes;
    // Arrays are Lists: 3 B + (member + 1 B) each, 5 B more than the sets of the DynamoDB JSON.
    expect(attrs?.find((a) => a.name === 'tags')).toMatchObject({ type: 'L', bytes: 4 + 3 + 8 + 5 });
  });

  it('reads DynamoDB JSON as plain JSON when told to', async () => {
    const doc = await runCliJson(['item-size', '--input-format', 'plain', 'fixtures/items/item-1030-bytes.json']);
    // Each {"S": "…"} becomes a Map of one entry, 3 B + key 1 B + value + 1 B: 5 B more per String.
    // The Number {"N": "12.5"} (3 B) becomes a Map holding the String "12.5": 3 + 1 + 4 + 1 = 9 B.
    expect(doc).toMatchObject({ encoding: 'plain', encodingDetected: false, items: [{ bytes: 1030 + 3 * 5 + (9 - 3) }] });
  });

  it('summarises JSON Lines and names the bytes to trim at a 4 KB boundary', async () => {
    const run = await runCli(['item-size', 'fixtures/items/orders.jsonl', '--top', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('fixtures/items/orders.jsonl: 4 items in JSON Lines, DynamoDB JSON (detected)\n\nThe 2 largest of 4 items (--top N shows more; --json lists every item):\n');
    expect(run.stdout).toContain('│    4 │    4 │ 4,100 B │   5 │          2 │            1 │                 4 │\n│    3 │    3 │   120 B │   1 │          1 │          0.5 │                 2 │\n');
    expect(run.stdout).toContain('4,100 B is 4 B past 4 KB: trim 4 B to write it with 4 WCU instead of 5.\n');
    expect(run.stdout).toContain('4,100 B is 4 B past 4 KB: trim 4 B to read it with 1 RCU instead of 2 (strongly consistent; 0.5 instead of 1 eventually consistent).\n');
    expect(run.stdout).toContain(
      [
        'Summary of 4 items',
        '┌───────────────────┬──────┬───────────┬─────────┬─────────┐',
        '│                   │  min │   average │     max │   total │',
        '├───────────────────┼──────┼───────────┼─────────┼─────────┤',
        '│ bytes             │ 70 B │ 1,091.8 B │ 4,100 B │ 4,367 B │',
        '│ WCU               │    1 │         2 │       5 │       8 │',
        '│ RCU strong        │    1 │      1.25 │       2 │       5 │',
        '│ RCU eventual      │  0.5 │     0.625 │       1 │     2.5 │',
        '│ RCU transactional │    2 │       2.5 │       4 │      10 │',
        '└───────────────────┴──────┴───────────┴─────────┴─────────┘',
      ].join('\n'),
    );
    expect(run.stdout).not.toContain('Item 1 (line 1)');
    const doc = await runCliJson(['item-size', 'fixtures/items/orders.jsonl', '--top', '2']);
    expect((doc.items as { bytes: number; line: number }[]).map((i) => [i.line, i.bytes])).toEqual([
      [1, 70],
      [2, 77],
      [3, 120],
      [4, 4100],
    ]);
    expect(doc.summary).toEqual({
      bytes: { min: 70, max: 4100, total: 4367, average: 1091.75 },
      wcu: { min: 1, max: 5, total: 8, average: 2 },
      rcu: { strong: { min: 1, max: 2, total: 5, average: 1.25 }, eventual: { min: 0.5, max: 1, total: 2.5, average: 0.625 }, transactional: { min: 2, max: 4, total: 10, average: 2.5 } },
    });
  });

  it('unwraps Query output', async () => {
    const doc = await runCliJson(['item-size', 'fixtures/items/query-output.json']);
    expect(doc).toMatchObject({ shape: 'Items', count: 2 });
    expect((doc.items as { path: string; line: number; bytes: number }[]).map((i) => [i.path, i.line, i.bytes])).toEqual([
      ['$.Items[0]', 3, 70],
      ['$.Items[1]', 20, 77],
    ]);
  });

  it('reads standard input with - and with no file', async () => {
    const stdin = '{"id": "a", "n": 12000}\n';
    for (const argv of [['item-size', '-'], ['item-size']]) {
      const doc = await runCliJson(argv, { stdin });
      expect(doc).toMatchObject({ file: '<stdin>', encoding: 'plain', items: [{ bytes: 2 + 1 + 1 + 3, attributes: [{ name: 'id', bytes: 3 }, { name: 'n', bytes: 4 }] }] });
    }
  });

  it('refuses at once to wait for typing when no file is given and stdin is a terminal', async () => {
    const run = await runCli(['item-size'], { stdinIsTTY: true, stdin: '{"id": "never read"}' });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ddb-plan: item-size needs a FILE or items piped in (ddb-plan item-size items.json, or … | ddb-plan item-size); give - to type items on the terminal\n',
    });
  });

  it('reads the terminal with -, saying on stderr that it waits for items, and only on a terminal', async () => {
    const stdin = '{"id": "a"}\n';
    const typed = await runCli(['--json', 'item-size', '-'], { stdinIsTTY: true, stdin });
    expect({ code: typed.code, stderr: typed.stderr }).toEqual({ code: 0, stderr: 'ddb-plan: reading items from the terminal; end with Ctrl-D\n' });
    expect(JSON.parse(typed.stdout)).toMatchObject({ file: '<stdin>', items: [{ bytes: 3 }] });
    const piped = await runCli(['--json', 'item-size', '-'], { stdin });
    expect({ code: piped.code, stderr: piped.stderr, stdout: piped.stdout }).toEqual({ code: 0, stderr: '', stdout: typed.stdout });
  });

  it('exits 1 for an item over 409,600 bytes and still prints the report with its size', async () => {
    const item = JSON.stringify({ id: { S: 'big' }, blob: { S: 'x'.repeat(420_000) } });
    const run = await runCli(['item-size'], { stdin: item });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('│    1 │    1 │ ✗ 420,009 B │ 411 │        103 │         51.5 │               206 │');
    expect(run.stdout).toContain("✗ Over DynamoDB's 400 KB item limit (409,600 B) by 10,409 B: DynamoDB refuses this item.\n");
    // A sliver keeps two significant digits; the rest is not rounded up to 100 %.
    expect(run.stdout).toContain('│ id           │ S    │  2 B │       3 B │       5 B │ 0.0012 % │');
    expect(run.stdout).toContain('│ blob         │ S    │  4 B │ 420,000 B │ 420,004 B │  >99.9 % │');
    expect(run.stdout).toContain("✗ 1 of 1 item is over DynamoDB's 409,600 B item limit: item 1 (line 1, 420,009 B).\n");
    const json = await runCli(['--json', 'item-size', '-'], { stdin: `{"id": {"S": "ok"}}\n${item}\n` });
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout) as { overLimitCount: number; items: { bytes: number; overLimit: boolean }[] };
    expect(doc.overLimitCount).toBe(1);
    expect(doc.items.map((i) => [i.bytes, i.overLimit])).toEqual([
      [4, false],
      [420_009, true],
    ]);
  });

  it('exits 1 for an item over a chosen --max-item-size', async () => {
    const run = await runCli(['item-size', 'fixtures/items/item-1030-bytes.json', '--max-item-size', '1KB']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ Over the --max-item-size 1KB limit of 1,024 B by 6 B.\n');
    expect(run.stdout).toContain('✗ 1 of 1 item is over the --max-item-size 1KB limit of 1,024 B: item 1 (line 1, 1,030 B).\n');
    expect((await runCli(['item-size', 'fixtures/items/item-1030-bytes.json', '--max-item-size', '1030'])).code).toBe(0);
  });

  it('measures a large JSON Lines input item by item', async () => {
    // 20,000 items of 2 + 10 (pk) + 4 + 100 (body) = 116 B each.
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ pk: { S: `USER#${String(i).padStart(5, '0')}` }, body: { S: 'y'.repeat(100) } }));
    const doc = await runCliJson(['item-size'], { stdin: `${lines.join('\n')}\n` });
    expect(doc).toMatchObject({ count: 20_000, summary: { bytes: { min: 116, max: 116, total: 2_320_000 }, wcu: { total: 20_000 } } });
    expect((doc.items as unknown[]).length).toBe(20_000);
  });
});

describe('ddb-plan item-size: unusable input (exit 2, one line on stderr)', () => {
  it.each([
    ['an unknown type tag', '{"id": {"S": "a"}, "bad": {"X": 1}}', `ddb-plan: <stdin>:1:28: $.bad.X: unknown type tag "X" ${TAGS}`],
    ['an empty set', '[{"id": {"S": "a"}},\n{"id": {"S": "b"}, "tags": {"SS": []}}]', 'ddb-plan: <stdin>:2:35: $[1].tags.SS: an empty String Set: DynamoDB sets have at least one member'],
    ['duplicate set members', '{"id": {"S": "a"}, "n": {"NS": ["1.5", "1.50"]}}', 'ddb-plan: <stdin>:1:40: $.n.NS[1]: duplicate member of a Number Set (equal to $.n.NS[0]): set members are unique'],
    ['a number with 39 significant digits', `{"id": {"S": "a"}, "n": {"N": "1${'0'.repeat(37)}1"}}`, 'ddb-plan: <stdin>:1:31: $.n.N: number has 39 significant digits; DynamoDB keeps at most 38'],
    ['a NaN number', '{"id": {"S": "a"}, "n": {"N": "NaN"}}', 'ddb-plan: <stdin>:1:31: $.n.N: "NaN" is not a number DynamoDB can store: numbers are finite decimals'],
    ['an Infinity number', '{"id": {"S": "a"}, "n": {"N": "-Infinity"}}', 'ddb-plan: <stdin>:1:31: $.n.N: "-Infinity" is not a number DynamoDB can store: numbers are finite decimals'],
    ['binary that is not base64', '{"id": {"S": "a"}, "b": {"B": "***"}}', 'ddb-plan: <stdin>:1:31: $.b.B: binary is not base64: the character "*" at offset 0'],
    ['nesting over 32 levels', `{"id": ${'['.repeat(33)}${']'.repeat(33)}}`, `ddb-plan: <stdin>:1:40: $.id${'[0]'.repeat(32)}: lists and maps nest 33 levels deep here; DynamoDB allows at most 32`],
    ['an empty input', '', 'ddb-plan: <stdin>:1:1: no items: the input is empty'],
    ['malformed JSON', '{"id": {"S": "a"}', 'ddb-plan: <stdin>:1:18: invalid JSON: expected "}"'],
    ['a bad line in JSON Lines', '{"id": "a"}\n{"id": "b"}\n{"id" "c"}\n', 'ddb-plan: <stdin>:3:7: invalid JSON: expected ":"'],
    ['a top-level value that is not an item', '"just a string"', 'ddb-plan: <stdin>:1:1: $: expected an item (a JSON object of attributes), an array of items, or one item per line; got a string'],
    ['an empty array', '[]', 'ddb-plan: <stdin>:1:1: no items: the input holds an empty list of items'],
    ['binary data', Buffer.from([0x7b, 0x00, 0x7d]), 'ddb-plan: <stdin>: binary data (a NUL byte at offset 1); expected UTF-8 text'],
  ])('refuses %s', async (_what, stdin, stderr) => {
    const run = await runCli(['item-size', '-'], { stdin });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${stderr}\n` });
  });

  it('reports every problem of a file, one line each', async () => {
    const run = await runCli(['item-size'], { stdin: '{"a": {"SS": []}}\n{"a": {"N": "x"}}\n' });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ddb-plan: <stdin>:1:14: $.a.SS: an empty String Set: DynamoDB sets have at least one member\n' +
        'ddb-plan: <stdin>:2:13: $.a.N: "x" is not a number: expected decimal digits such as 42, -1.5 or 6.02E23\n',
    });
  });

  describe('files and flags', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-item-size-'));
    writeFileSync(join(dir, 'empty.json'), '');
    mkdirSync(join(dir, 'folder'));

    it.each([
      [['item-size', 'empty.json'], 'ddb-plan: empty.json:1:1: no items: the input is empty'],
      [['item-size', 'missing.json'], 'ddb-plan: missing.json: no such file'],
      [['item-size', 'folder'], 'ddb-plan: folder: is a directory, expected a file'],
      [['item-size', 'a.json', 'b.json'], "ddb-plan: too many arguments for 'item-size'. Expected 1 argument but got 2."],
      [['item-size', '-', '--top', '0'], 'ddb-plan: --top: invalid count "0": expected a whole number from 1 to 1,000'],
      [['item-size', '-', '--top', 'many'], 'ddb-plan: --top: invalid count "many": expected a whole number from 1 to 1,000'],
      [['item-size', '-', '--max-item-size', '500KB'], "ddb-plan: --max-item-size: 512,000 B is not a usable limit: give 1 B to 400KB (409,600 B, DynamoDB's item limit)"],
      [['item-size', '-', '--max-item-size', 'big'], 'ddb-plan: --max-item-size: invalid size "big": expected a size such as 400B, 4.5KB, 1.5MB or a number of bytes'],
      [['item-size', '-', '--input-format', 'xml'], "ddb-plan: option '--input-format <format>' argument 'xml' is invalid. Allowed choices are auto, dynamodb, plain."],
    ])('refuses %j', async (argv, stderr) => {
      const run = await runCli(argv, { cwd: dir, stdin: '{"a": 1}' });
      expect(run).toEqual({ code: 2, stdout: '', stderr: `${stderr}\n` });
    });
  });
});

describe('README', () => {
  it("shows a real run of item-size in its 'Item sizes' section", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const m = /## Item sizes[\s\S]*?```console\n\$ ddb-plan (item-size [^\n]+)\n([\s\S]*?)```/.exec(readme);
    expect(m).not.toBeNull();
    const run = await runCli((m?.[1] ?? '').split(' '));
    expect(run.stdout).toBe(m?.[2]);
  });
});
