import { SOURCES } from '../../calculators/limits.js';
import { fmt } from '../../calculators/steps.js';
import { tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';

/**
 * W1016: an access pattern's peak is at least its average rate. A lower peak is almost always a
 * typo (a unit: `/min` for `/s`), and the capacity plan sizes provisioned capacity from the peak.
 */
export const peakBelowRateRule = defineRule({
  id: 'W1016',
  name: 'peak-below-rate',
  title: 'Peak below the average rate',
  severity: 'warning',
  description: 'The peak of an access pattern is the highest rate it sustains, so it cannot be below the average rate. A lower peak usually means a wrong unit, and the capacity plan would size capacity from the wrong number.',
  fix: 'Write the peak in the same unit as the rate (e.g. `peak: 600/s`), and at least as large as it; leave it out when the pattern runs at a steady rate.',
  source: SOURCES.capacityUnits,
  messages: {
    peakBelowRate: 'peak of access pattern "{{pattern}}" in {{owner}} is {{peak}}/s, below its average rate of {{rate}}/s; check the units',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const pattern of table.accessPatterns) {
        if (pattern.peak.compare(pattern.rate) >= 0) continue;
        context.report('peakBelowRate', { node: pattern, field: 'peak' }, { pattern: pattern.name, owner: tableLabel(table), peak: fmt(pattern.peak), rate: fmt(pattern.rate) });
      }
    }
  },
});
