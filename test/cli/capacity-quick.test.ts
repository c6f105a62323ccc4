import { runCli, runCliJson } from '../helpers/run-cli.js';

describe('ddb-plan capacity (quick mode)', () => {
  it('answers 6 writes/s of 4.5 KB with 30 WCU and explains it', async () => {
    const run = await runCli(['capacity', '--writes', '6', '--item-size', '4.5KB', '--explain']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Size 4.5 KB: 4.5 × 1,024 B = 4,608 B');
    expect(run.stdout).toContain('Write blocks of 1 KB for the item: ceil(4,608 B ÷ 1,024 B) = 5 blocks');
    expect(run.stdout).toContain('WCU per second: 6 writes/s × 5 WCU = 30 WCU');
    expect(run.stdout).toContain('Answer: 30 WCU');
  });

  it.each([
    [['capacity', '--reads', '16', '--item-size', '12KB'], 'Item size 12,288 B (12 KB), provisioned capacity'],
    [['partitions', '--rcu', '1000', '--wcu', '500'], expect.stringMatching(/^┌/)],
  ])('leaves a blank line between the last answer and the report of %j --explain', async (args, reportStart) => {
    const lines = (await runCli([...args, '--explain'])).stdout.split('\n');
    const answer = lines.findLastIndex((l) => l.startsWith('     Answer: '));
    expect(lines.slice(answer + 1, answer + 3)).toEqual(['', reportStart]);
  });

  it('prints exact unrounded units in JSON', async () => {
    const doc = await runCliJson(['capacity', '--reads', '16', '--item-size', '12KB']);
    expect(doc).toMatchObject({ schemaVersion: 1, rcu: 24, wcu: 0, provisioned: { rcu: 24, wcu: 1 }, writes: null });
    const half = await runCliJson(['capacity', '--reads', '15', '--item-size', '12KB']);
    expect(half.rcu).toBe(22.5);
    expect(half.provisioned).toEqual({ rcu: 23, wcu: 1 });
  });

  it('takes its format as a plan does: --format json is --json, and --json with another --format is refused', async () => {
    const quick = ['capacity', '--reads', '16', '--item-size', '12KB'];
    expect(await runCli([...quick, '--format', 'json'])).toEqual(await runCli(['--json', ...quick]));
    expect(await runCli(['--json', ...quick, '--format', 'table'])).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: --json and --format table ask for two formats; give one\n' });
    expect(await runCli([...quick, '--format', 'markdown'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ddb-plan: --format markdown renders a plan from a spec; quick answers print as a table (or --json)\n',
    });
  });

  it.each([
    [['--reads', '-5', '--item-size', '1KB'], 'ddb-plan: --reads: invalid rate "-5": a rate cannot be negative\n'],
    [['--reads', '5', '--item-size', 'abc'], 'ddb-plan: --item-size: invalid size "abc": expected a size such as 400B, 4.5KB, 1.5MB or a number of bytes\n'],
    [['--reads', '5', '--item-size', '-1KB'], 'ddb-plan: --item-size: invalid size "-1KB": a size cannot be negative\n'],
    [['--reads', '1e400', '--item-size', '1KB'], 'ddb-plan: --reads: invalid rate "1e400": above 1,000,000,000 per second\n'],
    [['--reads', '5', '--item-size', '1KB', '--consistency', 'maybe'], "ddb-plan: option '--consistency <level>' argument 'maybe' is invalid. Allowed choices are strong, eventual, transactional.\n"],
  ])('rejects %j with one line and exit 2', async (args, stderr) => {
    const run = await runCli(['capacity', ...args]);
    expect(run).toEqual({ code: 2, stdout: '', stderr });
  });

  it.each<[string, string[], Record<string, unknown>]>([
    ['GetItem of a missing item', ['--operation', 'GetItem', '--reads', '10', '--item-size', '0'], { rcu: 5, reads: { operation: 'GetItem', unitsPerCall: 0.5, itemsPerCall: 1 } }],
    [
      'BatchGetItem rounding each item',
      ['--operation', 'BatchGetItem', '--reads', '1', '--item-sizes', '1.5KB,6.5KB', '--consistency', 'strong'],
      { operation: 'BatchGetItem', itemBytes: null, itemSizes: [1536, 6656], rcu: 3, reads: { itemsPerCall: 2, bytesPerCall: 8192, unitsPerCall: 3 } },
    ],
    ['Query summing the same items', ['--operation', 'Query', '--reads', '1', '--item-sizes', '1.5KB,6.5KB', '--consistency', 'strong'], { rcu: 2, reads: { pagesPerCall: 1, unitsPerCall: 2 } }],
    ['Query of 10 items totalling 40.8 KB', ['--operation', 'Query', '--reads', '10', '--items-per-call', '10', '--item-size', '4.08KB', '--consistency', 'strong'], { rcu: 110, reads: { bytesPerCall: 41780, unitsPerCall: 11 } }],
    [
      'Query over several pages',
      ['--operation', 'Query', '--reads', '3', '--items-per-call', '5000', '--item-size', '1KB'],
      { rcu: 1875, reads: { pagesPerCall: 5, requestsPerSecond: 15, unitsPerCall: 625, scannedItemsPerCall: 5000, itemsPerCall: 5000 } },
    ],
    [
      'Scan with a filter',
      ['--operation', 'Scan', '--reads', '2', '--items-per-call', '50', '--scanned-items-per-call', '1000', '--item-size', '1KB'],
      { rcu: 250, reads: { itemsPerCall: 50, scannedItemsPerCall: 1000, unitsPerCall: 125 } },
    ],
    [
      'Query of a global index',
      ['--operation', 'Query', '--index', 'global', '--reads', '20', '--items-per-call', '25', '--item-size', '200'],
      { rcu: 20, provisioned: { rcu: 21, wcu: 2 }, table: { rcu: 0, wcu: 0, provisioned: { rcu: 1, wcu: 1 } }, globalIndex: { rcu: 20, wcu: 0, provisioned: { rcu: 20, wcu: 1 } } },
    ],
    [
      'Query of a local index fetching base items',
      ['--operation', 'Query', '--index', 'local', '--reads', '5', '--items-per-call', '10', '--item-size', '200B', '--base-item-size', '6KB', '--consistency', 'strong'],
      { rcu: 105, reads: { index: 'local', unitsPerCall: 21, baseFetchUnitsPerCall: 20 }, globalIndex: null },
    ],
    ['TransactGetItems of three 500-byte items', ['--operation', 'TransactGetItems', '--reads', '1', '--items-per-call', '3', '--item-size', '500'], { rcu: 6, reads: { consistency: 'transactional' } }],
    ['BatchWriteItem of 500 B + 3.5 KB', ['--operation', 'BatchWriteItem', '--writes', '1', '--item-sizes', '500B,3.5KB'], { wcu: 5, writes: { itemsPerCall: 2, unitsPerCall: 5 } }],
    ['TransactWriteItems of three 500-byte items', ['--operation', 'TransactWriteItems', '--writes', '1', '--items-per-call', '3', '--item-size', '500'], { wcu: 6, writes: { transactional: true, unitsPerCall: 6 } }],
    ['UpdateItem growing an item', ['--operation', 'UpdateItem', '--writes', '100', '--item-size', '2.5KB', '--old-item-size', '1.5KB'], { wcu: 300, writes: { oldItemBytes: 1536, unitsPerCall: 3 } }],
    ['PutItem replacing a larger item', ['--operation', 'PutItem', '--writes', '10', '--item-size', '512', '--old-item-size', '3KB'], { wcu: 30 }],
    ['DeleteItem', ['--operation', 'DeleteItem', '--writes', '10', '--item-size', '2.5KB'], { wcu: 30 }],
    [
      'a failed conditional write, 310 KB over 300 KB',
      ['--operation', 'PutItem', '--writes', '1', '--item-size', '310KB', '--old-item-size', '300KB', '--conditional-failure-rate', '100%'],
      { wcu: 310, writes: { conditionalFailureRate: 1 } },
    ],
    [
      'GSI write amplification on a key change',
      ['--operation', 'UpdateItem', '--writes', '100', '--item-size', '2KB', '--index', 'global', '--index-change', 'key-change', '--index-entry-size', '300B'],
      {
        wcu: 400,
        provisioned: { rcu: 2, wcu: 400 },
        table: { rcu: 0, wcu: 200, provisioned: { rcu: 1, wcu: 200 } },
        globalIndex: { rcu: 0, wcu: 200, provisioned: { rcu: 1, wcu: 200 } },
        writes: { unitsPerSecond: 200, index: { type: 'global', change: 'key-change', entryBytes: 300, writesPerCall: 2, unitsPerCall: 2, unitsPerSecond: 200 } },
      },
    ],
    [
      'local index writes on the table, entries as large as the item',
      ['--writes', '10', '--item-size', '1.5KB', '--index', 'local', '--index-change', 'insert'],
      { wcu: 40, table: { rcu: 0, wcu: 40, provisioned: { rcu: 1, wcu: 40 } }, globalIndex: null, writes: { unitsPerSecond: 20, index: { type: 'local', entryBytes: 1536, unitsPerSecond: 20 } } },
    ],
    ['on-demand reads', ['--reads', '1000', '--item-size', '8KB', '--mode', 'on-demand'], { mode: 'on-demand', rcu: 1000, onDemandPerMillion: { reads: 0.125, writes: null } }],
    [
      'reads of a global index and writes that change its key, entries apart from items',
      ['--reads', '100', '--writes', '50', '--item-size', '3KB', '--index', 'global', '--index-change', 'key-change', '--index-entry-size', '200B'],
      {
        rcu: 50,
        wcu: 250,
        reads: { index: 'global', bytesPerCall: 200, unitsPerCall: 0.5 },
        writes: { bytesPerCall: 3072, unitsPerCall: 3, index: { entryBytes: 200, unitsPerSecond: 100 } },
        table: { rcu: 0, wcu: 150, provisioned: { rcu: 1, wcu: 150 } },
        globalIndex: { rcu: 50, wcu: 100, provisioned: { rcu: 50, wcu: 100 } },
      },
    ],
  ])('answers %s', async (_name, args, expected) => {
    const doc = await runCliJson(['capacity', ...args]);
    expect(doc).toMatchObject({ schemaVersion: 1, ...expected });
  });

  it('keeps the JSON contract: exact rcu and wcu, provisioned whole units, reads and writes objects or null', async () => {
    const doc = await runCliJson(['capacity', '--writes', '100/min', '--item-size', '1KB']);
    expect(Object.keys(doc)).toEqual([
      'schemaVersion',
      'mode',
      'tableClass',
      'operation',
      'itemBytes',
      'itemSizes',
      'rcu',
      'wcu',
      'provisioned',
      'table',
      'globalIndex',
      'reads',
      'writes',
      'monthlyCost',
      'onDemandPerMillion',
      'breakEvenUtilization',
    ]);
    expect(doc.wcu).toBeCloseTo(5 / 3, 15);
    expect(doc.provisioned).toEqual({ rcu: 1, wcu: 2 });
    expect(doc.table).toEqual({ rcu: 0, wcu: 5 / 3, provisioned: { rcu: 1, wcu: 2 } });
    expect(doc.globalIndex).toBeNull();
    expect(doc.reads).toBeNull();
    expect(doc.operation).toBeNull();
  });

  it('explains a Query the way an exam answer does, every assumption printed', async () => {
    const run = await runCli(['capacity', '--operation', 'Query', '--reads', '10', '--items-per-call', '10', '--item-size', '4.08KB', '--explain', '--no-color']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const start = lines.indexOf('Query: 10 calls/s, each reading 10 items of 4,178 B (≈4.08 KB), eventually consistent');
    expect(lines.slice(start, start + 12)).toEqual([
      'Query: 10 calls/s, each reading 10 items of 4,178 B (≈4.08 KB), eventually consistent',
      '  1. Bytes read: 10 items × 4,178 B = 41,780 B',
      '       rule: Query is charged on the items it reads, summed before rounding; filters do not reduce it (§2)',
      '  2. Read blocks of 4 KB: ceil(41,780 B ÷ 4,096 B) = 11 blocks',
      '  3. Read units for the Query (eventually consistent): 11 × 0.5 RCU = 5.5 RCU',
      '       rule: an eventually consistent read costs half: 0.5 RCU per 4 KB block (§2)',
      '  4. Pages of 1 MB: max(1, ceil(41,780 B ÷ 1,048,576 B)) = 1 page',
      '       rule: Query reads at most 1 MB per request; the rest takes further requests with ExclusiveStartKey = LastEvaluatedKey (§2)',
      '  5. RCU per second: 10 Query calls/s × 5.5 RCU = 55 RCU',
      '     Answer: 55 RCU',
      '',
      'Provisioned capacity',
    ]);
    expect(run.stdout).toContain('  2. Size 4.08 KB: 4.08 × 1,024 B = 4,177.92 B, rounded up to whole bytes = 4,178 B');
    expect(run.stdout).toContain("     assumption: reads are eventually consistent, DynamoDB's default (give --consistency strong for strongly consistent reads)");
  });

  it('shows the table and the global index apart in the terminal table', async () => {
    const run = await runCli(['capacity', '--operation', 'UpdateItem', '--writes', '100', '--item-size', '2KB', '--index', 'global', '--index-change', 'key-change', '--index-entry-size', '300B']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('│ UpdateItem              │ 100/s │    2 WCU │ 200 WCU/s │ 200 WCU (table) │');
    expect(run.stdout).toContain('│ GSI writes (key-change) │ 200/s │    2 WCU │ 200 WCU/s │ 200 WCU (index) │');
    expect(run.stdout).toContain('Provision the table 1 RCU and 200 WCU, the global secondary index 1 RCU and 200 WCU.');
  });

  it.each([
    [['--operation', 'Query', '--index', 'global', '--reads', '5', '--item-size', '1KB', '--consistency', 'strong'], 'ddb-plan: --consistency: a strongly consistent read of a global secondary index is invalid: GSI reads are eventually consistent only\n'],
    [['--operation', 'GetItem', '--index', 'global', '--reads', '5', '--item-size', '1KB'], 'ddb-plan: --index: GetItem reads the table by primary key; only Query and Scan read a secondary index\n'],
    [['--operation', 'BatchGetItem', '--reads', '1', '--items-per-call', '101', '--item-size', '1KB'], 'ddb-plan: --items-per-call: BatchGetItem reads 1 to 100 items per call, got 101\n'],
    [['--operation', 'BatchGetItem', '--reads', '1', '--items-per-call', '100', '--item-size', '200KB'], 'ddb-plan: --item-size: BatchGetItem returns at most 16,777,216 B (16 MB) per call; 100 × 204,800 B is 20,480,000 B (≈19.53 MB)\n'],
    [['--operation', 'BatchWriteItem', '--writes', '1', '--item-sizes', '1KB,401KB'], "ddb-plan: --item-sizes: an item of 410,624 B is over DynamoDB's item limit of 400 KB (409,600 B)\n"],
    [['--operation', 'BatchWriteItem', '--writes', '1', '--item-sizes', '1KB,,2KB'], 'ddb-plan: --item-sizes: invalid size list "1KB,,2KB": expected sizes separated by commas, such as 1.5KB,6.5KB (no thousands separators)\n'],
    [['--operation', 'Query', '--writes', '1', '--item-size', '1KB'], 'ddb-plan: --writes: Query is a read operation; give its calls per second with --reads\n'],
    [['--operation', 'PutItem', '--reads', '1', '--item-size', '1KB'], 'ddb-plan: --reads: PutItem is a write operation; give its calls per second with --writes\n'],
    [['--operation', 'Query', '--item-size', '1KB'], 'ddb-plan: --operation Query needs --reads: Query calls per second\n'],
    [['--operation', 'TransactGetItems', '--reads', '1', '--item-size', '1KB', '--consistency', 'strong'], 'ddb-plan: --consistency: TransactGetItems reads are always transactional, not strongly consistent\n'],
    [['--operation', 'GetItem', '--reads', '1', '--item-size', '1KB', '--items-per-call', '3'], 'ddb-plan: --items-per-call: GetItem reads exactly one item per call, got 3\n'],
    [['--operation', 'Query', '--reads', '1', '--items-per-call', '1.5', '--item-size', '1KB'], 'ddb-plan: --items-per-call: invalid count "1.5": expected a whole number such as 10\n'],
    [['--operation', 'Scan', '--reads', '1', '--items-per-call', '50', '--scanned-items-per-call', '10', '--item-size', '1KB'], 'ddb-plan: --items-per-call: a Scan cannot return 50 items when it reads 10: items returned must be a whole number no larger than the items read\n'],
    [['--operation', 'GetItem', '--reads', '1', '--scanned-items-per-call', '4', '--item-size', '1KB'], 'ddb-plan: --scanned-items-per-call applies to --operation Query or Scan\n'],
    [['--operation', 'PutItem', '--writes', '1', '--item-size', '1KB', '--transactional'], 'ddb-plan: --transactional: PutItem is not transactional; transactional writes are TransactWriteItems\n'],
    [['--operation', 'DeleteItem', '--writes', '1', '--item-size', '1KB', '--old-item-size', '2KB'], 'ddb-plan: --old-item-size: an existing item size applies to PutItem and UpdateItem (and plain writes), not to DeleteItem\n'],
    [['--operation', 'DeleteItem', '--writes', '1', '--item-size', '1KB', '--index', 'global', '--index-change', 'insert'], 'ddb-plan: --index-change: a DeleteItem removes the index entry ("delete") or has none ("sparse"), not "insert"\n'],
    [['--writes', '1', '--item-size', '1KB', '--index-change', 'key-change'], 'ddb-plan: --index-change needs --index global or --index local: the kind of index the writes keep up to date\n'],
    [['--writes', '1', '--item-size', '1KB', '--index', 'global'], 'ddb-plan: --index-change: say what each write does to the global index entry (insert, key-change, key-removed, delete, projected-change, unprojected-change, sparse)\n'],
    [['--writes', '1', '--item-size', '1KB', '--index', 'global', '--index-change', 'moved'], "ddb-plan: option '--index-change <change>' argument 'moved' is invalid. Allowed choices are insert, key-change, key-removed, delete, projected-change, unprojected-change, sparse.\n"],
    [['--writes', '1', '--item-size', '1KB', '--conditional-failure-rate', '120%'], 'ddb-plan: --conditional-failure-rate: invalid share "120%": more than 100 %\n'],
    [['--writes', '1', '--item-size', '1KB', '--transactional', '--conditional-failure-rate', '0.1'], 'ddb-plan: --conditional-failure-rate: a failed condition cancels the whole transaction; ddb-plan does not price canceled transactions\n'],
    [['--reads', '1', '--item-size', '1KB', '--transactional'], 'ddb-plan: --transactional applies to writes, and this question has none (add --writes)\n'],
    [['--writes', '1', '--item-size', '1KB', '--consistency', 'strong'], 'ddb-plan: --consistency applies to reads, and this question has none (add --reads)\n'],
    [['--reads', '1', '--item-size', '1KB', '--index-entry-size', '200B'], 'ddb-plan: --index-entry-size needs --index global or --index local: the index whose entries it sizes\n'],
    [['--reads', '1', '--item-size', '500KB'], "ddb-plan: --item-size: an item of 512,000 B is over DynamoDB's item limit of 400 KB (409,600 B)\n"],
    [['--reads', '1', '--item-size', '1KB', '--item-sizes', '1KB,2KB'], 'ddb-plan: --item-sizes: give either --item-size (with --items-per-call) or --item-sizes, not both\n'],
    [['--operation', 'Query', '--reads', '1', '--item-size', '1KB', '--base-item-size', '2KB'], 'ddb-plan: --base-item-size: base-table fetches happen only when a local secondary index is read\n'],
    [['--operation', 'Fetch', '--reads', '1', '--item-size', '1KB'], expect.stringMatching(/^ddb-plan: option '--operation <name>' argument 'Fetch' is invalid\. Allowed choices are GetItem, BatchGetItem, .*TransactWriteItems\.\n$/)],
  ])('rejects operation flags %j with one line and exit 2', async (args, stderr) => {
    const run = await runCli(['capacity', ...args]);
    expect(run).toEqual({ code: 2, stdout: '', stderr });
  });
});
