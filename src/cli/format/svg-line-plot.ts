import { formatDuration } from '../../calculators/duration.js';
import { fmt } from '../../calculators/steps.js';
import { html, type Html } from './html.js';
import { timeTicks, valueAxis } from './svg-ticks.js';

/** Width and height of every plot, in SVG user units (it scales to the page). */
export const PLOT_WIDTH = 720;
export const PLOT_HEIGHT = 264;
/** Space above the plotting area (the y-axis label), right of it, and below it (time labels, axis label, legend). */
const TOP = 24;
const RIGHT = 16;
const BOTTOM = 60;
/** Approximate width of a character of the 12-unit font, for laying out labels without measuring text. */
const CHAR_WIDTH = 7;

/** One line of a plot. */
export interface PlotLine {
  readonly label: string;
  /** Names the line's colour and dash in the style sheet, e.g. `offered` (class `line-offered`). */
  readonly kind: string;
  /** Points in data units: x in seconds from the start, y in the plot's unit. */
  readonly points: ReadonlyArray<readonly [number, number]>;
}

/** A moment marked with a vertical line and a label, e.g. the first throttle. */
export interface PlotMarker {
  readonly x: number;
  readonly label: string;
}

/** A line plot over simulated time. */
export interface LinePlot {
  /** Unique in the document: the SVG's title and description are named after it. */
  readonly id: string;
  /** The plot's accessible name, e.g. `plain: requests per second`. */
  readonly title: string;
  /** What the plot shows in words, for screen readers. */
  readonly description: string;
  /** The unit of the y axis, e.g. `requests per second`. */
  readonly yLabel: string;
  /** The x axis runs from 0 to `xMax` seconds. */
  readonly xMax: number;
  /** The y axis runs from 0 to at least `yMax` (plots that are compared get the same `yMax`). */
  readonly yMax: number;
  /** True when the y axis counts whole things (partitions): no fractional labels. */
  readonly wholeNumbers?: boolean;
  readonly lines: readonly PlotLine[];
  readonly markers?: readonly PlotMarker[];
}

/**
 * Renders a line plot as inline SVG: a value axis from 0 with round labels, a time axis labelled
 * in durations, the lines as polylines (coordinates to a tenth of a unit), markers, and a legend
 * below. Colours and dashes come from the page's style sheet by class, so light, dark and print
 * styles apply; `<title>` and `<desc>` name it for assistive technology.
 */
export function renderLinePlot(plot: LinePlot): Html {
  const axis = valueAxis(plot.yMax, 5, plot.wholeNumbers === true);
  const yLabels = axis.ticks.map((t) => fmt(t));
  const left = Math.max(40, 12 + CHAR_WIDTH * Math.max(...yLabels.map((l) => l.length)));
  const width = PLOT_WIDTH - left - RIGHT;
  const height = PLOT_HEIGHT - TOP - BOTTOM;
  const bottom = TOP + height;
  const xMax = plot.xMax > 0 ? plot.xMax : 1;
  const px = (x: number): number => left + (x / xMax) * width;
  const py = (y: number): number => bottom - (y / axis.top) * height;
  const yGrid = axis.ticks.map(
    (t, i) => html`<line class="grid" x1="${left}" y1="${coord(py(t))}" x2="${left + width}" y2="${coord(py(t))}"/><text class="tick" x="${left - 6}" y="${coord(py(t) + 4)}" text-anchor="end">${yLabels[i] ?? ''}</text>`,
  );
  const xGrid = timeTicks(xMax).map(
    (t) => html`<line class="grid grid-time" x1="${coord(px(t))}" y1="${TOP}" x2="${coord(px(t))}" y2="${bottom}"/><text class="tick" x="${coord(px(t))}" y="${bottom + 16}" text-anchor="middle">${formatDuration(Math.round(t * 1000))}</text>`,
  );
  const lines = plot.lines.map((l) => {
    const points = l.points.map(([x, y]) => `${coord(px(x))},${coord(py(y))}`);
    if (points.length === 1) {
      const [x, y] = l.points[0] as readonly [number, number];
      return html`<circle class="dot line-${l.kind}" cx="${coord(px(x))}" cy="${coord(py(y))}" r="2.5"><title>${l.label}</title></circle>`;
    }
    return points.length === 0 ? null : html`<polyline class="line line-${l.kind}" fill="none" points="${points.join(' ')}"><title>${l.label}</title></polyline>`;
  });
  const markers = (plot.markers ?? []).map((m) => {
    const x = px(Math.min(Math.max(m.x, 0), xMax));
    const late = x > left + width * 0.7;
    return html`<line class="marker" x1="${coord(x)}" y1="${TOP}" x2="${coord(x)}" y2="${bottom}"/><text class="marker-label" x="${coord(late ? x - 4 : x + 4)}" y="${TOP + 12}" text-anchor="${late ? 'end' : 'start'}">${m.label}</text>`;
  });
  let legendX = left;
  const legend = plot.lines.map((l) => {
    const x = legendX;
    legendX += 30 + CHAR_WIDTH * l.label.length + 18;
    const y = PLOT_HEIGHT - 10;
    return html`<line class="line line-${l.kind}" x1="${x}" y1="${y - 4}" x2="${x + 24}" y2="${y - 4}"/><text class="legend" x="${x + 30}" y="${y}">${l.label}</text>`;
  });
  const titleId = `${plot.id}-title`;
  const descId = `${plot.id}-desc`;
  return html`<svg class="plot" viewBox="0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}" role="img" aria-labelledby="${titleId} ${descId}" font-family="sans-serif" font-size="12" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${plot.title}</title>
<desc id="${descId}">${plot.description}</desc>
<g aria-hidden="true">
${yGrid}
${xGrid}
<line class="axis" x1="${left}" y1="${bottom}" x2="${left + width}" y2="${bottom}"/><line class="axis" x1="${left}" y1="${TOP}" x2="${left}" y2="${bottom}"/>
<text class="axis-label" x="8" y="14">${plot.yLabel}</text>
<text class="axis-label" x="${coord(left + width / 2)}" y="${bottom + 34}" text-anchor="middle">time from the start</text>
${markers}
</g>
<g>
${lines}
</g>
<g aria-hidden="true">
${legend}
</g>
</svg>`;
}

/** Formats a coordinate to a tenth of a unit, without a trailing `.0`. */
function coord(v: number): string {
  const r = Math.round(v * 10) / 10;
  return String(r === 0 ? 0 : r);
}
