import type { DuckDBAppender } from '@duckdb/node-api';
import type { Store } from '../../store/open-store.js';
import { bm25Sql } from '../bm25/bm25.js';
import { TOKENIZER_VERSION } from '../tokenize/tokenize.js';
import { documentTerms } from './document-terms.js';
import { BM25_PARAMS, INDEX_FIELDS } from './index-fields.js';
import { readIndexTexts } from './read-index-texts.js';
import { stageDocFacts } from './stage-doc-facts.js';
import { storeFingerprint } from './store-fingerprint.js';
import {
  CREATE_META_SQL,
  CREATE_STAGE_SQL,
  DROP_STAGE_SQL,
  postingsSql,
  STAGE,
  SWAP_DOCS_SQL,
  TEXT_INDEX_FORMAT,
} from './text-index-tables.js';

export interface TextIndexSummary {
  /** Publications with at least one indexable term. */
  documents: number;
  /** Publications with a title, abstract or first claim. */
  withText: number;
  /** Publications in the store. */
  publications: number;
  terms: number;
  postings: number;
  /** Mean field-weighted document length. */
  avgdl: number;
  seconds: number;
}

/** A posting's BM25 impact over the staged term `p`, its term `q` and its document `d` (postingsSql). */
const IMPACT_SQL = bm25Sql({
  documents: '$1::DOUBLE',
  k1: '$2::DOUBLE',
  b: '$3::DOUBLE',
  avgdl: '$4::DOUBLE',
  tf: 'p.tf',
  length: 'd.length',
  df: 'q.df',
});

export type TextIndexProgress = (done: number, total: number) => void;

/**
 * Build the BM25 text index of the store's titles, abstracts and first claims. Publications are read in
 * batches and tokenised here (memory stays flat); the terms are staged through appenders, each document's
 * facts (details, CPC groups, applicants, origins) are staged in slices, and the vocabulary, document
 * frequencies, term-ordered postings with their BM25 impacts and the documents' tables are made in SQL at the
 * end. All in one transaction that also drops the previous index: an interrupted build leaves it as it was.
 */
export async function buildTextIndex(
  store: Store,
  patlasVersion: string,
  onProgress?: TextIndexProgress,
  options: { factSlice?: number } = {},
): Promise<TextIndexSummary> {
  const started = performance.now();
  const total = Number((await store.one<{ n: number }>('SELECT count(*) AS n FROM publications'))?.n ?? 0);
  let withText = 0;
  let documents = 0;
  let lengthSum = 0;
  await store.run('BEGIN TRANSACTION');
  try {
    await store.run(CREATE_STAGE_SQL);
    const termAppender = await store.connection.createAppender(STAGE.terms, 'main', 'temp');
    const docAppender = await store.connection.createAppender(STAGE.docs, 'main', 'temp');
    for await (const batch of readIndexTexts(store)) {
      for (const publication of batch.sources) {
        const { length, terms } = documentTerms(publication.texts);
        if (terms.size === 0) continue;
        documents += 1;
        lengthSum += length;
        appendDocument(docAppender, termAppender, documents, publication.publicationNumber, length, terms);
      }
      withText += batch.sources.length;
      onProgress?.(withText, batch.total);
    }
    termAppender.closeSync();
    docAppender.closeSync();
    await stageDocFacts(store, options.factSlice);
    const fingerprint = await storeFingerprint(store);
    const avgdl = documents > 0 ? lengthSum / documents : 0;
    await store.run(SWAP_DOCS_SQL);
    await store.run(postingsSql(IMPACT_SQL), [documents, BM25_PARAMS.k1, BM25_PARAMS.b, avgdl || 1]);
    await store.run(DROP_STAGE_SQL);
    await store.run(CREATE_META_SQL);
    await store.run(
      `INSERT INTO text_index_meta SELECT ?, ?, ?, ?, (SELECT count(*) FROM text_index_terms),
         (SELECT count(*) FROM text_index_postings), ?, ?, ?, now()::TIMESTAMP, ?, ?`,
      [
        BM25_PARAMS.k1,
        BM25_PARAMS.b,
        avgdl,
        documents,
        JSON.stringify(Object.fromEntries(Object.entries(INDEX_FIELDS).map(([f, v]) => [f, v.weight]))),
        TOKENIZER_VERSION,
        TEXT_INDEX_FORMAT,
        fingerprint,
        patlasVersion,
      ],
    );
    const counts = await store.one<{ terms: number; postings: number }>(
      'SELECT term_count AS terms, posting_count AS postings FROM text_index_meta',
    );
    await store.run('COMMIT');
    return {
      documents,
      withText,
      publications: total,
      terms: counts?.terms ?? 0,
      postings: counts?.postings ?? 0,
      avgdl,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    await store.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function appendDocument(
  docs: DuckDBAppender,
  postings: DuckDBAppender,
  docId: number,
  publicationNumber: string,
  length: number,
  terms: ReturnType<typeof documentTerms>['terms'],
): void {
  docs.appendInteger(docId);
  docs.appendVarchar(publicationNumber);
  docs.appendDouble(length);
  docs.endRow();
  for (const [term, posting] of terms) {
    postings.appendVarchar(term);
    postings.appendInteger(docId);
    postings.appendDouble(posting.tf);
    postings.appendUTinyInt(posting.fields);
    postings.endRow();
  }
}
