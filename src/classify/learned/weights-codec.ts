import { createHash } from 'node:crypto';

/** Float32 weights -> little-endian bytes (the `models.weights` BLOB), the same on every platform. */
export function encodeWeights(weights: Float32Array): Uint8Array {
  const bytes = new Uint8Array(weights.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < weights.length; i += 1) view.setFloat32(i * 4, weights[i]!, true);
  return bytes;
}

export function decodeWeights(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(bytes.byteLength / 4);
  for (let i = 0; i < weights.length; i += 1) weights[i] = view.getFloat32(i * 4, true);
  return weights;
}

/** A short hash of the weights (and bias): the `taxonomy_version` of the labels a model writes. */
export function weightsVersion(bytes: Uint8Array, bias: number): string {
  return createHash('sha256').update(bytes).update(String(bias)).digest('hex').slice(0, 12);
}
