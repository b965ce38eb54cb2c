import { decodeHTML } from 'entities';

/**
 * English text split into lower-cased words. `text` is the normalised text (HTML entities decoded, NFKC, lower
 * case); word `i` is `words[i]` and sits at `text.slice(starts[i], ends[i])`.
 */
export type TokenizedText = {
  text: string;
  words: string[];
  starts: number[];
  ends: number[];
  /**
   * Where each search term occurs (key: `termKey`), when an index of many expressions filled it in one pass
   * over the words; matchers then look terms up instead of scanning every word for each one.
   */
  termPositions?: ReadonlyMap<string, readonly number[]>;
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Scripts written without spaces: their characters end an English word (`基于LSTM的` holds the word lstm). */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Normalise and split text into words. Hyphens, punctuation and spaces all separate words, so `Neural-Network`,
 * `neural network` and `NEURAL  network` give the same words; full-width forms fold to ASCII (`ＡＩ` -> `ai`).
 * Chinese, Japanese and Korean characters are not part of words: English terms inside Chinese text
 * (`采用CNN模型`) become words of their own; the Chinese text itself is matched by match-chinese-terms.
 */
export function tokenizeText(raw: string): TokenizedText {
  const text = normaliseText(raw);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at += 1) {
    const inWord = at < text.length && isWordChar(text, at);
    if (inWord && start < 0) start = at;
    else if (!inWord && start >= 0) {
      words.push(text.slice(start, at));
      starts.push(start);
      ends.push(at);
      start = -1;
    }
  }
  return { text, words, starts, ends };
}

/** A hand-rolled scan: an ASCII fast path is several times quicker than a Unicode-property regex over the text. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xdc00 && code <= 0xdfff) return at > 0 && isWordChar(text, at - 1);
  const char = String.fromCodePoint(text.codePointAt(at) ?? code);
  return LETTER_OR_DIGIT.test(char) && !UNSPACED_SCRIPT.test(char);
}

/** Decode HTML entities (`&amp;`, `&#x2014;`), fold compatibility forms (NFKC: full-width, ligatures), lower-case. */
export function normaliseText(raw: string): string {
  const decoded = raw.includes('&') ? decodeHTML(raw) : raw;
  return decoded.normalize('NFKC').toLowerCase();
}
