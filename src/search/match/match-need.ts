import type { Store } from '../../store/open-store.js';
import { type QueryTermView, queryTermViews, readQueryTerms } from '../bm25/query-terms.js';
import { readDocDetails } from '../bm25/read-doc-details.js';
import { readDocFacts } from '../bm25/read-doc-facts.js';
import { scoreDocuments } from '../bm25/score-documents.js';
import { queryLanguage, type SearchHit, searchHit } from '../bm25/search-patents.js';
import { readTextIndex, type TextIndexInfo } from '../index/read-text-index.js';
import { boostedScore, buildCpcProfile, type CpcProfileGroup, cpcOverlap } from './cpc-boost.js';
import { type MatchParameters, matchMethod, matchParameters } from './match-method.js';
import { type RankedApplicant, rankApplicants } from './rank-applicants.js';
import { type MatchEffect, readEffects } from './read-effects.js';

export interface MatchOptions {
  /** Patents and applicants to return (1 to 100). */
  top: number;
}

/** A matching patent and why it matches. */
export interface PatentMatch extends SearchHit {
  /** The text score before the CPC boost. */
  bm25: number;
  /** Its share of the best hits' CPC profile (0 to 1). */
  cpcOverlap: number;
  /** The profile groups it carries. */
  sharedCpc: string[];
  effects: MatchEffect[];
}

export interface MatchResult {
  need: string;
  /** The need's terms (stemmed / segmented) with the publications holding each. */
  terms: QueryTermView[];
  /** Publications matching at least one term of the need. */
  totalMatching: number;
  cpcProfile: CpcProfileGroup[];
  patents: PatentMatch[];
  applicants: RankedApplicant[];
  method: { en: string; zh: string };
  parameters: MatchParameters;
  index: Pick<TextIndexInfo, 'documents' | 'builtAt' | 'stale'>;
}

/**
 * Technology-demand matchmaking: the patents and applicants (potential licensors or partners) that best answer
 * a need written in Chinese or English, each with the evidence (terms and fields, shared CPC, technical
 * effects, applicant, country, legal status). See cpc-boost.ts and rank-applicants.ts for the formulas.
 */
export async function matchNeed(store: Store, need: string, options: MatchOptions): Promise<MatchResult> {
  const index = await readTextIndex(store);
  const terms = await readQueryTerms(store, need);
  const parameters = matchParameters(options.top);
  const pool = await scoreDocuments(
    store,
    terms.known.map((t) => t.termId),
    { limit: parameters.candidates, offset: 0 },
  );
  const facts = await readDocFacts(
    store,
    pool.documents.map((d) => d.docId),
    { groups: true },
  );
  const profile = buildCpcProfile(
    pool.documents.slice(0, parameters.bestHits).map((d) => facts.get(d.docId)?.cpcGroups ?? []),
    parameters.minHits,
  );
  const candidates = pool.documents
    .flatMap((d) => {
      const found = facts.get(d.docId);
      if (!found) return [];
      const { overlap, shared } = cpcOverlap(profile, found.cpcGroups);
      const score = boostedScore(d.score, overlap, parameters.beta);
      return [{ ...found, docId: d.docId, bm25: d.score, score, cpcOverlap: overlap, sharedCpc: shared }];
    })
    .sort((a, b) => b.score - a.score || a.publicationNumber.localeCompare(b.publicationNumber));
  const best = candidates.slice(0, options.top);
  const details = await readDocDetails(
    store,
    best.map((p) => p.docId),
    terms,
    queryLanguage(need),
  );
  const effects = await readEffects(
    store,
    best.map((p) => p.publicationNumber),
  );
  return {
    need,
    terms: queryTermViews(terms),
    totalMatching: pool.total,
    cpcProfile: profile,
    patents: best.flatMap((p) => {
      const found = details.get(p.docId);
      if (!found) return [];
      const hit = searchHit({ docId: p.docId, score: p.score }, found, p);
      return [
        {
          ...hit,
          bm25: p.bm25,
          cpcOverlap: p.cpcOverlap,
          sharedCpc: p.sharedCpc,
          effects: effects.get(p.publicationNumber) ?? [],
        },
      ];
    }),
    applicants: rankApplicants(candidates, parameters.patentsPerApplicant).slice(0, options.top),
    method: matchMethod(parameters),
    parameters,
    index: { documents: index.documents, builtAt: index.builtAt, stale: index.stale },
  };
}
