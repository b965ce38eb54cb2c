import { tokenizeText } from '../keywords/tokenize-text.js';
import { countToken as add } from './count-token.js';
import type { FeatureRecipe } from './feature-recipe.js';
import { ENGLISH_STOP_WORDS } from './stop-words.js';

const DIGITS = /^\d+$/;

/**
 * Count the English word tokens of a text into `counts`: `w:network` for a word, `w:neural network` for two
 * adjacent words. Stop words, numbers and words shorter than the recipe's minimum are dropped first, so
 * "a neural network for the image" gives the bigrams `neural network` and `network image`.
 */
export function countEnglishTerms(
  text: string,
  recipe: FeatureRecipe['english'],
  counts: Map<string, number>,
): void {
  let previous: string | null = null;
  for (const raw of tokenizeText(text).words) {
    if (raw.length < recipe.minLength || ENGLISH_STOP_WORDS.has(raw) || DIGITS.test(raw)) continue;
    const word = recipe.suffix === 'plural' ? singular(raw) : raw;
    add(counts, `w:${word}`);
    if (recipe.ngrams === 2 && previous !== null) add(counts, `w:${previous} ${word}`);
    previous = word;
  }
}

/** A light plural strip: `technologies` -> `technology`, `networks` -> `network`; `process`, `bus`, `analysis` stay. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
