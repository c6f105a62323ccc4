/**
 * Serverless Framework variables (`${self:custom.tableName}`, `${sls:stage}`, `${opt:stage, 'dev'}`),
 * as far as the service file alone determines them
 * (https://www.serverless.com/framework/docs/providers/aws/guide/variables).
 *
 * The Framework replaces variables in the whole service file before it writes the CloudFormation
 * template, so a table's `TableName: ${self:service}-${sls:stage}-users` is a name by then.
 * ddb-plan reads one file without deploying it: `self:` references are looked up in the file,
 * `sls:stage` is the provider's stage or the Framework's `dev`, and a fallback
 * (`${opt:stage, 'dev'}`) is taken when its reference is known only at deploy time. Environment
 * variables, command-line options, SSM and Dashboard parameters, other files and other stacks'
 * outputs are unresolved, with the reason; the importer then chooses its documented fallback.
 */
import { valueAt } from '../source/validate-document.js';
import { isRecord } from './is-record.js';

/** The outcome of resolving a text's variables: the value (a number when the whole text is one numeric variable), or why it cannot be known. */
export type VariableOutcome =
  /** `used` lists the references and defaults the value depends on, for notes (`sls:stage = dev (provider.stage)`). */
  | { readonly kind: 'value'; readonly value: unknown; readonly used: readonly string[] }
  | { readonly kind: 'unresolved'; readonly reason: string };

/** Variable sources known only when the service is deployed, and what they are. */
const DEPLOY_TIME_SOURCES: Readonly<Record<string, string>> = {
  opt: 'a command-line option',
  env: 'an environment variable',
  param: 'a parameter of the stage (Serverless Dashboard or `params`)',
  ssm: 'an SSM parameter',
  file: 'another file, which ddb-plan does not read',
  s3: 'an S3 object',
  cf: 'an output of another stack',
  aws: 'a value of the AWS account',
  strToBool: 'a conversion ddb-plan does not evaluate',
};

/** Sources the file determines. */
const FILE_SOURCES = new Set(['self', 'sls']);

/** An innermost variable: `${…}` with no `${` or braces inside. */
const INNERMOST = /\$\{([^${}]*)\}/g;

/** `source`, `source:address` or `source(argument):address`. */
const REFERENCE = /^([A-Za-z][A-Za-z0-9]*)(\([^)]*\))?(?::(.*))?$/s;

/** Nested `self:` references deeper than this are taken as a cycle. */
const MAX_DEPTH = 16;

/** Returns the source of a variable's first reference (`self` of `self:custom.x, 'y'`), or undefined when it is not a Serverless variable. */
function sourceOf(expression: string): string | undefined {
  const source = REFERENCE.exec(firstCandidate(expression))?.[1];
  return source !== undefined && isVariableSource(source) ? source : undefined;
}

/** True for a source the Framework knows, whether the file determines it or only the deployment. */
function isVariableSource(source: string): boolean {
  return FILE_SOURCES.has(source) || Object.hasOwn(DEPLOY_TIME_SOURCES, source);
}

function firstCandidate(expression: string): string {
  return (splitCandidates(expression)[0] ?? '').trim();
}

/**
 * Returns true when a text holds a Serverless variable. Other `${…}` are left alone: they are
 * CloudFormation's own (`!Sub "${AWS::Region}"`), which the Framework leaves to CloudFormation.
 */
export function hasServerlessVariable(text: string): boolean {
  return [...text.matchAll(INNERMOST)].some((m) => sourceOf(m[1] ?? '') !== undefined);
}

