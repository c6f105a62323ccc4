import { Fraction } from '../../calculators/fraction.js';
import { fmt } from '../../calculators/steps.js';
import { findIndex, indexLabel, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';
import { loadOf } from '../table-loads.js';

const SECONDS_PER_HOUR = 3600;

/**
 * W3006: a Scan that runs often. A Scan reads, and is charged for, every item of the table or
 * index on every call, so its cost grows with the table, not with what it returns
 * (DYNAMODB-RULES.md §2). The read units come from the load model.
 */
export const scanHotPathRule = defineRule({
  id: 'W3006',
  name: 'scan-hot-path',
  title: 'Scan on a hot path',
  severity: 'warning',
  description: 'A Scan is charged for every item it reads, before any filter, so a Scan that serves requests costs read units in proportion to the whole table and slows down as the table grows. Scans belong in rare jobs (exports, migrations); a request path needs a Query on a key or an index.',
  fix: 'Add a global index keyed on what the request filters on and Query it; keep Scans for rare jobs such as exports. If the Scan is rare by design, raise `maxPerHour`.',
  source: RULE_SOURCES.scanBestPractices,
  options: {
    maxPerHour: { description: 'Scans per hour (average rate) up to which a Scan counts as a rare job, not a hot path', default: 1, min: 0, max: 1_000_000 },
  },
  messages: {
    hot: 'access pattern "{{pattern}}" scans {{target}} {{rate}} times an hour, consuming {{rcu}}{{note}}; a Scan reads every item, so query a key or an index instead',
  },
  check(context) {
    const maxPerSecond = Fraction.of(Math.round((context.options.maxPerHour ?? 1) * 1000), 1000 * SECONDS_PER_HOUR);
    for (const table of context.model.tables) {
      for (const load of loadOf(table).patterns) {
        const { pattern } = load;
        if (pattern.operation !== 'Scan' || pattern.rate.compare(maxPerSecond) <= 0) continue;
        const index = findIndex(table, pattern.index);
        const counted = (index ?? table).itemCount !== undefined || !pattern.defaulted.includes('scannedItemsPerCall');
        context.report('hot', { node: pattern, field: 'operation' }, {
          pattern: pattern.name,
          target: index ? indexLabel(table, index) : tableLabel(table),
          rate: fmt(pattern.rate.mul(SECONDS_PER_HOUR), 2),
          rcu: load.rcu.peak.compare(load.rcu.average) === 0 ? `${fmt(load.rcu.average, 2)} RCU/s` : `${fmt(load.rcu.average, 2)} RCU/s on average and ${fmt(load.rcu.peak, 2)} RCU/s at peak`,
          note: counted ? '' : ' (only the items it returns: give the itemCount to count the whole table)',
        });
      }
    }
  },
});
