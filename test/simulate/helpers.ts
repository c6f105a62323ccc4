import { readFileSync } from 'node:fs';
import { InputError } from '../../src/errors.js';
import { loadDocument } from '../../src/model/source/load-document.js';
import { parseScenario, scenarioReferences, type ReferencedFile } from '../../src/simulate/parse-scenario.js';
import type { Scenario } from '../../src/simulate/scenario.js';
import { simulate } from '../../src/simulate/simulate.js';
import type { DesignReport, SimulationReport } from '../../src/simulate/report.js';

/** A raw scenario as written (the YAML's plain value). */
export type RawScenario = Record<string, unknown>;

/** The defaults tests start from: a provisioned table, one write workload over uniform keys, no retries. */
export function aRawScenario(overrides: RawScenario = {}): RawScenario {
  return {
    version: 1,
    seed: 1,
    duration: '30s',
    table: { name: 'T', billing: 'provisioned', capacity: { read: 1000, write: 1000 }, partitions: 2 },
    workload: [{ name: 'writes', rate: 100, keys: { cardinality: 1000 } }],
    ...overrides,
  };
}

/** Parses a raw scenario (as JSON text, so positions exist) with optional referenced files. */
export function parseRaw(raw: RawScenario, files: Record<string, string> = {}): Scenario {
  const doc = loadDocument(JSON.stringify(raw, null, 2), 'scenario.json');
  return parseScenario(doc, new Map<string, ReferencedFile | InputError>(Object.entries(files).map(([k, text]) => [k, { file: k, text }])));
}

/** Builds a scenario from defaults plus overrides. */
export function aScenario(overrides: RawScenario = {}): Scenario {
  return parseRaw(aRawScenario(overrides));
}

/** Loads a fixture from fixtures/scenarios, with the trace files it refers to. */
export function fixture(name: string): Scenario {
  const file = `fixtures/scenarios/${name}`;
  const doc = loadDocument(readFileSync(file, 'utf8'), file);
  const files = new Map<string, ReferencedFile | InputError>(scenarioReferences(doc).map((r) => [r.ref, { file: `fixtures/scenarios/${r.ref}`, text: readFileSync(`fixtures/scenarios/${r.ref}`, 'utf8') }]));
  return parseScenario(doc, files);
}

/** Runs a scenario and returns its report. */
export function run(scenario: Scenario, seed?: number): SimulationReport {
  return simulate(scenario, seed === undefined ? {} : { seed }).report;
}

/** Returns the design of a report by name. */
export function design(report: SimulationReport, name = 'plain'): DesignReport {
  const d = report.designs.find((x) => x.name === name);
  if (!d) throw new Error(`no design ${name}`);
  return d;
}

/** Average per second of a timeline field over [fromS, toS). */
export function perSecond(d: DesignReport, field: 'offered' | 'succeeded' | 'throttled' | 'attempts' | 'admitted' | 'failed', fromS: number, toS: number): number {
  const slice = d.timeline.slice(fromS, toS);
  return slice.reduce((sum, x) => sum + x[field], 0) / slice.length;
}

/** Problems of a scenario that fails validation, as `LINE:COL: message` (or the message alone without a position). */
export function problemsOf(raw: RawScenario | string, files: Record<string, string> = {}): string[] {
  try {
    if (typeof raw === 'string') parseScenario(loadDocument(raw, 'scenario.yaml'), new Map(Object.entries(files).map(([k, text]) => [k, { file: k, text }])));
    else parseRaw(raw, files);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => (p.location.line ? `${p.location.file === 'scenario.yaml' || p.location.file === 'scenario.json' ? '' : `${p.location.file}:`}${p.location.line}:${p.location.column}: ${p.message}` : p.message));
    throw e;
  }
  return [];
}

/** Expects `actual` within ±`tolerance` (relative) of `expected`. */
export function expectWithin(actual: number, expected: number, tolerance = 0.02): void {
  const lo = expected * (1 - tolerance);
  const hi = expected * (1 + tolerance);
  if (!(actual >= Math.min(lo, hi) && actual <= Math.max(lo, hi))) {
    throw new Error(`expected ${actual} within ±${tolerance * 100} % of ${expected} (${lo}..${hi})`);
  }
}
