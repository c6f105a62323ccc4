import { dirname, join, resolve } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { loadDocument } from '../../model/source/load-document.js';
import { evaluateFailOn, parseFailOn } from '../../simulate/fail-on.js';
import { parseScenario, scenarioReferences, type ReferencedFile } from '../../simulate/parse-scenario.js';
import { MAX_SEED } from '../../simulate/random.js';
import { ENGINES, simulate } from '../../simulate/simulate.js';
import type { CommandSpec } from '../command.js';
import { renderJson } from '../format/json.js';
import { renderMetricsCsv } from '../format/metrics-csv.js';
import { renderSimulationHtml } from '../format/simulation-html.js';
import { renderSimulationText } from '../format/simulation-text.js';
import { checkOutputFile, writeOutputFile, type OutputFile } from '../output-file.js';
import { countFlag } from '../option-values.js';
import { createProgress } from '../progress.js';
import { readTextInput } from '../read-input.js';
import { packageVersion } from '../version.js';

/** Trace files may be larger than specs and scenarios: 256 MB, a few million requests. */
export const MAX_TRACE_BYTES = 256 * 1024 * 1024;

/** `ddb-plan simulate`: runs a scenario on the simulator and reports whether, when and why it throttles. */
export const simulateCommand: CommandSpec = {
  name: 'simulate',
  args: '<scenario>',
  summary: 'simulate a workload against a table: whether, when and why it throttles, and whether write sharding fixes it',
  options: [
    { flags: '--seed <n>', description: "master seed of every random stream, a whole number (overrides the scenario's seed)" },
    { flags: '--engine <lane>', description: 'engine lane: exact (every request and retry is an event; the reference lane) or auto (exact in this version); fast is not available yet', choices: ENGINES, defaultValue: 'auto' },
    { flags: '--report <file>', description: 'write a self-contained HTML report with plots to FILE, e.g. report.html (only after a successful run; works with --json)' },
    { flags: '--metrics-csv <file>', description: 'write CloudWatch-style per-minute series to FILE as CSV (only after a successful run)' },
    { flags: '--fail-on <expr>', description: 'exit 1 when a design meets a condition, e.g. throttleRatio>0.01 (several: comma-separated; one design: DESIGN:throttleRatio>0)' },
    { flags: '--no-chart', description: 'leave out the per-second chart' },
  ],
  examples: [
    'ddb-plan simulate fixtures/scenarios/voting.yaml',
    'ddb-plan simulate fixtures/scenarios/voting.yaml --seed 7 --json',
    "ddb-plan simulate scenario.yaml --fail-on 'throttleRatio>0.01' --metrics-csv metrics.csv",
    'ddb-plan simulate fixtures/scenarios/voting.yaml --report voting.html',
  ],
  async run(args, opts, ctx) {
    const engine = String(opts.engine ?? 'auto');
    if (engine === 'fast') {
      throw new UsageError('--engine fast: the fast engine lane is not available in this version of ddb-plan; use --engine exact (or auto)');
    }
    const seed = opts.seed === undefined ? undefined : countFlag('--seed', opts.seed, { max: MAX_SEED, noun: 'seed' });
    const conditions = opts.failOn === undefined ? [] : parseFailOn(String(opts.failOn));
    const outputs = outputFiles(opts, args[0] as string, ctx.io.cwd);
    const input = await readTextInput(args[0] as string, ctx.io);
    const doc = loadDocument(input.text, input.file);
    const files = new Map<string, ReferencedFile | InputError>();
    const base = input.file === '<stdin>' ? '.' : dirname(input.file);
    for (const ref of scenarioReferences(doc)) {
      if (files.has(ref.ref)) continue;
      try {
        files.set(ref.ref, await readTextInput(join(base, ref.ref), ctx.io, ref.kind === 'trace' ? MAX_TRACE_BYTES : undefined));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        files.set(ref.ref, e);
      }
    }
    const scenario = parseScenario(doc, files);
    const progress = createProgress(ctx.io.stderr, 'simulating', () => performance.now());
    const simulation = simulate(scenario, { ...(seed === undefined ? {} : { seed }), ...(progress ? { onProgress: (f: number) => progress.update(f) } : {}) });
    progress?.done();
    const breaches = evaluateFailOn(conditions, simulation.report.designs);
    if (outputs.report) writeOutputFile(outputs.report, renderSimulationHtml(simulation, { file: input.file, version: packageVersion() }));
    if (outputs.metricsCsv) writeOutputFile(outputs.metricsCsv, renderMetricsCsv(simulation));
    ctx.io.stdout.write(
      ctx.global.json ? renderJson({ ...simulation.report }) : renderSimulationText(simulation.report, ctx.style, { file: input.file, chart: opts.chart !== false }),
    );
    for (const b of breaches) {
      ctx.io.stderr.write(`ddb-plan: --fail-on: design ${b.design}: ${b.condition.metric} is ${b.value}, which breaks ${b.condition.text}\n`);
    }
    return breaches.length > 0 ? 1 : 0;
  },
};

/**
 * Checks the files --report and --metrics-csv name before the run, so that a path that cannot be
 * written fails at once rather than after the simulation; refuses to write over the scenario.
 */
function outputFiles(opts: Readonly<Record<string, unknown>>, scenario: string, cwd: string): { report?: OutputFile; metricsCsv?: OutputFile } {
  const out: { report?: OutputFile; metricsCsv?: OutputFile } = {};
  if (opts.report !== undefined) out.report = checkOutputFile('--report', String(opts.report), cwd, 'report.html');
  if (opts.metricsCsv !== undefined) out.metricsCsv = checkOutputFile('--metrics-csv', String(opts.metricsCsv), cwd, 'out.csv');
  const scenarioPath = scenario === '-' ? null : resolve(cwd, scenario);
  for (const file of [out.report, out.metricsCsv]) {
    if (file && file.path === scenarioPath) throw new UsageError(`${file.flag}: ${file.shown} is the scenario; name another file to write`);
  }
  if (out.report && out.metricsCsv && out.report.path === out.metricsCsv.path) throw new UsageError(`--report and --metrics-csv name the same file ${out.report.shown}; name two files`);
  return out;
}
