import { downsample } from '../../src/cli/format/downsample.js';
import { escapeHtml, html } from '../../src/cli/format/html.js';
import { capacityFigures, partitionFigures, resourceMinutes } from '../../src/cli/format/simulation-html-capacity.js';
import { comparisonFigure, MAX_POINTS_PER_LINE, requestFigures } from '../../src/cli/format/simulation-html-plots.js';
import { renderSimulationHtml } from '../../src/cli/format/simulation-html.js';
import { renderLinePlot } from '../../src/cli/format/svg-line-plot.js';
import { timeTicks, valueAxis } from '../../src/cli/format/svg-ticks.js';
import type { DesignReport, SimulationReport } from '../../src/simulate/report.js';
import { simulate } from '../../src/simulate/simulate.js';
import { wellFormedProblems } from '../helpers/html-well-formed.js';
import { aScenario, run } from './helpers.js';

/** A real report of a small run, with its designs' timelines (and whatever else is given) replaced. */
function aReport(durationSeconds: number, designs: ReadonlyArray<Partial<DesignReport>>): SimulationReport {
  const base = run(aScenario({ duration: '2s' }));
  const template = base.designs[0] as DesignReport;
  return { ...base, durationSeconds, designs: designs.map((d) => ({ ...template, ...d })) };
}

/** A timeline from per-second offered, succeeded and throttled counts. */
function timeline(offered: readonly number[], succeeded: readonly number[], throttled: readonly number[]): DesignReport['timeline'] {
  return offered.map((o, t) => ({ t, offered: o, succeeded: succeeded[t] ?? 0, throttled: throttled[t] ?? 0, attempts: o, admitted: succeeded[t] ?? 0, failed: 0 }));
}

