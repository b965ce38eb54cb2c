import type { Store } from '../../store/open-store.js';
import { readTextIndex, type TextIndexInfo } from '../index/read-text-index.js';
import { type QueryTermView, queryTermViews, readQueryTerms } from './query-terms.js';
import { type HitDetails, readHitDetails } from './read-hit-details.js';
import { type ScoredDocument, scoreDocuments } from './score-documents.js';

export interface SearchOptions {
  /** Hits per page (1 to 1000). */
  top: number;
  /** Hits to skip (paging). */
  offset: number;
}

export type SearchHit = ScoredDocument & HitDetails;

export interface SearchResult {
  query: string;
  /** The query's terms (stemmed / segmented) with the publications holding each. */
  terms: QueryTermView[];
  /** Publications matching at least one term. */
  total: number;
  top: number;
  offset: number;
  hits: SearchHit[];
  index: Pick<TextIndexInfo, 'documents' | 'builtAt' | 'stale'>;
}

const HAN = /\p{Script=Han}/u;

/** The language a need is written in, for picking titles: Chinese when it holds Han characters. */
export const queryLanguage = (text: string): 'zh' | 'en' => (HAN.test(text) ? 'zh' : 'en');

/** Full-text search over titles, abstracts and first claims, ranked by BM25 (see bm25.ts). */
export async function searchPatents(
  store: Store,
  query: string,
  options: SearchOptions,
): Promise<SearchResult> {
  const index = await readTextIndex(store);
  const terms = await readQueryTerms(store, query);
  const page = terms.known.length
    ? await scoreDocuments(
        store,
        index,
        terms.known.map((t) => t.term),
        { limit: options.top, offset: options.offset },
        terms.words,
      )
    : { total: 0, documents: [] };
  const details = await readHitDetails(
    store,
    page.documents.map((d) => d.publicationNumber),
    queryLanguage(query),
  );
  return {
    query,
    terms: queryTermViews(terms),
    total: page.total,
    top: options.top,
    offset: options.offset,
    hits: page.documents.flatMap((d) => {
      const found = details.get(d.publicationNumber);
      return found ? [{ ...d, ...found }] : [];
    }),
    index: { documents: index.documents, builtAt: index.builtAt, stale: index.stale },
  };
}
