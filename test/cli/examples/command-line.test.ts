import { splitCommandLine } from '../../../src/cli/examples/command-line.js';
import { valueAtPath } from '../../../src/cli/examples/run-example.js';
import { InputError } from '../../../src/errors.js';

describe('splitCommandLine', () => {
  it.each([
    ['ddb-plan capacity --writes 6 --item-size 4.5KB', ['ddb-plan', 'capacity', '--writes', '6', '--item-size', '4.5KB']],
    ['  ddb-plan   item-size  "my item.json"  ', ['ddb-plan', 'item-size', 'my item.json']],
    ["ddb-plan x 'a b' c\"d e\"f", ['ddb-plan', 'x', 'a b', 'cd ef']],
    ['ddb-plan x ""', ['ddb-plan', 'x', '']],
    ['', []],
  ])('splits %j', (text, args) => {
    expect(splitCommandLine(text)).toEqual(args);
  });

  it.each([
    ['ddb-plan x | head', 'the command line has "|", which needs a shell; write one ddb-plan command with plain arguments'],
    ['ddb-plan x > out.txt', 'the command line has ">", which needs a shell; write one ddb-plan command with plain arguments'],
    ['ddb-plan x; rm -rf /', 'the command line has ";", which needs a shell; write one ddb-plan command with plain arguments'],
    ['ddb-plan $HOME', 'the command line has "$", which needs a shell; write one ddb-plan command with plain arguments'],
    ['ddb-plan "open', 'the command line has an unclosed " quote'],
  ])('refuses %j', (text, message) => {
    expect(() => splitCommandLine(text)).toThrow(new InputError(message));
  });
});

describe('valueAtPath', () => {
  const doc = { rcu: 24, reads: { unitsPerCall: 1.5 }, items: [{ bytes: 1030 }], none: null };
  it.each([
    ['rcu', 24],
    ['reads.unitsPerCall', 1.5],
    ['items.0.bytes', 1030],
    ['none', null],
    ['reads.missing', undefined],
    ['items.1.bytes', undefined],
    ['rcu.toString', undefined],
    ['reads.constructor', undefined],
  ])('reads %s', (path, value) => {
    expect(valueAtPath(doc, path)).toBe(value);
  });
});
