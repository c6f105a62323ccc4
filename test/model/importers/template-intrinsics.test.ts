import { describeIntrinsic, IntrinsicResolver, type Evaluation } from '../../../src/model/importers/template-intrinsics.js';

const template = {
  Parameters: {
    Env: { Type: 'String', Default: 'prod' },
    Units: { Type: 'Number', Default: '25' },
    NoDefault: { Type: 'String' },
    Zones: { Type: 'CommaDelimitedList', Default: 'a, b,c' },
  },
  Mappings: { Sizes: { prod: { Read: 400 }, dev: { Read: 5 } } },
  Conditions: {
    IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
    IsDev: { 'Fn::Not': [{ Condition: 'IsProd' }] },
    Both: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Equals': ['x', 'x'] }] },
    Either: { 'Fn::Or': [{ Condition: 'IsDev' }, { 'Fn::Equals': [{ Ref: 'NoDefault' }, 'x'] }] },
    Loop: { 'Fn::Not': [{ Condition: 'Loop' }] },
  },
  Resources: { Orders: { Type: 'AWS::DynamoDB::Table' } },
};

function run(value: unknown): { result: Evaluation; reported: string[] } {
  const reported: string[] = [];
  const resolver = new IntrinsicResolver(template, (p, m) => reported.push(`${p}: ${m}`));
  return { result: resolver.evaluate(value, '/v'), reported };
}

const valueOf = (value: unknown): unknown => {
  const { result } = run(value);
  return result.kind === 'value' ? result.value : result.kind;
};

describe('IntrinsicResolver: what a template alone determines', () => {
  it.each([
    ['a plain value', 'orders', 'orders'],
    ['Ref to a parameter default', { Ref: 'Env' }, 'prod'],
    ['Ref to a list parameter', { Ref: 'Zones' }, ['a', 'b', 'c']],
    ['Fn::Sub with parameters', { 'Fn::Sub': 'orders-${Env}-${Units}' }, 'orders-prod-25'],
    ['Fn::Sub with variables and a literal', { 'Fn::Sub': ['${Name}-${!Literal}', { Name: { Ref: 'Env' } }] }, 'prod-${Literal}'],
    ['Fn::Join', { 'Fn::Join': ['/', ['table', { Ref: 'Env' }]] }, 'table/prod'],
    ['Fn::Select', { 'Fn::Select': [1, { Ref: 'Zones' }] }, 'b'],
    ['Fn::Split', { 'Fn::Split': ['-', 'a-b'] }, ['a', 'b']],
    ['Fn::FindInMap', { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Read'] }, 400],
    ['Fn::FindInMap with a default value', { 'Fn::FindInMap': ['Sizes', 'test', 'Read', { DefaultValue: 1 }] }, 1],
    ['Fn::If on a condition', { 'Fn::If': ['IsProd', 100, 5] }, 100],
    ['Fn::If on Fn::Not', { 'Fn::If': ['IsDev', 100, 5] }, 5],
    ['Fn::If on Fn::And', { 'Fn::If': ['Both', 'yes', 'no'] }, 'yes'],
    ['Ref AWS::NoValue', { Ref: 'AWS::NoValue' }, 'no-value'],
    ['Fn::If choosing AWS::NoValue', { 'Fn::If': ['IsDev', 1, { Ref: 'AWS::NoValue' }] }, 'no-value'],
  ])('%s', (_, value, expected) => {
    expect(valueOf(value)).toEqual(expected);
  });

  it('points at the branch an Fn::If chooses and lists what it depended on', () => {
    expect(run({ 'Fn::If': ['IsDev', 100, 5] }).result).toEqual({
      kind: 'value',
      value: 5,
      pointer: '/v/Fn::If/2',
      used: ['parameter Env = prod (its Default)', 'condition IsDev is false'],
    });
  });

  it.each([
    ['a pseudo parameter', { Ref: 'AWS::StackName' }, 'the pseudo parameter AWS::StackName is known only when the stack is deployed'],
    ['a parameter without a default', { Ref: 'NoDefault' }, 'the parameter NoDefault has no Default; its value is known only when the stack is deployed'],
    ['a resource', { Ref: 'Orders' }, '!Ref Orders is the name of a resource, known only when the stack is deployed'],
    ['an unknown name', { Ref: 'Nope' }, '!Ref Nope names neither a parameter nor a resource of this template'],
    ['Fn::GetAtt', { 'Fn::GetAtt': ['Orders', 'Arn'] }, '!GetAtt Orders.Arn is an attribute of a resource, known only when the stack is deployed'],
    ['Fn::Sub with a pseudo parameter', { 'Fn::Sub': '${AWS::StackName}-orders' }, 'the pseudo parameter AWS::StackName is known only when the stack is deployed'],
    ['Fn::Sub with an attribute', { 'Fn::Sub': '${Orders.Arn}' }, '${Orders.Arn} is an attribute of a resource, known only when the stack is deployed'],
    ['a condition on a parameter without a default', { 'Fn::If': ['Either', 1, 2] }, 'the condition Either of !If cannot be evaluated: the parameter NoDefault has no Default; its value is known only when the stack is deployed'],
    ['a condition that refers to itself', { 'Fn::If': ['Loop', 1, 2] }, 'the condition Loop of !If cannot be evaluated: the condition Loop refers to itself'],
  ])('leaves %s unresolved, saying why', (_, value, reason) => {
    expect(run(value)).toEqual({ result: { kind: 'unresolved', reason, pointer: '/v' }, reported: [] });
  });

  it.each([
    ['Fn::If with two arguments', { 'Fn::If': ['IsProd', 1] }, '/v/Fn::If: Fn::If takes [condition name, value if true, value if false]'],
    ['Fn::Join without a list', { 'Fn::Join': '-' }, '/v/Fn::Join: Fn::Join takes [delimiter, [values]]'],
    ['Ref to a mapping', { Ref: { a: 1 } }, '/v/Ref: Ref takes the name of a parameter or a resource'],
    ['Fn::FindInMap without the entry', { 'Fn::FindInMap': ['Sizes', 'test', 'Read'] }, '/v/Fn::FindInMap: Fn::FindInMap: the mapping Sizes has no entry test.Read'],
    ['Fn::Select out of range', { 'Fn::Select': [5, ['a']] }, '/v/Fn::Select: Fn::Select: the index is not a position in the list'],
  ])('reports a malformed call: %s', (_, value, report) => {
    const { result, reported } = run(value);
    expect(result.kind).toBe('unresolved');
    expect(reported).toEqual([report]);
  });

  it('renders calls in their YAML short form for messages', () => {
    expect(describeIntrinsic({ 'Fn::Join': ['-', ['shop', { Ref: 'Env' }]] })).toBe('!Join [-, [shop, !Ref Env]]');
    expect(describeIntrinsic({ 'Fn::GetAtt': ['Orders', 'Arn'] })).toBe('!GetAtt Orders.Arn');
    expect(describeIntrinsic({ 'Fn::Sub': 'orders ${Env}' })).toBe('!Sub "orders ${Env}"');
  });
});
