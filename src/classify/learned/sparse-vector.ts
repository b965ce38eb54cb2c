/** A sparse feature vector: bucket indices (distinct) and their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** w·x */
export function dot(weights: Float32Array, x: SparseVector): number {
  let sum = 0;
  for (let k = 0; k < x.indices.length; k += 1) sum += weights[x.indices[k]!]! * x.values[k]!;
  return sum;
}
