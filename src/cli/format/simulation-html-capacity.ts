import { fmt } from '../../calculators/steps.js';
import type { DesignReport, SimulationReport } from '../../simulate/report.js';
import type { Simulation } from '../../simulate/simulate.js';
import { DIMENSIONS, type Dimension } from '../../simulate/throttle-reasons.js';
import { bucketNote, DESIGN_KINDS, MAX_POINTS_PER_LINE, plotSeries, plotSteps, type Figure, type PlottedSeries } from './simulation-html-plots.js';
import { DIMENSION_UNITS } from './simulation-values.js';

/** One table or index of a design, minute by minute, as the capacity plots need it. */
export interface ResourceMinutes {
  readonly provisioned: boolean;
  /** Units consumed in each minute, by dimension (0 read, 1 write). */
  readonly consumed: readonly [readonly number[], readonly number[]];
  /** Burst reservoir in units at the end of each minute, by dimension; empty lists when on-demand. */
  readonly reservoir: readonly [readonly number[], readonly number[]];
}

/** Returns, per design in report order, the per-minute series of its table and then its indexes (the order of `partitions` in the report). */
export function resourceMinutes(simulation: Simulation): ResourceMinutes[][] {
  return simulation.results.map((r) =>
    r.resources.map((res) => {
      const s = res.series;
      const minutes = s.minutes;
      const list = (series: { get(m: number): number }): number[] => Array.from({ length: minutes }, (_, m) => series.get(m));
      const provisioned = res.settings.billing === 'provisioned';
      return {
        provisioned,
        consumed: [list(s.consumed[0]), list(s.consumed[1])],
        reservoir: provisioned ? [list(s.reservoir[0]), list(s.reservoir[1])] : [[], []],
      };
    }),
  );
}

/** Share of the largest reservoir level by which a reservoir must move to get a plot of its own. */
const RESERVOIR_MOVED = 0.01;

/**
 * Returns per design the capacity plots of each table or index and dimension that saw traffic:
 * the capacity in force (provisioned units, stepping where auto scaling applied a change, or the
 * on-demand allowance) against the mean consumed per second of each minute; and, where the burst
 * reservoir moved, its level at the end of each minute. A plot has the same axes in every design.
 */
export function capacityFigures(report: SimulationReport, minutes: readonly (readonly ResourceMinutes[])[]): Figure[][] {
  const out: Figure[][] = report.designs.map(() => []);
  const resources = report.designs[0]?.partitions.map((p) => p.resource) ?? [];
  const minuteCount = Math.max(1, Math.ceil(report.durationSeconds / 60));
  resources.forEach((name, r) => {
    DIMENSIONS.forEach((dim, k) => {
      const of = (i: number): ResourceMinutes | undefined => minutes[i]?.[r];
      const used = report.designs.some((d, i) => (of(i)?.consumed[k as 0 | 1] ?? []).some((u) => u > 0) || d.throttles.some((t) => t.resource === name && throttleDimension(t.reason) === dim));
      if (!used) return;
      const lines = report.designs.map((d, i) => {
        const perSecond = Array.from({ length: minuteCount }, (_, j) => (of(i)?.consumed[k as 0 | 1][j] ?? 0) / Math.min(60, report.durationSeconds - j * 60));
        return { capacity: capacitySteps(report, d, r, name, dim), consumed: plotSteps(perSecond, 60, report.durationSeconds), provisioned: of(i)?.provisioned ?? true };
      });
      const reservoirs = report.designs.map((_, i) => plotSeries((of(i)?.reservoir[k as 0 | 1] ?? []).slice(0, minuteCount), 60, report.durationSeconds, 'mean', 'end'));
      const levels = reservoirs.flatMap((s) => s.points.map((p) => p[1]));
      const top = Math.max(0, ...levels);
      const moved = top - Math.min(top, ...levels) > top * RESERVOIR_MOVED;
      const yMax = Math.max(0, ...lines.flatMap((l) => [...l.capacity.points, ...l.consumed.points].map((p) => p[1])));
      lines.forEach((l, i) => {
        const still = l.provisioned && !moved && levels.length > 0 ? `The burst reservoir stayed at about ${fmt(Math.round(top))} ${DIMENSION_UNITS[dim].provisioned} throughout.` : null;
        out[i]?.push(capacityFigure(report, i, r, name, dim, l, yMax, minuteCount, still));
        if (l.provisioned && moved) out[i]?.push(reservoirFigure(report, i, r, name, dim, reservoirs[i] as PlottedSeries, top, minuteCount));
      });
    });
  });
  return out;
}

