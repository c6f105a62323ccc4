import type { ArrivalPhase } from './arrivals.js';
import type { KeyHasher } from './hash.js';
import { keySampler, type KeySampler } from './key-sampler.js';
import type { RandomStream, RandomStreams } from './random.js';
import { attemptUnits } from './request-units.js';
import { OPERATIONS, type IndexSettings, type Operation, type Workload } from './scenario.js';
import type { U64 } from './uint64.js';

/**
 * Key hashes of named keys (explicit values, trace keys), computed once; generated keys are hashed
 * on every draw instead, so a key space of 10^12 values allocates nothing.
 */
class KeyHashes {
  private readonly hi: Uint32Array | null;
  private readonly lo: Uint32Array | null;

  constructor(
    private readonly hasher: KeyHasher,
    names: readonly string[] | null,
  ) {
    if (names === null) {
      this.hi = this.lo = null;
      return;
    }
    this.hi = new Uint32Array(names.length);
    this.lo = new Uint32Array(names.length);
    names.forEach((name, i) => {
      const h = hasher.named(name);
      (this.hi as Uint32Array)[i] = h.hi;
      (this.lo as Uint32Array)[i] = h.lo;
    });
  }

  /** Writes the 64-bit hash of key number `id` into `out`. */
  hash(id: number, out: U64): U64 {
    if (this.hi === null || this.lo === null) return this.hasher.generated(id, out);
    out.hi = this.hi[id] as number;
    out.lo = this.lo[id] as number;
    return out;
  }
}

/** Names of the keys a sampler or trace draws from, when they are named. */
function keyNames(sampler: KeySampler): string[] | null {
  return sampler.name(0) === undefined ? null : Array.from({ length: sampler.cardinality }, (_, i) => sampler.name(i) as string);
}

/** An index as a workload's base writes see it: whether each write carries its key, and which key. */
export interface IndexKeysRuntime {
  readonly sampler: KeySampler;
  readonly hashes: KeyHashes;
  readonly keys: RandomStream;
  readonly coverage: RandomStream;
}

/**
 * A workload entry ready to run: its key sampler and key hashes, its arrival phase, and its own
 * random streams (arrivals, keys, sizes, shards, items, index keys), named after the entry so that
 * every design draws the same logical arrivals (common random numbers).
 */
export class WorkloadRuntime {
  readonly sampler: KeySampler | null;
  readonly hashes: KeyHashes;
  readonly phase: ArrivalPhase | null;
  readonly arrivals: RandomStream;
  readonly keys: RandomStream;
  readonly sizes: RandomStream;
  readonly sharding: RandomStream;
  readonly items: RandomStream;
  readonly indexKeys: readonly IndexKeysRuntime[];
  /** Resource a read goes to: 0 the table, j + 1 index j. */
  readonly target: number;
  /** Next request of a trace. */
  traceNext = 0;
  /** Index into OPERATIONS of a generated entry's operation. */
  readonly operationIndex: number;
  /** Items one Query call reads. */
  readonly itemsPerCall: number;
  private readonly unitsCache = new Map<number, number>();

  constructor(
    readonly index: number,
    readonly settings: Workload,
    indexes: readonly IndexSettings[],
    hasher: KeyHasher,
    streams: RandomStreams,
  ) {
    const named = (name: string): RandomStream => streams.stream(`${name}:${index}`);
    this.arrivals = named('arrivals');
    this.keys = named('keys');
    this.sizes = named('sizes');
    this.sharding = named('sharding');
    this.items = named('items');
    if (settings.kind === 'trace') {
      this.sampler = null;
      this.hashes = new KeyHashes(hasher, settings.trace.keys);
      this.phase = null;
    } else {
      this.sampler = keySampler(settings.keys);
      this.hashes = new KeyHashes(hasher, keyNames(this.sampler));
      this.phase = { startMs: settings.startMs, endMs: settings.endMs, fromPerSecond: settings.fromPerSecond, toPerSecond: settings.toPerSecond, process: settings.arrivals };
    }
    this.operationIndex = settings.kind === 'generated' ? OPERATIONS.indexOf(settings.operation) : 0;
    this.itemsPerCall = settings.kind === 'generated' ? settings.itemsPerCall : 1;
    this.target = settings.index === null ? 0 : indexes.findIndex((ix) => ix.name === settings.index) + 1;
    this.indexKeys = indexes.map((ix, j) => {
      const sampler = keySampler(ix.keys);
      return { sampler, hashes: new KeyHashes(hasher, keyNames(sampler)), keys: streams.stream(`index-keys:${index}:${j}`), coverage: streams.stream(`index-coverage:${index}:${j}`) };
    });
  }

  /** Returns the units of one attempt of operation `opIndex` on an item of `bytes` (cached: a workload has few sizes). */
  units(opIndex: number, bytes: number): number {
    const key = opIndex * 1_000_000 + bytes;
    let u = this.unitsCache.get(key);
    if (u === undefined) {
      u = attemptUnits(OPERATIONS[opIndex] as Operation, bytes, this.settings.consistency, this.itemsPerCall);
      this.unitsCache.set(key, u);
    }
    return u;
  }

  /** Returns the name of key `id` for reports. */
  keyLabel(id: number): string {
    if (this.settings.kind === 'trace') return this.settings.trace.keys[id] ?? `key${id}`;
    return this.sampler?.name(id) ?? `key${id}`;
  }
}
