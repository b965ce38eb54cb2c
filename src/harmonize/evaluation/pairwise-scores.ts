/** Pairwise precision and recall of a clustering against a reference clustering. */
export interface PairwiseScores {
  /** Pairs in one predicted cluster and one reference cluster. */
  truePairs: number;
  /** Pairs in one predicted cluster (same match key or group). */
  predictedPairs: number;
  /** Pairs in one reference cluster (same HAN name). */
  referencePairs: number;
  /** truePairs / predictedPairs (1 when nothing is merged). */
  precision: number;
  /** truePairs / referencePairs (1 when the reference has no pairs). */
  recall: number;
}

/**
 * Pairs counted by combinatorics per block, never pair by pair. Records come in bundles: `weight` records
 * whose persons' record counts squared sum to `squares`. Pairs of one person's own records are left out
 * (true by construction), so a block of total weight W and squares S holds (W^2 - S) / 2 pairs; with one
 * record per person that is n(n-1)/2. Clusters are numbered by the caller.
 */
export class PairCounter {
  private readonly cells = new Sums();
  private readonly predicted: DenseSums;
  private readonly reference: DenseSums;

  /** `clusters` and `references`: how many numbers each clustering uses (0 .. n-1). */
  constructor(
    clusters: number,
    private readonly references: number,
  ) {
    this.predicted = new DenseSums(clusters);
    this.reference = new DenseSums(references);
  }

  add(cluster: number, truth: number, weight: number, squares: number): void {
    this.cells.add(cluster * this.references + truth, weight, squares);
    this.predicted.add(cluster, weight, squares);
    this.reference.add(truth, weight, squares);
  }

  scores(): PairwiseScores {
    const truePairs = this.cells.pairs();
    const predictedPairs = this.predicted.pairs();
    const referencePairs = this.reference.pairs();
    return {
      truePairs,
      predictedPairs,
      referencePairs,
      precision: predictedPairs === 0 ? 1 : truePairs / predictedPairs,
      recall: referencePairs === 0 ? 1 : truePairs / referencePairs,
    };
  }
}

class Sums {
  private readonly weights = new Map<number, number>();
  private readonly squares = new Map<number, number>();

  add(id: number, weight: number, squares: number): void {
    this.weights.set(id, (this.weights.get(id) ?? 0) + weight);
    this.squares.set(id, (this.squares.get(id) ?? 0) + squares);
  }

  pairs(): number {
    let total = 0;
    for (const [id, weight] of this.weights) total += (weight * weight - (this.squares.get(id) ?? 0)) / 2;
    return total;
  }
}

class DenseSums {
  private readonly weights: Float64Array;
  private readonly squares: Float64Array;

  constructor(size: number) {
    this.weights = new Float64Array(size);
    this.squares = new Float64Array(size);
  }

  add(id: number, weight: number, squares: number): void {
    this.weights[id] = (this.weights[id] ?? 0) + weight;
    this.squares[id] = (this.squares[id] ?? 0) + squares;
  }

  pairs(): number {
    let total = 0;
    for (let id = 0; id < this.weights.length; id += 1) {
      const weight = this.weights[id] ?? 0;
      total += (weight * weight - (this.squares[id] ?? 0)) / 2;
    }
    return total;
  }
}
