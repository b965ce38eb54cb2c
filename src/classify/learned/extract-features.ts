import { documentTokens } from './document-tokens.js';
import type { FeatureRecipe } from './feature-recipe.js';
import { bucketOf, hashToken, signOf } from './hash-token.js';
import type { LearnedDocument } from './learned-document.js';
import type { SparseVector } from './sparse-vector.js';

/** One token's place in the vector: its bucket and its signed, weighted (not yet normalised) value. */
export interface HashedToken {
  token: string;
  bucket: number;
  value: number;
}

/** Tokens -> buckets and signed log(1 + count) values, as the recipe says. */
export function hashTokens(counts: Map<string, number>, recipe: FeatureRecipe): HashedToken[] {
  const hashed: HashedToken[] = [];
  for (const [token, count] of counts) {
    const hash = hashToken(token);
    const sign = recipe.signed ? signOf(hash) : 1;
    hashed.push({ token, bucket: bucketOf(hash, recipe.bits), value: sign * Math.log1p(count) });
  }
  return hashed;
}

/** The document's feature vector: hashed tokens summed per bucket, scaled to unit L2 norm (empty if no token). */
export function extractFeatures(doc: LearnedDocument, recipe: FeatureRecipe): SparseVector {
  return vectorOf(hashTokens(documentTokens(doc, recipe), recipe));
}

/** Sum hashed tokens per bucket and L2-normalise; buckets whose tokens cancelled out are dropped. */
export function vectorOf(tokens: readonly HashedToken[]): SparseVector {
  const sums = bucketSums(tokens);
  const norm = l2Norm(sums);
  const kept = [...sums].filter(([, v]) => v !== 0);
  const indices = new Int32Array(kept.length);
  const values = new Float32Array(kept.length);
  kept.forEach(([bucket, v], k) => {
    indices[k] = bucket;
    values[k] = v / norm;
  });
  return { indices, values };
}

/** Hashed token values summed per bucket (colliding tokens share one). */
export function bucketSums(tokens: readonly HashedToken[]): Map<number, number> {
  const sums = new Map<number, number>();
  for (const t of tokens) sums.set(t.bucket, (sums.get(t.bucket) ?? 0) + t.value);
  return sums;
}

export function l2Norm(sums: Map<number, number>): number {
  let norm = 0;
  for (const v of sums.values()) norm += v * v;
  return Math.sqrt(norm);
}
