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

  it('prints exact unrounded units in JSON', async () => {
    const doc = await runCliJson(['capacity', '--reads', '16', '--item-size', '12KB']);
    expect(doc).toMatchObject({ schemaVersion: 1, rcu: 24, wcu: 0, provisioned: { rcu: 24, wcu: 1 }, writes: null });
    const half = await runCliJson(['capacity', '--reads', '15', '--item-size', '12KB']);
    expect(half.rcu).toBe(22.5);
    expect(half.provisioned).toEqual({ rcu: 23, wcu: 1 });
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
});
