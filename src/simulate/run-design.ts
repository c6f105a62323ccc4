import { Admission } from './admission.js';
import { nextArrivalMs } from './arrivals.js';
import { CapacityResource } from './capacity-resource.js';
import { ClientRetries, GIVE_UP } from './client-retries.js';
import { DesignMetrics, type ReadCounts, type RequestCounts, type ThrottleCount } from './design-metrics.js';
import { Engine, type EventHandler } from './engine.js';
import { KeyHasher } from './hash.js';
import type { LatencyHistogram } from './latency-histogram.js';
import type { Timeline } from './metrics.js';
import type { RandomStream, RandomStreams } from './random.js';
import { RequestSlots } from './request-slots.js';
import { attemptUnits, emptyReadUnits, indexWriteUnits } from './request-units.js';
import { isWriteOperation, MAX_WORKLOADS, OPERATIONS, type DesignSettings, type Operation, type Scenario } from './scenario.js';
import { computeShardLayouts, type ShardLayout } from './shard-layout.js';
import { WorkloadRuntime } from './workload-runtime.js';
import type { U64 } from './uint64.js';
import { ceil, floor, min, INFINITY } from './intrinsics.js';

// Request-lane event kinds.
const EV_ARRIVAL = 1;
const EV_RETRY = 2;
// Control-lane event kinds.
const CT_PHASE = 1;
const CT_SECOND = 2;
const CT_MINUTE = 3;
const CT_APPLY_UPDATE = 4;

/** 1 for each write operation, by index into OPERATIONS. */
const WRITE_OPERATION = Uint8Array.from(OPERATIONS, (op) => (isWriteOperation(op) ? 1 : 0));

/** What one design's run produced: counters, series and the final state of its resources. */
export interface DesignRunResult {
  readonly design: DesignSettings;
  readonly totals: RequestCounts;
  readonly perWorkload: readonly RequestCounts[];
  /** Logical reads of the table, the requests they were sent as (fan-out included, retries not), and the units they consumed. */
  readonly reads: Readonly<ReadCounts>;
  readonly latency: LatencyHistogram;
  /** Time of the first throttled attempt in milliseconds, or null. */
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
 * scaling and splits are control events. The run generates the requests as the design sends them
 * and follows each to its outcome; what admits them is Admission, what retries them
 * ClientRetries, what the resources do each second and minute CapacityResource, and what is
 * counted DesignMetrics.
 */
export class DesignRun implements EventHandler {
  private readonly engine = new Engine();
  private readonly hasher: KeyHasher;
  private readonly resources: CapacityResource[];
  private readonly workloads: WorkloadRuntime[];
  private readonly slots: RequestSlots;
  private readonly admission: Admission;
  private readonly retries: ClientRetries;
  private readonly metrics: DesignMetrics;
  private readonly indexCount: number;
  private readonly scratch: U64 = { hi: 0, lo: 0 };
  private readonly shardLayouts: ShardLayout[];
  private nextClient = 0;

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
    this.admission = new Admission(this.resources, this.slots, model.combinedPartitionLimit);
    this.retries = new ClientRetries(scenario.client.retry, scenario.client.instances, streams.stream('jitter'));
    this.metrics = new DesignMetrics(scenario.workloads.length, this.resources.length, scenario.durationMs);
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
    for (const res of this.resources) res.closeMinutes(d, engine.nowMs);
    return this.result();
  }

  onControl(kind: number, arg: number, nowMs: number): void {
    switch (kind) {
      case CT_PHASE:
        this.startPhase(arg, nowMs);
        break;
      case CT_SECOND:
        // The tick at the end of second `arg − 1`.
        for (const res of this.resources) res.endSecond(arg - 1, nowMs);
        if ((arg + 1) * 1000 <= this.scenario.durationMs) this.engine.scheduleControl((arg + 1) * 1000, CT_SECOND, arg + 1);
        break;
      case CT_MINUTE:
        // The tick at the end of minute `arg − 1`; an UpdateTable auto scaling issues applies later.
        this.resources.forEach((res, r) => {
          if (res.endMinute(arg - 1, nowMs)) this.engine.scheduleControl(nowMs + this.scenario.model.updateTableSeconds * 1000, CT_APPLY_UPDATE, r);
        });
        if ((arg + 1) * 60_000 <= this.scenario.durationMs) this.engine.scheduleControl((arg + 1) * 60_000, CT_MINUTE, arg + 1);
        break;
      case CT_APPLY_UPDATE:
        (this.resources[arg] as CapacityResource).applyUpdate(nowMs);
        break;
    }
  }

  onRequest(kind: number, arg: number, nowMs: number): void {
    if (kind === EV_ARRIVAL) this.arrive(arg, nowMs);
    else this.attempt(arg, nowMs);
  }

  // ---- arrivals -------------------------------------------------------------------------------

  /** Schedules the first arrival of workload entry `w`, whose phase starts at `nowMs`. */
  private startPhase(w: number, nowMs: number): void {
    const rt = this.workloads[w] as WorkloadRuntime;
    const first = rt.phase ? nextArrivalMs(rt.phase, nowMs, rt.arrivals) : this.traceTime(rt, 0);
    if (first < INFINITY) this.engine.scheduleRequest(first, EV_ARRIVAL, w);
  }

  /** Returns when request `i` of a trace entry arrives, in milliseconds, or Infinity when there is none before the end. */
  private traceTime(rt: WorkloadRuntime, i: number): number {
    const s = rt.settings;
    if (s.kind !== 'trace' || i >= s.trace.count) return INFINITY;
    const t = s.startMs + (s.trace.timesMs[i] as number);
    return t < this.scenario.durationMs ? t : INFINITY;
  }