/** Splits `opt:stage, self:provider.stage, 'dev'` at the commas outside quotes and parentheses. */
function splitCandidates(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(expression.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(expression.slice(start));
  return parts;
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function shown(v: unknown): string {
  return isScalar(v) ? String(v) : JSON.stringify(v);
}

/** Resolves the variables of one Serverless service file. */
export class ServerlessVariables {
  constructor(private readonly service: Readonly<Record<string, unknown>>) {}

  /**
   * Resolves every Serverless variable of a text, innermost first (`${self:custom.${sls:stage}}`).
   * A text that is one variable takes the variable's value as it is (a number stays a number).
   */
  resolve(text: string, depth = 0): VariableOutcome {
    if (depth > MAX_DEPTH) return { kind: 'unresolved', reason: `${text} refers to itself through self: references` };
    const used: string[] = [];
    let current: unknown = text;
    for (;;) {
      if (typeof current !== 'string') break;
      const s: string = current;
      const m = [...s.matchAll(INNERMOST)].find((x) => sourceOf(x[1] ?? '') !== undefined);
      if (m === undefined) break;
      const outcome = this.expression(m[1] ?? '', depth);
      if (outcome.kind === 'unresolved') return outcome;
      used.push(...outcome.used);
      const whole = m.index === 0 && m[0].length === s.length;
      if (whole) current = outcome.value;
      else if (isScalar(outcome.value)) current = `${s.slice(0, m.index)}${String(outcome.value)}${s.slice((m.index ?? 0) + m[0].length)}`;
      else return { kind: 'unresolved', reason: `\${${m[1] ?? ''}} is not a single value` };
    }
    return { kind: 'value', value: current, used: [...new Set(used)] };
  }

  /** Resolves one variable's expression: its reference, else the first fallback that resolves. */
  private expression(expression: string, depth: number): VariableOutcome {
    const candidates = splitCandidates(expression).map((c) => c.trim());
    let first: VariableOutcome | undefined;
    for (const [i, candidate] of candidates.entries()) {
      const outcome = this.candidate(candidate, depth);
      if (outcome.kind === 'value') {
        if (i === 0) return outcome;
        const reference = candidates[0] ?? '';
        return { kind: 'value', value: outcome.value, used: [...outcome.used, `${reference} = ${shown(outcome.value)} (its default)`] };
      }
      first ??= outcome;
    }
    return first ?? { kind: 'unresolved', reason: `\${${expression}} is empty` };
  }

  private candidate(candidate: string, depth: number): VariableOutcome {
    const quoted = /^(['"])(.*)\1$/s.exec(candidate);
    if (quoted) return { kind: 'value', value: quoted[2], used: [] };
    if (/^-?[0-9]+(\.[0-9]+)?$/.test(candidate)) return { kind: 'value', value: Number(candidate), used: [] };
    const ref = REFERENCE.exec(candidate);
    const source = ref?.[1] ?? '';
    const address = (ref?.[3] ?? '').trim();
    // Not a reference: the value of a nested variable resolved first (`${param:t, ${self:custom.t}}`).
    if (!isVariableSource(source)) return { kind: 'value', value: candidate, used: [] };
    if (source === 'self') return this.self(address, depth);
    if (source === 'sls' && address === 'stage') return this.stage(depth);
    const what = DEPLOY_TIME_SOURCES[source];
    return { kind: 'unresolved', reason: `\${${candidate}} is ${what ?? 'a value ddb-plan does not evaluate'}, known only when the service is deployed` };
  }

  /** `self:a.b.c`: the value at that path of the service file, its own variables resolved. */
  private self(address: string, depth: number): VariableOutcome {
    // `service: { name }` is the Framework's older form of the service name.
    const named = address === 'service' && isRecord(this.service.service);
    const value = named ? (this.service.service as Record<string, unknown>).name : valueAt(this.service, address === '' ? [] : address.split('.'));
    if (value === undefined || value === null) return { kind: 'unresolved', reason: `\${self:${address}} is not in this file` };
    const inner = typeof value === 'string' ? this.resolve(value, depth + 1) : ({ kind: 'value', value, used: [] } as const);
    if (inner.kind === 'unresolved') return inner;
    return { kind: 'value', value: inner.value, used: [...inner.used, `self:${address} = ${shown(inner.value)}`] };
  }

  /** `sls:stage`: the `--stage` option, else `provider.stage`, else `dev` (the Framework's order); without the option, provider.stage or dev. */
  private stage(depth: number): VariableOutcome {
    const provider = isRecord(this.service.provider) ? this.service.provider : {};
    if (provider.stage === undefined || provider.stage === null) return { kind: 'value', value: 'dev', used: ['sls:stage = dev (no provider.stage: the Framework\'s default)'] };
    const stage = typeof provider.stage === 'string' ? this.resolve(provider.stage, depth + 1) : ({ kind: 'value', value: provider.stage, used: [] } as const);
    if (stage.kind === 'unresolved') return stage;
    return { kind: 'value', value: stage.value, used: [...stage.used, `sls:stage = ${shown(stage.value)} (provider.stage)`] };
  }
}
