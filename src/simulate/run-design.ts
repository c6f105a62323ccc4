import { PARTITION_MAX_RCU, PARTITION_MAX_WCU } from '../calculators/limits.js';
import { nextArrivalMs } from './arrivals.js';
import { CapacityResource } from './capacity-resource.js';
import { Engine, type EventHandler } from './engine.js';
import { KeyHasher } from './hash.js';
import { LatencyHistogram } from './latency-histogram.js';
import { Timeline } from './metrics.js';
import type { Partition } from './partition-map.js';
import type { RandomStream, RandomStreams } from './random.js';
import { RequestSlots } from './request-slots.js';
import { attemptUnits, emptyReadUnits, indexWriteUnits } from './request-units.js';
import { backoffDelayMs, RetryQuota } from './retry.js';
import { isWriteOperation, MAX_WORKLOADS, OPERATIONS, type DesignSettings, type Operation, type Scenario } from './scenario.js';
import { chooseSplit } from './split-for-heat.js';
import { LIMITS, type LimitKind } from './throttle-reasons.js';
import { computeShardLayouts, type ShardLayout } from './shard-layout.js';
import { WorkloadRuntime } from './workload-runtime.js';
import type { U64 } from './uint64.js';
import { ceil, floor, imul, max, min, INFINITY } from './intrinsics.js';

// Request-lane event kinds.
const EV_ARRIVAL = 1;
const EV_RETRY = 2;
// Control-lane event kinds.
const CT_PHASE = 1;
const CT_SECOND = 2;
const CT_MINUTE = 3;
const CT_APPLY_UPDATE = 4;

const LIMIT_KEY_RANGE = LIMITS.indexOf('keyRange');
/** 1 for each write operation, by index into OPERATIONS. */
const WRITE_OPERATION = Uint8Array.from(OPERATIONS, (op) => (isWriteOperation(op) ? 1 : 0));
const LIMIT_ALLOWANCE = LIMITS.indexOf('allowance');
/** A partition serves 3 read units for each write unit it could serve instead (3,000 RCU vs 1,000 WCU). */
const READ_UNITS_PER_WRITE_UNIT = PARTITION_MAX_RCU / PARTITION_MAX_WCU;

/** Counters of a design run, totals or per workload entry. */
export interface RequestCounts {
  /** Application requests (first attempts of logical requests). */
  offered: number;
  succeeded: number;
  failed: number;
  /** Attempts, retries and fan-out requests included. */
  attempts: number;
  throttled: number;
}

/** Throttled attempts of one (resource, dimension, limit). */
export interface ThrottleCount {
  readonly resource: number;
  readonly dimension: 0 | 1;
  readonly limit: LimitKind;
  readonly count: number;
}

/** What one design's run produced: counters, series and the final state of its resources. */
export interface DesignRunResult {
  readonly design: DesignSettings;
  readonly totals: RequestCounts;
  readonly perWorkload: readonly RequestCounts[];
  /** Logical reads of the table, the requests they were sent as (fan-out included, retries not), and the units they consumed. */
  readonly reads: { readonly logical: number; readonly requests: number; readonly unitsConsumed: number };
  readonly latency: LatencyHistogram;
  readonly firstThrottleMs: number | null;
  readonly throttles: readonly ThrottleCount[];
  readonly timeline: Timeline;
  readonly resources: readonly CapacityResource[];
  readonly shardLayouts: readonly ShardLayout[];
  /** Checksum of the logical arrivals (second, entry, key): equal across designs of one run. */
  readonly arrivalsChecksum: string;
  /** When the last request finished, in milliseconds (after the end when retries drain). */
  readonly endMs: number;
  /** Labels a key reference of resource `resource` for reports. */
  keyLabel(resource: number, keyRef: number, shard: number): string;
}

/** Options of a design run. */
export interface RunOptions {
  /** Called now and then with the fraction of simulated time done. */
  readonly onProgress?: (fraction: number) => void;
}


/**
 * The exact engine lane for one key design: every request and every retry is an event; token
 * buckets are brought up to date in closed form at each event; phases, seconds, minutes, auto
 * scaling and splits are control events. Results stream into counters and fixed-size histograms.
 */