/** The `points` of each polyline of an SVG, by the line kind in its class. */
function polylines(svg: string): Record<string, string> {
  return Object.fromEntries([...svg.matchAll(/<polyline class="line line-([a-z0-9-]+)" fill="none" points="([^"]*)">/g)].map((m) => [m[1], m[2]]));
}

describe('html: every interpolated value is escaped', () => {
  it('escapes text and attribute values, and inserts markup it built itself as is', () => {
    const name = `<script>alert('x')</script> & "q"`;
    expect(html`<p title="${name}">${name}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>',
    );
    expect(html`<ul>${['a<b', 'c'].map((x) => html`<li>${x}</li>`)}</ul>`.markup).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.markup).toBe('0');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('the well-formedness check the report tests rely on', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>ok &amp; <br> fine</p><svg><line x1="0"/></svg></body></html>', []],
    ['<!DOCTYPE html><html><p>a & b</p></html>', ['26: a bare & (not an entity)']],
    ['<!DOCTYPE html><html><div><p></div></p></html>', ['29: </div> closes <p> opened at 26', '35: </p> closes <div> opened at 21']],
    ['<!DOCTYPE html><html><p class=x>t</p></html>', ['21: malformed tag <p class=x>', '33: </p> closes <html> opened at 15', '37: </html> closes nothing']],
    ['<!DOCTYPE html><html><svg aria-labelledby="t"><title id="u">x</title></svg><b id="u"></b></html>', ['75: id "u" is used twice', '21: aria-labelledby names "t", which no element has']],
    ['<html></html><p></p>', ['0: the document does not start with <!DOCTYPE html>', 'the document has 2 root elements']],
  ])('%s', (doc, problems) => {
    expect(wellFormedProblems(doc)).toEqual(problems);
  });
});

describe('plots of the per-second timeline', () => {
  const report = aReport(4, [
    { name: 'plain', timeline: timeline([10, 10, 10, 10], [10, 6, 4, 10], [0, 4, 6, 0]), timeToFirstThrottleSeconds: 1.2, throttledAttempts: 10 },
    { name: 'sharded', timeline: timeline([5, 5, 5, 5], [5, 5, 5, 5], [0, 0, 0, 0]), timeToFirstThrottleSeconds: null, throttledAttempts: 0 },
  ]);

  it('draws a known timeline at the middle of each second, every design on the same axes', () => {
    // Axis 0..10 in steps of 2; plot area x 40..704 (664 wide, 166 a second), y 204 (0) .. 24 (10), 18 per unit.
    const [plain, sharded] = requestFigures(report).map((f) => renderLinePlot(f.plot).markup);
    expect(polylines(plain as string)).toEqual({
      offered: '123,24 289,24 455,24 621,24',
      succeeded: '123,24 289,96 455,132 621,24',
      throttled: '123,204 289,132 455,96 621,204',
    });
    expect(polylines(sharded as string)).toEqual({
      offered: '123,114 289,114 455,114 621,114',
      succeeded: '123,114 289,114 455,114 621,114',
      throttled: '123,204 289,204 455,204 621,204',
    });
    for (const svg of [plain, sharded]) expect(svg).toContain('<text class="tick" x="34" y="28" text-anchor="end">10</text>');
    expect(plain).toContain('<line class="marker" x1="239.2" y1="24" x2="239.2" y2="204"/><text class="marker-label" x="243.2" y="36" text-anchor="start">first throttle 1.2 s</text>');
    expect(sharded).not.toContain('class="marker"');
  });

  it('names each plot for assistive technology and says what it shows', () => {
    const [figure] = requestFigures(report);
    const svg = renderLinePlot(figure?.plot as never).markup;
    expect(svg).toMatch(/^<svg class="plot" viewBox="0 0 720 264" role="img" aria-labelledby="d0-requests-title d0-requests-desc"/);
    expect(svg).toContain('<title id="d0-requests-title">plain: requests per second</title>');
    expect(svg).toContain(
      '<desc id="d0-requests-desc">Line chart over 4s of design plain. Offered requests: 10 per second on average, at most 10. Succeeded requests: 8 per second on average, at most 10. Throttled attempts: 3 per second on average, at most 6.</desc>',
    );
    expect(figure?.caption).toMatch(/Every design is drawn on the same axes\. Each point is one second\.$/);
  });

  it('compares the designs’ throttled attempts on one plot, only when there is something to compare', () => {
    const figure = comparisonFigure(report);
    expect(Object.keys(polylines(renderLinePlot(figure?.plot as never).markup))).toEqual(['design-0', 'design-1']);
    expect(comparisonFigure(aReport(4, [report.designs[0] as DesignReport]))).toBeNull();
  });

  it('averages hours of seconds into at most MAX_POINTS_PER_LINE points a line, and says so', () => {
    const seconds = 48 * 3600;
    const throttled = Array.from({ length: seconds }, (_, t) => (t < seconds / 2 ? 2 : 0));
    const long = aReport(seconds, [{ timeline: timeline(Array<number>(seconds).fill(1), Array<number>(seconds).fill(1), throttled), timeToFirstThrottleSeconds: 0 }]);
    const [figure] = requestFigures(long);
    const lines = figure?.plot.lines ?? [];
    expect(lines.map((l) => l.points.length)).toEqual([600, 600, 600]);
    expect(lines[2]?.points[0]).toEqual([144, 2]);
    expect(lines[2]?.points[299]).toEqual([86_256, 2]);
    expect(lines[2]?.points[300]).toEqual([86_544, 0]);
    expect(lines[2]?.points[599]).toEqual([172_656, 0]);
    expect(figure?.caption).toContain('Each point is the mean of 288 seconds: the run has 172,800 seconds, and a line is drawn with at most 600 points.');
    const svg = renderLinePlot(figure?.plot as never).markup;
    expect(Object.values(polylines(svg)).map((p) => p.split(' ').length)).toEqual([600, 600, 600]);
    expect(svg.length).toBeLessThan(40_000);
  });
});

describe('partitions over time', () => {
  it('steps up at every split, several at one moment as one step, on the same axis in every design', () => {
    const partitions = (splits: ReadonlyArray<{ t: number; partition: number }>): DesignReport['partitions'] => [
      { resource: 'T', initial: 2, initialSource: 'scenario', final: 2 + splits.length, splits: splits.map((s) => ({ ...s, children: [9, 10], cause: 'capacity' })), splitsRefused: [] },
    ];
    const report = aReport(100, [
      { partitions: partitions([{ t: 0, partition: 0 }, { t: 40, partition: 1 }, { t: 40, partition: 2 }, { t: 40, partition: 3 }]) },
      { partitions: partitions([]) },
    ]);
    const [split, none] = partitionFigures(report);
    expect(split?.plot.lines).toEqual([{ label: 'T', kind: 'design-0', points: [[0, 3], [40, 3], [40, 6], [100, 6]] }]);
    expect(none?.plot.lines).toEqual([{ label: 'T', kind: 'design-0', points: [[0, 2], [100, 2]] }]);
    expect([split?.plot.yMax, none?.plot.yMax]).toEqual([6, 6]);
    expect(partitionFigures(aReport(100, [{ partitions: partitions([]) }]))).toEqual([null]);
  });
});

describe('downsample', () => {
  it.each([
    [600, 1, 600],
    [601, 2, 301],
    [1200, 2, 600],
    [1201, 3, 401],
    [172_800, 288, 600],
    [0, 1, 0],
  ])('%d values → buckets of %d, %d points', (n, bucketSize, points) => {
    const d = downsample(new Float64Array(n), MAX_POINTS_PER_LINE);
    expect([d.bucketSize, d.values.length]).toEqual([bucketSize, points]);
  });

  it('takes the mean of each bucket (the last may be shorter), or its largest value', () => {
    expect(downsample([1, 2, 3, 4, 5], 2)).toEqual({ values: [2, 4.5], bucketSize: 3 });
    expect(downsample([1, 5, 3, 4, 2], 2, 'max')).toEqual({ values: [5, 4], bucketSize: 3 });
    expect(downsample([7, 8], 5)).toEqual({ values: [7, 8], bucketSize: 1 });
  });
});

describe('axes', () => {
  it.each([
    [10, 10, [0, 2, 4, 6, 8, 10]],
    [4393, 5000, [0, 1000, 2000, 3000, 4000, 5000]],
    [0.3, 0.3, [0, 0.1, 0.2, 0.3]],
    [0.31, 0.4, [0, 0.1, 0.2, 0.3, 0.4]],
    [600_000, 600_000, [0, 200_000, 400_000, 600_000]],
    [0, 1, [0, 1]],
  ])('a value axis for %d runs to %d', (max, top, ticks) => {
    expect(valueAxis(max)).toEqual({ top, ticks });
  });

  it('counts whole things in whole steps', () => {
    expect(valueAxis(2, 5, true)).toEqual({ top: 2, ticks: [0, 1, 2] });
    expect(valueAxis(32, 5, true)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
  });

  it.each([
    [4, [0, 1, 2, 3, 4]],
    [300, [0, 60, 120, 180, 240, 300]],
    [720, [0, 120, 240, 360, 480, 600, 720]],
    [172_800, [0, 21_600, 43_200, 64_800, 86_400, 108_000, 129_600, 151_200, 172_800]],
  ])('time ticks for %d s', (max, ticks) => {
    expect(timeTicks(max)).toEqual(ticks);
  });
});

describe('renderSimulationHtml', () => {
  const scenario = aScenario({
    duration: '4m',
    table: { name: 'T', capacity: { read: 100, write: 500 }, partitions: 2, burst: 'empty', autoscaling: { write: { min: 500, max: 4000, target: 0.5 } } },
    model: { updateTableSeconds: 30 },
    workload: [{ name: 'writes', rate: 800, keys: { cardinality: 1000 } }],
    designs: [{ name: 'plain' }, { name: 'sharded', shard: { count: 4, suffix: 'random' } }],
  });
  const simulation = simulate(scenario);
  const page = renderSimulationHtml(simulation, { file: 'scenario.yaml', version: '9.9.9' });

  it('is one well-formed document with no script and no external resource', () => {
    expect(wellFormedProblems(page)).toEqual([]);
    // The SVG namespace is a name, not an address anything is fetched from.
    expect(page.replaceAll(' xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/<script|<link|<img|<iframe|<object|\bsrc=|\bhref="(?!#)|@import|url\(|https?:/i);
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
  });

  it('is the same, byte for byte, for the same run', () => {
    expect(renderSimulationHtml(simulate(scenario), { file: 'scenario.yaml', version: '9.9.9' })).toBe(page);
  });

  it('prints the summary figures as the text report does', () => {
    const d = simulation.report.designs[0] as DesignReport;
    expect(page).toContain(`<tr><th scope="row"><a href="#design-0">plain</a></th><td class="num">${d.offered.toLocaleString('en-US')}</td>`);
    expect(page).toContain('<title>Simulation of scenario.yaml — ddb-plan</title>');
    expect(page).toContain('<p class="meta">seed 1 · exact engine · 4m simulated · 2 designs</p>');
    expect(page).toContain('<meta name="generator" content="ddb-plan 9.9.9">');
  });

  it('steps the provisioned capacity where auto scaling applied a change, and holds each minute’s mean consumption over its minute', () => {
    const [plain] = capacityFigures(simulation.report, resourceMinutes(simulation));
    const [capacity, consumed] = plain?.[0]?.plot.lines ?? [];
    expect(capacity?.points).toEqual([
      [0, 500],
      [150, 500],
      [150, 1000],
      [240, 1000],
    ]);
    expect(consumed?.points.map((p) => p[0])).toEqual([0, 60, 60, 120, 120, 180, 180, 240]);
    expect(plain?.[0]?.caption).toBe(
      "T, writes: the provisioned capacity in force, stepping where auto scaling applied a change, and the WCU consumed per second, the mean of each minute (CloudWatch's ConsumedWriteCapacityUnits ÷ 60).",
    );
  });

  it('has a plot per design of requests, capacity and burst of each dimension used, on ids of its own', () => {
    const ids = [...page.matchAll(/<svg [^>]*aria-labelledby="([a-z0-9-]+)-title /g)].map((m) => m[1]);
    expect(ids).toEqual(['designs-throttled', 'd0-requests', 'd0-capacity-0-write', 'd0-burst-0-write', 'd1-requests', 'd1-capacity-0-write', 'd1-burst-0-write']);
    expect(page).toContain('<tr><th scope="row">T</th><td>write</td><td>scale-out</td><td>500 → 1,000 WCU</td><td class="num">2m</td><td class="num">2m30s</td></tr>');
  });
});
