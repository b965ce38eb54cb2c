import { normaliseChineseText } from '../keywords/match-chinese-terms.js';
import { countToken as add } from './count-token.js';

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;

/**
 * Count the Chinese character tokens of a text into `counts`: `z:神` per character and `z:神经` per pair of
 * adjacent characters inside one run of Han characters (Chinese has no spaces, so character n-grams stand in
 * for words without a segmenter). Latin words inside Chinese text are left to the English tokens.
 */
export function countChineseTerms(text: string, ngrams: 1 | 2, counts: Map<string, number>): void {
  if (!HAN.test(text)) return;
  for (const match of normaliseChineseText(text).matchAll(HAN_RUNS)) {
    const chars = Array.from(match[0]);
    for (let i = 0; i < chars.length; i += 1) {
      add(counts, `z:${chars[i]}`);
      if (ngrams === 2 && i > 0) add(counts, `z:${chars[i - 1]}${chars[i]}`);
    }
  }
}
