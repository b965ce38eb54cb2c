import type { SparseVector } from './sparse-vector.js';

const CHUNK = 1 << 20;

/**
 * Many sparse vectors packed into a few large typed arrays (8 bytes per non-zero), so a training set of
 * 100k documents costs a flat ~100-200 MB instead of millions of small objects.
 */
export class VectorPool {
  private readonly indexChunks: Int32Array[] = [];
  private readonly valueChunks: Float32Array[] = [];
  /** Per vector: chunk number, start and length. */
  private readonly places: number[] = [];
  private used = CHUNK;

  get size(): number {
    return this.places.length / 3;
  }

  add(vector: SparseVector): number {
    const n = vector.indices.length;
    if (this.used + n > CHUNK) {
      const length = Math.max(CHUNK, n);
      this.indexChunks.push(new Int32Array(length));
      this.valueChunks.push(new Float32Array(length));
      this.used = 0;
    }
    const chunk = this.indexChunks.length - 1;
    this.indexChunks[chunk]!.set(vector.indices, this.used);
    this.valueChunks[chunk]!.set(vector.values, this.used);
    this.places.push(chunk, this.used, n);
    this.used += n;
    return this.size - 1;
  }

  /** Vector `i` as views into the pool (no copy). */
  get(i: number): SparseVector {
    const chunk = this.places[3 * i]!;
    const start = this.places[3 * i + 1]!;
    const end = start + this.places[3 * i + 2]!;
    return {
      indices: this.indexChunks[chunk]!.subarray(start, end),
      values: this.valueChunks[chunk]!.subarray(start, end),
    };
  }
}
