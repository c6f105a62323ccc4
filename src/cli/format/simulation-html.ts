import { formatDuration } from '../../calculators/duration.js';
import { fmt } from '../../calculators/steps.js';
import { PARAMETER_INFO } from '../../simulate/model-parameters.js';
import type { SimulationReport } from '../../simulate/report.js';
import type { Simulation } from '../../simulate/simulate.js';
import { html, trustedHtml, type Html } from './html.js';
import { plural } from './plural.js';
import { capacityFigures, partitionFigures, resourceMinutes } from './simulation-html-capacity.js';
import { htmlTable, renderDesignSection } from './simulation-html-design.js';
import { comparisonFigure, renderFigure, requestFigures } from './simulation-html-plots.js';
import { SIMULATION_HTML_STYLE } from './simulation-html-style.js';
import { burstAtStart, clientSummary, partitionsOrigin, SUMMARY_HEAD, summaryCells, tableCapacity } from './simulation-values.js';

/** Options of the HTML report. */
export interface SimulationHtmlOptions {
  /** The scenario file as the user named it. */
  readonly file: string;
  /** ddb-plan's version, named in the footer. */
  readonly version: string;
}

/**
 * Renders a simulation as one self-contained HTML document: the setup, the summary table of the
 * text report, and per design its verdict, plots (inline SVG, the same axes for every design),
 * throttling reasons, hot partitions, shard collisions, read fan-out, capacity, burst reservoir,
 * partitions, auto scaling and on-demand events; then the model's parameters. No script, no
 * external resource, no clock: the same run gives the same bytes.
 */
export function renderSimulationHtml(simulation: Simulation, options: SimulationHtmlOptions): string {
  const { report } = simulation;
  const requests = requestFigures(report);
  const capacity = capacityFigures(report, resourceMinutes(simulation));
  const partitions = partitionFigures(report);
  const comparison = comparisonFigure(report);
  const title = `Simulation of ${options.file}`;
  const sections = report.designs.map((d, i) =>
    renderDesignSection(d, i, report, { requests: requests[i] as (typeof requests)[number], capacity: capacity[i] ?? [], partitions: partitions[i] ?? null }),
  );
  const doc = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="ddb-plan ${options.version}">
<title>${title} — ddb-plan</title>
<style>${trustedHtml(SIMULATION_HTML_STYLE)}</style>
</head>
<body>
<header>
<h1>Simulation of <code>${options.file}</code></h1>
<p class="meta">seed ${report.seed} · ${report.engine} engine · ${formatDuration(report.durationSeconds * 1000)} simulated · ${plural(report.designs.length, 'design')}</p>
</header>
<nav aria-label="Contents">
<ol>
<li><a href="#setup">Setup</a></li>
<li><a href="#summary">Summary</a></li>
${report.designs.map((d, i) => html`<li><a href="#design-${i}">Design ${d.name}</a></li>\n`)}<li><a href="#assumptions">Model parameters</a></li>
</ol>
</nav>
<main>
${setup(report)}
${summary(report, comparison === null ? null : renderFigure(comparison))}
${sections}
${assumptions(report)}
</main>
<footer>
<p>Made by ddb-plan ${options.version} from <code>${options.file}</code> with seed ${report.seed}. The same scenario and seed give this report byte for byte; <code>ddb-plan simulate ${options.file} --json</code> prints every number, <code>--metrics-csv FILE</code> the CloudWatch-style per-minute series. The model and its parameters are described in docs/simulate.md.</p>
</footer>
</body>
</html>
`;
  return doc.markup;
}

function setup(report: SimulationReport): Html {
  const t = report.table;
  const burst = burstAtStart(report);
  const origin = partitionsOrigin(t.partitionsFrom);
  const resources = [
    [t.name, tableCapacity(t.capacity), `${fmt(t.partitions)}${origin === null ? '' : ` (${origin})`}`, burst ?? '—'],
    ...t.indexes.map((ix) => [`${t.name}/index/${ix.name}`, tableCapacity(ix.capacity), fmt(ix.partitions), '']),
  ];
  return html`<section id="setup" aria-labelledby="setup-h">
<h2 id="setup-h">Setup</h2>
${htmlTable('The table and its global secondary indexes at the start', [{ head: 'table or index' }, { head: 'capacity' }, { head: 'partitions' }, { head: 'burst reservoir' }], resources)}
${htmlTable(
  'The workload',
  [{ head: 'workload' }, { head: 'operation' }, { head: 'rate' }, { head: 'from', numeric: true }, { head: 'to', numeric: true }],
  report.workloads.map((w) => [w.name, w.trace === null ? w.operation : `replay of ${w.trace}`, w.rate, formatDuration(w.startSeconds * 1000), formatDuration(w.endSeconds * 1000)]),
)}
<p>Client retries: ${clientSummary(report.client)}.</p>
</section>`;
}

function summary(report: SimulationReport, comparison: Html | null): Html {
  const head = SUMMARY_HEAD.map((lines, i) => ({ head: lines.map((l, j) => html`${j > 0 ? html`<br>` : null}${l}`), numeric: i > 0 }));
  const rows = report.designs.map((d, i) => {
    const c = summaryCells(d);
    return [
      html`<a href="#design-${i}">${c.design}</a>`,
      c.offered,
      c.succeeded,
      html`${c.throttledAttempts} <span class="${d.throttleRatio > 0 ? 'ratio-bad' : 'ratio-good'}">${c.ratio}</span>`,
      c.failed,
      c.latency,
      c.firstThrottle,
      c.perRead,
    ];
  });
  return html`<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
${htmlTable('Every design on the same arrivals', head, rows)}
<p class="note">Offered: application requests (first attempts). Succeeded and failed: how requests ended, after the client's retries. Throttled attempts: rejected attempts, retries included; the throttle ratio is throttled attempts ÷ all attempts. Added latency: the backoff delays throttling added to a request. Per read: the requests one point read and one query of a logical key cost.</p>
${comparison}
</section>`;
}

function assumptions(report: SimulationReport): Html {
  const shaped = new Set(report.assumptions.map((a) => a.name));
  const rows = PARAMETER_INFO.map((p) => {
    const value = report.model[p.name];
    return [html`<code>${p.name}</code>`, String(value), p.documented ? 'yes' : 'no', shaped.has(p.name) ? 'yes' : '—', p.why];
  });
  return html`<section id="assumptions" aria-labelledby="assumptions-h">
<h2 id="assumptions-h">Model parameters</h2>
<p>The model's parameters with the values of this run (override them under <code>model:</code> in the scenario). AWS does not document every internal; where it does not, the value is an assumption, and the parameters that shaped this run's numbers are marked.</p>
${htmlTable(null, [{ head: 'parameter' }, { head: 'value', numeric: true }, { head: 'documented by AWS' }, { head: 'shaped this run' }, { head: 'why this value' }], rows)}
</section>`;
}