interface CapacityLines {
  readonly capacity: StepLine;
  readonly consumed: PlottedSeries;
  readonly provisioned: boolean;
}

function capacityFigure(report: SimulationReport, i: number, r: number, name: string, dim: Dimension, l: CapacityLines, yMax: number, minuteCount: number, note: string | null): Figure {
  const d = report.designs[i] as DesignReport;
  const unit = l.provisioned ? DIMENSION_UNITS[dim].provisioned : DIMENSION_UNITS[dim].onDemand;
  const capacityLabel = l.provisioned ? `provisioned ${unit}/s` : `on-demand allowance ${unit}/s`;
  const peakConsumed = Math.max(0, ...l.consumed.points.map((p) => p[1]));
  return {
    plot: {
      id: `d${i}-capacity-${r}-${dim}`,
      title: `${d.name}: ${DIMENSION_UNITS[dim].words} capacity of ${name}`,
      description: `Line chart of the ${capacityLabel} (from ${fmt(Math.round(l.capacity.points[0]?.[1] ?? 0))} to ${fmt(Math.round(l.capacity.points.at(-1)?.[1] ?? 0))}) and the ${unit} consumed per second, mean of each minute (at most ${fmt(Math.round(peakConsumed))}).`,
      yLabel: `${name}: ${DIMENSION_UNITS[dim].words} ${l.provisioned ? 'capacity' : 'request'} units per second`,
      xMax: report.durationSeconds,
      yMax,
      lines: [
        { label: capacityLabel, kind: 'capacity', points: l.capacity.points },
        { label: `consumed ${unit}/s`, kind: 'consumed', points: l.consumed.points },
      ],
    },
    caption: [
      `${name}, ${DIMENSION_UNITS[dim].words}s: ${l.provisioned ? `the provisioned capacity${l.capacity.points.length > 2 ? ' in force, stepping where auto scaling applied a change' : ''}` : 'the on-demand allowance (twice the previous peak, growing towards twice the demand)'}, ` +
        `and the ${unit} consumed per second, the mean of each minute (CloudWatch's Consumed${dim === 'read' ? 'Read' : 'Write'}CapacityUnits ÷ 60).`,
      l.capacity.sampled ? `The capacity changed too often to draw every step; it is sampled at ${fmt(MAX_POINTS_PER_LINE)} moments.` : null,
      l.consumed.bucketSize === 1 ? null : bucketNote(l.consumed.bucketSize, 'minute', minuteCount, 'step'),
      note,
    ]
      .filter((x) => x !== null)
      .join(' '),
  };
}

function reservoirFigure(report: SimulationReport, i: number, r: number, name: string, dim: Dimension, s: PlottedSeries, yMax: number, minuteCount: number): Figure {
  const d = report.designs[i] as DesignReport;
  const unit = DIMENSION_UNITS[dim].provisioned;
  const first = s.points[0]?.[1] ?? 0;
  const last = s.points.at(-1)?.[1] ?? 0;
  return {
    plot: {
      id: `d${i}-burst-${r}-${dim}`,
      title: `${d.name}: ${DIMENSION_UNITS[dim].words} burst reservoir of ${name}`,
      description: `Line chart of the ${unit} banked in the burst reservoir at the end of each minute: ${fmt(Math.round(first))} after the first minute, ${fmt(Math.round(last))} at the end, ${fmt(Math.round(Math.min(...s.points.map((p) => p[1]))))} at the lowest.`,
      yLabel: `${name}: ${unit} banked in the burst reservoir`,
      xMax: report.durationSeconds,
      yMax,
      lines: [{ label: `${unit} in the burst reservoir`, kind: 'burst', points: s.points }],
    },
    caption: `${name}, ${DIMENSION_UNITS[dim].words}s: the burst reservoir at the end of each minute — unused capacity, banked up to ${fmt(report.model.burstSeconds)} s of it, and drained by demand above the provisioned rate. ${bucketNote(s.bucketSize, 'minute', minuteCount)}`,
  };
}

/**
 * Returns per design a plot of the partitions of each table or index over time, when any of them
 * split in some design (on the same axes in every design); null for a design when none did.
 */
