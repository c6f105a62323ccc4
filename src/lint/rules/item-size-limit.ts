import { MAX_ITEM_BYTES, SOURCES } from '../../calculators/limits.js';
import { bytesText, localIndexNote, sizedItems } from '../item-bytes.js';
import { defineRule } from '../rule.js';

/**
 * E3001: an item, names and values and its local index entries counted, is at most 409,600 bytes
 * (DYNAMODB-RULES.md §1); a larger write fails.
 */
export const itemSizeLimitRule = defineRule({
  id: 'E3001',
  name: 'item-size-limit',
  title: 'Item over 400 KB',
  severity: 'error',
  description: 'DynamoDB items are limited to 400 KB (409,600 bytes), attribute names and values counted; with local secondary indexes the item and all its index entries must fit together. A write of a larger item fails with a ValidationException.',
  fix: 'Move large values out of the item: store them in Amazon S3 and keep the object key, compress them (a Binary attribute), or split the item into several items under one partition key. With local indexes, project fewer attributes into them.',
  source: `${SOURCES.constraints}#limits-items`,
  messages: {
    overLimit: '{{subject}} is {{bytes}}{{lsi}}, over DynamoDB\'s item limit of {{max}}; store large values in S3 and keep a reference, or split the item',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const item of sizedItems(table)) {
        if (item.bytes > MAX_ITEM_BYTES) context.report('overLimit', item.target, { subject: item.subject, bytes: bytesText(item.bytes), lsi: localIndexNote(item), max: bytesText(MAX_ITEM_BYTES) });
      }
    }
  },
});
