import { decodeHTML } from 'entities';

/**
 * Normalised text that remembers where each of its UTF-16 code units came from: `text[i]` was produced by
 * `raw.slice(rawStart[i], rawEnd[i])`, so a span found in `text` maps back onto the text as given.
 */
export interface NormalisedText {
  raw: string;
  text: string;
  rawStart: number[];
  rawEnd: number[];
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const COMBINING = /\p{M}/u;

/**
 * Decode HTML entities, fold compatibility forms (NFKC: full-width letters and punctuation, ligatures) and
 * lower-case, the same folding as the keyword matchers, one entity or character (with its combining marks)
 * at a time so that every output character keeps its source offsets.
 */
export function normaliseWithOffsets(raw: string): NormalisedText {
  const pieces: string[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  let at = 0;
  while (at < raw.length) {
    const code = raw.charCodeAt(at);
    if (code < 128 && code !== 38 && !isCombining(raw, at + 1)) {
      // ASCII fast path: NFKC leaves it alone, lower-casing is a bit flip.
      pieces.push(String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code));
      rawStart.push(at);
      rawEnd.push(at + 1);
      at += 1;
      continue;
    }
    const end = unitEnd(raw, at);
    const source = raw.slice(at, end);
    const piece = (source.startsWith('&') ? decodeHTML(source) : source).normalize('NFKC').toLowerCase();
    pieces.push(piece);
    for (let i = 0; i < piece.length; i += 1) {
      rawStart.push(at);
      rawEnd.push(end);
    }
    at = end;
  }
  return { raw, text: pieces.join(''), rawStart, rawEnd };
}

/** The end of the unit starting at `at`: a whole entity, or a code point and the combining marks after it. */
function unitEnd(raw: string, at: number): number {
  if (raw.charCodeAt(at) === 38) {
    ENTITY.lastIndex = at;
    if (ENTITY.test(raw)) return ENTITY.lastIndex;
  }
  let end = at + codePointLength(raw, at);
  while (isCombining(raw, end)) end += codePointLength(raw, end);
  return end;
}

function isCombining(raw: string, at: number): boolean {
  if (at >= raw.length || raw.charCodeAt(at) < 0x300) return false;
  return COMBINING.test(String.fromCodePoint(raw.codePointAt(at) ?? 0));
}

function codePointLength(raw: string, at: number): number {
  const code = raw.codePointAt(at) ?? 0;
  return code > 0xffff ? 2 : 1;
}

/** The raw span of normalised characters `[start, end)`. */
export function rawSpan(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.rawStart.length ? norm.rawStart[start]! : norm.raw.length;
    return { start: at, end: at };
  }
  return { start: norm.rawStart[start]!, end: norm.rawEnd[end - 1]! };
}
