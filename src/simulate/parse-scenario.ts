import { formatDuration, parseDuration } from '../calculators/duration.js';
import { MAX_ITEM_BYTES, TABLE_UNITS_QUOTA } from '../calculators/limits.js';
import { parseRate } from '../calculators/rate.js';
import { parseSize } from '../calculators/size.js';
import { fmt } from '../calculators/steps.js';
import { InputError, type InputProblem } from '../errors.js';
import { normalizeKeyPopularity, type KeyPopularity } from '../model/common/key-popularity.js';
import type { LoadedDocument } from '../model/source/loaded-document.js';
import { parseSpec } from '../model/spec/parse-spec.js';
import type { SpecModel } from '../model/spec/spec-model.js';
import { locatedError, validateDocument, type PathProblem } from '../model/source/validate-document.js';
import { expectedArrivals } from './arrivals.js';
import type { AutoScalingPolicy } from './auto-scaling.js';
import { diagnoseScenario } from './diagnose-scenario.js';
import { DEFAULT_MODEL_PARAMETERS, type ModelParameters } from './model-parameters.js';
import { RETRY_PROFILES, type RetryPolicy } from './retry.js';
import {
  isWriteOperation,
  MAX_EXACT_REQUESTS,
  MAX_SIMULATED_MS,
  type Billing,
  type CapacitySettings,
  type ClientSettings,
  type Consistency,
  type DesignSettings,
  type IndexSettings,
  type ReadWrite,
  type Scenario,
  type SizeClass,
  type TableSettings,
  type Workload,
} from './scenario.js';
import { scenarioSchema, type ScenarioInput } from './scenario-schema.js';
import { parseTrace, traceFormatOf } from './trace.js';

/** A file a scenario refers to, read by the caller (the simulator does no I/O). */
export interface ReferencedFile {
  /** The name to report positions under, e.g. `fixtures/scenarios/requests.csv`. */
  readonly file: string;
  readonly text: string;
}

/** The files a scenario refers to, by the reference as written; an InputError for one that could not be read. */
export type ScenarioFiles = ReadonlyMap<string, ReferencedFile | InputError>;

/** A reference from a scenario to another file. */
export interface ScenarioReference {
  readonly kind: 'trace' | 'spec';
  /** The path as written in the scenario (relative to the scenario's folder). */
  readonly ref: string;
  /** JSON pointer of the field that holds it. */
  readonly pointer: string;
}

/** Lists the trace and spec files a scenario document refers to, so the caller can read them before `parseScenario`. */
export function scenarioReferences(doc: LoadedDocument): ScenarioReference[] {
  const out: ScenarioReference[] = [];
  const root = doc.value as { table?: { spec?: unknown }; workload?: unknown } | null;
  if (root && typeof root === 'object') {
    if (root.table && typeof root.table === 'object' && typeof root.table.spec === 'string') out.push({ kind: 'spec', ref: root.table.spec, pointer: '/table/spec' });
    if (Array.isArray(root.workload)) {
      root.workload.forEach((w: unknown, i) => {
        const trace = w && typeof w === 'object' ? (w as { trace?: unknown }).trace : undefined;
        if (typeof trace === 'string') out.push({ kind: 'trace', ref: trace, pointer: `/workload/${i}/trace` });
      });
    }
  }
  return out;
}

/**
 * Validates a loaded scenario document and normalizes it into a Scenario: defaults filled in,
 * quantities parsed (rates, sizes, durations), traces parsed, and every rule that spans fields
 * checked. Throws one InputError listing every problem with its line and column.
 */
export function parseScenario(doc: LoadedDocument, files: ScenarioFiles = new Map()): Scenario {
  const input = validateWithDiagnosis(doc);
  const n = new Normalizer(doc, files);
  const scenario = n.scenario(input);
  if (n.problems.length > 0 || n.fileProblems.length > 0) {
    const located = n.problems.length > 0 ? locatedError(doc, n.problems).problems : [];
    const all: InputProblem[] = [...located, ...n.fileProblems];
    const first = all[0] as InputProblem;
    throw new InputError(first.message, first.location, all);
  }
  return scenario as Scenario;
}

