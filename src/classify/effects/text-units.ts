/** The language modes of the extractor: English words, or Chinese characters. */
export type EffectLang = 'en' | 'zh';

/**
 * Text cut into the units that windows are counted in: English words (and the joiners & / +), or, for Chinese, single characters
 * with runs of Latin letters and digits kept whole (`ai模型` is `ai`, `模`, `型`). Whitespace is never a
 * unit, so `神经 网络` and `神经网络` give the same units. Unit `i` is `text.slice(starts[i], ends[i])`.
 */
export interface Units {
  units: string[];
  starts: number[];
  ends: number[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;
/** Symbols that join words (`latency & cost`, `and/or`): units of their own in English, so a lexicon can list them. */
const JOINERS = new Set(['&', '/', '+']);

export function toUnits(text: string, lang: EffectLang): Units {
  return lang === 'en' ? englishUnits(text) : chineseUnits(text);
}

function englishUnits(text: string): Units {
  const out: Units = { units: [], starts: [], ends: [] };
  let start = -1;
  for (let at = 0; at <= text.length; at += 1) {
    const inWord = at < text.length && isWordChar(text, at);
    if (inWord && start < 0) start = at;
    else if (!inWord && start >= 0) {
      push(out, text, start, at);
      start = -1;
    }
    if (!inWord && at < text.length && JOINERS.has(text[at]!)) push(out, text, at, at + 1);
  }
  return out;
}

function chineseUnits(text: string): Units {
  const out: Units = { units: [], starts: [], ends: [] };
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(at, at + width);
    if (SPACE.test(char)) {
      at += width;
    } else if (isLatinWordChar(code)) {
      let end = at + 1;
      while (end < text.length && isLatinWordChar(text.charCodeAt(end))) end += 1;
      push(out, text, at, end);
      at = end;
    } else {
      push(out, text, at, at + width);
      at += width;
    }
  }
  return out;
}

function push(out: Units, text: string, start: number, end: number): void {
  out.units.push(text.slice(start, end));
  out.starts.push(start);
  out.ends.push(end);
}

function isLatinWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isLatinWordChar(code) || (code >= 65 && code <= 90);
  if (code >= 0xdc00 && code <= 0xdfff) return at > 0 && isWordChar(text, at - 1);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/** Whether Chinese is the text's main script: more Han characters than Latin letters. */
export function isMostlyHan(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (const char of text) {
    if (HAN.test(char)) han += 1;
    else if (/[a-z]/i.test(char)) latin += 1;
  }
  return han > 0 && han >= latin;
}
