import { PatlasError } from '../../domain/patlas-error.js';
import { extractFeatures } from './extract-features.js';
import { DEFAULT_FEATURE_RECIPE, type FeatureRecipe } from './feature-recipe.js';
import type { LearnedDocument } from './learned-document.js';
import type { LearnedModel } from './learned-model.js';
import type { SparseVector } from './sparse-vector.js';
import { balancedClassWeights, DEFAULT_LOGISTIC, trainLogistic } from './train-logistic.js';

/** A labelled example: a document, or a vector already built with the same recipe. */
export type TrainingExample =
  | { document: LearnedDocument; label: 0 | 1 }
  | { features: SparseVector; label: 0 | 1 };

export interface TrainClassifierOptions {
  recipe?: FeatureRecipe;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Seeds the example order; the default 1 makes every run reproducible. */
  seed?: number;
  /** `balanced` (default) weighs the classes so each counts half, whatever the imbalance. */
  classWeights?: 'balanced' | 'none';
}

/**
 * Train a logistic-regression classifier on labelled documents, in memory (no store needed).
 * @example const model = trainClassifier([{ document: { title: 'Neural network' }, label: 1 }, ...]);
 */
export function trainClassifier(
  examples: readonly TrainingExample[],
  options: TrainClassifierOptions = {},
): LearnedModel {
  const recipe = options.recipe ?? DEFAULT_FEATURE_RECIPE;
  const vectors = examples.map((e) => ('features' in e ? e.features : extractFeatures(e.document, recipe)));
  const labels = examples.map((e) => e.label);
  return trainOnVectors((i) => vectors[i]!, labels, { ...options, recipe });
}

/** Train on vectors fetched by index (the store path keeps them packed in a VectorPool). */
export function trainOnVectors(
  vector: (i: number) => SparseVector,
  labels: ArrayLike<0 | 1>,
  options: TrainClassifierOptions & { recipe: FeatureRecipe },
): LearnedModel {
  let positives = 0;
  for (let i = 0; i < labels.length; i += 1) positives += labels[i]!;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new PatlasError(
      'usage',
      `training needs positive and negative examples, got ${positives} positive and ${negatives} negative`,
    );
  }
  const classWeights = options.classWeights ?? 'balanced';
  const [positiveWeight, negativeWeight] =
    classWeights === 'balanced' ? balancedClassWeights(positives, negatives) : [1, 1];
  const settings = {
    epochs: options.epochs ?? DEFAULT_LOGISTIC.epochs,
    learningRate: options.learningRate ?? DEFAULT_LOGISTIC.learningRate,
    l2: options.l2 ?? DEFAULT_LOGISTIC.l2,
    seed: options.seed ?? 1,
  };
  const { weights, bias } = trainLogistic(vector, labels, {
    ...settings,
    dimension: 2 ** options.recipe.bits,
    positiveWeight,
    negativeWeight,
  });
  return {
    recipe: options.recipe,
    weights,
    bias,
    training: { ...settings, classWeights, positiveWeight, negativeWeight, positives, negatives },
  };
}