export function partitionFigures(report: SimulationReport): (Figure | null)[] {
  const resources = report.designs[0]?.partitions.map((p) => p.resource) ?? [];
  const split = resources.map((_, r) => report.designs.some((d) => (d.partitions[r]?.splits.length ?? 0) > 0));
  if (!split.some(Boolean)) return report.designs.map(() => null);
  const lines = report.designs.map((d) =>
    resources.flatMap((name, r) => {
      const p = d.partitions[r];
      if (!split[r] || !p) return [];
      let count = p.initial;
      const changes = p.splits.map((s) => ({ t: s.t, value: (count += 1) }));
      return [{ label: name, kind: `design-${r % DESIGN_KINDS}`, points: steps(p.initial, changes, report.durationSeconds).points }];
    }),
  );
  const yMax = Math.max(0, ...lines.flatMap((ls) => ls.flatMap((l) => l.points.map((p) => p[1]))));
  return report.designs.map((d, i) => ({
    plot: {
      id: `d${i}-partitions`,
      title: `${d.name}: partitions over time`,
      description: `Step chart of the partitions of ${d.partitions
        .filter((_, r) => split[r])
        .map((p) => `${p.resource}: ${fmt(p.initial)} at the start, ${fmt(p.final)} at the end`)
        .join('; ')}.`,
      yLabel: 'partitions',
      xMax: report.durationSeconds,
      yMax,
      wholeNumbers: true,
      lines: lines[i] ?? [],
    },
    caption: 'Partitions of each table or index that split, stepping up at every split (for heat, or as capacity grew); partitions never merge.',
  }));
}

/** The dimension of a throttling reason, `TableWriteKeyRangeThroughputExceeded` → write. */
function throttleDimension(reason: string): Dimension {
  return /^(Table|Index)Read/.test(reason) ? 'read' : 'write';
}

/** Returns the capacity of a table or index over the run as a step line: provisioned with auto scaling's applied changes, or the on-demand allowance. */
function capacitySteps(report: SimulationReport, d: DesignReport, r: number, name: string, dim: Dimension): StepLine {
  const od = d.onDemand.find((o) => o.resource === name && o.dimension === dim);
  if (od) return steps(od.initialUnitsPerSecond, od.changes.map((c) => ({ t: c.t, value: c.unitsPerSecond })), report.durationSeconds);
  const capacity = r === 0 ? report.table.capacity : report.table.indexes[r - 1]?.capacity;
  const applied = d.scaling.filter((s) => s.resource === name && s.dimension === dim && s.action !== 'blocked' && s.appliedSeconds !== null);
  return steps(capacity?.[dim] ?? 0, applied.map((s) => ({ t: s.appliedSeconds as number, value: s.toUnits })), report.durationSeconds);
}

interface StepLine {
  readonly points: Array<readonly [number, number]>;
  /** True when there were too many steps to draw each, and the line is the value at evenly spaced moments. */
  readonly sampled: boolean;
}

/** Returns a step line from `initial` at 0 through each change (in time order) to `end`; changes after the end are left out. */
function steps(initial: number, changes: ReadonlyArray<{ readonly t: number; readonly value: number }>, end: number): StepLine {
  const within = changes.filter((c) => c.t <= end);
  if (2 * within.length + 2 > MAX_POINTS_PER_LINE) {
    let j = 0;
    let value = initial;
    const points = Array.from({ length: MAX_POINTS_PER_LINE }, (_, i) => {
      const t = (end * i) / (MAX_POINTS_PER_LINE - 1);
      while (j < within.length && (within[j]?.t ?? Infinity) <= t) value = within[j++]?.value ?? value;
      return [t, value] as const;
    });
    return { points, sampled: true };
  }
  const points: Array<readonly [number, number]> = [[0, initial]];
  for (const c of within) {
    const last = points[points.length - 1] as readonly [number, number];
    if (last[0] !== c.t) {
      points.push([c.t, last[1]], [c.t, c.value]);
      continue;
    }
    // Another change at the same moment (several splits at once): move the top of the vertical step.
    const before = points[points.length - 2];
    if (c.t === 0 || (before !== undefined && before[0] === c.t)) points[points.length - 1] = [c.t, c.value];
    else points.push([c.t, c.value]);
  }
  points.push([end, (points[points.length - 1] as readonly [number, number])[1]]);
  return { points, sampled: false };
}
