import { extractFeatures } from './extract-features.js';
import type { FeatureRecipe } from './feature-recipe.js';
import type { LearnedDocument } from './learned-document.js';
import { dot, type SparseVector } from './sparse-vector.js';
import { sigmoid } from './train-logistic.js';

/** How a model was trained: enough to train it again from the same examples and get the same weights. */
export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  classWeights: 'balanced' | 'none';
  positiveWeight: number;
  negativeWeight: number;
  positives: number;
  negatives: number;
}

/** A trained linear classifier over hashed features: P(positive) = sigmoid(bias + weights · features). */
export interface LearnedModel {
  recipe: FeatureRecipe;
  weights: Float32Array;
  bias: number;
  training: TrainingSettings;
}

/** The model's probability for a feature vector built with its recipe. */
export function scoreVector(model: LearnedModel, features: SparseVector): number {
  return sigmoid(model.bias + dot(model.weights, features));
}

/**
 * The model's probability that a document belongs to the target.
 * @example scoreDocument(model, { title: 'Neural network training', codes: ['G06N 3/08'] }) // 0.97
 */
export function scoreDocument(model: LearnedModel, doc: LearnedDocument): number {
  return scoreVector(model, extractFeatures(doc, model.recipe));
}
