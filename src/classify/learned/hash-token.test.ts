import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../keywords/tokenize-text.js';
import { bucketOf, fmix32, fnv1a32, hashToken, signOf } from './hash-token.js';

const ISTAT = fileURLToPath(
  new URL('../../../../shared/data/ai-text-istat/sample/patents_sample_part1.csv', import.meta.url),
);

describe('hashToken', () => {
  it('computes FNV-1a 32 as the published test vectors give it', () => {
    // Fowler/Noll/Vo test vectors: "" -> 0x811c9dc5, "a" -> 0xe40c292c, "foobar" -> 0xbf9cf968.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('finalises with murmur3 fmix32 (values from an independent Python implementation)', () => {
    expect(fmix32(0)).toBe(0);
    expect(hashToken('foobar')).toBe(202221276);
    expect(hashToken('w:neural network')).toBe(588871520);
    // UTF-16 code units: 神 U+795E, 经 U+7ECF.
    expect(hashToken('z:神经')).toBe(437720287);
    expect(bucketOf(hashToken('c:G06N3'), 18)).toBe(199164);
    expect(signOf(hashToken(''))).toBe(-1);
    expect(signOf(hashToken('a'))).toBe(1);
  });

  it('spreads the real words of 536 abstracts evenly over buckets and signs', () => {
    const words = new Set(tokenizeText(readFileSync(ISTAT, 'utf8')).words);
    expect(words.size).toBeGreaterThan(5000);
    const buckets = new Array<number>(64).fill(0);
    let negative = 0;
    for (const word of words) {
      const hash = hashToken(word);
      buckets[bucketOf(hash, 6)]! += 1;
      if (signOf(hash) < 0) negative += 1;
    }
    const mean = words.size / 64;
    // A uniform hash keeps every one of 64 buckets within ±30 % of the mean at this size (σ ≈ 11 %).
    for (const n of buckets) expect(Math.abs(n - mean) / mean).toBeLessThan(0.3);
    expect(negative / words.size).toBeGreaterThan(0.45);
    expect(negative / words.size).toBeLessThan(0.55);
  });
});
