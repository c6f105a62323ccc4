/**
 * Evaluation of CloudFormation intrinsic functions, as far as a template alone allows
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html).
 *
 * A template is read before it is deployed, so only what the template itself determines can be
 * resolved: a `Ref` to a parameter takes the parameter's `Default`; `Fn::If` evaluates its
 * condition from parameter defaults; `Fn::Sub`, `Fn::Join`, `Fn::Select`, `Fn::Split` and
 * `Fn::FindInMap` are computed from resolvable arguments. Pseudo parameters (`AWS::Region`,
 * `AWS::StackName`, …), references to resources, `Fn::GetAtt`, `Fn::ImportValue` and parameters
 * without a default are known only at deploy time: they evaluate to `unresolved` with the reason,
 * and the importer decides on a documented fallback. A malformed call (`Fn::If` with two
 * arguments) is reported, as CloudFormation would reject the template.
 */
import { childPointer } from '../source/source-map.js';
import { isRecord } from './is-record.js';

/** The outcome of evaluating a template value. */
export type Evaluation =
  /** A value; `pointer` is where it is written (the chosen branch of an `Fn::If`, else the value itself). `used` lists the parameter defaults and conditions it depends on. */
  | { readonly kind: 'value'; readonly value: unknown; readonly pointer: string; readonly used: readonly string[] }
  /** A value known only at deploy time. */
  | { readonly kind: 'unresolved'; readonly reason: string; readonly pointer: string }
  /** `Ref: AWS::NoValue`: the property is to be left out. */
  | { readonly kind: 'no-value'; readonly pointer: string };

/** How references to resources evaluate. */
export interface EvaluateOptions {
  /** Returns what `Ref` to a resource stands for (e.g. a marker to match auto scaling resource IDs against), or undefined to leave it unresolved. */
  readonly resourceRef?: (logicalId: string) => string | undefined;
}

type Template = Readonly<Record<string, unknown>>;

const DEPLOY_TIME: Readonly<Record<string, string>> = {
  'Fn::GetAtt': 'an attribute of a resource',
  'Fn::ImportValue': 'an export of another stack',
  'Fn::GetAZs': 'the availability zones of the region',
  'Fn::Base64': 'a Base64 encoding',
  'Fn::Cidr': 'an address block',
  'Fn::Transform': 'a macro',
  'Fn::ToJsonString': 'a JSON string',
  'Fn::Length': 'a list length',
  'Fn::ForEach': 'a loop of the language extensions transform',
};

