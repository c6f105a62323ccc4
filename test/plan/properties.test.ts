import fc from 'fast-check';
import { Fraction } from '../../src/calculators/fraction.js';
import { HOT_KEY_SAFE_FRACTION } from '../../src/calculators/hot-key-risk.js';
import { MAX_RECOMMENDED_SHARDS } from '../../src/calculators/hot-key-shards.js';
import { sumPerSecond, type PerSecond } from '../../src/model/load/index.js';
import type { TableInput } from '../../src/model/spec/spec-schema.js';
import { plan } from '../../src/plan/plan.js';
import type { ClassCost } from '../../src/plan/table-cost.js';
import { anySpec } from '../helpers/spec-arbitraries.js';
import { aSpec, parsed } from '../helpers/spec-builders.js';
import { PRICES } from './helpers.js';

const same = (a: PerSecond, b: PerSecond): boolean => a.average.compare(b.average) === 0 && a.peak.compare(b.peak) === 0;

describe('plan properties over any valid spec', () => {
  it('never throws, and its totals are the sums of their parts', () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const result = plan(parsed(spec), PRICES);
        for (const t of result.tables) {
          const patterns = t.load.patterns;
          const capacities = t.load.capacities;
          // Σ over patterns = Σ over capacities, reads and writes, average and peak.
          if (!same(sumPerSecond(patterns.map((p) => p.rcu)), sumPerSecond(capacities.map((c) => c.rcu)))) return false;
          if (!same(sumPerSecond(patterns.map((p) => p.wcu)), sumPerSecond(capacities.map((c) => c.wcu)))) return false;
          // Each capacity is the sum of its contributions; each pattern the sum of its uses; per call too.
          for (const c of capacities) if (!same(c.rcu, sumPerSecond(c.contributions.map((x) => x.use.rcu))) || !same(c.wcu, sumPerSecond(c.contributions.map((x) => x.use.wcu)))) return false;
          for (const p of patterns) {
            if (p.wcuPerCall.compare(p.uses.reduce((a, u) => a.add(u.wcuPerCall), Fraction.ZERO)) !== 0) return false;
            if (!same(p.wcu, { average: p.rate.average.mul(p.wcuPerCall), peak: p.rate.peak.mul(p.wcuPerCall) })) return false;
          }
          // A cost total is its parts.
          for (const c of [t.cost.standard, t.cost.standardIa] as ClassCost[]) {
            const fixed = c.storageUsd + c.pointInTimeRecoveryUsd + c.streamsUsd;
            for (const m of [c.provisioned, c.onDemand, ...(c.autoScaled ? [c.autoScaled] : []), ...(c.asSpecified ? [c.asSpecified] : [])]) if (Math.abs(m.totalUsd - (m.capacityUsd + m.replicasUsd + fixed)) > 1e-6 * Math.max(1, m.totalUsd)) return false;
          }
          // Storage: the table's partitions hold the items and LSI entries; the total adds the GSIs'.
          const gsiBytes = t.storage.indexes.filter((i) => i.index.type === 'global').reduce((a, i) => a + (i.bytes ?? 0), 0);
          if (t.storage.totalBytes !== t.storage.tableBytes + gsiBytes) return false;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('shard advice brings every hot value under half the ceiling, with no shard to spare', () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        for (const t of plan(parsed(spec), PRICES).tables) {
          for (const f of t.hotKeys.filter((x) => x.direction === 'write')) {
            const bound = HOT_KEY_SAFE_FRACTION.mul(f.partitionLimit);
            const per = (n: number): Fraction => f.logicalUnitsPerSecond.peak.div(n);
            // Past the most shards ddb-plan proposes, the advice is another design and the count stays.
            if (f.remedy === 'redesign') {
              if (f.recommendedShards !== f.shards || per(MAX_RECOMMENDED_SHARDS).compare(bound) <= 0) return false;
              continue;
            }
            if (f.recommendedShards < f.shards) return false;
            if (per(f.recommendedShards).compare(bound) > 0) return false;
            if (f.recommendedShards > f.shards && per(f.recommendedShards - 1).compare(bound) <= 0) return false;
            if (f.remedy === 'write-sharding' && f.risk === 'ok') return false;
          }
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });
});

describe('cost is monotonic in rate', () => {
  /** A table with a GSI and an LSI, reads and writes of every kind, at rate r (and peak 2r). */
  function atRate(r: number, itemBytes: number, billing: 'provisioned' | 'on-demand'): TableInput {
    return {
      name: 'Orders',
      billing,
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      attributes: { pk: { type: 'S', bytes: 20, cardinality: 1000 }, sk: { type: 'S', bytes: 20 }, status: { type: 'S', bytes: 8, cardinality: 4 }, body: { type: 'S', bytes: itemBytes } },
      itemCount: 100_000,
      loadProfile: { hourly: [1, 1, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 2, 2, 1, 1] },
      indexes: [
        { name: 'ByStatus', partitionKey: { name: 'status', type: 'S' }, projection: 'keys-only' },
        { name: 'ByBody', type: 'local', sortKey: { name: 'body', type: 'S' }, projection: 'all' },
      ],
      accessPatterns: [
        { name: 'put', operation: 'PutItem', rate: r, peak: 2 * r },
        { name: 'update', operation: 'UpdateItem', rate: r / 2, changesIndexKeys: ['ByStatus'] },
        { name: 'get', operation: 'GetItem', rate: 3 * r, peak: 6 * r, consistency: 'strong' },
        { name: 'query', operation: 'Query', index: 'ByStatus', rate: r, itemsPerCall: 50 },
        { name: 'lsi', operation: 'Query', index: 'ByBody', rate: r / 4, itemsPerCall: 10 },
        { name: 'tx', operation: 'TransactWriteItems', rate: r / 10, itemsPerCall: 3 },
      ],
    };
  }

  it('never costs less at a higher rate, in any class or mode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 8000 }),
        fc.constantFrom('provisioned' as const, 'on-demand' as const),
        (a, more, bytes, billing) => {
          const costs = [a, a + more].map((r) => plan(parsed(aSpec([atRate(r, bytes, billing)])), PRICES).tables[0]?.cost);
          const [low, high] = costs;
          if (!low || !high) return false;
          const modes = (c: ClassCost): number[] => [c.provisioned.totalUsd, c.onDemand.totalUsd, c.autoScaled?.totalUsd ?? 0];
          return [low.standard, low.standardIa].every((c, i) => modes(c).every((usd, j) => usd <= (modes(i === 0 ? high.standard : high.standardIa)[j] ?? 0) + 1e-9));
        },
      ),
      { numRuns: 60 },
    );
  });
});
