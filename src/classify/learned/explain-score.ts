import { documentTokens, readableToken } from './document-tokens.js';
import { bucketSums, hashTokens, l2Norm } from './extract-features.js';
import type { LearnedDocument } from './learned-document.js';
import type { LearnedModel } from './learned-model.js';

/** One token's share of a score (in log-odds): weight of its bucket × its normalised value. */
export interface Contribution {
  /** As people read it: `neural network`, `神经`, `G06N3`. */
  feature: string;
  kind: 'word' | 'chinese' | 'code';
  contribution: number;
}

const KINDS = { w: 'word', z: 'chinese', c: 'code' } as const;

/**
 * The tokens that pushed a document's score up the most, strongest first: the score's log-odds are the bias
 * plus the sum of every token's contribution, so these are the model's reasons, not a separate guess.
 */
export function explainDocument(model: LearnedModel, doc: LearnedDocument, limit = 5): Contribution[] {
  const tokens = hashTokens(documentTokens(doc, model.recipe), model.recipe);
  const norm = l2Norm(bucketSums(tokens));
  if (norm === 0) return [];
  return tokens
    .map((t) => ({
      feature: readableToken(t.token),
      kind: KINDS[t.token[0] as keyof typeof KINDS],
      contribution: (model.weights[t.bucket]! * t.value) / norm,
    }))
    .filter((c) => c.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || a.feature.localeCompare(b.feature))
    .slice(0, limit);
}

/** `neural network +0.84; G06N3 +0.41` */
export function formatContributions(contributions: readonly Contribution[]): string {
  return contributions.map((c) => `${c.feature} +${c.contribution.toFixed(2)}`).join('; ');
}
