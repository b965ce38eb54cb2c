import type { Store } from '../../store/open-store.js';
import { extractFeatures } from './extract-features.js';
import type { FeatureRecipe } from './feature-recipe.js';
import { readLearnedDocuments } from './read-learned-documents.js';
import { VectorPool } from './vector-pool.js';

export interface TrainingSet {
  vectors: VectorPool;
  labels: (0 | 1)[];
  publicationNumbers: string[];
  /** Seed / anti-seed publications left out because they have no text or code to learn from. */
  withoutFeatures: { positives: number; negatives: number };
}

/**
 * The feature vectors of seed (label 1) and anti-seed (label 0) publications, in ascending publication
 * number. Texts stream from the store a chunk at a time; only the packed vectors stay in memory.
 */
export async function collectTrainingSet(store: Store, recipe: FeatureRecipe): Promise<TrainingSet> {
  const rows = await store.all<{ publication_number: string; label: number }>(
    `SELECT publication_number, 1 AS label FROM learned_seed
     UNION ALL SELECT publication_number, 0 AS label FROM learned_anti_seed
     ORDER BY publication_number`,
  );
  const labelOf = new Map(rows.map((r) => [r.publication_number, r.label === 1 ? 1 : 0] as const));
  const set: TrainingSet = {
    vectors: new VectorPool(),
    labels: [],
    publicationNumbers: [],
    withoutFeatures: { positives: 0, negatives: 0 },
  };
  for await (const chunk of readLearnedDocuments(store, [...labelOf.keys()])) {
    for (const { publicationNumber, document } of chunk) {
      const label = labelOf.get(publicationNumber) ?? 0;
      const vector = extractFeatures(document, recipe);
      if (vector.indices.length === 0) {
        if (label === 1) set.withoutFeatures.positives += 1;
        else set.withoutFeatures.negatives += 1;
        continue;
      }
      set.vectors.add(vector);
      set.labels.push(label);
      set.publicationNumbers.push(publicationNumber);
    }
  }
  return set;
}
