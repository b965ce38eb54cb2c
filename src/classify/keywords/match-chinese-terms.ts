import { decodeHTML } from 'entities';
import { PatlasError } from '../../domain/patlas-error.js';

/**
 * A Chinese term matched as a substring. A hit inside one of the `exclude` contexts does not count: the
 * context must contain the term (`{ term: '推荐', exclude: ['推荐使用'] }` skips the 推荐 of 推荐使用 but
 * still counts another 推荐 in the same text).
 */
export type ChineseTerm = { term: string; exclude?: string[] };

/** One counted hit: the term as configured; `start`/`end` are offsets in the normalised text (`normaliseChineseText`). */
export type ChineseHit = { term: string; start: number; end: number };
export type ChineseMatch = { matched: boolean; evidence: ChineseHit[] };

type CompiledTerm = {
  label: string;
  term: string;
  edgeBefore: boolean;
  edgeAfter: boolean;
  contexts: Context[];
};
/** An exclusion context and where the term sits inside it. */
type Context = { text: string; offset: number };

const ASCII_WORD = /[a-z0-9]/;

/**
 * Compile Chinese terms once into a matcher of many texts. Texts and terms are normalised the same way:
 * full-width forms fold to half-width, Latin letters to lower case, whitespace is removed (so `神经 网络`
 * matches 神经网络). A term that begins or ends with a Latin letter or digit must not touch another one there
 * (`AI` counts in `基于AI和RPA` but not in `AIS`). Throws a `bad-mapping` PatlasError for an empty term or an
 * exclusion context that does not contain its term.
 */
export function compileChineseTerms(terms: ChineseTerm[]): (text: string) => ChineseMatch {
  const compiled = terms.map(compileTerm);
  return (raw) => {
    const text = normaliseChineseText(raw);
    const evidence: ChineseHit[] = [];
    for (const entry of compiled) {
      for (let at = text.indexOf(entry.term); at >= 0; at = text.indexOf(entry.term, at + 1)) {
        if (counts(text, at, entry))
          evidence.push({ term: entry.label, start: at, end: at + entry.term.length });
      }
    }
    evidence.sort((a, b) => a.start - b.start || b.end - a.end);
    return { matched: evidence.length > 0, evidence };
  };
}

/** Decode HTML entities, fold full-width/compatibility forms (NFKC), lower-case, drop all whitespace. */
export function normaliseChineseText(raw: string): string {
  const decoded = raw.includes('&') ? decodeHTML(raw) : raw;
  return decoded.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

function compileTerm(entry: ChineseTerm): CompiledTerm {
  const term = normaliseChineseText(entry.term);
  if (term === '') throw new PatlasError('bad-mapping', `Chinese term "${entry.term}" is empty`);
  const contexts = (entry.exclude ?? []).flatMap((raw) => {
    const text = normaliseChineseText(raw);
    const offsets = occurrences(text, term);
    if (offsets.length === 0) {
      throw new PatlasError(
        'bad-mapping',
        `exclusion "${raw}" of Chinese term "${entry.term}" does not contain it`,
        {
          hint: 'an exclusion is a longer context around the term, e.g. 推荐使用 for 推荐',
        },
      );
    }
    return offsets.map((offset) => ({ text, offset }));
  });
  return {
    label: entry.term,
    term,
    edgeBefore: ASCII_WORD.test(term[0]!),
    edgeAfter: ASCII_WORD.test(term[term.length - 1]!),
    contexts,
  };
}

function counts(text: string, at: number, entry: CompiledTerm): boolean {
  if (entry.edgeBefore && at > 0 && ASCII_WORD.test(text[at - 1]!)) return false;
  const end = at + entry.term.length;
  if (entry.edgeAfter && end < text.length && ASCII_WORD.test(text[end]!)) return false;
  return !entry.contexts.some(
    (context) => at >= context.offset && text.startsWith(context.text, at - context.offset),
  );
}

function occurrences(text: string, term: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) offsets.push(at);
  return offsets;
}
