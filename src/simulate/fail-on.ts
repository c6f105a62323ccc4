import { InputError } from '../errors.js';
import type { DesignReport } from './report.js';

/** The design figures a `--fail-on` condition may test, and how to read each from a design's report. */
export const FAIL_ON_METRICS: Readonly<Record<string, (d: DesignReport) => number | null>> = {
  offered: (d) => d.offered,
  succeeded: (d) => d.succeeded,
  failed: (d) => d.failed,
  attempts: (d) => d.attempts,
  throttledAttempts: (d) => d.throttledAttempts,
  throttleRatio: (d) => d.throttleRatio,
  failedRatio: (d) => d.failedRatio,
  'latencyMs.p50': (d) => d.latencyMs.p50,
  'latencyMs.p99': (d) => d.latencyMs.p99,
  'latencyMs.max': (d) => d.latencyMs.max,
  timeToFirstThrottleSeconds: (d) => d.timeToFirstThrottleSeconds,
};

/** Comparisons a condition may use. */
type Operator = '>=' | '<=' | '==' | '!=' | '>' | '<';

/** One condition of `--fail-on`: a figure, a comparison and a number, for one design or all. */
export interface FailCondition {
  readonly text: string;
  readonly design: string | null;
  readonly metric: string;
  readonly operator: Operator;
  readonly threshold: number;
}

/** A condition a design met, which fails the run. */
export interface FailBreach {
  readonly condition: FailCondition;
  readonly design: string;
  readonly value: number;
}

/**
 * Parses a `--fail-on` expression: conditions such as `throttleRatio>0.01` separated by commas (the
 * run fails when any holds), each optionally for one design (`sharded-10:failed>0`). A bad
 * expression is an InputError against the flag.
 */
export function parseFailOn(expression: string): FailCondition[] {
  const parts = expression.split(/,|\|\|/).map((p) => p.trim());
  if (parts.every((p) => p === '')) throw flagError('empty expression; expected e.g. throttleRatio>0.01');
  return parts.map((text) => {
    const m = /^(?:([^:<>=!]+):)?\s*([A-Za-z][A-Za-z0-9.]*)\s*(>=|<=|==|!=|>|<)\s*(-?[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*$/.exec(text);
    if (!m) throw flagError(`cannot read "${text}"; expected METRIC OP NUMBER such as throttleRatio>0.01, optionally DESIGN:METRIC OP NUMBER`);
    const [, design, metric = '', operator = '>', number = ''] = m;
    if (!(metric in FAIL_ON_METRICS)) throw flagError(`unknown figure "${metric}"; expected one of ${Object.keys(FAIL_ON_METRICS).join(', ')}`);
    return { text, design: design?.trim() ?? null, metric, operator: operator as Operator, threshold: Number(number) };
  });
}

/** Checks every condition against every design it applies to; an unknown design name is an InputError. */
export function evaluateFailOn(conditions: readonly FailCondition[], designs: readonly DesignReport[]): FailBreach[] {
  const breaches: FailBreach[] = [];
  for (const c of conditions) {
    const targets = c.design === null ? designs : designs.filter((d) => d.name === c.design);
    if (c.design !== null && targets.length === 0) throw flagError(`"${c.text}": no design named "${c.design}" (designs: ${designs.map((d) => d.name).join(', ')})`);
    for (const d of targets) {
      const value = (FAIL_ON_METRICS[c.metric] as (d: DesignReport) => number | null)(d);
      // A design that never throttled has no time to first throttle: no condition on it holds.
      if (value !== null && compare(value, c.operator, c.threshold)) breaches.push({ condition: c, design: d.name, value });
    }
  }
  return breaches;
}

function compare(a: number, op: Operator, b: number): boolean {
  switch (op) {
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

function flagError(message: string): InputError {
  return new InputError(message, { flag: '--fail-on' });
}
