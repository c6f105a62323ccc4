import { GB } from '../../calculators/limits.js';
import { fmt } from '../../calculators/steps.js';
import { oversizedItemCollection } from '../../model/load/table-storage.js';
import { tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * W3010: with a local index, one item collection (every item of one partition-key value and their
 * local index entries) cannot grow past 10 GB (DYNAMODB-RULES.md §5); writes to a full collection
 * fail. The decision and the bytes are the load model's (`oversizedItemCollection`), which the
 * plan's warning uses too.
 */
export const itemCollectionSizeRule = defineRule({
  id: 'W3010',
  name: 'item-collection-size',
  title: 'Item collection over 10 GB',
  severity: 'warning',
  description: 'A table with a local secondary index limits each item collection, all items that share a partition-key value together with their local index entries, to 10 GB. Once a collection is full, writes that would grow it fail with an ItemCollectionSizeLimitExceededException. Use a global index instead, or a partition key with fewer items per value.',
  fix: 'Bound the items per partition-key value (add a time bucket or another attribute to the partition key), or use a global index instead of the local one: item collections are limited only with local indexes.',
  source: RULE_SOURCES.itemCollections,
  messages: {
    over: 'the largest item collection of {{owner}} holds {{items}} items of about {{perItem}} bytes each (local index entries and storage overhead included), {{size}} GB ({{bytes}} bytes) in all, over the 10 GB ({{limit}} bytes) a table with local indexes allows; writes to it would fail',
  },
  check(context) {
    for (const table of context.model.tables) {
      const over = oversizedItemCollection(table);
      if (over === undefined) continue;
      context.report('over', { node: table, field: 'maxItemsPerPartitionKey' }, {
        owner: tableLabel(table),
        items: fmt(over.items),
        perItem: fmt(Math.round(over.bytes / over.items)),
        size: fmt(over.bytes / GB, 2),
        bytes: fmt(over.bytes),
        limit: fmt(over.limitBytes),
      });
    }
  },
});
