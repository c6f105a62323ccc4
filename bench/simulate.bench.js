// Speed of the simulator's exact engine lane: simulated requests (and attempts, retries included)
// processed per second of wall time, on scenarios of about 1 and 5 million requests.
import { performance } from 'node:perf_hooks';
import { loadDocument } from '../dist/model/source/load-document.js';
import { parseScenario } from '../dist/simulate/parse-scenario.js';
import { simulate } from '../dist/simulate/simulate.js';

export const name = 'simulate: exact engine lane';

/** Runs each case this many times and keeps the median. */
const REPEATS = 3;

const cases = [
  {
    case: '1 M writes, uniform keys, no throttling',
    scenario: {
      version: 1, seed: 1, duration: '100s',
      table: { name: 'T', billing: 'provisioned', capacity: { read: 1000, write: 20000 } },
      workload: [{ name: 'writes', rate: '10000/s', keys: { cardinality: 100000000 } }],
    },
  },
  {
    case: '5 M writes, uniform keys, no throttling',
    scenario: {
      version: 1, seed: 1, duration: '250s',
      table: { name: 'T', billing: 'provisioned', capacity: { read: 1000, write: 30000 } },
      workload: [{ name: 'writes', rate: '20000/s', keys: { cardinality: 100000000 } }],
    },
  },
  {
    case: '1 M writes, a third throttled, SDK v2 retries (≈ 7 M attempts)',
    scenario: {
      version: 1, seed: 1, duration: '667s',
      table: { name: 'T', billing: 'provisioned', capacity: { read: 1, write: 1000 }, partitions: 4, burst: 'empty' },
      workload: [{ name: 'writes', rate: '1500/s', keys: { cardinality: 1000000 } }],
      client: { retry: 'sdk-v2-dynamodb' },
    },
  },
  {
    case: '5 M writes, zipf keys, a GSI, on demand, 2 designs (10 M requests)',
    scenario: {
      version: 1, seed: 1, duration: '500s',
      table: { name: 'T', billing: 'on-demand', indexes: [{ name: 'G', keys: { cardinality: 1000 } }] },
      workload: [{ name: 'writes', rate: '10000/s', keys: { cardinality: 10000000, distribution: { zipf: 0.9 } } }],
      designs: [{ name: 'plain' }, { name: 'random-8', shard: { count: 8, suffix: 'random' } }],
    },
  },
];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');

export async function run() {
  const rows = [];
  for (const c of cases) {
    const scenario = parseScenario(loadDocument(JSON.stringify(c.scenario), 'bench.json'));
    const times = [];
    let report;
    let rss = 0;
    for (let i = 0; i < REPEATS; i++) {
      const t0 = performance.now();
      report = simulate(scenario).report;
      times.push((performance.now() - t0) / 1000);
      rss = Math.max(rss, process.memoryUsage().rss);
    }
    const seconds = median(times);
    const offered = report.designs.reduce((n, d) => n + d.offered, 0);
    const attempts = report.designs.reduce((n, d) => n + d.attempts, 0);
    rows.push({
      case: c.case,
      figures: {
        requests: fmt(offered),
        attempts: fmt(attempts),
        'wall time (median of 3)': `${seconds.toFixed(2)} s`,
        'requests/s': fmt(offered / seconds),
        'attempts/s': fmt(attempts / seconds),
        'peak RSS': `${fmt(rss / 1024 ** 2)} MB`,
      },
    });
  }
  return rows;
}
