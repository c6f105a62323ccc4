import { capacityOf, ex, findingOf, onDemandUsd, P, patternOf, planFixture, provisionedUsd, ps, tableOf } from './helpers.js';

/**
 * fixtures/specs/iot.yaml, by hand.
 *
 * Item: device_id 9 + 16 = 25; ts 2 + 6 (1712345678: 17|12|34|56|78 → 5 + 1); temperature 11 + 3
 * (21.5: 21|50 → 2 + 1); humidity 8 + 2 (48); battery 7 + 2 (87); expires_at 10 + 6 → 25 + 8 + 14 + 10 + 9 + 16 = 82 B.
 */
const result = planFixture('iot.yaml');
const t = tableOf(result, 'SensorReadings');

describe('iot.yaml: time series with TTL and a stream', () => {
  it('prices batches item by item and long Queries in blocks', () => {
    expect(t.table.itemBytes).toBe(82);
    // ingest: 25 × ceil(82 / 1,024) = 25 WCU; 2,000/min = 100/3 calls/s, 4,000/min = 200/3.
    const ingest = patternOf(t, 'ingest');
    expect([ex(ingest.wcuPerCall), ...ps(ingest.wcu)]).toEqual(['25', '2500/3', '5000/3']);
    // latestReading: 82 B → 0.5 RCU; 200/s, 600/s.
    expect(ps(patternOf(t, 'latestReading').rcu)).toEqual(['100', '300']);
    // lastDay: 1,440 × 82 = 118,080 B → ceil(28.83) = 29 blocks × 0.5 = 14.5 RCU; 5/s.
    const day = patternOf(t, 'lastDay');
    expect([ex(day.rcuPerCall), day.reads?.bytesRead, ...ps(day.rcu)]).toEqual(['29/2', 118_080, '145/2', '145/2']);
  });

  it('recommends capacity and warns that the spec provisions less than the peak', () => {
    const c = capacityOf(t, 'SensorReadings');
    // Reads 100 + 72.5 = 172.5 / 300 + 72.5 = 372.5 → ceil(532.14) = 533, min ceil(246.43) = 247.
    expect([...ps(c.read.demand), c.read.recommendation.provisioned, c.read.recommendation.min]).toEqual(['345/2', '745/2', 533, 247]);
    // Writes 2,500/3 / 5,000/3 → ceil(2,380.95) = 2,381, min ceil(1,190.48) = 1,191.
    expect([c.write.recommendation.provisioned, c.write.recommendation.min]).toEqual([2381, 1191]);
    expect(t.warnings.map((w) => [w.path, w.message])).toEqual([
      ['/tables/0/capacity/write', 'table SensorReadings provisions 1,500 WCU, below the peak demand of 1,666.67 WCU/s: requests throttle once burst capacity runs out (§4)'],
    ]);
  });

  it('lets storage decide the partitions: 2,160,000,000 × (82 + 100) B', () => {
    const bytes = 2_160_000_000 * 182;
    expect(t.storage.totalBytes).toBe(bytes);
    const c = capacityOf(t, 'SensorReadings');
    // By size 393,120,000,000 / 10,737,418,240 = 36.61; by capacity 533 / 3,000 + 2,381 / 1,000 = 2.56 → 37.
    expect(c.partitions.estimate.bySize.toNumber()).toBeCloseTo(bytes / (10 * P.gb), 12);
    expect([c.partitions.estimate.partitions, c.partitions.forPeak]).toEqual([37, 37]);
  });

  it('costs the month: storage, paid stream reads, Standard-IA', () => {
    const gb = (2_160_000_000 * 182) / P.gb;
    // 20 GetRecords/s × 2,628,000 s = 52,560,000, less 2,500,000 free → 500.6 × $0.02.
    const streams = ((20 * P.seconds - P.streamsFree) / 100_000) * P.streamsPer100k;
    expect(t.cost.standard.streamsUsd).toBeCloseTo(streams, 9);
    expect(t.cost.standard.provisioned.totalUsd).toBeCloseTo(provisionedUsd(533, 2381) + gb * P.storageGb + streams, 6);
    expect(t.cost.standard.onDemand.totalUsd).toBeCloseTo(onDemandUsd(172.5, 2500 / 3) + gb * P.storageGb + streams, 6);
    expect(t.cost.standardIa.provisioned.totalUsd).toBeCloseTo(provisionedUsd(533, 2381, P.ia) + gb * P.iaStorageGb + streams, 6);
    expect(t.cost.cheapest).toMatchObject({ tableClass: 'standard', mode: 'provisioned' });
    // What the spec's own 400 RCU and 1,500 WCU cost, beside the plan (not a choice: it throttles at the peak).
    expect(t.cost.standard.asSpecified?.totalUsd).toBeCloseTo(provisionedUsd(400, 1500) + gb * P.storageGb + streams, 6);
  });

  it('has no hot device', () => {
    // ingest: 5,000/3 WCU/s ÷ 50,000 devices; lastDay: 72.5 RCU/s × 2 % on the favourite dashboard.
    expect(ex(findingOf(t, null, 'ingest', 'write').unitsPerSecond.peak)).toBe('1/30');
    expect(ex(findingOf(t, null, 'lastDay', 'read').unitsPerSecond.peak)).toBe('29/20');
    expect(t.hotKeys.every((h) => h.risk === 'ok')).toBe(true);
  });
});
