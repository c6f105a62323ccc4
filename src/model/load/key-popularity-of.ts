import { fmt } from '../../calculators/steps.js';
import type { KeyPopularity } from '../common/key-popularity.js';
import { childPointer } from '../source/source-map.js';
import type { AccessPatternModel, TableModel } from '../spec/spec-model.js';

/** Where the popularity of a key's values comes from. */
export type PopularitySource = 'keys' | 'attribute-cardinality' | 'item-count';

/** The popularity of the values of one key attribute, as a pattern's requests touch them. */
export interface KeyPopularityOf {
  readonly popularity: KeyPopularity;
  readonly source: PopularitySource;
  /** JSON pointer of what it was read from: the pattern's `keys` entry, the attribute, or the table's `itemCount`. */
  readonly path: string;
  /** How `--explain` states where it came from. */
  readonly text: string;
}

/**
 * Returns how popular the values of `attribute` are among a pattern's requests: the pattern's
 * own `keys` entry for it; else, assumed uniform, the attribute's declared `cardinality`; else,
 * for the partition key of a table without a sort key (one item per value), uniform over the
 * table's `itemCount`. Undefined when the spec says none of these: the key cannot be assessed.
 */
export function keyPopularityOf(table: TableModel, pattern: AccessPatternModel, attribute: string): KeyPopularityOf | undefined {
  const usage = pattern.keys.find((k) => k.attribute === attribute);
  if (usage) return { popularity: usage.popularity, source: 'keys', path: usage.path, text: `the pattern's keys.${attribute}` };
  const declared = table.attributes.find((a) => a.name === attribute);
  if (declared?.cardinality !== undefined) {
    return {
      popularity: { kind: 'uniform', cardinality: declared.cardinality },
      source: 'attribute-cardinality',
      path: childPointer(declared.path, 'cardinality'),
      text: `assumed uniform over the ${fmt(declared.cardinality)} values of attribute ${attribute} (its cardinality), as the pattern's keys do not name it`,
    };
  }
  if (attribute === table.partitionKey.name && table.sortKey === undefined && table.itemCount !== undefined) {
    return {
      popularity: { kind: 'uniform', cardinality: table.itemCount },
      source: 'item-count',
      path: childPointer(table.path, 'itemCount'),
      text: `assumed uniform over the table's ${fmt(table.itemCount)} items (one item per ${attribute}), as the pattern's keys do not name it`,
    };
  }
  return undefined;
}
