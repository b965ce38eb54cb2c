import { seededRandom, shuffleInPlace } from './seeded-random.js';
import { dot, type SparseVector } from './sparse-vector.js';

export interface LogisticOptions {
  /** Number of weights (2^bits of the feature recipe). */
  dimension: number;
  /** Passes over the training set. */
  epochs: number;
  /** AdaGrad's base step size. */
  learningRate: number;
  /** L2 penalty on the weights (not on the bias), applied to the features a step touches. */
  l2: number;
  /** Positive examples count `positiveWeight` times, negatives `negativeWeight` times (class balance). */
  positiveWeight: number;
  negativeWeight: number;
  /** Seeds the order of the examples in every epoch. */
  seed: number;
}

export interface LogisticWeights {
  weights: Float32Array;
  bias: number;
}

/** Hyper-parameters that work for title + abstract + claim vectors of unit norm (checked on real AI/non-AI sets). */
export const DEFAULT_LOGISTIC = { epochs: 8, learningRate: 0.5, l2: 1e-6 } as const;

/** Balanced class weights: each class contributes half of the total loss, whatever the imbalance. */
export function balancedClassWeights(positives: number, negatives: number): [number, number] {
  const total = positives + negatives;
  return [total / (2 * Math.max(positives, 1)), total / (2 * Math.max(negatives, 1))];
}

/**
 * Sparse logistic regression by stochastic gradient descent with AdaGrad steps: a fixed number of epochs over
 * the examples in a seeded random order, so the same data and options always give the same weights.
 */
export function trainLogistic(
  example: (i: number) => SparseVector,
  labels: ArrayLike<0 | 1>,
  options: LogisticOptions,
): LogisticWeights {
  const weights = new Float32Array(options.dimension);
  const squares = new Float32Array(options.dimension);
  let bias = 0;
  let biasSquares = 0;
  const order = Uint32Array.from({ length: labels.length }, (_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const x = example(i);
      const y = labels[i]!;
      const p = sigmoid(bias + dot(weights, x));
      const g = (p - y) * (y === 1 ? options.positiveWeight : options.negativeWeight);
      for (let k = 0; k < x.indices.length; k += 1) {
        const j = x.indices[k]!;
        const grad = g * x.values[k]! + options.l2 * weights[j]!;
        squares[j] = squares[j]! + grad * grad;
        weights[j] = weights[j]! - (options.learningRate * grad) / Math.sqrt(squares[j]! + 1e-8);
      }
      biasSquares += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasSquares + 1e-8);
    }
  }
  return { weights, bias };
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