function validateWithDiagnosis(doc: LoadedDocument): ScenarioInput {
  // Key popularity and retry profiles are unions of forms, of which zod can only say that none
  // matched: known mistakes are diagnosed first and their precise messages replace zod's.
  const diagnosed = diagnoseScenario(doc.value, doc.file);
  try {
    const input = validateDocument(scenarioSchema, doc);
    if (diagnosed.length > 0) throw locatedError(doc, diagnosed);
    return input;
  } catch (e) {
    if (!(e instanceof InputError) || diagnosed.length === 0) throw e;
    const covered = (path: string | undefined): boolean => diagnosed.some((d) => path !== undefined && (path === d.path || path.startsWith(`${d.path}/`) || d.path.startsWith(`${path}/`)));
    const rest = e.problems.filter((p) => !covered(p.location.path));
    const mine = locatedError(doc, diagnosed).problems;
    const all = [...rest, ...mine].sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
    const first = all[0] as InputProblem;
    throw new InputError(first.message, first.location, all);
  }
}

type TableInput = ScenarioInput['table'];
type CapacityInput = Pick<TableInput, 'capacity' | 'partitions' | 'burst' | 'autoscaling' | 'maxThroughput' | 'warmThroughput' | 'quota'>;
type WorkloadInput = ScenarioInput['workload'][number];

class Normalizer {
  readonly problems: PathProblem[] = [];
  readonly fileProblems: InputProblem[] = [];
  private model: ModelParameters = DEFAULT_MODEL_PARAMETERS;
  /** Item bytes of a workload entry that gives none: 1 KB, or the average item of a spec's table. */
  private defaultItemBytes = 1024;

  constructor(
    private readonly doc: LoadedDocument,
    private readonly files: ScenarioFiles,
  ) {}

  private problem(path: string, message: string, atKey = false): void {
    this.problems.push({ path, message, ...(atKey ? { atKey } : {}) });
  }

