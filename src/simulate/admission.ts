import type { CapacityResource } from './capacity-resource.js';
import { READ_UNITS_PER_WRITE_UNIT, type Partition } from './partition-map.js';
import type { RequestSlots } from './request-slots.js';
import { LIMITS } from './throttle-reasons.js';
import { floor } from './intrinsics.js';

const LIMIT_KEY_RANGE = LIMITS.indexOf('keyRange');
const LIMIT_ALLOWANCE = LIMITS.indexOf('allowance');

/**
 * Admits or throttles attempts against every limit they meet (docs/simulate.md, "Admission"): the
 * partition's ceiling, then the budget of its table or index (provisioned capacity with its burst
 * reservoir, or the on-demand allowance), then, for a base write, each index the write touches —
 * the index partition, then the index budget (back-pressure, DYNAMODB-RULES.md §3). An attempt is
 * admitted only if all of them have room, and then takes from all; the first without room refuses
 * it, names the reason, and nothing is taken.
 */
export class Admission {
  /** After a refusal: the limit that refused, as an index into LIMITS. */
  limit = -1;
  /** After a refusal: the resource whose limit refused (0 the table, j + 1 index j). */
  resource = 0;
  private readonly indexCount: number;

  constructor(
    private readonly resources: readonly CapacityResource[],
    private readonly slots: RequestSlots,
    /** DYNAMODB-RULES.md §5's option: a partition's reads and writes share one budget (a read costs a third of a write unit). */
    private readonly combined: boolean,
  ) {
    this.indexCount = resources.length - 1;
  }

  /**
   * Tries one attempt of the request in `slot` at `nowMs` (milliseconds, in second `sec`). Returns
   * true when it is admitted, its units taken and consumed everywhere; false when it is throttled,
   * with `limit` and `resource` saying what refused it and the refusal recorded where the report
   * and the CloudWatch series look for it.
   */
  tryAdmit(slot: number, nowMs: number, sec: number): boolean {
    const sl = this.slots;
    const target = sl.target[slot] as number;
    const res = this.resources[target] as CapacityResource;
    const dim = sl.isWrite[slot] as 0 | 1;
    const units = sl.units[slot] as number;
    const p = res.partitions.lookup(sl.pos[slot] as number);
    // The partition's own ceiling first (a read in combined mode costs a third of a write unit).
    const shared = this.combined && dim === 0;
    const bucket = dim === 1 || shared ? p.write : p.read;
    const cost = shared ? units / READ_UNITS_PER_WRITE_UNIT : units;
    const pool = res.pools[dim];
    res.secondDemand[dim] = (res.secondDemand[dim] as number) + units;
    let limit = -1;
    let limitRes = target;
    let limitPartition: Partition = p;
    let limitKeyRef = sl.keyRef[slot] as number;
    if (!bucket.has(cost, nowMs)) limit = LIMIT_KEY_RANGE;
    else if (!pool.bucket.has(units, nowMs)) limit = LIMITS.indexOf(pool.limit());
    // A base write must also fit every index it touches (back-pressure, DYNAMODB-RULES.md §3).
    const n = this.indexCount;
    const baseWrite = dim === 1 && target === 0 && n > 0;
    if (limit < 0 && baseWrite) {
      for (let j = 0; j < n; j++) {
        const iu = sl.indexUnits[slot * n + j] as number;
        if (iu === 0) continue;
        const ires = this.resources[j + 1] as CapacityResource;
        const ip = ires.partitions.lookup(sl.indexPos[slot * n + j] as number);
        ires.secondDemand[1] = (ires.secondDemand[1] as number) + iu;
        if (!ip.write.has(iu, nowMs)) limit = LIMIT_KEY_RANGE;
        else if (!ires.pools[1].bucket.has(iu, nowMs)) limit = LIMITS.indexOf(ires.pools[1].limit());
        if (limit >= 0) {
          limitRes = j + 1;
          limitPartition = ip;
          limitKeyRef = sl.indexKeyRef[slot * n + j] as number;
          break;
        }
      }
    }
    if (limit >= 0) {
      this.refuse(slot, nowMs, limitRes, dim, limit, limitPartition, limitKeyRef);
      return false;
    }
    bucket.take(cost);
    pool.bucket.take(units);
    res.consume(p, dim, units, sl.pos[slot] as number, sec, nowMs);
    if (baseWrite) {
      for (let j = 0; j < n; j++) {
        const iu = sl.indexUnits[slot * n + j] as number;
        if (iu === 0) continue;
        const ires = this.resources[j + 1] as CapacityResource;
        const ipos = sl.indexPos[slot * n + j] as number;
        const ip = ires.partitions.lookup(ipos);
        ip.write.take(iu);
        ires.pools[1].bucket.take(iu);
        ires.consume(ip, 1, iu, ipos, sec, nowMs);
      }
    }
    return true;
  }

  /** Records a refusal: the throttle event on the refusing resource, the throttled request on its target, and what the partition or the on-demand allowance needs to know of it. */
  private refuse(slot: number, nowMs: number, resIndex: number, dim: 0 | 1, limit: number, partition: Partition, keyRef: number): void {
    const sl = this.slots;
    const target = sl.target[slot] as number;
    this.limit = limit;
    this.resource = resIndex;
    const minute = floor(nowMs / 60_000);
    const res = this.resources[resIndex] as CapacityResource;
    res.series.throttleEvents[dim][limit]?.add(minute, 1);
    (this.resources[target] as CapacityResource).series.throttledRequests.add(minute, 1);
    // Which keys a partition throttles names the hot key in the report; the shard only on the target's own key.
    if (limit === LIMIT_KEY_RANGE) partition.throttledKeys.add(keyRef, resIndex === target ? (sl.shard[slot] as number) : 0);
    // A throttle by the on-demand allowance keeps this second's traffic from becoming a new peak.
    else if (limit === LIMIT_ALLOWANCE) res.secondAllowanceThrottled[dim] = true;
  }
}
