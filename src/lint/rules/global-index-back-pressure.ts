import type { Fraction } from '../../calculators/fraction.js';
import { SOURCES } from '../../calculators/limits.js';
import { fmt } from '../../calculators/steps.js';
import type { IndexModel, TableModel } from '../../model/spec/spec-model.js';
import { globalIndexes, indexLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { loadOf } from '../table-loads.js';

/** The most write units per second a global index can absorb: its provisioned (or auto scaling's maximum) WCU, or an on-demand maximum. */
function writeCeiling(table: TableModel, index: IndexModel): { readonly units: number; readonly what: string } | undefined {
  if (table.billing === 'on-demand') {
    const max = index.maxThroughput?.write;
    return max === undefined ? undefined : { units: max, what: `a maximum on-demand throughput of ${fmt(max)} WRU/s` };
  }
  const scaling = index.autoscaling?.write;
  if (scaling) return { units: scaling.max, what: `auto scaling up to ${fmt(scaling.max)} WCU` };
  const units = index.capacity?.write;
  return units === undefined ? undefined : { units, what: `${fmt(units)} WCU` };
}

/**
 * W3009: a global index can absorb the writes the table sends it. A GSI's writes use its own
 * capacity, and when it throttles, the table's writes that touch it throttle too (back-pressure;
 * DYNAMODB-RULES.md §3). The index writes per second come from the load model; without write
 * patterns the table's own write capacity stands in for them.
 */
export const globalIndexBackPressureRule = defineRule({
  id: 'W3009',
  name: 'global-index-back-pressure',
  title: 'Global index write capacity below its writes',
  severity: 'warning',
  description: "Every write to a table that changes a global index's entries is also a write to the index, on the index's own capacity. When the index has less write capacity than those writes need, it throttles, and DynamoDB throttles the table's writes with it (GSI back-pressure). Give each global index at least the write capacity of the writes it receives.",
  fix: 'Give the global index at least the write capacity of the writes it receives (or auto scaling with a high enough maximum), or make it sparse or project less so that fewer writes reach it.',
  source: SOURCES.gsi,
  messages: {
    belowLoad: '{{owner}} receives {{units}} WCU/s at peak from the table\'s writes ({{patterns}}), but has {{ceiling}}; when it throttles, the table\'s writes throttle too',
    belowTable: '{{owner}} has {{ceiling}}, less than the table\'s {{tableUnits}} WCU; unless the index is sparse, writes at the table\'s capacity would throttle the index, and with it the table',
  },
  check(context) {
    for (const table of context.model.tables) {
      const load = loadOf(table);
      const writes = table.accessPatterns.some((p) => p.kind === 'write');
      for (const index of globalIndexes(table)) {
        const ceiling = writeCeiling(table, index);
        if (ceiling === undefined) continue;
        const target = { node: index, field: index.autoscaling?.write ? 'autoscaling' : index.capacity ? 'capacity' : 'maxThroughput' };
        const owner = indexLabel(table, index);
        if (writes) {
          const mine = load.indexes.find((x) => x.index === index);
          const peak: Fraction | undefined = mine?.wcu.peak;
          if (mine === undefined || peak === undefined || peak.compare(ceiling.units) <= 0) continue;
          const patterns = [...new Set(mine.contributions.filter((c) => !c.use.wcu.peak.isZero()).map((c) => `"${c.load.pattern.name}"`))].join(', ');
          context.report('belowLoad', target, { owner, units: fmt(peak, 2), patterns, ceiling: ceiling.what });
        } else if (table.billing === 'provisioned' && table.capacity?.write !== undefined && table.autoscaling?.write === undefined && ceiling.units < table.capacity.write) {
          context.report('belowTable', target, { owner, ceiling: ceiling.what, tableUnits: fmt(table.capacity.write) });
        }
      }
    }
  },
});