export class DesignRun implements EventHandler {
  private readonly engine = new Engine();
  private readonly hasher: KeyHasher;
  private readonly resources: CapacityResource[];
  private readonly workloads: WorkloadRuntime[];
  private readonly slots: RequestSlots;
  private readonly jitter: RandomStream;
  private readonly quotas: RetryQuota[];
  private readonly timeline: Timeline;
  private readonly latency = new LatencyHistogram();
  private readonly perWorkload: RequestCounts[];
  private readonly throttleCounts: Float64Array;
  private readonly reads = { logical: 0, requests: 0, unitsConsumed: 0 };
  private readonly indexCount: number;
  private readonly combined: boolean;
  private readonly scratch: U64 = { hi: 0, lo: 0 };
  private readonly shardLayouts: ShardLayout[];
  private firstThrottleMs = INFINITY;
  private checksum = 0x811c9dc5;
  private nextClient = 0;
  private endMs = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly design: DesignSettings,
    streams: RandomStreams,
  ) {
    const salt = streams.stream('hash-salt');
    this.hasher = new KeyHasher(salt.nextUint32(), salt.nextUint32());
    const { table, model } = scenario;
    this.resources = [new CapacityResource('table', table, model), ...table.indexes.map((ix) => new CapacityResource('index', ix, model))];
    this.indexCount = table.indexes.length;
    this.workloads = scenario.workloads.map((w, i) => new WorkloadRuntime(i, w, table.indexes, this.hasher, streams));
    this.slots = new RequestSlots(this.indexCount);
    this.jitter = streams.stream('jitter');
    const quota = scenario.client.retry.quota;
    this.quotas = quota ? Array.from({ length: scenario.client.instances }, () => new RetryQuota(quota)) : [];
    this.timeline = new Timeline(ceil(scenario.durationMs / 1000));
    this.perWorkload = scenario.workloads.map(() => ({ offered: 0, succeeded: 0, failed: 0, attempts: 0, throttled: 0 }));
    this.throttleCounts = new Float64Array(this.resources.length * 2 * LIMITS.length);
    this.combined = model.combinedPartitionLimit;
    this.shardLayouts = design.shards > 1 ? computeShardLayouts(this.workloads, this.resources[0] as CapacityResource, this.hasher, design.shards) : [];
  }

  /** Runs the scenario for this design and returns its results. */
  run(options: RunOptions = {}): DesignRunResult {
    const { engine, scenario } = this;
    const d = scenario.durationMs;
    this.workloads.forEach((w) => engine.scheduleControl(w.settings.startMs, CT_PHASE, w.index));
    if (d >= 1000) engine.scheduleControl(1000, CT_SECOND, 1);
    if (d >= 60_000) engine.scheduleControl(60_000, CT_MINUTE, 1);
    engine.run(this, d, options.onProgress ? (now) => options.onProgress?.(min(1, now / d)) : undefined);
    this.finishMinutes();
    return this.result();
  }

  onControl(kind: number, arg: number, nowMs: number): void {
    switch (kind) {
      case CT_PHASE:
        this.startPhase(arg, nowMs);
        break;
      case CT_SECOND:
        this.onSecond(arg, nowMs);
        if ((arg + 1) * 1000 <= this.scenario.durationMs) this.engine.scheduleControl((arg + 1) * 1000, CT_SECOND, arg + 1);
        break;
      case CT_MINUTE:
        this.onMinute(arg, nowMs);
        if ((arg + 1) * 60_000 <= this.scenario.durationMs) this.engine.scheduleControl((arg + 1) * 60_000, CT_MINUTE, arg + 1);
        break;
      case CT_APPLY_UPDATE:
        this.applyUpdate(arg, nowMs);
        break;
    }
  }

  onRequest(kind: number, arg: number, nowMs: number): void {
    if (kind === EV_ARRIVAL) this.arrive(arg, nowMs);
    else this.attempt(arg, nowMs);
  }

  // ---- arrivals -------------------------------------------------------------------------------

  private startPhase(w: number, nowMs: number): void {
    const rt = this.workloads[w] as WorkloadRuntime;
    const first = rt.phase ? nextArrivalMs(rt.phase, nowMs, rt.arrivals) : this.traceTime(rt, 0);
    if (first < INFINITY) this.engine.scheduleRequest(first, EV_ARRIVAL, w);
  }

  private traceTime(rt: WorkloadRuntime, i: number): number {
    const s = rt.settings;
    if (s.kind !== 'trace' || i >= s.trace.count) return INFINITY;
    const t = s.startMs + (s.trace.timesMs[i] as number);
    return t < this.scenario.durationMs ? t : INFINITY;
  }

  private arrive(w: number, nowMs: number): void {
    const rt = this.workloads[w] as WorkloadRuntime;
    const s = rt.settings;
    let opIndex: number;
    let keyId: number;
    let bytes: number;
    if (s.kind === 'trace') {
      const i = rt.traceNext++;
      opIndex = s.trace.operations[i] as number;
      keyId = s.trace.keyIds[i] as number;
      bytes = s.trace.bytes[i] as number;
      const next = this.traceTime(rt, rt.traceNext);
      if (next < INFINITY) this.engine.scheduleRequest(next, EV_ARRIVAL, w);
    } else {
      opIndex = rt.operationIndex;
      keyId = (rt.sampler as NonNullable<typeof rt.sampler>).sample(rt.keys);
      bytes = s.sizes.length === 1 ? (s.sizes[0] as { bytes: number }).bytes : drawSize(s.sizes, rt.sizes);
      const next = nextArrivalMs(rt.phase as NonNullable<typeof rt.phase>, nowMs, rt.arrivals);
      if (next < INFINITY) this.engine.scheduleRequest(next, EV_ARRIVAL, w);
    }
    const sec = floor(nowMs / 1000);
    (this.perWorkload[w] as RequestCounts).offered++;
    bump(this.timeline.offered, sec);
    this.checksum = mixChecksum(this.checksum, sec, w, keyId, opIndex);
    const client = this.nextClient;
    this.nextClient = (client + 1) % this.scenario.client.instances;
    const op = OPERATIONS[opIndex] as Operation;
    const write = WRITE_OPERATION[opIndex] === 1;
    const keyRef = keyId * MAX_WORKLOADS + w;
    const hash = rt.hashes.hash(keyId, this.scratch);
    const consistency = s.consistency;
    const units = rt.units(opIndex, bytes);
    const { shards, suffix } = this.design;
    if (write) {
      const shard = shards === 1 ? 0 : 1 + (suffix === 'random' ? rt.sharding.nextInt(shards) : rt.items.nextInt(shards));
      const slot = this.newSlot(nowMs, w, client, -1, this.hasher.position(hash, shard), units, keyRef, shard, 0, true);
      this.drawIndexWrites(rt, slot, bytes);
      this.attempt(slot, nowMs);
      return;
    }
    if (rt.target === 0) this.reads.logical++;
    if (rt.target !== 0 || shards === 1) {
      if (rt.target === 0) this.reads.requests++;
      this.attempt(this.newSlot(nowMs, w, client, -1, this.hasher.position(hash, 0), units, keyRef, 0, rt.target, false), nowMs);
      return;
    }
    const query = op === 'Query';
    if (!query && suffix === 'calculated') {
      // A calculated suffix is computed from the item, so a point read knows its shard.
      const shard = 1 + rt.items.nextInt(shards);
      this.reads.requests++;
      this.attempt(this.newSlot(nowMs, w, client, -1, this.hasher.position(hash, shard), units, keyRef, shard, 0, false), nowMs);
      return;
    }
    // Scatter-gather: one request per shard; a point read finds the item in one of them and pays
    // the minimum in the others, a Query reads its share of the items from each.
    const holder = query ? 0 : 1 + rt.sharding.nextInt(shards);
    const perShardUnits = query ? attemptUnits(op, bytes, consistency, ceil(rt.itemsPerCall / shards)) : emptyReadUnits(op, consistency);
    const parent = this.newSlot(nowMs, w, client, -1, 0, 0, keyRef, 0, 0, false);
    this.slots.pending[parent] = shards;
    this.reads.requests += shards;
    const children: number[] = [];
    for (let shard = 1; shard <= shards; shard++) {
      const u = shard === holder ? units : perShardUnits;
      children.push(this.newSlot(nowMs, w, client, parent, this.hasher.position(hash, shard), u, keyRef, shard, 0, false));
    }
    for (const child of children) this.attempt(child, nowMs);
  }

  private newSlot(nowMs: number, w: number, client: number, parent: number, pos: number, units: number, keyRef: number, shard: number, target: number, write: boolean): number {
    const sl = this.slots;
    const slot = sl.alloc();
    sl.startMs[slot] = nowMs;
    sl.pos[slot] = pos;
    sl.units[slot] = units;
    sl.keyRef[slot] = keyRef;
    sl.shard[slot] = shard;
    sl.target[slot] = target;
    sl.isWrite[slot] = write ? 1 : 0;
    sl.attempt[slot] = 0;
    sl.retried[slot] = 0;
    sl.workload[slot] = w;
    sl.client[slot] = client;
    sl.parent[slot] = parent;
    sl.pending[slot] = 0;
    sl.failed[slot] = 0;
    sl.doneMs[slot] = nowMs;
    return slot;
  }

  private drawIndexWrites(rt: WorkloadRuntime, slot: number, bytes: number): void {
    const n = this.indexCount;
    const sl = this.slots;
    for (let j = 0; j < n; j++) {
      const ix = this.scenario.table.indexes[j] as (typeof this.scenario.table.indexes)[number];
      const keys = rt.indexKeys[j] as (typeof rt.indexKeys)[number];
      const at = slot * n + j;
      if (ix.coverage < 1 && keys.coverage.nextFloat() >= ix.coverage) {
        sl.indexUnits[at] = 0;
        continue;
      }
      const id = keys.sampler.sample(keys.keys);
      sl.indexUnits[at] = indexWriteUnits(ix.entryBytes ?? bytes);
      sl.indexPos[at] = this.hasher.position(keys.hashes.hash(id, this.scratch), 0);
      sl.indexKeyRef[at] = id;
    }
  }

  // ---- admission ------------------------------------------------------------------------------

  /** One attempt of the request in `slot` at `nowMs`: admitted whole by every limit it meets, or throttled by the first that refuses. */
  private attempt(slot: number, nowMs: number): void {
    const sl = this.slots;
    const target = sl.target[slot] as number;
    const res = this.resources[target] as CapacityResource;
    const dim = sl.isWrite[slot] as 0 | 1;
    const units = sl.units[slot] as number;
    const p = res.partitions.lookup(sl.pos[slot] as number);
    const sec = floor(nowMs / 1000);
    (this.perWorkload[sl.workload[slot] as number] as RequestCounts).attempts++;
    bump(this.timeline.attempts, sec);
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
    if (limit < 0 && dim === 1 && target === 0 && n > 0) {
      for (let j = 0; j < n; j++) {
        const iu = sl.indexUnits[slot * n + j] as number;
        if (iu === 0) continue;
        const ires = this.resources[j + 1] as CapacityResource;
        const ip = ires.partitions.lookup(sl.indexPos[slot * n + j] as number);
        ires.secondDemand[1] = (ires.secondDemand[1] as number) + iu;
        let l = -1;
        if (!ip.write.has(iu, nowMs)) l = LIMIT_KEY_RANGE;
        else if (!ires.pools[1].bucket.has(iu, nowMs)) l = LIMITS.indexOf(ires.pools[1].limit());
        if (l >= 0) {
          limit = l;
          limitRes = j + 1;
          limitPartition = ip;
          limitKeyRef = sl.indexKeyRef[slot * n + j] as number;
          break;
        }
      }
    }
    if (limit >= 0) {
      this.throttle(slot, nowMs, sec, limitRes, dim, limit, limitPartition, limitKeyRef);
      return;
    }
    bucket.take(cost);
    pool.bucket.take(units);
    this.consume(res, p, dim, units, sl.pos[slot] as number, sec, nowMs);
    if (dim === 0 && target === 0) this.reads.unitsConsumed += units;
    if (dim === 1 && target === 0) {
      for (let j = 0; j < n; j++) {
        const iu = sl.indexUnits[slot * n + j] as number;
        if (iu === 0) continue;
        const ires = this.resources[j + 1] as CapacityResource;
        const ipos = sl.indexPos[slot * n + j] as number;
        const ip = ires.partitions.lookup(ipos);
        ip.write.take(iu);
        ires.pools[1].bucket.take(iu);
        this.consume(ires, ip, 1, iu, ipos, sec, nowMs);
      }
    }
    if (this.quotas.length > 0) (this.quotas[sl.client[slot] as number] as RetryQuota).recordSuccess(sl.retried[slot] === 1);
    this.complete(slot, true, nowMs + this.scenario.client.attemptLatencyMs);
  }

  private consume(res: CapacityResource, p: Partition, dim: 0 | 1, units: number, pos: number, sec: number, nowMs: number): void {
    if (p.touchedSecond !== sec) {
      p.touchedSecond = sec;
      p.secondReadUnits = 0;
      p.secondWriteUnits = 0;
      res.touched.push(p);
    }
    if (dim === 1) {
      p.secondWriteUnits += units;
      p.consumedWriteUnits += units;
    } else {
      p.secondReadUnits += units;
      p.consumedReadUnits += units;
    }
    // Which keys make a partition hot matters only once it is hot: skip the bookkeeping before.
    if (p.hotSeconds > 0) p.heat.record(pos, dim === 1 ? units : units / READ_UNITS_PER_WRITE_UNIT, p.lo, p.hi);
    res.secondConsumed[dim] = (res.secondConsumed[dim] as number) + units;
    res.series.consumed[dim].add(floor(nowMs / 60_000), units);
  }

  private throttle(slot: number, nowMs: number, sec: number, resIndex: number, dim: 0 | 1, limit: number, partition: Partition, keyRef: number): void {
    const sl = this.slots;
    (this.perWorkload[sl.workload[slot] as number] as RequestCounts).throttled++;
    bump(this.timeline.throttled, sec);
    if (nowMs < this.firstThrottleMs) this.firstThrottleMs = nowMs;
    const at = (resIndex * 2 + dim) * LIMITS.length + limit;
    this.throttleCounts[at] = (this.throttleCounts[at] as number) + 1;
    const minute = floor(nowMs / 60_000);
    const res = this.resources[resIndex] as CapacityResource;
    res.series.throttleEvents[dim][limit]?.add(minute, 1);
    (this.resources[sl.target[slot] as number] as CapacityResource).series.throttledRequests.add(minute, 1);
    if (limit === LIMIT_KEY_RANGE) partition.throttledKeys.add(keyRef, resIndex === sl.target[slot] ? (sl.shard[slot] as number) : 0);
    else if (limit === LIMIT_ALLOWANCE) res.secondAllowanceThrottled[dim] = true;
    // The client's retry policy decides what happens next (DYNAMODB-RULES.md §8).
    const policy = this.scenario.client.retry;
    const attempt = sl.attempt[slot] as number;
    const done = nowMs + this.scenario.client.attemptLatencyMs;
    if (attempt + 1 >= policy.maxAttempts || (this.quotas.length > 0 && !(this.quotas[sl.client[slot] as number] as RetryQuota).acquireRetry())) {
      this.complete(slot, false, done);
      return;
    }
    sl.attempt[slot] = attempt + 1;
    sl.retried[slot] = 1;
    const delay = backoffDelayMs(policy, attempt, policy.jitter === 'full' ? this.jitter.nextFloat() : 0);
    this.engine.scheduleRequest(done + delay, EV_RETRY, slot);
  }

  private complete(slot: number, ok: boolean, doneMs: number): void {
    const sl = this.slots;
    const parent = sl.parent[slot] as number;
    if (parent < 0) {
      this.finish(slot, ok, doneMs);
      return;
    }
    sl.release(slot);
    if (!ok) sl.failed[parent] = 1;
    if (doneMs > (sl.doneMs[parent] as number)) sl.doneMs[parent] = doneMs;
    sl.pending[parent] = (sl.pending[parent] as number) - 1;
    if (sl.pending[parent] === 0) this.finish(parent, sl.failed[parent] === 0, sl.doneMs[parent] as number);
  }

  private finish(slot: number, ok: boolean, doneMs: number): void {
    const sl = this.slots;
    this.latency.record(doneMs - (sl.startMs[slot] as number));
    const counts = this.perWorkload[sl.workload[slot] as number] as RequestCounts;
    const sec = floor(doneMs / 1000);
    if (ok) {
      counts.succeeded++;
      bump(this.timeline.succeeded, sec);
    } else {
      counts.failed++;
      bump(this.timeline.failed, sec);
    }
    if (doneMs > this.endMs) this.endMs = doneMs;
    sl.release(slot);
  }

  // ---- control events -------------------------------------------------------------------------

  /** End of second `second − 1`: split-for-heat bookkeeping and on-demand allowances. */
  private onSecond(second: number, nowMs: number): void {
    const finished = second - 1;
    const model = this.scenario.model;
    for (const res of this.resources) {
      if (model.splitForHeat) this.checkHeat(res, finished, nowMs);
      else res.touched = [];
      let changed = false;
      for (const dim of [0, 1] as const) {
        const od = res.onDemand[dim];
        if (od && od.tick(res.secondDemand[dim] as number, res.secondConsumed[dim] as number, res.secondAllowanceThrottled[dim] as boolean, nowMs)) changed = true;
        res.secondDemand[dim] = 0;
        res.secondConsumed[dim] = 0;
        res.secondAllowanceThrottled[dim] = false;
      }
      if (changed) res.fitPartitionsToCapacity(nowMs);
    }
  }

  private checkHeat(res: CapacityResource, second: number, nowMs: number): void {
    const model = this.scenario.model;
    const threshold = model.splitForHeatUtilization;
    const hot: Partition[] = [];
    for (const p of res.touched) {
      const util = this.combined ? p.secondReadUnits / PARTITION_MAX_RCU + p.secondWriteUnits / PARTITION_MAX_WCU : max(p.secondReadUnits / PARTITION_MAX_RCU, p.secondWriteUnits / PARTITION_MAX_WCU);
      if (util >= threshold) {
        p.hotSeconds++;
        hot.push(p);
      } else {
        p.hotSeconds = 0;
        p.heat.reset();
      }
    }
    // A partition hot last second but quiet in this one has cooled down.
    for (const p of res.hot) {
      if (p.touchedSecond !== second) {
        p.hotSeconds = 0;
        p.heat.reset();
      }
    }
    res.touched = [];
    res.hot = [];
    for (const p of hot) {
      if (p.hotSeconds < model.splitForHeatSeconds) {
        res.hot.push(p);
        continue;
      }
      const decision = chooseSplit(p.heat, p.lo, p.hi);
      if ('boundary' in decision) {
        res.partitions.split(p, decision.boundary, nowMs, 'heat');
      } else {
        if (decision.refused === 'single-key' && !res.refusedSplits.has(p.id)) res.refusedSplits.set(p.id, nowMs);
        p.hotSeconds = 0;
        p.heat.reset();
      }
    }
  }

  /** End of minute `minute − 1`: CloudWatch data points, and auto scaling's decisions on them. */
  private onMinute(minute: number, nowMs: number): void {
    const m = minute - 1;
    this.resources.forEach((res, r) => {
      this.snapshot(res, m, nowMs);
      const decisions: [number, number] = [NaN, NaN];
      for (const dim of [0, 1] as const) {
        const scaler = res.scalers[dim];
        if (!scaler) continue;
        const capacity = res.capacity(dim);
        const decision = scaler.onMinute(res.series.consumed[dim].get(m), capacity, res.pendingUpdate !== null, res.decreases, nowMs);
        if (!decision) continue;
        const record = { issuedMs: nowMs, appliedMs: null, dimension: dim === 0 ? 'read' : 'write', fromUnits: capacity, toUnits: decision.toUnits, action: decision.action } as const;
        if (decision.action === 'blocked') {
          const last = res.scaling[res.scaling.length - 1];
          if (!(last?.action === 'blocked' && last.dimension === record.dimension)) res.scaling.push(record);
          continue;
        }
        decisions[dim] = decision.toUnits;
        res.pendingRecords.push(record);
      }
      if (!Number.isNaN(decisions[0]) || !Number.isNaN(decisions[1])) {
        res.pendingUpdate = decisions;
        this.engine.scheduleControl(nowMs + this.scenario.model.updateTableSeconds * 1000, CT_APPLY_UPDATE, r);
      }
    });
  }

  private applyUpdate(r: number, nowMs: number): void {
    const res = this.resources[r] as CapacityResource;
    const update = res.pendingUpdate;
    if (!update) return;
    for (const dim of [0, 1] as const) {
      const to = update[dim];
      if (Number.isNaN(to)) continue;
      res.provisioned[dim]?.setCapacity(to, nowMs);
      res.scalers[dim]?.restart();
    }
    for (const record of res.pendingRecords) res.scaling.push({ ...record, appliedMs: nowMs });
    res.pendingRecords = [];
    res.pendingUpdate = null;
    res.fitPartitionsToCapacity(nowMs);
  }

  private snapshot(res: CapacityResource, minute: number, nowMs: number): void {
    for (const dim of [0, 1] as const) {
      res.series.capacity[dim].set(minute, res.capacity(dim));
      const pool = res.provisioned[dim];
      res.series.reservoir[dim].set(minute, pool ? pool.reservoirUnits(nowMs) : 0);
    }
    res.series.partitions.set(minute, res.partitions.count);
  }

  /** Closes the minutes after the last minute tick (a partial last minute, and retries draining after the end). */
  private finishMinutes(): void {
    const lastTick = floor(this.scenario.durationMs / 60_000);
    for (const res of this.resources) {
      let minutes = max(res.series.consumed[0].length, res.series.consumed[1].length, res.series.throttledRequests.length);
      for (const s of res.series.throttleEvents.flat()) minutes = max(minutes, s.length);
      for (let m = lastTick; m < max(minutes, ceil(this.scenario.durationMs / 60_000)); m++) this.snapshot(res, m, max(this.engine.nowMs, (m + 1) * 60_000));
    }
  }

  private result(): DesignRunResult {
    const throttles: ThrottleCount[] = [];
    this.resources.forEach((_, r) => {
      for (const dim of [0, 1] as const) {
        LIMITS.forEach((limit, l) => {
          const count = this.throttleCounts[(r * 2 + dim) * LIMITS.length + l] as number;
          if (count > 0) throttles.push({ resource: r, dimension: dim, limit, count });
        });
      }
    });
    const workloads = this.workloads;
    return {
      design: this.design,
      totals: sumCounts(this.perWorkload),
      perWorkload: this.perWorkload,
      reads: this.reads,
      latency: this.latency,
      firstThrottleMs: this.firstThrottleMs === INFINITY ? null : this.firstThrottleMs,
      throttles,
      timeline: this.timeline,
      resources: this.resources,
      shardLayouts: this.shardLayouts,
      arrivalsChecksum: (this.checksum >>> 0).toString(16).padStart(8, '0'),
      endMs: max(this.endMs, this.scenario.durationMs),
      keyLabel(resource, keyRef, shard) {
        if (resource > 0) {
          const rt = workloads[0];
          const keys = rt?.indexKeys[resource - 1];
          return keys?.sampler.name(keyRef) ?? `key${keyRef}`;
        }
        const w = keyRef % MAX_WORKLOADS;
        const id = floor(keyRef / MAX_WORKLOADS);
        const label = workloads[w]?.keyLabel(id) ?? `key${id}`;
        return shard > 0 ? `${label}#${shard}` : label;
      },
    };
  }
}

