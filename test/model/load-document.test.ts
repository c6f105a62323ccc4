import { InputError } from '../../src/errors.js';
import { loadDocument } from '../../src/model/source/load-document.js';

function problemsOf(text: string, file = 'spec.yaml'): Array<{ message: string; line?: number; column?: number }> {
  try {
    loadDocument(text, file);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => ({ message: p.message, line: p.location.line, column: p.location.column }));
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('loadDocument', () => {
  it('maps JSON pointers to lines and columns of values and keys', () => {
    const doc = loadDocument('version: 1\ntables:\n  - name: Votes\n    capacity: { read: 5, write: 10 }\n', 'spec.yaml');
    expect(doc.value).toEqual({ version: 1, tables: [{ name: 'Votes', capacity: { read: 5, write: 10 } }] });
    expect(doc.sourceMap.locate('/tables/0/name')).toMatchObject({ line: 3, column: 11 });
    expect(doc.sourceMap.locate('/tables/0/name', 'key')).toMatchObject({ line: 3, column: 5 });
    expect(doc.sourceMap.locate('/tables/0/capacity/write')).toMatchObject({ line: 4, column: 33 });
    // A missing field is located at its nearest ancestor.
    expect(doc.sourceMap.locate('/tables/0/capacity/burst')).toMatchObject({ line: 4, column: 15, path: '/tables/0/capacity' });
    expect(doc.sourceMap.get('/version')?.numberText).toBe('1');
  });

  it('reports YAML syntax errors with positions', () => {
    expect(problemsOf('a:\n\tb: 1\n')[0]).toMatchObject({ line: 2, column: 1 });
    expect(problemsOf('a: "unclosed\nb: 2\n')[0]?.message).toMatch(/^invalid YAML: /);
    expect(problemsOf('a: 1\na: 2\n')).toEqual([{ message: expect.stringMatching(/^duplicate key/), line: 2, column: 1 }]);
  });

  it('refuses to expand an alias bomb', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const problems = problemsOf(`${lines.join('\n')}\n`);
    // Located at the node that goes over the budget: an element of the list the aliases repeat.
    expect(problems).toEqual([{ message: 'YAML aliases expand to more than 10,000 nodes; refusing to expand (an alias bomb?)', line: 1, column: 36 }]);
  });

  it('expands small aliases and keeps __proto__ as data', () => {
    const doc = loadDocument('base: &b { read: 1 }\ncopy: *b\n__proto__: { polluted: true }\n', 'x.yaml');
    expect(doc.value).toMatchObject({ copy: { read: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
  });

  it('turns CloudFormation short-form tags into long forms when asked, and rejects tags otherwise', () => {
    const text = 'T:\n  Name: !Ref Env\n  Arn: !GetAtt Table.Arn\n  S: !Sub "${A}-b"\n  I: !If [C, 1, 2]\n';
    expect(loadDocument(text, 't.yaml', { cloudFormationTags: true }).value).toEqual({
      T: { Name: { Ref: 'Env' }, Arn: { 'Fn::GetAtt': ['Table', 'Arn'] }, S: { 'Fn::Sub': '${A}-b' }, I: { 'Fn::If': ['C', 1, 2] } },
    });
    expect(problemsOf(text)[0]).toEqual({ message: 'YAML tag !Ref is not allowed here', line: 2, column: 9 });
  });

  it('parses JSON strictly', () => {
    expect(problemsOf('{"a": [1, 2,]}', 'x.json')).toEqual([{ message: 'invalid JSON: trailing comma is not allowed in JSON', line: 1, column: 13 }]);
    expect(problemsOf('{"a": 1, "a": 2}', 'x.json')).toEqual([{ message: 'duplicate key "a"', line: 1, column: 10 }]);
    expect(problemsOf('  \n', 'x.json')).toEqual([{ message: 'the file is empty', line: 1, column: 1 }]);
    const doc = loadDocument('{\n  "n": 12345678901234567890123\n}', 'x.json');
    expect(doc.sourceMap.get('/n')?.numberText).toBe('12345678901234567890123');
    expect(doc.sourceMap.locate('/n')).toMatchObject({ line: 2, column: 8 });
  });
});

describe('loadDocument size bound', () => {
  it('refuses YAML over 2 MB before parsing it', () => {
    const text = `a: "${'x'.repeat(2 * 1024 * 1024)}"\n`;
    expect(() => loadDocument(text, 'big.yaml')).toThrow('YAML document of 2.0 MB; ddb-plan reads YAML documents of at most 2 MB (CloudFormation caps templates at 1 MB)');
  });
});

describe('loadDocument nesting bound', () => {
  it.each([
    ['deep.json', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 1, 201],
    ['deep.yaml', `a:\n  b: ${'{x: '.repeat(300)}1${'}'.repeat(300)}\n`, 2, 6 + 4 * 200],
  ])('refuses %s before parsing, at the bracket that goes too deep', (file, text, line, column) => {
    expect(() => loadDocument(text, file)).toThrow('nested more than 200 levels deep; refusing to parse');
    try {
      loadDocument(text, file);
    } catch (e) {
      expect((e as InputError).location).toEqual({ file, line, column });
    }
  });

  it('ignores brackets inside strings and YAML comments', () => {
    const brackets = '['.repeat(300);
    expect(loadDocument(`{"a": "${brackets}"}`, 'x.json').value).toEqual({ a: brackets });
    expect(loadDocument(`a: '${brackets}' # ${brackets}\nb: "${brackets}"\n`, 'x.yaml').value).toEqual({ a: brackets, b: brackets });
  });
});
