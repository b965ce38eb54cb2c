import type { PatentRecord } from '../../domain/patent-record.js';
import type { BinaryMetrics } from '../learned/index.js';
import { binaryMetrics, scoreDocument, splitHoldout, trainClassifier } from '../learned/index.js';
import type { TaxonomyClassifier } from '../taxonomy/compile-taxonomy.js';
import { inRoot } from './istat-recall.js';

export interface LearnedEvaluation {
  positives: number;
  negatives: number;
  heldOut: number;
  metrics: BinaryMetrics;
  /** Held-out AI patents the wipo2019 rules miss on title alone, and how many of them the model finds. */
  missedByRules: number;
  missedByRulesFound: number;
}

/**
 * The learned classifier on titles only: positives the istat AI patents, negatives real non-AI titles
 * (PATENTSCOPE and Lens pizza exports, Lens drones). Titles only and no codes, because the negatives have
 * no abstracts and the positives no codes: with them the model would learn which file a record came from.
 * 20 % of each class held out (seeded); the model never sees them in training.
 */
export function evaluateLearned(
  positives: readonly PatentRecord[],
  negatives: readonly PatentRecord[],
  rules: TaxonomyClassifier,
): LearnedEvaluation {
  const titleOnly = (r: PatentRecord) => ({ ...r, abstracts: {}, firstClaim: null, classifications: [] });
  const records = [...positives, ...negatives].map(titleOnly);
  const labels = records.map((_, i) => (i < positives.length ? 1 : 0) as 0 | 1);
  const split = splitHoldout(labels, 0.2, 20261121);
  const held = new Set(split.heldOut);
  const document = (r: PatentRecord) => ({ title: Object.values(r.titles), codes: [] });
  const model = trainClassifier(
    records.flatMap((r, i) => (held.has(i) ? [] : [{ document: document(r), label: labels[i]! }])),
  );
  const scores = split.heldOut.map((i) => scoreDocument(model, document(records[i]!)));
  const heldLabels = split.heldOut.map((i) => labels[i]!);
  const ruleHit = inRoot(rules);
  let missedByRules = 0;
  let missedByRulesFound = 0;
  split.heldOut.forEach((i, k) => {
    if (labels[i] !== 1 || ruleHit(records[i]!)) return;
    missedByRules += 1;
    if (scores[k]! >= 0.5) missedByRulesFound += 1;
  });
  return {
    positives: positives.length,
    negatives: negatives.length,
    heldOut: split.heldOut.length,
    metrics: binaryMetrics(scores, heldLabels, 0.5),
    missedByRules,
    missedByRulesFound,
  };
}
