import * as api from '../../src/index.js';
import { ignoreDirectives } from '../../src/lint/ignore-comments.js';

const SPEC = 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: BOOL }\n    pointInTimeRecovery: true\n    deletionProtection: true\n';

describe('lint() from the library API', () => {
  it('returns the findings of a model as data, located in its source', () => {
    const result = api.lint(api.loadModel(SPEC, 'orders.yaml'));
    expect(result).toMatchObject({ file: 'orders.yaml', origin: 'spec', suppressedCount: 0 });
    expect(result.findings).toEqual([
      {
        ruleId: 'E1001',
        messageId: 'notKeyType',
        severity: 'error',
        message: 'partition key "id" of table "Orders" has type BOOL; a key attribute must be S, N or B',
        path: '/tables/0/partitionKey/type',
        line: 4,
        column: 37,
        endLine: 4,
        endColumn: 41,
      },
    ]);
    expect(api.lintReport([result])).toMatchObject({ errorCount: 1, warningCount: 0, infoCount: 0 });
  });

  it('takes severities by rule ID, and refuses an ID it does not know', () => {
    const model = api.loadModel(SPEC, 'orders.yaml');
    expect(api.lint(model, { severities: { E1001: 'warning' } }).findings.map((f) => f.severity)).toEqual(['warning']);
    expect(api.lint(model, { severities: { E1001: 'off' } }).findings).toEqual([]);
    expect(() => api.lint(model, { severities: { E4242: 'off' } })).toThrow(api.InputError);
  });

  it('runs rules a library user defines', () => {
    const noOrders = api.defineRule({
      id: 'W3900',
      name: 'no-orders',
      title: 'No table named Orders',
      severity: 'warning',
      description: 'A house rule.',
      fix: 'Rename the table.',
      source: 'https://example.com/house-rules',
      messages: { named: 'table "{{name}}" breaks the house rule' },
      check(context) {
        for (const t of context.model.tables) if (t.name === 'Orders') context.report('named', { node: t, field: 'name' }, { name: t.name });
      },
    });
    const findings = api.lint(api.loadModel(SPEC, 'orders.yaml'), { rules: [noOrders] }).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`)).toEqual(['W3900 3:11 table "Orders" breaks the house rule']);
    expect(noOrders.docsUrl).toBe(api.ruleDocsUrl('W3900'));
  });

  it.each([
    ['an ID of another form', { id: 'X1234', severity: 'error' }, /an ID is E, W or I/],
    ['an unknown category digit', { id: 'E5001', severity: 'error' }, /known category/],
    ['a letter that disagrees with the severity', { id: 'E3901', severity: 'warning' }, /its letter says error, its severity says warning/],
  ] as const)('refuses to define a rule with %s', (_name, meta, message) => {
    const base = { name: 'x-rule', title: 'X', description: 'X.', fix: 'X.', source: 'https://example.com', messages: { m: 'x' }, check: () => undefined };
    expect(() => api.defineRule({ ...base, ...meta })).toThrow(message);
  });

  it('knows every rule by ID, ordered by its digits', () => {
    expect(api.RULES.map((r) => r.id.slice(1))).toEqual([...api.RULES.map((r) => r.id.slice(1))].sort());
    expect(api.findRule('E3008')?.name).toBe('hot-partition-key');
    expect(api.severityOfId('I9001')).toBe('info');
    expect(api.categoryOfId('W2003')).toBe('change safety');
  });
});

describe('ignore comments', () => {
  it.each([
    ['a trailing comment', 'a: 1  # ddb-plan-ignore W3002', { line: 1, column: 7, appliesTo: 1, ruleIds: ['W3002'], malformed: [] }],
    ['a comment on its own line', '  # ddb-plan-ignore W3002, E1001 -- known hot key\nb: 2', { line: 1, column: 3, appliesTo: 2, ruleIds: ['W3002', 'E1001'], malformed: [] }],
    ['no IDs: every rule', '# ddb-plan-ignore\nb: 2', { line: 1, column: 1, appliesTo: 2, ruleIds: [], malformed: [] }],
    ['the whole file', 'a: 1\n# ddb-plan-ignore-file I9001', { line: 2, column: 1, appliesTo: 0, ruleIds: ['I9001'], malformed: [] }],
    ['words that are not IDs', 'a: 1 # ddb-plan-ignore because', { line: 1, column: 6, appliesTo: 1, ruleIds: [], malformed: ['because'] }],
  ])('reads %s', (_name, text, directive) => {
    expect(ignoreDirectives(text)).toEqual([expect.objectContaining(directive)]);
  });

  it('ignores the text when it is not a comment', () => {
    expect(ignoreDirectives('description: see ddb-plan-ignore docs\nurl: http://x#ddb-plan-ignore')).toEqual([]);
  });
});
