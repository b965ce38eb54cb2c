import type { z } from 'zod';
import { PatlasError } from '../../domain/patlas-error.js';
import type { Store } from '../../store/open-store.js';
import type { LearnedModel } from './learned-model.js';
import {
  type ModelEvaluation,
  type ModelParams,
  type ModelTarget,
  modelEvaluationSchema,
  modelParamsSchema,
  modelTargetSchema,
} from './model-record.js';
import { decodeWeights, encodeWeights, weightsVersion } from './weights-codec.js';

/** A model as the `models` table holds it. */
export interface StoredModel {
  modelId: string;
  createdAt: string;
  patlasVersion: string;
  target: ModelTarget;
  params: ModelParams;
  evaluation: ModelEvaluation | null;
  model: LearnedModel;
  /** Short hash of the weights: the `taxonomy_version` of the labels it writes. */
  version: string;
}

export type NewModel = Omit<StoredModel, 'createdAt' | 'version' | 'model'> & { weights: Float32Array };

/** Refuse to overwrite a model unless asked: a clear usage error that names `--replace`. */
export async function assertModelWritable(store: Store, modelId: string, replace: boolean): Promise<void> {
  if (replace) return;
  const found = await store.one('SELECT 1 AS x FROM models WHERE model_id = ?', [modelId]);
  if (found) {
    throw new PatlasError('usage', `the store already has a model named "${modelId}"`, {
      hint: 'add --replace to train it again under the same name, or choose another --name',
    });
  }
}

/** Store a model (replacing one of the same name) in one transaction. */
export async function writeModel(store: Store, model: NewModel): Promise<void> {
  await store.run('BEGIN TRANSACTION');
  try {
    await store.run('DELETE FROM models WHERE model_id = ?', [model.modelId]);
    await store.run('INSERT INTO models VALUES (?, now()::TIMESTAMP, ?, ?, ?, from_base64(?), ?)', [
      model.modelId,
      model.patlasVersion,
      JSON.stringify(model.target),
      JSON.stringify(model.params),
      Buffer.from(encodeWeights(model.weights)).toString('base64'),
      model.evaluation === null ? null : JSON.stringify(model.evaluation),
    ]);
    await store.run('COMMIT');
  } catch (error) {
    await store.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

interface ModelRow extends Record<string, unknown> {
  model_id: string;
  created_at: string;
  patlas_version: string;
  target: string;
  params: string;
  weights: Uint8Array;
  evaluation: string | null;
}

/** Read a model; an unknown name is a `not-found` error listing the models the store has. */
export async function readModel(store: Store, modelId: string): Promise<StoredModel> {
  const row = await store.one<ModelRow>(
    `SELECT model_id, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, patlas_version, target,
       params, weights, evaluation FROM models WHERE model_id = ?`,
    [modelId],
  );
  if (!row) {
    const names = (
      await store.all<{ model_id: string }>('SELECT model_id FROM models ORDER BY model_id')
    ).map((r) => r.model_id);
    throw new PatlasError('not-found', `the store has no model named "${modelId}"`, {
      hint: names.length
        ? `its models: ${names.join(', ')}`
        : 'train one with `patlas classify train --name <name> ...`',
    });
  }
  const params = parseStored(modelParamsSchema, row.params, modelId, 'params');
  const weights = decodeWeights(row.weights);
  if (weights.length !== params.model.dimension) {
    throw new PatlasError(
      'store-error',
      `model "${modelId}": ${weights.length} weights, params say ${params.model.dimension}`,
    );
  }
  const { optimiser: _optimiser, ...training } = params.training;
  return {
    modelId: row.model_id,
    createdAt: row.created_at,
    patlasVersion: row.patlas_version,
    target: parseStored(modelTargetSchema, row.target, modelId, 'target'),
    params,
    evaluation:
      row.evaluation === null
        ? null
        : parseStored(modelEvaluationSchema, row.evaluation, modelId, 'evaluation'),
    model: { recipe: params.features, weights, bias: params.model.bias, training },
    version: weightsVersion(row.weights, params.model.bias),
  };
}

function parseStored<T>(schema: z.ZodType<T>, json: string, modelId: string, column: string): T {
  const parsed = schema.safeParse(JSON.parse(json));
  if (!parsed.success) {
    throw new PatlasError('store-error', `model "${modelId}": its ${column} are not what this Patlas reads`, {
      hint: `train it again with --replace (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    });
  }
  return parsed.data;
}
