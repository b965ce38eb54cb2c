import { PatlasError } from '../../domain/patlas-error.js';
import type { Store } from '../../store/open-store.js';
import { binaryMetrics } from './binary-metrics.js';
import { collectTrainingSet, type TrainingSet } from './collect-training-set.js';
import { expandLandscape } from './expand-landscape.js';
import { DEFAULT_FEATURE_RECIPE, type FeatureRecipe } from './feature-recipe.js';
import { scoreVector } from './learned-model.js';
import { LEARNED_TABLES } from './learned-tables.js';
import type { ModelEvaluation, ModelParams, ModelTarget } from './model-record.js';
import { assertModelWritable, writeModel } from './model-table.js';
import { resolveSeed } from './resolve-seed.js';
import type { SeedDefinition } from './seed-definition.js';
import { splitHoldout } from './split-holdout.js';
import { type TrainClassifierOptions, trainOnVectors } from './train-classifier.js';

export interface TrainFromStoreOptions {
  modelId: string;
  seed: SeedDefinition;
  patlasVersion: string;
  /** Anti-seed size; default 15,000 as in Google's code. */
  antiSeed?: number;
  /** Share of seed and anti-seed held out for evaluation (stratified); default 0.2. */
  holdout?: number;
  minCodeShare?: number;
  minCodeRatio?: number;
  replace?: boolean;
  /** Seeds the anti-seed sample, the hold-out split and the example order; default 1. */
  randomSeed?: number;
  recipe?: FeatureRecipe;
  training?: Omit<TrainClassifierOptions, 'recipe' | 'seed'>;
}

export interface TrainFromStoreResult {
  modelId: string;
  target: ModelTarget;
  params: ModelParams;
  evaluation: ModelEvaluation | null;
}

/**
 * Train a model on the store and save it in `models`: seed (from labels or a file), expansion and anti-seed
 * (Abood & Feltenberger), features, a stratified hold-out, logistic regression on the rest, and the
 * held-out precision/recall/F1 of exactly the stored weights.
 */
export async function trainFromStore(
  store: Store,
  options: TrainFromStoreOptions,
): Promise<TrainFromStoreResult> {
  const randomSeed = options.randomSeed ?? 1;
  const holdout = options.holdout ?? 0.2;
  const recipe = options.recipe ?? DEFAULT_FEATURE_RECIPE;
  const expansionOptions = {
    antiSeed: options.antiSeed ?? 15_000,
    minCodeShare: options.minCodeShare ?? 0.04,
    minCodeRatio: options.minCodeRatio ?? 50,
    randomSeed,
  };
  await assertModelWritable(store, options.modelId, options.replace ?? false);
  await assertStoreNotEmpty(store);
  try {
    const seed = await resolveSeed(store, options.seed);
    const expansion = await expandLandscape(store, expansionOptions);
    const set = await collectTrainingSet(store, recipe);
    assertBothClasses(set, expansion.antiSeedCandidates);
    const split = splitHoldout(set.labels, holdout, randomSeed);
    const trainLabels = split.train.map((i) => set.labels[i]!);
    const model = trainOnVectors((k) => set.vectors.get(split.train[k]!), trainLabels, {
      ...options.training,
      recipe,
      seed: randomSeed,
    });
    const evaluation = evaluate(
      set,
      split.heldOut,
      (i) => scoreVector(model, set.vectors.get(i)),
      split.train.length,
    );
    const target: ModelTarget = {
      seed: options.seed,
      categoryId:
        options.seed.kind === 'taxonomy' && options.seed.categoryId
          ? options.seed.categoryId
          : options.modelId,
      seedPublications: seed.publications,
      seedUnknown: seed.unknown,
    };
    const params: ModelParams = {
      features: recipe,
      model: {
        kind: 'logistic-regression',
        bias: model.bias,
        weightsEncoding: 'float32-le',
        dimension: model.weights.length,
      },
      training: { optimiser: 'sgd-adagrad', ...model.training },
      expansion: {
        corpus: expansion.corpus,
        seed: expansion.seed,
        codeScheme: expansion.codes.scheme,
        minCodeShare: expansionOptions.minCodeShare,
        minCodeRatio: expansionOptions.minCodeRatio,
        codes: expansion.codes.codes,
        l1Codes: expansion.codes.publications,
        citationLevel: expansion.citations.level,
        l1Citations: expansion.citations.publications,
        l1: expansion.l1,
        l2: expansion.l2,
        antiSeedRequested: expansionOptions.antiSeed,
        antiSeedCandidates: expansion.antiSeedCandidates,
        antiSeed: expansion.antiSeed,
        withoutFeatures: set.withoutFeatures,
      },
      holdout: { fraction: holdout, seed: randomSeed },
      snapshot: await storeSnapshot(store),
    };
    await writeModel(store, {
      modelId: options.modelId,
      patlasVersion: options.patlasVersion,
      target,
      params,
      evaluation,
      weights: model.weights,
    });
    return { modelId: options.modelId, target, params, evaluation: evaluation };
  } finally {
    for (const table of LEARNED_TABLES)
      await store.run(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
  }
}

function evaluate(
  set: TrainingSet,
  heldOut: number[],
  score: (i: number) => number,
  trainSize: number,
): ModelEvaluation | null {
  if (heldOut.length === 0) return null;
  const labels = heldOut.map((i) => set.labels[i]!);
  const positives = labels.filter((l) => l === 1).length;
  return {
    ...binaryMetrics(heldOut.map(score), labels, 0.5),
    heldOut: { size: heldOut.length, positives, negatives: heldOut.length - positives },
    trainSize,
  };
}

async function assertStoreNotEmpty(store: Store): Promise<void> {
  const n = (await store.one<{ n: number }>('SELECT count(*) AS n FROM publications'))?.n ?? 0;
  if (n === 0) {
    throw new PatlasError('not-found', `${store.path} holds no publications`, {
      hint: 'ingest some first: `patlas ingest <files> --db <file>`',
    });
  }
}

function assertBothClasses(set: TrainingSet, candidates: number): void {
  const positives = set.labels.filter((l) => l === 1).length;
  if (positives === 0) {
    throw new PatlasError(
      'not-found',
      'no seed publication has a title, abstract, claim or code to learn from',
      {
        hint: 'ingest a source with texts for the seed publications',
      },
    );
  }
  if (positives === set.labels.length) {
    throw new PatlasError(
      'not-found',
      `no negatives: ${candidates} publications with text lie outside the seed and its expansion`,
      { hint: 'ingest publications outside the topic, or raise --min-code-ratio to expand less' },
    );
  }
}

async function storeSnapshot(store: Store): Promise<ModelParams['snapshot']> {
  const row = await store.one<{ publications: number; run: number | null; at: string | null }>(
    `SELECT (SELECT count(*) FROM publications) AS publications, max(run_id) AS run,
       strftime(max(finished_at), '%Y-%m-%dT%H:%M:%SZ') AS at FROM ingest_runs`,
  );
  return {
    store: store.path,
    publications: row?.publications ?? 0,
    lastIngestRun: row?.run ?? null,
    lastIngestAt: row?.at ?? null,
  };
}
