/** A value axis from 0: its top and the values that get a grid line and a label. */
export interface ValueAxis {
  readonly top: number;
  readonly ticks: readonly number[];
}

/** Tick steps of a time axis, in seconds: round numbers of seconds, minutes, hours and days. */
const TIME_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800];

/**
 * Returns a value axis from 0 to at least `max` in about `steps` steps of 1, 2 or 5 × 10^k, so that
 * every label is a round number (a whole one for counts such as partitions, with `whole`); an axis
 * for nothing (max ≤ 0) runs from 0 to 1.
 */
export function valueAxis(max: number, steps = 5, whole = false): ValueAxis {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const rough = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const round = ([1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough * (1 - 1e-9)) ?? 10 * magnitude) as number;
  const step = whole ? Math.max(1, round) : round;
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks[count] as number, ticks };
}

/** Returns the ticks of a time axis from 0 to `maxSeconds`: at most `maxTicks` steps of a round duration. */
export function timeTicks(maxSeconds: number, maxTicks = 8): number[] {
  const step = TIME_STEPS.find((s) => maxSeconds / s <= maxTicks) ?? Math.ceil(maxSeconds / maxTicks / 86_400) * 86_400;
  const ticks: number[] = [];
  for (let t = 0; t <= maxSeconds + 1e-9; t += step) ticks.push(t);
  return ticks;
}
