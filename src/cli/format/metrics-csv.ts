import type { Simulation } from '../../simulate/simulate.js';
import { LIMITS, throttleEventMetric, type LimitKind } from '../../simulate/throttle-reasons.js';

/** The per-limit throttle-event metrics AWS publishes (the on-demand allowance counts as KeyRange, as AWS reports it). */
const REASON_METRIC_LIMITS: readonly LimitKind[] = ['keyRange', 'provisioned', 'account', 'maxOnDemand'];

/**
 * Renders CloudWatch-style per-minute series as CSV, one row per design, minute, table or index,
 * metric and statistic — the shape `aws cloudwatch get-metric-data` returns, so the numbers can be
 * laid next to real ones. Metrics prefixed `ddbplan:` are the simulator's own (no CloudWatch twin).
 */
export function renderMetricsCsv(simulation: Simulation): string {
  const rows: string[] = ['design,seconds,table,index,metric,statistic,unit,value'];
  const { report, results } = simulation;
  const table = report.table.name;
  for (const r of results) {
    r.resources.forEach((res) => {
      const index = res.kind === 'index' ? res.settings.name : '';
      const s = res.series;
      const minutes = s.minutes;
      const provisioned = res.settings.billing === 'provisioned';
      for (let m = 0; m < minutes; m++) {
        const row = (metric: string, statistic: string, unit: string, value: number): void => {
          rows.push([csv(r.design.name), m * 60, csv(table), csv(index), metric, statistic, unit, round(value)].join(','));
        };
        row('ConsumedReadCapacityUnits', 'Sum', 'Count', s.consumed[0].get(m));
        row('ConsumedWriteCapacityUnits', 'Sum', 'Count', s.consumed[1].get(m));
        if (provisioned) {
          row('ProvisionedReadCapacityUnits', 'Average', 'Count', s.capacity[0].get(m));
          row('ProvisionedWriteCapacityUnits', 'Average', 'Count', s.capacity[1].get(m));
          row('ddbplan:BurstReservoirReadUnits', 'Minimum', 'Count', s.reservoir[0].get(m));
          row('ddbplan:BurstReservoirWriteUnits', 'Minimum', 'Count', s.reservoir[1].get(m));
        } else {
          row('ddbplan:OnDemandReadAllowance', 'Maximum', 'Count/Second', s.capacity[0].get(m));
          row('ddbplan:OnDemandWriteAllowance', 'Maximum', 'Count/Second', s.capacity[1].get(m));
        }
        const events = (dim: 0 | 1, limit: LimitKind): number => s.throttleEvents[dim][LIMITS.indexOf(limit)]?.get(m) ?? 0;
        for (const dim of [0, 1] as const) {
          const all = LIMITS.reduce((sum, l) => sum + events(dim, l), 0);
          row(dim === 0 ? 'ReadThrottleEvents' : 'WriteThrottleEvents', 'Sum', 'Count', all);
          for (const limit of REASON_METRIC_LIMITS) {
            const value = events(dim, limit) + (limit === 'keyRange' ? events(dim, 'allowance') : 0);
            row(throttleEventMetric(dim === 0 ? 'read' : 'write', limit), 'Sum', 'Count', value);
          }
        }
        row('ThrottledRequests', 'Sum', 'Count', s.throttledRequests.get(m));
        row('ddbplan:Partitions', 'Maximum', 'Count', s.partitions.get(m));
      }
    });
  }
  return `${rows.join('\n')}\n`;
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

function csv(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
