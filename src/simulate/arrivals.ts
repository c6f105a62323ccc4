import type { RandomStream } from './random.js';
import { max, sqrt, INFINITY } from './intrinsics.js';

/** How requests of a workload entry arrive: a Poisson process, or evenly spaced. */
export type ArrivalProcess = 'poisson' | 'uniform';

/** A phase of a workload: its window and a rate that is constant or ramps linearly across it. */
export interface ArrivalPhase {
  readonly startMs: number;
  readonly endMs: number;
  /** Requests per second at the start of the phase. */
  readonly fromPerSecond: number;
  /** Requests per second at the end of the phase (equal to `fromPerSecond` for a constant rate). */
  readonly toPerSecond: number;
  readonly process: ArrivalProcess;
}

/**
 * Returns the time in milliseconds of the arrival after one at `nowMs`, or Infinity when there is
 * none before the phase ends. The rate r(x) = r0 + k·x (x seconds into the phase) is inverted in
 * closed form: the next arrival is where ∫ r grows by E, with E ~ Exp(1) for a Poisson process
 * (a non-homogeneous Poisson process by inversion) and E = 1 for evenly spaced arrivals.
 */
export function nextArrivalMs(phase: ArrivalPhase, nowMs: number, rng: RandomStream): number {
  const e = phase.process === 'poisson' ? rng.nextExponential() : 1;
  const durationS = (phase.endMs - phase.startMs) / 1000;
  const x = (nowMs - phase.startMs) / 1000;
  const k = durationS > 0 ? (phase.toPerSecond - phase.fromPerSecond) / durationS : 0;
  const rate = phase.fromPerSecond + k * x;
  let dx: number;
  if (k === 0) {
    dx = rate > 0 ? e / rate : INFINITY;
  } else {
    // (k/2)·dx² + rate·dx − e = 0, solved in the form that does not cancel when k·e is small.
    const disc = rate * rate + 2 * k * e;
    const denom = rate + sqrt(max(0, disc));
    dx = disc < 0 || denom <= 0 ? INFINITY : (2 * e) / denom;
  }
  const next = nowMs + dx * 1000;
  return next < phase.endMs ? next : INFINITY;
}

/** Returns the expected number of arrivals in a phase (the integral of its rate). */
export function expectedArrivals(phase: ArrivalPhase): number {
  return (((phase.fromPerSecond + phase.toPerSecond) / 2) * (phase.endMs - phase.startMs)) / 1000;
}
