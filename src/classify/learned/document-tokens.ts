import { parseClassificationSymbol } from '../../domain/classification-symbol.js';
import { countChineseTerms } from './chinese-terms.js';
import { countEnglishTerms } from './english-terms.js';
import type { FeatureRecipe } from './feature-recipe.js';
import { type LearnedDocument, textsOf } from './learned-document.js';

/**
 * The tokens of a document with their counts: `w:` English words and word pairs, `z:` Chinese characters
 * and character pairs, `c:` classification codes (present once, however many symbols share the code).
 */
export function documentTokens(doc: LearnedDocument, recipe: FeatureRecipe): Map<string, number> {
  const counts = new Map<string, number>();
  for (const field of recipe.fields) {
    for (const text of textsOf(doc[field])) {
      countEnglishTerms(text, recipe.english, counts);
      countChineseTerms(text, recipe.chinese.ngrams, counts);
    }
  }
  for (const raw of doc.codes ?? []) {
    const parts = parseClassificationSymbol(raw);
    if (!parts) continue;
    if (recipe.codes.levels.includes('subclass')) counts.set(`c:${parts.subclass}`, 1);
    if (recipe.codes.levels.includes('main_group') && parts.mainGroup !== null)
      counts.set(`c:${parts.subclass}${parts.mainGroup}`, 1);
  }
  return counts;
}

/** A token as people read it: `w:neural network` -> `neural network`, `c:G06N3` -> `G06N3`. */
export function readableToken(token: string): string {
  return token.slice(2);
}