/** Adds up the counters of the workload entries: the design's totals. */
function sumCounts(counts: readonly RequestCounts[]): RequestCounts {
  const sum: RequestCounts = { offered: 0, succeeded: 0, failed: 0, attempts: 0, throttled: 0 };
  for (const c of counts) {
    sum.offered += c.offered;
    sum.succeeded += c.succeeded;
    sum.failed += c.failed;
    sum.attempts += c.attempts;
    sum.throttled += c.throttled;
  }
  return sum;
}

/** Counts one in second `sec` of a timeline series (events after the end are not in the timeline). */
function bump(series: Float64Array, sec: number): void {
  if (sec < series.length) series[sec] = (series[sec] as number) + 1;
}

function drawSize(sizes: readonly { bytes: number; share: number }[], rng: RandomStream): number {
  let u = rng.nextFloat();
  for (const s of sizes) {
    if (u < s.share) return s.bytes;
    u -= s.share;
  }
  return (sizes[sizes.length - 1] as { bytes: number }).bytes;
}

/** Folds one logical arrival into a 32-bit FNV-1a style checksum. */
function mixChecksum(h: number, second: number, workload: number, keyId: number, op: number): number {
  let x = imul(h ^ second, 0x01000193);
  x = imul(x ^ workload, 0x01000193);
  x = imul(x ^ (keyId >>> 0), 0x01000193);
  x = imul(x ^ floor(keyId / 0x1_0000_0000), 0x01000193);
  return imul(x ^ op, 0x01000193);
}
