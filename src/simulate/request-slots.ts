/** Slots before the first growth (they double as needed): requests in flight at once in a modest run. */
const INITIAL_SLOTS = 1024;

/**
 * The requests in flight, as parallel typed arrays indexed by slot, recycled through a free list:
 * a request occupies a slot from its arrival until its outcome, then the slot is reused, so memory
 * follows the requests waiting to retry, not the requests simulated (STYLE.md: no per-request objects).
 *
 * A logical request that fans out (a scatter-gather read over N shards) has a parent slot that
 * only counts its outstanding children; every child is an attempt of its own with its own retries.
 */
export class RequestSlots {
  private capacity: number;
  private freeList: Int32Array;
  private freeCount: number;
  /** Logical start time in milliseconds (a child carries its parent's). */
  startMs!: Float64Array;
  /** Position of the key in the key space of the target (after sharding). */
  pos!: Float64Array;
  /** Units one attempt consumes on the target. */
  units!: Float64Array;
  /** Reference of the key for reports: key number × MAX_WORKLOADS + workload entry. */
  keyRef!: Float64Array;
  /** Shard suffix (0: none). */
  shard!: Int32Array;
  /** Resource the attempt goes to: 0 the table, 1.. the indexes. */
  target!: Uint8Array;
  isWrite!: Uint8Array;
  /** Attempts made so far minus one (0 during the first try). */
  attempt!: Uint8Array;
  /** 1 once the request has been retried (for the v3 retry quota's refund). */
  retried!: Uint8Array;
  workload!: Uint8Array;
  client!: Int32Array;
  /** Parent slot, or −1 for a request that is its own logical request. */
  parent!: Int32Array;
  /** Parent only: children still in flight, whether any failed, and the latest child outcome time. */
  pending!: Int32Array;
  failed!: Uint8Array;
  doneMs!: Float64Array;
  /** Per index j (slot × indexCount + j): units of the index write (0: not touched), position and key reference of the index key. */
  indexUnits!: Float64Array;
  indexPos!: Float64Array;
  indexKeyRef!: Float64Array;

  constructor(private readonly indexCount: number) {
    this.capacity = 0;
    this.freeList = new Int32Array(0);
    this.freeCount = 0;
    this.resize(INITIAL_SLOTS);
  }

  /** Takes a free slot. */
  alloc(): number {
    if (this.freeCount === 0) this.resize(this.capacity * 2);
    return this.freeList[--this.freeCount] as number;
  }

  /** Returns a slot to the free list. */
  release(slot: number): void {
    this.freeList[this.freeCount++] = slot;
  }

  private resize(capacity: number): void {
    const old = this.capacity;
    const f64 = (a: Float64Array | undefined, n: number): Float64Array => {
      const b = new Float64Array(n);
      if (a) b.set(a);
      return b;
    };
    const i32 = (a: Int32Array | undefined, n: number): Int32Array => {
      const b = new Int32Array(n);
      if (a) b.set(a);
      return b;
    };
    const u8 = (a: Uint8Array | undefined, n: number): Uint8Array => {
      const b = new Uint8Array(n);
      if (a) b.set(a);
      return b;
    };
    this.startMs = f64(this.startMs, capacity);
    this.pos = f64(this.pos, capacity);
    this.units = f64(this.units, capacity);
    this.keyRef = f64(this.keyRef, capacity);
    this.shard = i32(this.shard, capacity);
    this.target = u8(this.target, capacity);
    this.isWrite = u8(this.isWrite, capacity);
    this.attempt = u8(this.attempt, capacity);
    this.retried = u8(this.retried, capacity);
    this.workload = u8(this.workload, capacity);
    this.client = i32(this.client, capacity);
    this.parent = i32(this.parent, capacity);
    this.pending = i32(this.pending, capacity);
    this.failed = u8(this.failed, capacity);
    this.doneMs = f64(this.doneMs, capacity);
    const k = Math.max(1, this.indexCount);
    this.indexUnits = f64(this.indexUnits, capacity * k);
    this.indexPos = f64(this.indexPos, capacity * k);
    this.indexKeyRef = f64(this.indexKeyRef, capacity * k);
    const free = new Int32Array(capacity);
    free.set(this.freeList.subarray(0, this.freeCount));
    let n = this.freeCount;
    for (let s = capacity - 1; s >= old; s--) free[n++] = s;
    this.freeList = free;
    this.freeCount = n;
    this.capacity = capacity;
  }
}