  /**
   * An application request of workload entry `w` arrives at `nowMs`: draws its key, size and
   * operation (or reads them from the trace), schedules the next arrival, and sends it as the
   * design writes and reads keys — one attempt, or one per shard for a scatter-gather read.
   */
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
    this.metrics.offered(w, floor(nowMs / 1000), keyId, opIndex);
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
    const reads = this.metrics.reads;
    if (rt.target === 0) reads.logical++;
    if (rt.target !== 0 || shards === 1) {
      if (rt.target === 0) reads.requests++;
      this.attempt(this.newSlot(nowMs, w, client, -1, this.hasher.position(hash, 0), units, keyRef, 0, rt.target, false), nowMs);
      return;
    }
    const query = op === 'Query';
    if (!query && suffix === 'calculated') {
      // A calculated suffix is computed from the item, so a point read knows its shard.
      const shard = 1 + rt.items.nextInt(shards);
      reads.requests++;
      this.attempt(this.newSlot(nowMs, w, client, -1, this.hasher.position(hash, shard), units, keyRef, shard, 0, false), nowMs);
      return;
    }
    // Scatter-gather: one request per shard; a point read finds the item in one of them and pays
    // the minimum in the others, a Query reads its share of the items from each.
    const holder = query ? 0 : 1 + rt.sharding.nextInt(shards);
    const perShardUnits = query ? attemptUnits(op, bytes, consistency, ceil(rt.itemsPerCall / shards)) : emptyReadUnits(op, consistency);
    const parent = this.newSlot(nowMs, w, client, -1, 0, 0, keyRef, 0, 0, false);
    this.slots.pending[parent] = shards;
    reads.requests += shards;
    const children: number[] = [];
    for (let shard = 1; shard <= shards; shard++) {
      const u = shard === holder ? units : perShardUnits;
      children.push(this.newSlot(nowMs, w, client, parent, this.hasher.position(hash, shard), u, keyRef, shard, 0, false));
    }
    for (const child of children) this.attempt(child, nowMs);
  }

  /** Takes a slot for a request (`parent` −1 for a logical request, else the parent of a fan-out request) and fills it in. */
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

  /** Draws, for a base write in `slot`, which indexes it writes (sparse indexes skip some), their keys and units. */
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

  // ---- outcomes -------------------------------------------------------------------------------

  /** One attempt of the request in `slot` at `nowMs`: admitted, or throttled and then retried or given up on. */
  private attempt(slot: number, nowMs: number): void {
    const sl = this.slots;
    const sec = floor(nowMs / 1000);
    this.metrics.attempted(sl.workload[slot] as number, sec);
    if (!this.admission.tryAdmit(slot, nowMs, sec)) {
      this.throttled(slot, nowMs, sec);
      return;
    }
    if (sl.isWrite[slot] === 0 && sl.target[slot] === 0) this.metrics.reads.unitsConsumed += sl.units[slot] as number;
    this.retries.recordSuccess(sl.client[slot] as number, sl.retried[slot] === 1);
    this.complete(slot, true, nowMs + this.scenario.client.attemptLatencyMs);
  }

  /** The attempt in `slot` was throttled at `nowMs`: the client's retry policy decides what happens next (DYNAMODB-RULES.md §8). */
  private throttled(slot: number, nowMs: number, sec: number): void {
    const sl = this.slots;
    const { admission } = this;
    this.metrics.throttled(sl.workload[slot] as number, sec, nowMs, admission.resource, sl.isWrite[slot] as 0 | 1, admission.limit);
    const attempt = sl.attempt[slot] as number;
    const done = nowMs + this.scenario.client.attemptLatencyMs;
    const delay = this.retries.retryDelayMs(sl.client[slot] as number, attempt);
    if (delay === GIVE_UP) {
      this.complete(slot, false, done);
      return;
    }
    sl.attempt[slot] = attempt + 1;
    sl.retried[slot] = 1;
    this.engine.scheduleRequest(done + delay, EV_RETRY, slot);
  }

  /** The request in `slot` ended at `doneMs`; a fan-out request ends its logical request with its last sibling. */
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

  /** The logical request in `slot` ended at `doneMs`, succeeded or failed: counted, and its slot freed. */
  private finish(slot: number, ok: boolean, doneMs: number): void {
    const sl = this.slots;
    this.metrics.finished(sl.workload[slot] as number, ok, sl.startMs[slot] as number, doneMs);
    sl.release(slot);
  }

  private result(): DesignRunResult {
    const { metrics, workloads } = this;
    return {
      design: this.design,
      totals: metrics.totals(),
      perWorkload: metrics.perWorkload,
      reads: metrics.reads,
      latency: metrics.latency,
      firstThrottleMs: metrics.firstThrottleMs,
      throttles: metrics.throttles(),
      timeline: metrics.timeline,
      resources: this.resources,
      shardLayouts: this.shardLayouts,
      arrivalsChecksum: metrics.arrivalsChecksum,
      endMs: Math.max(metrics.endMs, this.scenario.durationMs),
      keyLabel(resource, keyRef, shard) {
        if (resource > 0) {
          // An index key reference is the key number of the index's own popularity, the same for every entry.
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

/** Draws an item size in bytes from size classes whose shares add up to 1. */
function drawSize(sizes: readonly { bytes: number; share: number }[], rng: RandomStream): number {
  let u = rng.nextFloat();
  for (const s of sizes) {
    if (u < s.share) return s.bytes;
    u -= s.share;
  }
  return (sizes[sizes.length - 1] as { bytes: number }).bytes;
}
