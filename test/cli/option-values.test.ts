import { countFlag } from '../../src/cli/option-values.js';
import { InputError } from '../../src/errors.js';
import { thrown } from '../helpers/thrown.js';
import { runCli } from '../helpers/run-cli.js';

/** The message and the flag of the InputError `f` throws. */
function refusal(f: () => unknown): { message: string; flag: string | undefined } {
  const e = thrown(f);
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  return { message: e.message, flag: e.location.flag };
}

describe('countFlag: the one parser of whole-number flags', () => {
  it.each([
    ['10', 10],
    ['0', 0],
    [' 7 ', 7],
    ['1,000', 1000],
    ['1_000_000', 1_000_000],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %i', (text, n) => {
    expect(countFlag('--items-per-call', text)).toBe(n);
  });

  it.each([
    ['-1', 'invalid count "-1": expected a whole number such as 10'],
    ['1.5', 'invalid count "1.5": expected a whole number such as 10'],
    ['abc', 'invalid count "abc": expected a whole number such as 10'],
    ['1e400', 'invalid count "1e400": expected a whole number such as 10'],
    ['', 'invalid count "": expected a whole number such as 10'],
    ['9007199254740992', 'invalid count "9007199254740992": too large to count exactly'],
  ])('refuses %j for a count of 0 or more: %s', (text, message) => {
    expect(refusal(() => countFlag('--items-per-call', text))).toEqual({ message, flag: '--items-per-call' });
  });

  it.each([
    ['0', 'invalid count "0": expected a whole number from 1 to 1,000'],
    ['-1', 'invalid count "-1": expected a whole number from 1 to 1,000'],
    ['1.5', 'invalid count "1.5": expected a whole number from 1 to 1,000'],
    ['abc', 'invalid count "abc": expected a whole number from 1 to 1,000'],
    ['1e400', 'invalid count "1e400": expected a whole number from 1 to 1,000'],
    ['1001', 'invalid count "1001": expected a whole number from 1 to 1,000'],
  ])('refuses %j outside 1 to 1,000: %s', (text, message) => {
    expect(refusal(() => countFlag('--top', text, { min: 1, max: 1000 }))).toEqual({ message, flag: '--top' });
    expect(countFlag('--top', '1000', { min: 1, max: 1000 })).toBe(1000);
  });

  it('says "at least" for a lower bound alone, and names the value with its noun', () => {
    expect(refusal(() => countFlag('--n', '0', { min: 1 })).message).toBe('invalid count "0": expected a whole number of at least 1');
    expect(refusal(() => countFlag('--seed', '-3', { max: 10, noun: 'seed' })).message).toBe('invalid seed "-3": expected a whole number from 0 to 10');
  });
});

describe('whole-number flags on the command line', () => {
  it.each([
    [['item-size', '-', '--top', '0'], 'ddb-plan: --top: invalid count "0": expected a whole number from 1 to 1,000\n'],
    [['item-size', '-', '--top', '-1'], 'ddb-plan: --top: invalid count "-1": expected a whole number from 1 to 1,000\n'],
    [['item-size', '-', '--top', '1.5'], 'ddb-plan: --top: invalid count "1.5": expected a whole number from 1 to 1,000\n'],
    [['item-size', '-', '--top', 'abc'], 'ddb-plan: --top: invalid count "abc": expected a whole number from 1 to 1,000\n'],
    [['item-size', '-', '--top', '1e400'], 'ddb-plan: --top: invalid count "1e400": expected a whole number from 1 to 1,000\n'],
    [['capacity', '--operation', 'Query', '--reads', '1', '--item-size', '1KB', '--items-per-call', '-1'], 'ddb-plan: --items-per-call: invalid count "-1": expected a whole number such as 10\n'],
    [['capacity', '--operation', 'Query', '--reads', '1', '--item-size', '1KB', '--items-per-call', '1e400'], 'ddb-plan: --items-per-call: invalid count "1e400": expected a whole number such as 10\n'],
    [['simulate', 'x.yaml', '--seed', '1.5'], 'ddb-plan: --seed: invalid seed "1.5": expected a whole number from 0 to 9,007,199,254,740,991\n'],
    [['simulate', 'x.yaml', '--seed', '9007199254740992'], 'ddb-plan: --seed: invalid seed "9007199254740992": expected a whole number from 0 to 9,007,199,254,740,991\n'],
  ])('%j is refused in one line naming the flag (exit 2)', async (argv, stderr) => {
    expect(await runCli(argv, { stdin: '{"a": {"S": "x"}}' })).toEqual({ code: 2, stdout: '', stderr });
  });
});
