import { Fraction } from '../../calculators/fraction.js';
import { assume, fmt, type Explanation, type Step } from '../../calculators/steps.js';
import { InputError } from '../../errors.js';
import { fieldPath } from '../spec/model-node.js';
import type { AccessPatternModel, IndexModel, TableModel } from '../spec/spec-model.js';
import { distinctSteps } from './distinct-steps.js';
import type { LoadProblem } from './load-problem.js';
import { patternReadUnits, type PatternReadUnits } from './pattern-read-units.js';
import { patternWriteUnits, type PatternWriteUnits } from './pattern-write-units.js';
import { scalePerSecond, ZERO_PER_SECOND, type PerSecond } from './per-second.js';

/** Whose provisioned (or on-demand) capacity a request consumes: the table's, or a global index's own. */
export type Capacity = 'table' | IndexModel;

/** Returns the name of a capacity: the table's name, or the global index's. */
export function capacityName(table: TableModel, capacity: Capacity): string {
  return capacity === 'table' ? table.name : capacity.name;
}

/** The part of a pattern's load that falls on one capacity, through one index (or the table's items). */
export interface CapacityUse {
  readonly capacity: Capacity;
  /** The index whose entries are read or written: a GSI (on its own capacity) or an LSI (on the table's); undefined for the table's items. */
  readonly index: IndexModel | undefined;
  /** Read units per logical request. */
  readonly rcuPerCall: Fraction;
  /** Write units per logical request. */
  readonly wcuPerCall: Fraction;
  /** Read units per second. */
  readonly rcu: PerSecond;
  /** Write units per second. */
  readonly wcu: PerSecond;
}

/** The load of one access pattern: units per request and per second, on each capacity it uses. */
export interface AccessPatternLoad {
  readonly table: TableModel;
  readonly pattern: AccessPatternModel;
  readonly kind: 'read' | 'write';
  /** The index a read pattern reads, when it names one that exists. */
  readonly index: IndexModel | undefined;
  /** False when the pattern cannot be priced (its `problems` say why): all its units are zero. */
  readonly planned: boolean;
  /** Why the pattern is not planned, or what the plan counts differently from what the spec says. */
  readonly problems: readonly LoadProblem[];
  /** Logical requests per second; the peak is raised to the busiest hour of the load profile when that is higher. */
  readonly rate: PerSecond;
  /** DynamoDB requests one logical request makes (1 MB pages, shard queries). */
  readonly requestsPerCall: number;
  /** Read units one logical request consumes, all capacities together. */
  readonly rcuPerCall: Fraction;
  /** Write units one logical request consumes, all capacities together (items, LSI and GSI entries). */
  readonly wcuPerCall: Fraction;
  /** Read units per second, all capacities together. */
  readonly rcu: PerSecond;
  /** Write units per second, all capacities together. */
  readonly wcu: PerSecond;
  /** The load on each capacity, by index: the table's items first, then each index the pattern reads or writes. */
  readonly uses: readonly CapacityUse[];
  /** The read side in detail (read patterns that are planned). */
  readonly reads: PatternReadUnits | undefined;
  /** The write side in detail (write patterns that are planned). */
  readonly writes: PatternWriteUnits | undefined;
  /** The 24 hourly multipliers of the average rate (mean 1) when the pattern or its table has a load profile. */
  readonly hourlyFactors: readonly Fraction[] | undefined;
  /** The worked arithmetic of every number above. */
  readonly explanation: Explanation;
}

/**
 * Returns the load of one access pattern of `table`: the units one logical request consumes by
 * the rules of its operation, consistency, items and pages, index fan-out, conditional failures,
 * transactions and sharding (DYNAMODB-RULES.md §2, §3, §5), then units per second at the average
 * rate and at the peak, split by the capacity they consume (the table's, or each GSI's own; LSI
 * work falls on the table's). A pattern DynamoDB would refuse (a strongly consistent read of a
 * GSI, an index that does not exist, a batch over its limit) is returned unplanned, with zero
 * units and the problem at its field: lint reports it.
 */
