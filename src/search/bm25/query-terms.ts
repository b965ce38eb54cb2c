import { PatlasError } from '../../domain/patlas-error.js';
import type { Store } from '../../store/open-store.js';
import { tokenizeWords } from '../tokenize/tokenize.js';

export interface KnownTerm {
  term: string;
  termId: number;
  df: number;
}

export interface QueryTerms {
  /** The need's distinct index terms, in the order typed. */
  terms: string[];
  /** The word each term was made from, as typed (lower-cased): `batteri` -> `batteries`. */
  words: Record<string, string>;
  /** Those terms the index holds, with their id and the number of indexed publications holding each. */
  known: KnownTerm[];
}

/** A term of the need as the result shows it: the word typed, its index term, the publications holding it. */
export interface QueryTermView {
  word: string;
  term: string;
  documents: number;
}

/** The need's terms for a result (unknown terms with 0 documents). */
export function queryTermViews(q: QueryTerms): QueryTermView[] {
  const df = new Map(q.known.map((k) => [k.term, k.df]));
  return q.terms.map((term) => ({ word: q.words[term] ?? term, term, documents: df.get(term) ?? 0 }));
}

/** Tokenise a need or query exactly like the documents; a text with no indexable term is a usage error. */
export async function readQueryTerms(store: Store, text: string): Promise<QueryTerms> {
  const words: Record<string, string> = {};
  for (const { term, word } of tokenizeWords(text)) words[term] ??= word;
  const terms = Object.keys(words);
  if (terms.length === 0) {
    throw new PatlasError(
      'usage',
      `"${text}" has no searchable word (only stop words, numbers or punctuation)`,
      {
        hint: 'describe the technology with content words, e.g. "drone battery swapping" or "无人机 电池 更换"',
      },
    );
  }
  const rows = await store.all<{ term: string; term_id: number; df: number }>(
    `SELECT term, term_id, df FROM text_index_terms WHERE term IN (SELECT unnest(from_json(?, '["VARCHAR"]')))`,
    [JSON.stringify(terms)],
  );
  const byTerm = new Map(rows.map((r) => [r.term, { term: r.term, termId: r.term_id, df: r.df }]));
  return { terms, words, known: terms.flatMap((t) => byTerm.get(t) ?? []) };
}
