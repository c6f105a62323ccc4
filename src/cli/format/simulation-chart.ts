import asciichart from 'asciichart';
import { formatDuration } from '../../calculators/duration.js';
import { fmt } from '../../calculators/steps.js';
import type { DesignReport } from '../../simulate/report.js';
import type { Style } from './style.js';

/** Rows of the chart. */
export const CHART_HEIGHT = 10;

interface ChartSeries {
  readonly label: string;
  readonly values: number[];
  readonly color: string;
  /** Glyph that draws this series when there is no colour to tell the lines apart. */
  readonly glyph: string;
}

/**
 * Renders a design's per-second timeline as a terminal chart of offered and succeeded application
 * requests and throttled attempts per second (succeeded, not admitted attempts: a scatter-gather
 * read is one request however many shard queries it sends), averaged into as many columns as the terminal has
 * room for. With colour the three lines are coloured; without, each is drawn with its own glyph.
 */
export function renderTimelineChart(design: DesignReport, style: Style): string {
  const timeline = design.timeline;
  if (timeline.length < 2) return '';
  const labelWidth = 10;
  const columns = Math.max(20, Math.min(timeline.length, style.width - labelWidth - 4));
  const perColumn = timeline.length / columns;
  const bucket = (key: 'offered' | 'succeeded' | 'throttled'): number[] =>
    Array.from({ length: columns }, (_, c) => {
      const from = Math.floor(c * perColumn);
      const to = Math.max(from + 1, Math.floor((c + 1) * perColumn));
      let sum = 0;
      for (let s = from; s < to; s++) sum += timeline[s]?.[key] ?? 0;
      return sum / (to - from);
    });
  const series: ChartSeries[] = [
    { label: 'offered', values: bucket('offered'), color: asciichart.blue, glyph: '.' },
    { label: 'succeeded', values: bucket('succeeded'), color: asciichart.green, glyph: '#' },
    { label: 'throttled', values: bucket('throttled'), color: asciichart.red, glyph: 'x' },
  ];
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const config = { height: CHART_HEIGHT, min: 0, max, format: (x: number) => fmt(Math.round(x)).padStart(labelWidth) };
  const body = style.colorEnabled
    ? asciichart.plot(
        series.map((s) => s.values),
        { ...config, colors: series.map((s) => s.color) },
      )
    : overlay(series.map((s) => glyphPlot(s, config)));
  const legend = style.colorEnabled
    ? series.map((s) => `${asciichart.colored('──', s.color)} ${s.label}`).join('   ')
    : series.map((s) => `${s.glyph}${s.glyph} ${s.label}`).join('   ');
  const axis = `${' '.repeat(labelWidth + 2)}0s${formatDuration(timeline.length * 1000).padStart(columns - 1)}`;
  return [`${design.name}: requests per second   ${legend}`, body, axis].join('\n');
}

/** Plots one series with every line glyph replaced by the series' own. */
function glyphPlot(s: ChartSeries, config: Parameters<typeof asciichart.plot>[1]): string {
  const g = s.glyph;
  return asciichart.plot(s.values, { ...config, symbols: ['┼', '┤', g, g, g, g, g, g, g, g] });
}

/** Overlays plots of the same size: later plots' glyphs win over earlier ones, the axis stays. */
function overlay(plots: string[]): string {
  const grids = plots.map((p) => p.split('\n').map((line) => [...line]));
  const out = grids[0] ?? [];
  for (const grid of grids.slice(1)) {
    grid.forEach((row, r) => {
      row.forEach((ch, c) => {
        const line = out[r];
        if (line && ch !== ' ' && line[c] !== undefined && !'┼┤'.includes(ch)) line[c] = ch;
      });
    });
  }
  return out.map((row) => row.join('')).join('\n');
}