  /** Runs a parser from calculators/, turning its InputError into a problem at `path`. */
  private parse<T>(path: string, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (e instanceof InputError) {
        this.problem(path, `${fieldOf(path)}: ${e.message}`);
        return undefined;
      }
      throw e;
    }
  }

  /** Returns the file a scenario refers to at `path` (a `what` file), or undefined with a problem there when it could not be read. */
  private referencedFile(ref: string, path: string, what: 'spec' | 'trace'): ReferencedFile | undefined {
    const file = this.files.get(ref);
    if (file === undefined || file instanceof InputError) {
      this.problem(path, `${what} file ${ref}: ${file?.message ?? 'not read'}`);
      return undefined;
    }
    return file;
  }

  /** Runs a parser of a referenced file; its problems are kept as they are, at their own lines in that file. */
  private parseReferenced<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.fileProblems.push(...e.problems);
      return undefined;
    }
  }

  private durationMs(path: string, value: string | number): number | undefined {
    return this.parse(path, () => parseDuration(value));
  }

  private rate(path: string, value: string | number): number | undefined {
    return this.parse(path, () => parseRate(String(value)).value.toNumber());
  }

  private bytes(path: string, value: string | number): number | undefined {
    return this.parse(path, () => parseSize(String(value)).value);
  }

  scenario(input: ScenarioInput): Scenario | undefined {
    this.model = { ...DEFAULT_MODEL_PARAMETERS, ...(input.model ?? {}) };
    let durationMs: number | undefined;
    if (input.duration !== undefined) {
      durationMs = this.durationMs('/duration', input.duration);
      if (durationMs !== undefined && durationMs <= 0) {
        this.problem('/duration', 'duration must be above zero');
        durationMs = undefined;
      }
      if (durationMs !== undefined && durationMs > MAX_SIMULATED_MS) this.problem('/duration', `duration ${formatDuration(durationMs)} is longer than the ${formatDuration(MAX_SIMULATED_MS)} the simulator runs`);
    } else if (!input.workload.every((w) => w.trace !== undefined)) {
      this.problem('', 'duration is required (a workload entry that is not a trace runs to the end of the scenario)', false);
    }
    const table = this.table(input.table);
    const known = durationMs !== undefined || input.duration === undefined;
    const workloads = input.workload.map((w, i) => this.workload(w, `/workload/${i}`, durationMs ?? Infinity, table, known)).filter((w): w is Workload => w !== undefined);
    if (durationMs === undefined && workloads.length === input.workload.length) {
      // Every entry is a trace: run through the second of the last request.
      const lastMs = Math.max(...workloads.map((w) => (w.kind === 'trace' ? w.startMs + (w.trace.timesMs[w.trace.count - 1] ?? 0) : 0)));
      durationMs = (Math.floor(lastMs / 1000) + 1) * 1000;
    }
    const expected = workloads.reduce((sum, w) => sum + (w.kind === 'trace' ? w.trace.count : expectedArrivals({ ...w, process: w.arrivals })), 0);
    if (Number.isFinite(expected) && expected > MAX_EXACT_REQUESTS) {
      this.problem('/workload', `the workload offers about ${fmt(Math.round(expected))} requests; the exact engine lane runs at most ${fmt(MAX_EXACT_REQUESTS)} per design — shorten the duration or lower the rates`, true);
    }
    const client = this.client(input.client);
    const designs = this.designs(input.designs);
    if (!table || durationMs === undefined || !client) return undefined;
    return { seed: input.seed ?? 1, durationMs, table, workloads, client, designs, model: this.model };
  }

  private table(t: TableInput): TableSettings | undefined {
    if (t.spec !== undefined) return this.tableFromSpec(t);
    if (t.tableName !== undefined) this.problem('/table/tableName', 'tableName goes with spec: (a table taken from a spec file); an inline table has a name', true);
    const billing: Billing = t.billing ?? 'provisioned';
    const tableBytes = t.size === undefined ? 0 : (this.bytes('/table/size', t.size) ?? 0);
    const settings = this.capacity(t, '/table', t.name ?? 'table', billing, tableBytes);
    const indexes: IndexSettings[] = [];
    const names = new Set<string>();
    (t.indexes ?? []).forEach((ix, i) => {
      const path = `/table/indexes/${i}`;
      if (names.has(ix.name)) this.problem(`${path}/name`, `index "${ix.name}" is defined twice`);
      names.add(ix.name);
      const entryBytes = ix.itemSize === undefined ? null : this.itemBytes(`${path}/itemSize`, ix.itemSize);
      const cap = this.capacity(ix, path, ix.name, billing, 0);
      if (cap) indexes.push({ ...cap, keys: normalizeKeyPopularity(ix.keys), entryBytes: entryBytes ?? null, coverage: ix.coverage ?? 1 });
    });
    return settings && { ...settings, indexes };
  }

  private tableFromSpec(t: TableInput): TableSettings | undefined {
    const ref = t.spec as string;
    const file = this.referencedFile(ref, '/table/spec', 'spec');
    if (!file) return undefined;
    for (const field of ['name', 'billing', 'capacity', 'autoscaling', 'maxThroughput', 'warmThroughput', 'quota', 'indexes', 'size'] as const) {
      if (t[field] !== undefined) this.problem(`/table/${field}`, `${field} comes from the spec (${ref}); remove it here, or describe the table inline without spec:`, true);
    }
    const spec = this.parseReferenced(() => parseSpec(file.text, file.file));
    if (!spec) return undefined;
    const names = spec.tables.map((x) => x.name);
    const table = t.tableName === undefined ? (spec.tables.length === 1 ? spec.tables[0] : undefined) : spec.tables.find((x) => x.name === t.tableName);
    if (!table) {
      if (t.tableName === undefined) this.problem('/table/spec', `${ref} has ${names.length} tables; say which with tableName: (one of ${names.join(', ')})`);
      else this.problem('/table/tableName', `no table named "${t.tableName}" in ${ref} (tables: ${names.join(', ')})`);
      return undefined;
    }
    this.defaultItemBytes = table.itemBytes;
    const fromSpec = (c: SpecCapacity | undefined): { read?: number; write?: number } | undefined => c && { ...(c.read === undefined ? {} : { read: c.read }), ...(c.write === undefined ? {} : { write: c.write }) };
    const scaling = (a: SpecAutoscaling | undefined): CapacityInput['autoscaling'] => {
      if (!a) return undefined;
      const policy = (p: SpecAutoscaling['read']) => p && { min: p.min, max: p.max, target: p.target.toNumber() };
      return { ...(a.read ? { read: policy(a.read) } : {}), ...(a.write ? { write: policy(a.write) } : {}) };
    };
    const provisioned = table.billing === 'provisioned';
    const settings = (c: { capacity: SpecCapacity | undefined; autoscaling: SpecAutoscaling | undefined; maxThroughput: SpecCapacity | undefined }, extra: Pick<CapacityInput, 'partitions' | 'burst'>): CapacityInput => ({
      ...(provisioned ? { capacity: fromSpec(c.capacity) ?? {}, autoscaling: scaling(c.autoscaling) } : { maxThroughput: fromSpec(c.maxThroughput) }),
      ...extra,
    });
    const tableBytes = table.itemCount === undefined ? 0 : table.itemCount * table.itemBytes;
    const base = this.capacity(settings(table, { partitions: t.partitions, burst: t.burst }), '/table', table.name, table.billing, tableBytes);
    const indexes: IndexSettings[] = [];
    for (const ix of table.indexes) {
      // Local indexes share the table's partitions and capacity; only global ones have their own.
      if (ix.type !== 'global') continue;
      const cap = this.capacity(settings(ix, {}), '/table', ix.name, table.billing, 0);
      if (cap) indexes.push({ ...cap, keys: indexKeysFromSpec(table, ix.name, ix.partitionKey.name, ix.itemCount), entryBytes: ix.itemBytes, coverage: 1 });
    }
    return base && { ...base, indexes };
  }

  private capacity(c: CapacityInput, path: string, name: string, billing: Billing, tableBytes: number): CapacitySettings | undefined {
    const what = path === '/table' ? 'table' : `index ${name}`;
    const quota: ReadWrite<number> = { read: c.quota?.read ?? TABLE_UNITS_QUOTA, write: c.quota?.write ?? TABLE_UNITS_QUOTA };
    let capacity: ReadWrite<number> | null = null;
    if (billing === 'on-demand') {
      if (c.capacity !== undefined) this.problem(`${path}/capacity`, `an on-demand ${what} has no provisioned capacity: remove capacity, or set billing: provisioned on the table`, true);
      if (c.autoscaling !== undefined) this.problem(`${path}/autoscaling`, `auto scaling applies to provisioned capacity; an on-demand ${what} scales by itself`, true);
      if (c.burst !== undefined) this.problem(`${path}/burst`, `the burst reservoir banks unused provisioned capacity; an on-demand ${what} has none`, true);
    } else {
      if (c.maxThroughput !== undefined) this.problem(`${path}/maxThroughput`, `maximum throughput is an on-demand setting; a provisioned ${what} is limited by its capacity`, true);
      if (c.warmThroughput !== undefined) this.problem(`${path}/warmThroughput`, `warm throughput here is an on-demand setting; a provisioned ${what} serves its capacity`, true);
      if (c.capacity === undefined) {
        this.problem(path, `a provisioned ${what} needs capacity: { read, write } (units per second)`);
      } else {
        capacity = { read: c.capacity.read ?? 1, write: c.capacity.write ?? 1 };
        for (const dim of ['read', 'write'] as const) {
          if (capacity[dim] > quota[dim]) {
            this.problem(`${path}/capacity/${dim}`, `${fmt(capacity[dim])} ${dim === 'read' ? 'RCU' : 'WCU'} is above the per-table quota of ${fmt(quota[dim])}; raise quota: if your account has a higher one`);
          }
        }
      }
    }
    const autoscaling = this.autoscaling(c.autoscaling, `${path}/autoscaling`, capacity, quota);
    let initialBurstSeconds = this.model.burstSeconds;
    if (c.burst === 'empty') initialBurstSeconds = 0;
    else if (typeof c.burst === 'number') {
      if (c.burst > this.model.burstSeconds) this.problem(`${path}/burst`, `burst: ${c.burst} seconds is more than the ${this.model.burstSeconds} s the reservoir holds (model.burstSeconds)`);
      initialBurstSeconds = Math.min(c.burst, this.model.burstSeconds);
    }
    const orNull = (v: number | undefined): number | null => v ?? null;
    return {
      name,
      billing,
      capacity,
      partitions: c.partitions ?? null,
      tableBytes,
      initialBurstSeconds,
      autoscaling,
      maxThroughput: { read: orNull(c.maxThroughput?.read), write: orNull(c.maxThroughput?.write) },
      warmThroughput: { read: orNull(c.warmThroughput?.read), write: orNull(c.warmThroughput?.write) },
      quota,
    };
  }

  private autoscaling(a: CapacityInput['autoscaling'], path: string, capacity: ReadWrite<number> | null, quota: ReadWrite<number>): ReadWrite<AutoScalingPolicy | null> {
    const none = { read: null, write: null };
    if (a === undefined || capacity === null) return none;
    const perDimension = 'min' in a ? { read: a, write: a } : { read: a.read, write: a.write };
    const out: { read: AutoScalingPolicy | null; write: AutoScalingPolicy | null } = { read: null, write: null };
    for (const dim of ['read', 'write'] as const) {
      const p = perDimension[dim];
      if (!p) continue;
      const at = 'min' in a ? path : `${path}/${dim}`;
      if (p.min > p.max) this.problem(`${at}/min`, `min ${fmt(p.min)} is above max ${fmt(p.max)}`);
      if (p.max > quota[dim]) this.problem(`${at}/max`, `max ${fmt(p.max)} is above the per-table quota of ${fmt(quota[dim])}`);
      if (capacity[dim] < p.min || capacity[dim] > p.max) {
        this.problem(`${at}`, `capacity.${dim} ${fmt(capacity[dim])} is outside auto scaling's range ${fmt(p.min)}–${fmt(p.max)}`);
      }
      out[dim] = { minUnits: p.min, maxUnits: p.max, targetUtilization: p.target };
    }
    return out;
  }

  private itemBytes(path: string, value: string | number): number | undefined {
    const bytes = this.bytes(path, value);
    if (bytes === undefined) return undefined;
    if (bytes < 1) {
      this.problem(path, `${fieldOf(path)}: an item has at least 1 byte`);
      return undefined;
    }
    if (bytes > MAX_ITEM_BYTES) {
      this.problem(path, `${fieldOf(path)}: ${fmt(bytes)} bytes is above the 400 KB item limit`);
      return undefined;
    }
    return bytes;
  }

  private workload(w: WorkloadInput, path: string, scenarioMs: number, table: TableSettings | undefined, durationKnown: boolean): Workload | undefined {
    const name = w.name ?? `workload[${path.split('/').pop() ?? ''}]`;
    const startMs = w.start === undefined ? 0 : this.durationMs(`${path}/start`, w.start);
    if (durationKnown && startMs !== undefined && startMs >= scenarioMs) this.problem(`${path}/start`, `${name} starts at ${formatDuration(startMs)}, after the scenario ends (${formatDuration(scenarioMs)})`);
    const index = this.indexOf(w, path, table);
    if (w.trace !== undefined) return this.traceWorkload(w, path, name, startMs ?? 0, index);
    const operation = w.operation ?? 'write';
    const write = isWriteOperation(operation);
    if (w.format !== undefined) this.problem(`${path}/format`, 'format describes a trace file; this entry has no trace', true);
    if (w.rate !== undefined && w.ramp !== undefined) this.problem(`${path}/ramp`, 'give rate or ramp, not both', true);
    if (w.rate === undefined && w.ramp === undefined) this.problem(path, `${name} needs a rate (e.g. rate: 1500/s), a ramp: { from, to }, or a trace`);
    if (w.keys === undefined) this.problem(path, `${name} needs keys: the popularity of its partition-key values, e.g. { cardinality: 1000000, distribution: uniform }`);
    let from: number | undefined;
    let to: number | undefined;
    if (w.rate !== undefined) {
      from = to = this.rate(`${path}/rate`, w.rate);
      if (from !== undefined && from <= 0) this.problem(`${path}/rate`, 'rate must be above zero (remove the entry for no load)');
    } else if (w.ramp !== undefined) {
      from = this.rate(`${path}/ramp/from`, w.ramp.from);
      to = this.rate(`${path}/ramp/to`, w.ramp.to);
      if (from === 0 && to === 0) this.problem(`${path}/ramp`, 'a ramp from 0 to 0 offers no load');
    }
    let endMs = scenarioMs;
    if (w.duration !== undefined) {
      const d = this.durationMs(`${path}/duration`, w.duration);
      if (d !== undefined && d <= 0) this.problem(`${path}/duration`, 'duration must be above zero');
      if (d !== undefined && startMs !== undefined) endMs = Math.min(scenarioMs, startMs + d);
    } else if (w.ramp !== undefined && !Number.isFinite(scenarioMs)) {
      this.problem(path, 'a ramp needs a duration (or the scenario one)');
    }
    const consistency = this.consistency(w, path, operation, write, index);
    if (w.itemsPerCall !== undefined && operation !== 'Query') this.problem(`${path}/itemsPerCall`, 'itemsPerCall applies to Query', true);
    const sizes = this.sizes(w, path);
    if (from === undefined || to === undefined || startMs === undefined || !w.keys || !sizes) return undefined;
    return {
      kind: 'generated',
      name,
      operation,
      startMs,
      endMs,
      fromPerSecond: from,
      toPerSecond: to,
      arrivals: w.arrivals ?? 'poisson',
      sizes,
      itemsPerCall: w.itemsPerCall ?? 1,
      consistency,
      keys: this.keys(w.keys, `${path}/keys`),
      index,
    };
  }

  private keys(input: NonNullable<WorkloadInput['keys']>, path: string): KeyPopularity {
    const k = normalizeKeyPopularity(input);
    if (k.kind === 'weights' && !k.weights.some((x) => x > 0)) this.problem(path, 'at least one key weight must be above zero');
    return k;
  }

  private indexOf(w: WorkloadInput, path: string, table: TableSettings | undefined): string | null {
    if (w.index === undefined) return null;
    if (isWriteOperation(w.operation ?? (w.trace !== undefined ? 'read' : 'write'))) {
      this.problem(`${path}/index`, 'writes go to the table; DynamoDB writes its indexes itself (give the index keys under table.indexes)', true);
      return null;
    }
    if (table && !table.indexes.some((ix) => ix.name === w.index)) {
      const known = table.indexes.map((ix) => ix.name);
      this.problem(`${path}/index`, `no index named "${w.index}" under table.indexes${known.length ? ` (indexes: ${known.join(', ')})` : ''}`);
    }
    return w.index;
  }

  private consistency(w: WorkloadInput, path: string, operation: string, write: boolean, index: string | null): Consistency {
    if (write) {
      if (w.consistency !== undefined) this.problem(`${path}/consistency`, 'consistency applies to reads', true);
      return 'eventual';
    }
    if (operation === 'TransactGetItems') {
      if (w.consistency !== undefined && w.consistency !== 'transactional') this.problem(`${path}/consistency`, 'TransactGetItems reads are transactional');
      return 'transactional';
    }
    const c = w.consistency ?? 'eventual';
    if (index !== null && c !== 'eventual') this.problem(`${path}/consistency`, `a ${c} read on a global secondary index is invalid: GSI reads are eventually consistent only`);
    if (operation === 'Query' && c === 'transactional') this.problem(`${path}/consistency`, 'a Query cannot be transactional; use strong or eventual');
    return c;
  }

  private sizes(w: WorkloadInput, path: string): SizeClass[] | undefined {
    if (w.itemSize === undefined) return [{ bytes: this.defaultItemBytes, share: 1 }];
    if (!Array.isArray(w.itemSize)) {
      const bytes = this.itemBytes(`${path}/itemSize`, w.itemSize);
      return bytes === undefined ? undefined : [{ bytes, share: 1 }];
    }
    const classes: SizeClass[] = [];
    w.itemSize.forEach((c, i) => {
      const bytes = this.itemBytes(`${path}/itemSize/${i}/size`, c.size);
      if (bytes !== undefined) classes.push({ bytes, share: c.share });
    });
    const total = w.itemSize.reduce((s, c) => s + c.share, 0);
    if (Math.abs(total - 1) > 1e-9) this.problem(`${path}/itemSize`, `the size classes' shares add up to ${fmt(total, 6)}, not 1`);
    return classes.length === w.itemSize.length ? classes : undefined;
  }

  private traceWorkload(w: WorkloadInput, path: string, name: string, startMs: number, index: string | null): Workload | undefined {
    for (const field of ['rate', 'ramp', 'keys', 'itemSize', 'arrivals', 'itemsPerCall', 'duration', 'operation'] as const) {
      if (w[field] !== undefined) this.problem(`${path}/${field}`, `${field} does not apply to a trace: the trace gives each request's time, operation, key and bytes`, true);
    }
    const file = this.referencedFile(w.trace as string, `${path}/trace`, 'trace');
    if (!file) return undefined;
    const trace = this.parseReferenced(() => parseTrace(file.text, file.file, w.format ?? traceFormatOf(file.file)));
    return trace && { kind: 'trace', name, file: file.file, startMs, trace, consistency: w.consistency ?? 'eventual', index };
  }

  private client(c: ScenarioInput['client']): ClientSettings | undefined {
    const retry = this.retry(c?.retry);
    const attemptLatencyMs = c?.attemptLatency === undefined ? 0 : this.durationMs('/client/attemptLatency', c.attemptLatency);
    if (!retry || attemptLatencyMs === undefined) return undefined;
    return { retry, instances: c?.instances ?? 1, attemptLatencyMs };
  }

  private retry(r: NonNullable<ScenarioInput['client']>['retry']): RetryPolicy | undefined {
    if (r === undefined) return RETRY_PROFILES.none;
    if (typeof r === 'string') return RETRY_PROFILES[r];
    const base = this.durationMs('/client/retry/baseDelay', r.baseDelay);
    const max = r.maxDelay === undefined ? Infinity : this.durationMs('/client/retry/maxDelay', r.maxDelay);
    if (base === undefined || max === undefined) return undefined;
    return {
      name: 'custom',
      maxAttempts: r.maxAttempts,
      baseDelayMs: base,
      maxDelayMs: max,
      jitter: r.jitter ?? 'full',
      quota: r.quota === undefined ? null : { tokens: r.quota, retryCost: RETRY_PROFILES['sdk-v3-standard'].quota.retryCost, successRefund: RETRY_PROFILES['sdk-v3-standard'].quota.successRefund },
    };
  }

  private designs(d: ScenarioInput['designs']): DesignSettings[] {
    if (d === undefined) return [{ name: 'plain', shards: 1, suffix: 'none' }];
    const seen = new Set<string>();
    return d.map((x, i) => {
      if (seen.has(x.name)) this.problem(`/designs/${i}/name`, `design "${x.name}" is defined twice`);
      seen.add(x.name);
      return x.shard ? { name: x.name, shards: x.shard.count, suffix: x.shard.suffix } : { name: x.name, shards: 1, suffix: 'none' };
    });
  }
}

type SpecCapacity = SpecModel['tables'][number]['capacity'];
type SpecAutoscaling = NonNullable<SpecModel['tables'][number]['autoscaling']>;

/**
 * Returns the popularity of a global index's partition-key values from a spec: the keys an access
 * pattern that reads the index gives for that attribute, else the attribute's cardinality (uniform),
 * else as many values as the index has entries (or a million) — high cardinality, stated in the docs.
 */
function indexKeysFromSpec(table: SpecModel['tables'][number], index: string, attribute: string, itemCount: number | undefined): KeyPopularity {
  for (const ap of table.accessPatterns) {
    if (ap.index !== index) continue;
    const usage = ap.keys.find((k) => k.attribute === attribute);
    if (usage) return usage.popularity;
  }
  const cardinality = table.attributes.find((a) => a.name === attribute)?.cardinality;
  return { kind: 'uniform', cardinality: cardinality ?? itemCount ?? table.itemCount ?? 1_000_000 };
}

/** Returns a readable field name for a JSON pointer: `/workload/0/rate` → `workload[0].rate`. */
function fieldOf(path: string): string {
  return path
    .split('/')
    .slice(1)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : `${i === 0 ? '' : '.'}${s}`))
    .join('');
}
