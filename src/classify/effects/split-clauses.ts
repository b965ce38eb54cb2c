import type { NormalisedText } from './normalise-with-offsets.js';
import type { EffectLang } from './text-units.js';

/**
 * A clause of the normalised text, `[start, end)` without its delimiter. `listBefore` says that the
 * delimiter before it separates list items (`、`, or an English comma), across which coordinated attributes
 * may share one cue (`降低能耗、成本`).
 */
export interface Clause {
  start: number;
  end: number;
  sentence: number;
  listBefore: boolean;
}

// After NFKC the full-width ，；：！？ are ASCII; 。 and 、 stay as they are.
const ZH_SENTENCE = new Set(['。', '!', '?', ';', '\n', '\r']);
const ZH_CLAUSE = new Set([',', '、', ':']);
const EN_SENTENCE = new Set(['!', '?', '\n', '\r']);
const EN_CLAUSE = new Set([',', ';', ':']);
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'fig', 'figs', 'no', 'etc', 'vs', 'cf', 'al', 'approx', 'eq']);

/** Split into clauses: zh at ，。；！？、：and line ends; en at sentence ends and , ; : */
export function splitClauses(norm: NormalisedText, lang: EffectLang): Clause[] {
  const text = norm.text;
  const clauses: Clause[] = [];
  let start = 0;
  let sentence = 0;
  let listBefore = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    const endsSentence = lang === 'zh' ? zhSentenceEnd(text, at) : enSentenceEnd(norm, at);
    const endsClause = lang === 'zh' ? ZH_CLAUSE.has(char) : EN_CLAUSE.has(char);
    if (!endsSentence && !endsClause) continue;
    clauses.push({ start, end: at, sentence, listBefore });
    start = at + 1;
    listBefore = char === (lang === 'zh' ? '、' : ',');
    if (endsSentence) {
      sentence += 1;
      listBefore = false;
    }
  }
  clauses.push({ start, end: text.length, sentence, listBefore });
  return clauses;
}

function zhSentenceEnd(text: string, at: number): boolean {
  const char = text[at]!;
  if (ZH_SENTENCE.has(char)) return true;
  // A full stop written as "." (or NFKC-folded "．"), but not a decimal point.
  return char === '.' && !/\d/.test(text[at + 1] ?? '');
}

/** A full stop ends an English sentence before a space and a capital, digit or the end, after no abbreviation. */
function enSentenceEnd(norm: NormalisedText, at: number): boolean {
  const text = norm.text;
  const char = text[at]!;
  if (EN_SENTENCE.has(char)) return true;
  if (char !== '.') return false;
  let next = at + 1;
  if (next < text.length && !/\s/.test(text[next]!)) return false;
  while (next < text.length && /\s/.test(text[next]!)) next += 1;
  if (next >= text.length) return true;
  const word = /([a-z.]+)$/.exec(text.slice(Math.max(0, at - 8), at))?.[1] ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  const following = norm.raw[norm.rawStart[next]!] ?? '';
  return /[\p{Lu}\p{N}"“(\p{Script=Han}]/u.test(following);
}
