import { tokenize } from '../tokenize/tokenize.js';
import { INDEX_FIELD_NAMES, INDEX_FIELDS, type IndexField } from './index-fields.js';

export interface TermPosting {
  /** Field-weighted term frequency: the sum over fields of weight x occurrences. */
  tf: number;
  /** Bit mask of the fields the term occurs in. */
  fields: number;
}

export interface DocumentTerms {
  /** Field-weighted length: the sum over fields of weight x number of terms. */
  length: number;
  terms: Map<string, TermPosting>;
}

/**
 * A publication's terms for the index (BM25F-lite): every text of a field, in every language, is tokenised; a
 * term's frequency and the document's length are summed over fields with the field weights.
 */
export function documentTerms(texts: Record<IndexField, readonly string[]>): DocumentTerms {
  const terms = new Map<string, TermPosting>();
  let length = 0;
  for (const field of INDEX_FIELD_NAMES) {
    const { weight, bit } = INDEX_FIELDS[field];
    for (const text of texts[field]) {
      for (const term of tokenize(text)) {
        length += weight;
        const posting = terms.get(term);
        if (posting) {
          posting.tf += weight;
          posting.fields |= bit;
        } else terms.set(term, { tf: weight, fields: bit });
      }
    }
  }
  return { length, terms };
}
