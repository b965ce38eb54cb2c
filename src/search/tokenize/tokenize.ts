import { stemmer } from 'stemmer';
import { segmentChinese } from './chinese-segmenter.js';
import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from './stop-words.js';

/** Stored with the index: a change of the rules below makes an older index unusable until it is rebuilt. */
export const TOKENIZER_VERSION = 'search-tokenizer/1 jieba-search-nohmm porter stop-3';

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** A run of CJK characters, or a run of other letters and digits (so `基于CNN的` gives 基于, cnn, 的). */
const RUNS = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const CJK_RUN = new RegExp(`^[${CJK}]`, 'u');
const DIGITS = /^\p{N}+$/u;
const LATIN_LETTERS = /^[a-z]+$/;

/**
 * The index terms of a text, in order, repeats kept (so they count as term frequency). The same function makes
 * the terms of documents and of needs. NFKC folds full-width forms (`ＡＩ` -> `ai`); English words are lower-cased
 * and Porter-stemmed (`networks` -> `network`); CJK runs are segmented by jieba; stop words, single Latin
 * letters and pure numbers (claim numbers, reference signs) are dropped.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  forEachTerm(text, (term) => terms.push(term));
  return terms;
}

/** Each term with the word it was made from (`batteries` -> `batteri`), to show a need's terms as typed. */
export function tokenizeWords(text: string): { term: string; word: string }[] {
  const words: { term: string; word: string }[] = [];
  forEachTerm(text, (term, word) => words.push({ term, word }));
  return words;
}

function forEachTerm(text: string, emit: (term: string, word: string) => void): void {
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(RUNS)) {
    const run = match[0];
    if (CJK_RUN.test(run)) {
      for (const word of segmentChinese(run)) if (!CHINESE_STOP_WORDS.has(word)) emit(word, word);
    } else if (run.length > 1 && !DIGITS.test(run) && !ENGLISH_STOP_WORDS.has(run)) {
      emit(LATIN_LETTERS.test(run) ? stemmer(run) : run, run);
    }
  }
}
