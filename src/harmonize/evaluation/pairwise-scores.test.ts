import { describe, expect, it } from 'vitest';
import { PairCounter } from './pairwise-scores.js';

describe('PairCounter', () => {
  it('counts pairs per block by combinatorics', () => {
    // Cluster 0 merges 3 persons named A (0) and 1 named B (1); cluster 1 holds 2 persons named B.
    // Same cluster: C(4,2) + C(2,2) = 7 pairs; of them same name: C(3,2) + C(2,2) = 4. Same name: 3 + 3 = 6.
    const counter = new PairCounter(2, 2);
    counter.add(0, 0, 3, 3);
    counter.add(0, 1, 1, 1);
    counter.add(1, 1, 2, 2);
    const scores = counter.scores();
    expect(scores).toMatchObject({ truePairs: 4, predictedPairs: 7, referencePairs: 6 });
    expect(scores.precision).toBeCloseTo(4 / 7, 10);
    expect(scores.recall).toBeCloseTo(4 / 6, 10);
  });

  it('leaves out pairs of one person with itself when weighting by patents', () => {
    // One person with 3 applications and one with 1, same cluster, different names: 3 * 1 = 3 pairs, none true.
    const counter = new PairCounter(2, 2);
    counter.add(0, 0, 3, 9);
    counter.add(0, 1, 1, 1);
    expect(counter.scores()).toMatchObject({ truePairs: 0, predictedPairs: 3, referencePairs: 0, recall: 1 });
  });
});
