import { runCli } from '../helpers/run-cli.js';

describe('ddb-plan partitions', () => {
  it('lines the estimates up in one column, with the arithmetic beside them', async () => {
    expect(await runCli(['partitions', '--rcu', '1000', '--wcu', '500', '--size', '25GB'])).toEqual({
      code: 0,
      stdout: [
        '┌─────────────┬────────────┬─────────────────────────────────────┐',
        '│             │ partitions │ from                                │',
        '├─────────────┼────────────┼─────────────────────────────────────┤',
        '│ by capacity │     0.8333 │ 1,000 RCU ÷ 3,000 + 500 WCU ÷ 1,000 │',
        '│ by size     │        2.5 │ 26,843,545,600 B (25 GB) ÷ 10 GB    │',
        '│ estimate    │          3 │ the larger, rounded up, at least 1  │',
        '└─────────────┴────────────┴─────────────────────────────────────┘',
        'Each partition serves at most 3,000 RCU and 1,000 WCU and holds about 10 GB.',
        'Historic published estimate (developer guide until 2018); DynamoDB now also splits for heat and size.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('says when no size was given, and takes decimal capacity', async () => {
    const run = await runCli(['partitions', '--rcu', '1500.5']);
    expect(run.stdout.split('\n').slice(3, 6)).toEqual([
      '│ by capacity │     0.5002 │ 1,500.5 RCU ÷ 3,000 + 0 WCU ÷ 1,000 │',
      '│ by size     │          0 │ no --size given                     │',
      '│ estimate    │          1 │ the larger, rounded up, at least 1  │',
    ]);
  });

  it('needs one of its flags (exit 2)', async () => {
    expect(await runCli(['partitions'])).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: partitions needs --rcu, --wcu and/or --size (see ddb-plan partitions --help)\n' });
  });
});
