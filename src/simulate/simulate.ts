import { RandomStreams } from './random.js';
import { buildReport, type SimulationReport } from './report.js';
import { DesignRun, type DesignRunResult } from './run-design.js';
import type { Scenario } from './scenario.js';

/** The engine lanes the command line accepts; `auto` picks the exact lane in this version. */
export const ENGINES = ['auto', 'exact', 'fast'] as const;

/** One of ENGINES. */
export type EngineLane = (typeof ENGINES)[number];

/** Options of a simulation run. */
export interface SimulateOptions {
  /** Seed overriding the scenario's (the command line's `--seed`). */
  readonly seed?: number;
  /** Called now and then with the fraction of the whole run done (all designs), for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
}

/** A run's report with the raw per-design results (for the CSV metrics and the chart). */
export interface Simulation {
  readonly report: SimulationReport;
  readonly results: readonly DesignRunResult[];
}

/**
 * Runs a scenario on the exact engine lane, once per key design. Every design gets fresh random
 * streams from the same seed, so all designs see the same logical arrivals (common random numbers)
 * and their differences are the designs', not sampling noise. Pure: the same scenario and seed
 * always give the same report.
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  const seed = options.seed ?? scenario.seed;
  const n = scenario.designs.length;
  const results = scenario.designs.map((design, i) =>
    new DesignRun(scenario, design, new RandomStreams(seed)).run({
      ...(options.onProgress ? { onProgress: (f: number) => options.onProgress?.((i + f) / n) } : {}),
    }),
  );
  return { report: buildReport(scenario, seed, results), results };
}
