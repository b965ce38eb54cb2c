import { describe, expect, it } from 'vitest';
import { boostedScore, buildCpcProfile, cpcOverlap } from './cpc-boost.js';

describe('CPC boost', () => {
  // Four best hits, one without classes: 3 classified hits.
  const profile = buildCpcProfile([['B64U10', 'B60L53'], ['B64U10', 'B60L53', 'H02J7'], ['B64U10'], []]);

  it('keeps the groups at least two of the classified best hits carry, weighted by their share', () => {
    // B64U10 in 3 of 3 hits (1), B60L53 in 2 of 3 (0.667); H02J7 only once: out.
    expect(profile).toEqual([
      { group: 'B64U10', hits: 3, weight: 1 },
      { group: 'B60L53', hits: 2, weight: 2 / 3 },
    ]);
  });

  it('boosts a candidate by its share of the profile weight', () => {
    // Carries B60L53 only: 0.667 / 1.667 = 0.4; score 10 x (1 + 0.5 x 0.4) = 12.
    const partial = cpcOverlap(profile, ['B60L53', 'G06N3']);
    expect(partial.overlap).toBeCloseTo(0.4, 10);
    expect(partial.shared).toEqual(['B60L53']);
    expect(boostedScore(10, partial.overlap)).toBeCloseTo(12, 10);
    expect(cpcOverlap(profile, ['B64U10', 'B60L53']).overlap).toBeCloseTo(1, 10);
    expect(boostedScore(10, 1)).toBeCloseTo(15, 10);
    expect(cpcOverlap(profile, ['G06N3'])).toEqual({ overlap: 0, shared: [] });
  });

  it('gives no boost when no group recurs among the best hits', () => {
    const none = buildCpcProfile([['A01B1'], ['G06N3']]);
    expect(none).toEqual([]);
    expect(cpcOverlap(none, ['A01B1']).overlap).toBe(0);
  });
});