/** Returns the function name of an intrinsic function call (`Ref`, `Fn::Sub`, …), or undefined for any other value. */
export function intrinsicName(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

/** Returns a short rendering of a template value for messages, intrinsic functions in their YAML short form (`!Join [-, [shop, !Ref Env]]`). */
export function describeIntrinsic(value: unknown): string {
  const text = shortForm(value, 0);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function shortForm(value: unknown, depth: number): string {
  if (depth > 8) return '…';
  if (typeof value === 'string') return /^[A-Za-z0-9_.:/${}@+-]+$/.test(value) ? value : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => shortForm(v, depth + 1)).join(', ')}]`;
  const name = intrinsicName(value);
  if (name !== undefined) {
    const arg = (value as Record<string, unknown>)[name];
    const tag = name === 'Ref' ? '!Ref' : `!${name.slice(4)}`;
    return `${tag} ${name === 'Fn::GetAtt' && Array.isArray(arg) ? arg.join('.') : shortForm(arg, depth + 1)}`;
  }
  if (isRecord(value)) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${shortForm(v, depth + 1)}`).join(', ')} }`;
  return String(value);
}

/** Evaluates intrinsic functions of one template against its parameters, conditions and mappings. */
export class IntrinsicResolver {
  private readonly reported = new Set<string>();
  private readonly conditions = new Map<string, boolean | string>();

  /**
   * `report` receives malformed intrinsic function calls (a JSON pointer and a message); each
   * pointer is reported once however often it is evaluated.
   */
  constructor(
    private readonly template: Template,
    private readonly report: (pointer: string, message: string) => void,
    /** Where `Conditions` is written: at the top of a template, elsewhere in a Serverless service. */
    private readonly conditionsPointer = '/Conditions',
  ) {}

  /** Returns true when a value is an expression this resolver evaluates (an intrinsic function call), not a literal. */
  handles(value: unknown): boolean {
    return intrinsicName(value) !== undefined;
  }

  /** Evaluates the top of a value: an intrinsic function call is replaced by its result; other values are returned as they are (their children are evaluated when read). */
  evaluate(value: unknown, pointer: string, options: EvaluateOptions = {}): Evaluation {
    const name = intrinsicName(value);
    if (name === undefined) return { kind: 'value', value, pointer, used: [] };
    const arg = (value as Record<string, unknown>)[name];
    const at = childPointer(pointer, name);
    switch (name) {
      case 'Ref':
        return this.ref(arg, pointer, options);
      case 'Fn::If':
        return this.fnIf(arg, at, pointer, options);
      case 'Fn::Sub':
        return this.sub(arg, at, pointer, options);
      case 'Fn::Join':
        return this.join(arg, at, pointer, options);
      case 'Fn::Select':
        return this.select(arg, at, pointer, options);
      case 'Fn::Split':
        return this.split(arg, at, pointer, options);
      case 'Fn::FindInMap':
        return this.findInMap(arg, at, pointer, options);
      default: {
        const what = DEPLOY_TIME[name];
        return unresolved(pointer, what ? `${describeIntrinsic(value)} is ${what}, known only when the stack is deployed` : `${name} is not a function ddb-plan evaluates`);
      }
    }
  }

  /** Evaluates a value and everything inside it (lists element by element), for function arguments. */
  evaluateDeep(value: unknown, pointer: string, options: EvaluateOptions = {}): Evaluation {
    const top = this.evaluate(value, pointer, options);
    if (top.kind !== 'value' || !Array.isArray(top.value)) return top;
    const used = [...top.used];
    const items: unknown[] = [];
    for (let i = 0; i < top.value.length; i++) {
      const item = this.evaluateDeep(top.value[i], childPointer(top.pointer, i), options);
      if (item.kind === 'unresolved') return item;
      if (item.kind === 'no-value') continue;
      used.push(...item.used);
      items.push(item.value);
    }
    return { kind: 'value', value: items, pointer: top.pointer, used: unique(used) };
  }

  private malformed(pointer: string, message: string): Evaluation {
    if (!this.reported.has(pointer)) {
      this.reported.add(pointer);
      this.report(pointer, message);
    }
    return unresolved(pointer, message);
  }

  private ref(arg: unknown, pointer: string, options: EvaluateOptions): Evaluation {
    if (typeof arg !== 'string') return this.malformed(childPointer(pointer, 'Ref'), 'Ref takes the name of a parameter or a resource');
    if (arg === 'AWS::NoValue') return { kind: 'no-value', pointer };
    if (arg.startsWith('AWS::')) return unresolved(pointer, `the pseudo parameter ${arg} is known only when the stack is deployed`);
    const parameters = isRecord(this.template.Parameters) ? this.template.Parameters : {};
    const parameter = parameters[arg];
    if (isRecord(parameter)) {
      const value = parameter.Default;
      if (value === undefined || value === null) return unresolved(pointer, `the parameter ${arg} has no Default; its value is known only when the stack is deployed`);
      const type = typeof parameter.Type === 'string' ? parameter.Type : 'String';
      const listType = type === 'CommaDelimitedList' || type.startsWith('List<');
      const shown = typeof value === 'string' ? value : JSON.stringify(value);
      return { kind: 'value', value: listType && typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value, pointer, used: [`parameter ${arg} = ${shown} (its Default)`] };
    }
    const resources = isRecord(this.template.Resources) ? this.template.Resources : {};
    if (arg in resources) {
      const marker = options.resourceRef?.(arg);
      if (marker !== undefined) return { kind: 'value', value: marker, pointer, used: [] };
      return unresolved(pointer, `!Ref ${arg} is the name of a resource, known only when the stack is deployed`);
    }
    return unresolved(pointer, `!Ref ${arg} names neither a parameter nor a resource of this template`);
  }

  private fnIf(arg: unknown, at: string, pointer: string, options: EvaluateOptions): Evaluation {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') {
      return this.malformed(at, 'Fn::If takes [condition name, value if true, value if false]');
    }
    const name = arg[0];
    const outcome = this.condition(name);
    if (typeof outcome === 'string') return unresolved(pointer, `the condition ${name} of !If cannot be evaluated: ${outcome}`);
    const branch = this.evaluate(arg[outcome ? 1 : 2], childPointer(at, outcome ? 1 : 2), options);
    if (branch.kind !== 'value') return branch;
    return { ...branch, used: unique([...this.conditionUses(name), `condition ${name} is ${outcome}`, ...branch.used]) };
  }

  private sub(arg: unknown, at: string, pointer: string, options: EvaluateOptions): Evaluation {
    let text: unknown = arg;
    let variables: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      if (arg.length !== 2 || !isRecord(arg[1])) return this.malformed(at, 'Fn::Sub takes a string, or [string, { variable: value }]');
      [text] = arg;
      variables = arg[1];
    }
    if (typeof text !== 'string') return this.malformed(at, 'Fn::Sub takes a string, or [string, { variable: value }]');
    const used: string[] = [];
    let out = '';
    let last = 0;
    for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
      out += text.slice(last, m.index);
      last = (m.index ?? 0) + m[0].length;
      const inner = (m[1] ?? '').trim();
      if (inner.startsWith('!')) {
        // ${!Literal} writes ${Literal}.
        out += `\${${inner.slice(1)}}`;
        continue;
      }
      let part: Evaluation;
      if (inner in variables) part = this.evaluateDeep(variables[inner], childPointer(childPointer(at, 1), inner), options);
      else if (inner.includes('.')) part = unresolved(pointer, `\${${inner}} is an attribute of a resource, known only when the stack is deployed`);
      else part = this.ref(inner, pointer, options);
      if (part.kind !== 'value') return part.kind === 'no-value' ? unresolved(pointer, `\${${inner}} is AWS::NoValue`) : part;
      if (!isScalar(part.value)) return unresolved(pointer, `\${${inner}} is not a single value`);
      used.push(...part.used);
      out += String(part.value);
    }
    out += text.slice(last);
    return { kind: 'value', value: out, pointer, used: unique(used) };
  }

  private join(arg: unknown, at: string, pointer: string, options: EvaluateOptions): Evaluation {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') return this.malformed(at, 'Fn::Join takes [delimiter, [values]]');
    const list = this.evaluateDeep(arg[1], childPointer(at, 1), options);
    if (list.kind !== 'value') return list.kind === 'no-value' ? unresolved(pointer, 'the list of !Join is AWS::NoValue') : list;
    if (!Array.isArray(list.value) || !list.value.every(isScalar)) return this.malformed(childPointer(at, 1), 'Fn::Join joins a list of strings');
    return { kind: 'value', value: list.value.map(String).join(arg[0]), pointer, used: list.used };
  }

  private select(arg: unknown, at: string, pointer: string, options: EvaluateOptions): Evaluation {
    if (!Array.isArray(arg) || arg.length !== 2) return this.malformed(at, 'Fn::Select takes [index, [values]]');
    const index = this.evaluateDeep(arg[0], childPointer(at, 0), options);
    const list = this.evaluateDeep(arg[1], childPointer(at, 1), options);
    if (index.kind !== 'value') return index.kind === 'no-value' ? unresolved(pointer, 'the index of !Select is AWS::NoValue') : index;
    if (list.kind !== 'value') return list.kind === 'no-value' ? unresolved(pointer, 'the list of !Select is AWS::NoValue') : list;
    const i = Number(index.value);
    if (!Array.isArray(list.value) || !Number.isInteger(i) || i < 0 || i >= list.value.length) return this.malformed(at, 'Fn::Select: the index is not a position in the list');
    return { kind: 'value', value: list.value[i], pointer, used: unique([...index.used, ...list.used]) };
  }

  private split(arg: unknown, at: string, pointer: string, options: EvaluateOptions): Evaluation {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') return this.malformed(at, 'Fn::Split takes [delimiter, string]');
    const source = this.evaluateDeep(arg[1], childPointer(at, 1), options);
    if (source.kind !== 'value') return source.kind === 'no-value' ? unresolved(pointer, 'the string of !Split is AWS::NoValue') : source;
    if (typeof source.value !== 'string') return this.malformed(childPointer(at, 1), 'Fn::Split splits a string');
    return { kind: 'value', value: source.value.split(arg[0]), pointer, used: source.used };
  }

  private findInMap(arg: unknown, at: string, pointer: string, options: EvaluateOptions): Evaluation {
    if (!Array.isArray(arg) || arg.length < 3 || arg.length > 4) return this.malformed(at, 'Fn::FindInMap takes [map name, top-level key, second-level key]');
    const keys: string[] = [];
    const used: string[] = [];
    for (let i = 0; i < 3; i++) {
      const k = this.evaluateDeep(arg[i], childPointer(at, i), options);
      if (k.kind !== 'value') return k.kind === 'no-value' ? unresolved(pointer, 'a key of !FindInMap is AWS::NoValue') : k;
      if (!isScalar(k.value)) return this.malformed(childPointer(at, i), 'Fn::FindInMap keys are strings');
      keys.push(String(k.value));
      used.push(...k.used);
    }
    const [map, top, second] = keys as [string, string, string];
    const mappings = isRecord(this.template.Mappings) ? this.template.Mappings : {};
    const entry = valueIn(mappings, [map, top, second]);
    if (entry === undefined) {
      const fallback = isRecord(arg[3]) ? arg[3].DefaultValue : undefined;
      if (fallback !== undefined) return this.evaluateDeep(fallback, childPointer(childPointer(at, 3), 'DefaultValue'), options);
      return this.malformed(at, `Fn::FindInMap: the mapping ${map} has no entry ${top}.${second}`);
    }
    return { kind: 'value', value: entry, pointer, used: unique([...used, `mapping ${map}.${top}.${second}`]) };
  }

  /** Returns the value of a named condition from the parameters' defaults, or why it cannot be evaluated. */
  condition(name: string): boolean | string {
    const known = this.conditions.get(name);
    if (known !== undefined) return known;
    // A condition that refers back to itself cannot be evaluated; record that while evaluating it.
    this.conditions.set(name, `the condition ${name} refers to itself`);
    const conditions = isRecord(this.template.Conditions) ? this.template.Conditions : {};
    const result = name in conditions ? this.conditionValue(conditions[name], childPointer(this.conditionsPointer, name)) : `the template has no condition ${name}`;
    this.conditions.set(name, result);
    return result;
  }

  /** Lists the parameter defaults a condition depends on, for notes. */
  private conditionUses(name: string): string[] {
    const conditions = isRecord(this.template.Conditions) ? this.template.Conditions : {};
    const refs = new Set<string>();
    const visit = (v: unknown, depth: number): void => {
      if (depth > 32) return;
      if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
      else if (isRecord(v)) {
        if (typeof v.Ref === 'string') refs.add(v.Ref);
        if (typeof v.Condition === 'string' && v.Condition in conditions) visit(conditions[v.Condition], depth + 1);
        Object.values(v).forEach((x) => visit(x, depth + 1));
      }
    };
    visit(conditions[name], 0);
    return [...refs].flatMap((r) => {
      const e = this.ref(r, '', {});
      return e.kind === 'value' ? e.used : [];
    });
  }

  private conditionValue(expr: unknown, pointer: string): boolean | string {
    if (isRecord(expr) && Object.keys(expr).length === 1 && typeof expr.Condition === 'string') {
      return this.condition(expr.Condition);
    }
    const name = intrinsicName(expr);
    const arg = name === undefined ? undefined : (expr as Record<string, unknown>)[name];
    const at = name === undefined ? pointer : childPointer(pointer, name);
    const operands = (count?: number): unknown[] | undefined => (Array.isArray(arg) && (count === undefined || arg.length === count) ? arg : undefined);
    switch (name) {
      case 'Fn::Equals': {
        const pair = operands(2);
        if (!pair) return this.malformedCondition(at, 'Fn::Equals takes [value, value]');
        const values: unknown[] = [];
        for (let i = 0; i < 2; i++) {
          const e = this.evaluateDeep(pair[i], childPointer(at, i));
          if (e.kind !== 'value') return e.kind === 'unresolved' ? e.reason : 'a value of Fn::Equals is AWS::NoValue';
          values.push(e.value);
        }
        return canonical(values[0]) === canonical(values[1]);
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const list = operands();
        if (!list || list.length < 2) return this.malformedCondition(at, `${name} takes a list of 2 to 10 conditions`);
        const results = list.map((c, i) => this.conditionValue(c, childPointer(at, i)));
        const failed = results.find((r): r is string => typeof r === 'string');
        if (failed !== undefined) return failed;
        return name === 'Fn::And' ? results.every(Boolean) : results.some(Boolean);
      }
      case 'Fn::Not': {
        const one = operands(1);
        if (!one) return this.malformedCondition(at, 'Fn::Not takes [condition]');
        const r = this.conditionValue(one[0], childPointer(at, 0));
        return typeof r === 'string' ? r : !r;
      }
      default:
        return this.malformedCondition(pointer, 'a condition is Fn::Equals, Fn::And, Fn::Or, Fn::Not or { Condition: name }');
    }
  }

  private malformedCondition(pointer: string, message: string): string {
    const e = this.malformed(pointer, message);
    return e.kind === 'unresolved' ? e.reason : message;
  }
}

function unresolved(pointer: string, reason: string): Evaluation {
  return { kind: 'unresolved', reason, pointer };
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function canonical(v: unknown): string {
  return isScalar(v) ? String(v) : JSON.stringify(v);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function valueIn(root: unknown, keys: readonly string[]): unknown {
  let v = root;
  for (const k of keys) {
    if (!isRecord(v) || !Object.hasOwn(v, k)) return undefined;
    v = v[k];
  }
  return v;
}
