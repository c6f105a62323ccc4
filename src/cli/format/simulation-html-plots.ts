import { formatDuration } from '../../calculators/duration.js';
import { fmt } from '../../calculators/steps.js';
import type { DesignReport, SimulationReport } from '../../simulate/report.js';
import { downsample, type DownsampleBy } from './downsample.js';
import { html, type Html } from './html.js';
import { seconds } from './simulation-values.js';
import { renderLinePlot, type LinePlot, type PlotLine } from './svg-line-plot.js';

/**
 * Points a line of a plot has at most: about one per pixel of the plot's width, and few enough
 * that a report of a 48-hour run (172,800 seconds) stays a reasonable file.
 */
export const MAX_POINTS_PER_LINE = 600;

/** Line kinds that tell designs apart on a plot that compares them; the style sheet has one colour and dash each. */
export const DESIGN_KINDS = 6;

/** A plot with its caption. */
export interface Figure {
  readonly plot: LinePlot;
  readonly caption: string;
}

/** Renders a figure: the plot and its caption. */
export function renderFigure(f: Figure): Html {
  return html`<figure>
${renderLinePlot(f.plot)}
<figcaption>${f.caption}</figcaption>
</figure>`;
}

/** A per-second or per-minute series reduced for plotting: its points (x at the middle of each bucket, in seconds) and the bucket size. */
export interface PlottedSeries {
  readonly points: Array<readonly [number, number]>;
  readonly bucketSize: number;
}

/**
 * Reduces a series of equal time steps (`stepSeconds` each, the first starting at 0) to at most
 * MAX_POINTS_PER_LINE points, each at the middle of its bucket (a rate over the bucket) or at its
 * end (a level measured at the end of each step), none beyond `endSeconds`.
 */
export function plotSeries(values: ArrayLike<number>, stepSeconds: number, endSeconds: number, by: DownsampleBy = 'mean', at: 'middle' | 'end' = 'middle'): PlottedSeries {
  const reduced = downsample(values, MAX_POINTS_PER_LINE, by);
  const k = reduced.bucketSize;
  const points = reduced.values.map((v, i) => {
    const from = i * k;
    const to = Math.min(values.length, from + k);
    return [Math.min(endSeconds, (at === 'end' ? to : (from + to) / 2) * stepSeconds), v] as const;
  });
  return { points, bucketSize: k };
}

/**
 * Reduces a series of equal time steps to at most MAX_POINTS_PER_LINE points drawn as steps: each
 * bucket's mean held from its start to its end (none beyond `endSeconds`), for per-minute figures
 * that are means over their minute, such as consumed capacity.
 */
export function plotSteps(values: ArrayLike<number>, stepSeconds: number, endSeconds: number): PlottedSeries {
  const reduced = downsample(values, MAX_POINTS_PER_LINE / 2);
  const k = reduced.bucketSize;
  const points = reduced.values.flatMap((v, i) => {
    const from = Math.min(endSeconds, i * k * stepSeconds);
    const to = Math.min(endSeconds, Math.min(values.length, (i + 1) * k) * stepSeconds);
    return [[from, v] as const, [to, v] as const];
  });
  return { points, bucketSize: k };
}

/** Says how many seconds or minutes each point (or step) of a line stands for, e.g. `Each point is one second.` */
export function bucketNote(bucketSize: number, unit: 'second' | 'minute', total: number, mark: 'point' | 'step' = 'point'): string {
  if (bucketSize === 1) return `Each ${mark} is one ${unit}.`;
  return `Each ${mark} is the mean of ${fmt(bucketSize)} ${unit}s: the run has ${fmt(total)} ${unit}s, and a line is drawn with at most ${fmt(MAX_POINTS_PER_LINE)} points.`;
}

const REQUEST_SERIES = [
  { key: 'offered', label: 'offered requests' },
  { key: 'succeeded', label: 'succeeded requests' },
  { key: 'throttled', label: 'throttled attempts' },
] as const;

/**
 * Returns each design's plot of offered and succeeded application requests and throttled
 * attempts per second, all on the same axes so that designs compare at a glance, with the first
 * throttle marked.
 */
export function requestFigures(report: SimulationReport): Figure[] {
  const series = report.designs.map((d) => REQUEST_SERIES.map((s) => plotSeries(d.timeline.map((e) => e[s.key]), 1, report.durationSeconds)));
  const yMax = Math.max(0, ...series.flatMap((lines) => lines.flatMap((l) => l.points.map((p) => p[1]))));
  return report.designs.map((d, i) => {
    const lines: PlotLine[] = REQUEST_SERIES.map((s, j) => ({ label: s.label, kind: s.key, points: series[i]?.[j]?.points ?? [] }));
    const first = d.timeToFirstThrottleSeconds;
    return {
      plot: {
        id: `d${i}-requests`,
        title: `${d.name}: requests per second`,
        description: `Line chart over ${formatDuration(report.durationSeconds * 1000)} of design ${d.name}. ${timelineSummary(d)}`,
        yLabel: 'requests or attempts per second',
        xMax: report.durationSeconds,
        yMax,
        lines,
        markers: first === null ? [] : [{ x: first, label: `first throttle ${seconds(first)}` }],
      },
      caption: `Offered and succeeded application requests (a request counts once, however many attempts or shard queries it takes) and throttled attempts (retries included), per second. Every design is drawn on the same axes. ${bucketNote(series[i]?.[0]?.bucketSize ?? 1, 'second', d.timeline.length)}`,
    };
  });
}

/** Returns a plot of every design's throttled attempts per second on one pair of axes, or null with one design or when nothing throttled. */
export function comparisonFigure(report: SimulationReport): Figure | null {
  if (report.designs.length < 2 || report.designs.every((d) => d.throttledAttempts === 0)) return null;
  const series = report.designs.map((d) => plotSeries(d.timeline.map((e) => e.throttled), 1, report.durationSeconds));
  return {
    plot: {
      id: 'designs-throttled',
      title: 'Throttled attempts per second by design',
      description: `Line chart over ${formatDuration(report.durationSeconds * 1000)}, one line per design. ${report.designs.map((d) => `${d.name}: ${fmt(d.throttledAttempts)} throttled attempts in all.`).join(' ')}`,
      yLabel: 'throttled attempts per second',
      xMax: report.durationSeconds,
      yMax: Math.max(0, ...series.flatMap((s) => s.points.map((p) => p[1]))),
      lines: report.designs.map((d, i) => ({ label: d.name, kind: `design-${i % DESIGN_KINDS}`, points: series[i]?.points ?? [] })),
    },
    caption: `Throttled attempts (retries included) per second of every design. ${bucketNote(series[0]?.bucketSize ?? 1, 'second', report.designs[0]?.timeline.length ?? 0)}`,
  };
}

/** Says in words what a design's timeline shows: the mean and peak of each series. */
function timelineSummary(d: DesignReport): string {
  const n = Math.max(1, d.timeline.length);
  return REQUEST_SERIES.map((s) => {
    let sum = 0;
    let peak = 0;
    for (const e of d.timeline) {
      sum += e[s.key];
      peak = Math.max(peak, e[s.key]);
    }
    return `${s.label[0]?.toUpperCase()}${s.label.slice(1)}: ${fmt(Math.round(sum / n))} per second on average, at most ${fmt(peak)}.`;
  }).join(' ');
}