export function accessPatternLoad(table: TableModel, pattern: AccessPatternModel): AccessPatternLoad {
  const profile = pattern.loadProfile?.hourlyFactors;
  const steps: Step[] = [];
  const problems: LoadProblem[] = [];
  const rate = effectiveRate(pattern, profile, steps, problems);
  const index = pattern.index === undefined ? undefined : table.indexes.find((x) => x.name === pattern.index);
  const title = `${table.name} · ${pattern.name}: ${pattern.operation}${index ? ` on ${index.name}` : ''}, ${fmt(pattern.rate)}/s average, ${fmt(rate.peak)}/s peak`;
  const unplanned = (problem: LoadProblem): AccessPatternLoad => ({
    table,
    pattern,
    kind: pattern.kind,
    index,
    planned: false,
    problems: [...problems, problem],
    rate,
    requestsPerCall: 0,
    rcuPerCall: Fraction.ZERO,
    wcuPerCall: Fraction.ZERO,
    rcu: ZERO_PER_SECOND,
    wcu: ZERO_PER_SECOND,
    uses: [],
    reads: undefined,
    writes: undefined,
    hourlyFactors: profile,
    explanation: { title, steps: [...steps, assume(`not planned: ${problem.message}`)], answer: 'not planned' },
  });

  if (pattern.kind === 'read' && pattern.index !== undefined && index === undefined) {
    return unplanned({ path: fieldPath(pattern, 'index'), message: `index ${pattern.index} does not exist on table ${table.name}` });
  }
  let reads: PatternReadUnits | undefined;
  let writes: PatternWriteUnits | undefined;
  let requestsPerCall = 1;
  const uses: CapacityUse[] = [];
  const use = (capacity: Capacity, ix: IndexModel | undefined, rcuPerCall: Fraction, wcuPerCall: Fraction): void => {
    uses.push({ capacity, index: ix, rcuPerCall, wcuPerCall, rcu: scalePerSecond(rate, rcuPerCall), wcu: scalePerSecond(rate, wcuPerCall) });
  };
  try {
    if (pattern.kind === 'read') {
      const r = patternReadUnits(table, pattern, index);
      reads = r.value;
      requestsPerCall = r.value.requestsPerCall;
      steps.push(...r.steps);
      use(index?.type === 'global' ? index : 'table', index, r.value.unitsPerCall, Fraction.ZERO);
    } else {
      const w = patternWriteUnits(table, pattern);
      writes = w.value;
      problems.push(...w.value.notes);
      steps.push(...w.steps);
      use('table', undefined, Fraction.ZERO, w.value.itemUnitsPerCall);
      for (const ix of w.value.indexes) {
        steps.push(...ix.steps.map((s) => (s.assumption ? s : { ...s, what: `${ix.index.name}: ${s.what}` })));
        use(ix.index.type === 'global' ? ix.index : 'table', ix.index, Fraction.ZERO, ix.unitsPerCall);
      }
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return unplanned({ path: problemPath(pattern, e.location.path), message: e.message });
  }
  const rcuPerCall = uses.reduce((a, u) => a.add(u.rcuPerCall), Fraction.ZERO);
  const wcuPerCall = uses.reduce((a, u) => a.add(u.wcuPerCall), Fraction.ZERO);
  const rcu = scalePerSecond(rate, rcuPerCall);
  const wcu = scalePerSecond(rate, wcuPerCall);
  steps.push(...perSecondSteps(table, pattern.kind, rate, uses));
  for (const p of problems) steps.push(assume(p.message));
  const answer = pattern.kind === 'read' ? `${fmt(rcu.average)} RCU/s average, ${fmt(rcu.peak)} RCU/s peak` : `${fmt(wcu.average)} WCU/s average, ${fmt(wcu.peak)} WCU/s peak`;
  return {
    table,
    pattern,
    kind: pattern.kind,
    index,
    planned: true,
    problems,
    rate,
    requestsPerCall,
    rcuPerCall,
    wcuPerCall,
    rcu,
    wcu,
    uses,
    reads,
    writes,
    hourlyFactors: profile,
    explanation: { title, steps: distinctSteps(steps), answer },
  };
}

/** The pattern's rates; a load profile whose busiest hour is above the written peak raises the peak to it. */
function effectiveRate(pattern: AccessPatternModel, profile: readonly Fraction[] | undefined, steps: Step[], problems: LoadProblem[]): PerSecond {
  steps.push({ what: 'Requests per second', result: `${fmt(pattern.rate)}/s average, ${fmt(pattern.peak)}/s peak` });
  let peak = pattern.peak;
  if (peak.compare(pattern.rate) < 0) {
    // A peak below the average is a design error (lint reports it); planning on it would under-provision.
    problems.push({ path: fieldPath(pattern, 'peak'), message: `the peak of ${fmt(pattern.peak)}/s is below the average rate of ${fmt(pattern.rate)}/s: the plan takes the average as the peak` });
    peak = pattern.rate;
  }
  if (profile === undefined) return { average: pattern.rate, peak };
  const busiest = profile.reduce((a, b) => a.max(b), Fraction.ZERO);
  const hourly = pattern.rate.mul(busiest);
  if (hourly.compare(peak) <= 0) return { average: pattern.rate, peak };
  steps.push({
    what: 'Peak requests per second',
    how: `the busiest hour of the load profile: ${fmt(pattern.rate)}/s × ${fmt(busiest)}, above the peak of ${fmt(peak)}/s`,
    result: `${fmt(hourly)}/s`,
    rule: 'an hour of the profile averages this rate, so the peak is at least as high',
  });
  return { average: pattern.rate, peak: hourly };
}

function perSecondSteps(table: TableModel, kind: 'read' | 'write', rate: PerSecond, uses: readonly CapacityUse[]): Step[] {
  const unit = kind === 'read' ? 'RCU' : 'WCU';
  const steps: Step[] = [];
  for (const u of uses) {
    const perCall = kind === 'read' ? u.rcuPerCall : u.wcuPerCall;
    const perSecond = kind === 'read' ? u.rcu : u.wcu;
    if (perCall.isZero() && u.index !== undefined) continue;
    const where = u.index === undefined ? `${table.name} items` : u.capacity === 'table' ? `${u.index.name} (LSI, on the table's capacity)` : `${u.index.name} (GSI, its own capacity)`;
    steps.push({
      what: `${unit} per second on ${where}`,
      how: `${fmt(rate.average)}/s × ${fmt(perCall)} ${unit}; peak ${fmt(rate.peak)}/s × ${fmt(perCall)} ${unit}`,
      result: `${fmt(perSecond.average)} ${unit}/s average, ${fmt(perSecond.peak)} ${unit}/s peak`,
    });
  }
  return steps;
}

/** Maps a calculator's input path (`/consistency`, `/items/count`) to the pattern field it came from. */
function problemPath(pattern: AccessPatternModel, calculatorPath: string | undefined): string {
  const field = calculatorPath?.split('/')[1];
  const map: Readonly<Record<string, keyof AccessPatternModel & string>> = {
    consistency: 'consistency',
    items: 'itemsPerCall',
    itemsReturned: 'itemsPerCall',
    index: 'index',
    oldItemBytes: 'previousItemBytes',
    conditionalFailureRate: 'conditionalFailureRate',
    baseItemBytes: 'returnedAttributes',
    transactional: 'operation',
  };
  const mapped = field === undefined ? undefined : map[field];
  return mapped === undefined ? pattern.path : fieldPath(pattern, mapped);
}
