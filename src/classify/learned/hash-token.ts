/**
 * The 32-bit hash behind the hashed features: FNV-1a over the token's UTF-16 code units, then murmur3's
 * finaliser (fmix32), because FNV-1a alone spreads short tokens poorly over the low bits that pick a bucket.
 */
export function hashToken(token: string): number {
  return fmix32(fnv1a32(token));
}

/** FNV-1a, 32 bits, over UTF-16 code units (the same as over bytes for ASCII). */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
export function fmix32(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The bucket of a hash among 2^bits: its low bits. */
export function bucketOf(hash: number, bits: number): number {
  return hash & ((1 << bits) - 1);
}

/** Signed hashing: the top bit (independent of the low bucket bits) gives +1 or -1, so collisions cancel on average. */
export function signOf(hash: number): 1 | -1 {
  return hash >>> 31 === 1 ? -1 : 1;
}
