import type { Store } from '../../store/open-store.js';
import { readTextIndex, type TextIndexInfo } from '../index/read-text-index.js';
import { type QueryTermView, queryTermViews, readQueryTerms } from './query-terms.js';
import { type DocDetails, readDocDetails } from './read-doc-details.js';
import { type DocFacts, type HitApplicant, readDocFacts } from './read-doc-facts.js';
import { type ScoredDoc, scoreDocuments } from './score-documents.js';

export interface SearchOptions {
  /** Hits per page (1 to 1000). */
  top: number;
  /** Hits to skip (paging). */
  offset: number;
}

export type SearchHit = Pick<DocDetails, 'publicationNumber' | 'matchedTerms'> & {
  score: number;
  title: string | null;
  titleLang: string | null;
  applicants: HitApplicant[];
  country: string;
  originCountries: string[];
  priorityYear: number | null;
  publicationYear: number | null;
  legalStatus: string | null;
};

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

/** A scored document with what the result shows of it (the key order is the JSON's). */
export function searchHit(scored: ScoredDoc, details: DocDetails, facts: DocFacts | undefined): SearchHit {
  return {
    publicationNumber: details.publicationNumber,
    score: scored.score,
    matchedTerms: details.matchedTerms,
    title: details.title,
    titleLang: details.titleLang,
    applicants: facts?.applicants ?? [],
    country: details.country,
    originCountries: facts?.originCountries ?? [],
    priorityYear: details.priorityYear,
    publicationYear: details.publicationYear,
    legalStatus: details.legalStatus,
  };
}

/** Full-text search over titles, abstracts and first claims, ranked by BM25 (see bm25.ts). */
export async function searchPatents(
  store: Store,
  query: string,
  options: SearchOptions,
): Promise<SearchResult> {
  const index = await readTextIndex(store);
  const terms = await readQueryTerms(store, query);
  const page = await scoreDocuments(
    store,
    terms.known.map((t) => t.termId),
    { limit: options.top, offset: options.offset },
  );
  const docIds = page.documents.map((d) => d.docId);
  const details = await readDocDetails(store, docIds, terms, queryLanguage(query));
  const facts = await readDocFacts(store, docIds, { groups: false });
  return {
    query,
    terms: queryTermViews(terms),
    total: page.total,
    top: options.top,
    offset: options.offset,
    hits: page.documents.flatMap((d) => {
      const found = details.get(d.docId);
      return found ? [searchHit(d, found, facts.get(d.docId))] : [];
    }),
    index: { documents: index.documents, builtAt: index.builtAt, stale: index.stale },
  };
}
