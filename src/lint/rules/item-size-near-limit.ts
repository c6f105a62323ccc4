import { MAX_ITEM_BYTES, SOURCES } from '../../calculators/limits.js';
import { bytesText, localIndexNote, sizedItems } from '../item-bytes.js';
import { defineRule } from '../rule.js';

/**
 * W3002: an item within reach of the 409,600-byte limit (over 90 % of it by default): an average
 * item that close leaves no room for the larger ones (DYNAMODB-RULES.md §1).
 */
export const itemSizeNearLimitRule = defineRule({
  id: 'W3002',
  name: 'item-size-near-limit',
  title: 'Item near 400 KB',
  severity: 'warning',
  description: 'An average item over 90 % of the 400 KB item limit leaves little room: items above the average, or one more attribute, will hit the limit and fail to write. Such items are also expensive: every write of 360 KB costs 360 WCU.',
  fix: 'Plan the item\'s growth: move large or growing values to Amazon S3 or to separate items, or compress them. Raise the threshold (`options: { threshold: 0.95 }`) if the size is fixed.',
  source: `${SOURCES.constraints}#limits-items`,
  options: {
    threshold: { description: 'share of the 409,600-byte limit above which an item is reported', default: 0.9, min: 0.1, max: 1 },
  },
  messages: {
    nearLimit: '{{subject}} is {{bytes}}{{lsi}}, {{share}} of DynamoDB\'s item limit of {{max}}; larger items will fail to write',
  },
  check(context) {
    const threshold = context.options.threshold ?? 0.9;
    for (const table of context.model.tables) {
      for (const item of sizedItems(table)) {
        if (item.bytes > MAX_ITEM_BYTES || item.bytes <= threshold * MAX_ITEM_BYTES) continue;
        const share = `${((item.bytes / MAX_ITEM_BYTES) * 100).toFixed(1)} %`;
        context.report('nearLimit', item.target, { subject: item.subject, bytes: bytesText(item.bytes), lsi: localIndexNote(item), share, max: bytesText(MAX_ITEM_BYTES) });
      }
    }
  },
});
