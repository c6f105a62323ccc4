import { itemUnitsValue } from '../../calculators/item-units.js';
import { KB, SOURCES } from '../../calculators/limits.js';
import type { TableModel } from '../../model/spec/spec-model.js';
import { bytesText, sizedItems } from '../item-bytes.js';
import { defineRule } from '../rule.js';

function uses(table: TableModel, kind: 'read' | 'write'): boolean {
  // A table without access patterns may be read and written in any way.
  return table.accessPatterns.length === 0 || table.accessPatterns.some((p) => p.kind === kind);
}

/**
 * W3003: an item just over a 1 KB (write) or 4 KB (read) unit boundary pays a whole unit for a few
 * bytes: 1,030 bytes cost 2 WCU where 1,024 cost 1 (DYNAMODB-RULES.md §2, §3). "Just over" is the
 * item-units calculator's threshold: at most a tenth of a unit past the boundary.
 */
export const unitBoundaryRule = defineRule({
  id: 'W3003',
  name: 'unit-boundary',
  title: 'Item just over a capacity unit boundary',
  severity: 'warning',
  description: 'Writes are charged per started 1 KB and reads per started 4 KB, so an item a few bytes over a boundary pays a whole extra unit on every request: 1,030 bytes cost 2 WCU per write where 1,024 bytes cost 1. Trimming those bytes (shorter attribute names count too) cuts the cost of every request.',
  fix: 'Trim the bytes over the boundary: shorten attribute names (they count towards the size), drop attributes the reads do not need, or store them in another item.',
  source: SOURCES.capacityUnits,
  messages: {
    write: '{{subject}} is {{bytes}}, {{over}} over {{boundary}}: each write costs {{units}} WCU instead of {{less}}; trim {{over}} (shorter attribute names count too)',
    read: '{{subject}} is {{bytes}}, {{over}} over {{boundary}}: each strongly consistent read costs {{units}} RCU instead of {{less}}; trim {{over}} to save a read unit',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const item of sizedItems(table)) {
        // Only the item itself is read or written per request; LSI entries are separate writes.
        const bytes = item.bytes - item.localIndexBytes;
        const units = itemUnitsValue(bytes);
        const kind = item.pattern?.kind;
        const data = { subject: item.subject, bytes: bytesText(bytes) };
        if (units.nearWriteBoundary && units.trimToSaveWcu !== null && (kind === 'write' || (kind === undefined && uses(table, 'write')))) {
          const boundary = bytes - units.trimToSaveWcu;
          context.report('write', item.target, { ...data, over: bytesText(units.trimToSaveWcu), boundary: `${boundary / KB} KB`, units: units.wcu, less: units.wcu - 1 });
        }
        if (units.nearReadBoundary && units.trimToSaveRcu !== null && (kind === 'read' || (kind === undefined && uses(table, 'read')))) {
          const boundary = bytes - units.trimToSaveRcu;
          context.report('read', item.target, { ...data, over: bytesText(units.trimToSaveRcu), boundary: `${boundary / KB} KB`, units: units.rcu.strong, less: units.rcu.strong - 1 });
        }
      }
    }
  },
});
