import { fromSafeInteger, mix64, mul64, toUnitInterval, type U64 } from './uint64.js';

// FNV-1a 64-bit parameters (http://www.isthe.com/chongo/tech/comp/fnv/).
const FNV_OFFSET_HI = 0xcbf29ce4;
const FNV_OFFSET_LO = 0x84222325;
const FNV_PRIME_HI = 0x00000100;
const FNV_PRIME_LO = 0x000001b3;

/** Returns the FNV-1a 64-bit hash of a string's UTF-8 bytes. */
export function fnv1a64(text: string): U64 {
  const h: U64 = { hi: FNV_OFFSET_HI, lo: FNV_OFFSET_LO };
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    h.lo = (h.lo ^ byte) >>> 0;
    mul64(h.hi, h.lo, FNV_PRIME_HI, FNV_PRIME_LO, h);
  }
  return h;
}

// Domain tags keep a generated key #5 and a named key "5" apart.
const DOMAIN_GENERATED = 0x6b657920; // "key "
const DOMAIN_NAMED = 0x6e616d65; // "name"
// Odd 64-bit constant mixed into a shard key, multiplied by the shard number.
const SHARD_HI = 0xd1b54a32;
const SHARD_LO = 0xd192ed03;

/**
 * The seeded 64-bit hash that places partition-key values in the key space, as DynamoDB hashes a
 * partition key to choose its partition (DYNAMODB-RULES.md §5). The salt comes from the run's seed,
 * so another seed is another layout of keys (and shards) over partitions.
 */
export class KeyHasher {
  private readonly scratch: U64 = { hi: 0, lo: 0 };

  constructor(
    private readonly saltHi: number,
    private readonly saltLo: number,
  ) {}

  /** Returns the 64-bit hash of generated key number `id` (0 ≤ id < 2^53) into `out`. */
  generated(id: number, out: U64): U64 {
    fromSafeInteger(id, out);
    out.hi = (out.hi ^ this.saltHi ^ DOMAIN_GENERATED) >>> 0;
    out.lo = (out.lo ^ this.saltLo) >>> 0;
    return mix64(out);
  }

  /** Returns the 64-bit hash of a named key (an explicit value, or a key from a trace). */
  named(name: string): U64 {
    const h = fnv1a64(name);
    h.hi = (h.hi ^ this.saltHi ^ DOMAIN_NAMED) >>> 0;
    h.lo = (h.lo ^ this.saltLo) >>> 0;
    return mix64(h);
  }

  /**
   * Returns the position in the key space, in [0, 1), of the key `hash` with write-sharding suffix
   * `shard` (1..N; 0 means no suffix). A suffixed key is a different partition-key value, so it
   * hashes independently of the unsuffixed one and of its sibling shards.
   */
  position(hash: U64, shard: number): number {
    if (shard === 0) return toUnitInterval(hash);
    const s = this.scratch;
    mul64(SHARD_HI, SHARD_LO, 0, shard, s);
    s.hi = (s.hi ^ hash.hi) >>> 0;
    s.lo = (s.lo ^ hash.lo) >>> 0;
    return toUnitInterval(mix64(s));
  }
}
