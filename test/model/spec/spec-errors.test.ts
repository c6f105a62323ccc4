import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { parseSpec } from '../../../src/model/spec/parse-spec.js';
import { aSpec, aTable, problemsOf } from '../../helpers/spec-builders.js';

const invalid = (name: string): string[] => problemsOf(readFileSync(`fixtures/specs/invalid/${name}`, 'utf8'), name);

describe('parseSpec rejects unusable input with every problem located', () => {
  it.each([
    ['tab-indent.yaml', ['5:1: tab characters cannot indent YAML; use spaces']],
    ['unclosed-quote.yaml', ['6:1: invalid YAML: missing closing "quote']],
    ['duplicate-key.yaml', ['7:5: duplicate key: map keys must be unique']],
    ['alias-bomb.yaml', ['3:29: YAML aliases expand to more than 10,000 nodes; refusing to expand (an alias bomb?)']],
    ['trailing-comma.json', ['5:3: invalid JSON: trailing comma is not allowed in JSON']],
    ['empty.yaml', ['1:1: the file is empty']],
    ['comments-only.yaml', ['1:1: the document holds no spec (only comments?): expected `version: 1` and `tables:`']],
    // A future version is one problem, not a list of fields this version does not know.
    ['version-2.yaml', ['2:10: unsupported spec version 2: this ddb-plan reads version 1']],
    [
      'unknown-fields.yaml',
      [
        '5:31: unknown field "typ" (did you mean "type"?)',
        '6:5: unknown field "capacty" (did you mean "capacity"?)',
        '7:37: unknown field "taget" (did you mean "target"?)',
        '12:9: unknown field "consitency" (did you mean "consistency"?)',
      ],
    ],
    [
      'wrong-types.yaml',
      [
        '5:14: tables[0].billing: expected one of "provisioned", "on-demand"; got "sometimes"',
        '6:15: tables[0].capacity: expected a mapping, got "lots"',
        '7:37: tables[0].partitionKey.type: expected one of "S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS" or null; got "STRING"',
        '8:16: tables[0].itemBytes: expected a whole number, got 4.5',
        '9:13: tables[0].stream: expected one of "KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES" or a mapping; got "NEW_IMAGES" (did you mean "NEW_IMAGE"?)',
        '11:9: tables[0].indexes[0].partitionKey: a global index needs a partition key (or `type: local` for a local index)',
        '15:20: tables[0].accessPatterns[0].operation: expected one of "GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems", "PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"; got "getitem" (did you mean "GetItem"?)',
        '16:15: tables[0].accessPatterns[0].rate: invalid rate "-5/s": a rate cannot be negative',
        '18:20: tables[0].accessPatterns[1].operation: expected one of "GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems", "PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"; got "PutItm" (did you mean "PutItem"?)',
        '19:15: tables[0].accessPatterns[1].rate: invalid rate "10/fortnight": unknown period "/fortnight" (use /s, /min, /h or /day)',
        '21:48: tables[0].accessPatterns[1].keys.id.distribution: expected "uniform" or a mapping; got "zipf"',
        '22:33: tables[0].accessPatterns[1].conditionalFailureRate: invalid share "150%": more than 100 %',
      ],
    ],
  ])('%s', (name, expected) => {
    expect(invalid(name)).toEqual(expected);
  });

  it.each([
    ['a list', '- version: 1\n', '1:1: a spec is a mapping with `version: 1` and `tables:`; this document is a list'],
    ['binary junk that decodes as text', '\u0001\u0002ÿþ garbage\n', '1:1: a spec is a mapping with `version: 1` and `tables:`; this document is "\u0001\u0002ÿþ garbage"'],
    ['a version as text', 'version: "1"\ntables: [ { name: T, partitionKey: id } ]\n', '1:10: version: expected 1; got "1"'],
    ['no version', 'tables: [ { name: T, partitionKey: id } ]\n', '1:1: version is required'],
    ['no tables', 'version: 1\ntables: []\n', '2:9: tables: a spec describes at least one table'],
    ['a table without a partition key', 'version: 1\ntables:\n  - name: T\n', '3:5: tables[0].partitionKey is required'],
    ['a negative number rate', 'version: 1\ntables: [ { name: T, partitionKey: id, accessPatterns: [ { name: p, operation: Query, rate: -1 } ] } ]\n', '2:93: tables[0].accessPatterns[0].rate: invalid rate "-1": a rate cannot be negative'],
    ['a size with an unknown unit', 'version: 1\ntables: [ { name: T, partitionKey: id, itemBytes: 4 parsecs } ]\n', '2:51: tables[0].itemBytes: invalid size "4 parsecs": unknown unit "parsecs" (use B, KB, MB, GB or TB)'],
    ['a fractional capacity', 'version: 1\ntables: [ { name: T, partitionKey: id, capacity: { read: 2.5 } } ]\n', '2:58: tables[0].capacity.read: expected a whole number, got 2.5'],
    ['a load profile of 23 hours', `version: 1\ntables: [ { name: T, partitionKey: id, loadProfile: { hourly: [${Array(23).fill(1).join(', ')}] } } ]\n`, '2:63: tables[0].loadProfile.hourly: expected 24 weights, one per hour (UTC) from 00:00'],
    ['a load profile without load', `version: 1\ntables: [ { name: T, partitionKey: id, loadProfile: { hourly: [${Array(24).fill(0).join(', ')}] } } ]\n`, '2:63: tables[0].loadProfile.hourly: at least one hour must carry load'],
    ['a target utilization of zero', 'version: 1\ntables: [ { name: T, partitionKey: id, autoscaling: { min: 1, max: 2, target: 0% } } ]\n', '2:79: tables[0].autoscaling.target: must be more than 0'],
    ['an unknown rule ID', 'version: 1\ntables: [ { name: T, partitionKey: id } ]\nlint: { rules: { W21: off } }\n', '3:18: lint.rules.W21: expected a rule ID such as W2001 (E, W or I and four digits)'],
    ['an unknown key popularity form', 'version: 1\ntables: [ { name: T, partitionKey: id, accessPatterns: [ { name: p, operation: GetItem, rate: 1, keys: { id: { valuez: [a] } } } ] } ]\n', '2:112: unknown field "valuez" (did you mean "values"?)'],
    ['a share that is not one', 'version: 1\ntables: [ { name: T, partitionKey: id, accessPatterns: [ { name: p, operation: PutItem, rate: 1, conditionalFailureRate: often } ] } ]\n', '2:122: tables[0].accessPatterns[0].conditionalFailureRate: invalid share "often": expected a fraction from 0 to 1 such as 0.2, or a percentage such as 20%'],
    ['a negative size', 'version: 1\ntables: [ { name: T, partitionKey: id, itemBytes: -1KB } ]\n', '2:51: tables[0].itemBytes: invalid size "-1KB": a size cannot be negative'],
    ['an empty key popularity', 'version: 1\ntables: [ { name: T, partitionKey: id, accessPatterns: [ { name: p, operation: GetItem, rate: 1, keys: { id: {} } } ] } ]\n', '2:110: tables[0].accessPatterns[0].keys.id: expected { cardinality } or { values } or { weights } or { hot, cardinality }; got a mapping'],
    ['a key that is a list', 'version: 1\ntables: [ { name: T, partitionKey: [id] } ]\n', '2:36: tables[0].partitionKey: expected a string or a mapping; got a list'],
    ['an example that is not a number', 'version: 1\ntables: [ { name: T, partitionKey: id, attributes: { n: { type: N, example: abc } } } ]\n', '2:77: tables[0].attributes.n.example: not a value of type N: "abc" is not a number: expected decimal digits such as 42, -1.5 or 6.02E23'],
    ['an example that is not a boolean', 'version: 1\ntables: [ { name: T, partitionKey: id, attributes: { f: { type: BOOL, example: yes } } } ]\n', '2:80: tables[0].attributes.f.example: not a value of type BOOL: expected true or false, got "yes"'],
    ['an empty set example', 'version: 1\ntables: [ { name: T, partitionKey: id, attributes: { s: { type: SS, example: [] } } } ]\n', '2:78: tables[0].attributes.s.example: not a value of type SS: a String Set cannot be empty: DynamoDB sets have at least one member'],
    ['a list example with a bad element', 'version: 1\ntables: [ { name: T, partitionKey: id, attributes: { l: { type: NS, example: [1, x] } } } ]\n', '2:78: tables[0].attributes.l.example: not a value of type NS: at [1]: "x" is not a number: expected decimal digits such as 42, -1.5 or 6.02E23'],
    ['a region that is not one', 'version: 1\ntables: [ { name: T, partitionKey: id, replicas: [ Ireland ] } ]\n', '2:52: tables[0].replicas[0]: expected an AWS region such as eu-west-1'],
  ])('%s', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  it('reports the problems of every table, index and pattern at once, in file order', () => {
    const spec = aSpec([
      aTable({ name: 'A', capacity: { read: -1 } as never }),
      aTable({ name: 'B', indexes: [{ name: 'G' }], accessPatterns: [{ name: 'p', operation: 'Gett' as never, rate: 'x' }] }),
    ]);
    expect(problemsOf(stringify(spec))).toEqual([
      '12:13: tables[0].capacity.read: capacity units cannot be negative',
      '19:20: tables[1].accessPatterns[0].operation: expected one of "GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems", "PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"; got "Gett"',
      '20:15: tables[1].accessPatterns[0].rate: invalid rate "x": expected a number per second such as 10, 10/s, 120/min or 3600/h',
      '22:9: tables[1].indexes[0].partitionKey: a global index needs a partition key (or `type: local` for a local index)',
    ]);
  });

  it('refuses an alias bomb in bounded time, without expanding it', () => {
    const started = Date.now();
    expect(invalid('alias-bomb.yaml')).toEqual(['3:29: YAML aliases expand to more than 10,000 nodes; refusing to expand (an alias bomb?)']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('parses a large spec (4,000 access patterns, 0.6 MB) in bounded time', () => {
    const lines = ['version: 1', 'tables:'];
    for (let t = 0; t < 200; t++) {
      lines.push(`  - name: Table${t}`, '    partitionKey: { name: pk, type: S }', '    attributes: { pk: { type: S, bytes: 20 }, data: { type: S, bytes: 400 } }', '    indexes:', '      - { name: ByData, partitionKey: data, projection: keys-only }', '    accessPatterns:');
      for (let p = 0; p < 20; p++) lines.push(`      - { name: p${p}, operation: Query, rate: ${p + 1}/s, itemsPerCall: 5, keys: { pk: { cardinality: 1000, distribution: { zipf: 0.9 } } } }`);
    }
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(500_000);
    const started = Date.now();
    const m = parseSpec(text, 'big.yaml');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(m.tables).toHaveLength(200);
    expect(m.tables[199]?.accessPatterns[19]?.rate.toString()).toBe('20');
    // keys-only: the table key pk (2 + 20) and the index key data (4 + 400).
    expect(m.tables[199]?.indexes[0]?.itemBytes).toBe(426);
  }, 30_000);
});
