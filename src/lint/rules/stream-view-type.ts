import { STREAM_VIEW_TYPES } from '../../calculators/limits.js';
import { tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * E1013: an enabled stream says what its records hold (DYNAMODB-RULES.md §6); CreateTable rejects
 * a StreamSpecification without a StreamViewType.
 */
export const streamViewTypeRule = defineRule({
  id: 'E1013',
  name: 'stream-view-type',
  title: 'Stream view type',
  severity: 'error',
  description: 'A DynamoDB stream must say what each record carries: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES. A stream enabled without a view type is rejected.',
  fix: 'Give the stream a view type: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES (what the consumers read), or remove the stream.',
  source: RULE_SOURCES.streamSpecification,
  messages: {
    missing: 'the stream of {{owner}} has no view type; give one of {{types}}',
  },
  check(context) {
    for (const table of context.model.tables) {
      if (table.stream !== undefined && table.stream.viewType === undefined) {
        context.report('missing', { node: table.stream }, { owner: tableLabel(table), types: STREAM_VIEW_TYPES.join(', ') });
      }
    }
  },
});
