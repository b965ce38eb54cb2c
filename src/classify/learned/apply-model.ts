import { type Store, storeError } from '../../store/open-store.js';
import { explainDocument, formatContributions } from './explain-score.js';
import { extractFeatures } from './extract-features.js';
import { scoreVector } from './learned-model.js';
import { readModel } from './model-table.js';
import { readLearnedDocuments } from './read-learned-documents.js';

export interface ApplyModelOptions {
  modelId: string;
  /** Label publications scoring at least this; default the threshold the model was evaluated at (0.5). */
  threshold?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ApplyModelResult {
  modelId: string;
  taxonomyId: string;
  taxonomyVersion: string;
  categoryId: string;
  threshold: number;
  publications: number;
  /** Publications without any title, abstract, claim or code: not scored. */
  withoutFeatures: number;
  labelled: number;
}

/**
 * Score every publication of the store and write a `labels` row (taxonomy `model:<name>`, method `model`)
 * for each at or above the threshold, with its score and the features behind it as evidence. The model's
 * previous labels are replaced in one transaction; texts stream a chunk at a time.
 */
export async function applyModel(store: Store, options: ApplyModelOptions): Promise<ApplyModelResult> {
  const stored = await readModel(store, options.modelId);
  const threshold = options.threshold ?? stored.evaluation?.threshold ?? 0.5;
  const taxonomyId = `model:${stored.modelId}`;
  const total = (await store.one<{ n: number }>('SELECT count(*) AS n FROM publications'))?.n ?? 0;
  const result: ApplyModelResult = {
    modelId: stored.modelId,
    taxonomyId,
    taxonomyVersion: stored.version,
    categoryId: stored.target.categoryId,
    threshold,
    publications: 0,
    withoutFeatures: 0,
    labelled: 0,
  };
  await store.run('BEGIN TRANSACTION');
  try {
    await store.run('CREATE OR REPLACE TEMP TABLE learned_stage_labels AS SELECT * FROM labels LIMIT 0');
    const appender = await store.connection.createAppender('learned_stage_labels', 'main', 'temp');
    for await (const chunk of readLearnedDocuments(store)) {
      for (const { publicationNumber, document } of chunk) {
        result.publications += 1;
        const features = extractFeatures(document, stored.model.recipe);
        if (features.indices.length === 0) {
          result.withoutFeatures += 1;
          continue;
        }
        const score = scoreVector(stored.model, features);
        if (score < threshold) continue;
        result.labelled += 1;
        try {
          for (const text of [publicationNumber, taxonomyId, stored.version, result.categoryId, 'model'])
            appender.appendVarchar(text);
          appender.appendVarchar(stored.modelId);
          appender.appendVarchar('model');
          appender.appendVarchar(formatContributions(explainDocument(stored.model, document, 5)));
          appender.appendDouble(score);
          appender.endRow();
        } catch (error) {
          throw storeError('append to learned_stage_labels', error);
        }
      }
      options.onProgress?.(result.publications, total);
    }
    appender.closeSync();
    await store.run('DELETE FROM labels WHERE taxonomy_id = ?', [taxonomyId]);
    await store.run('INSERT INTO labels SELECT * FROM learned_stage_labels');
    await store.run('DROP TABLE learned_stage_labels');
    await store.run('COMMIT');
  } catch (error) {
    await store.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return result;
}
