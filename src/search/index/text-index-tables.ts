/**
 * The text index's tables (built by `patlas index`, read by search and match):
 * - text_index_docs(doc_id, publication_number, length): one row per publication with indexable text;
 * - text_index_terms(term_id, term, df): the vocabulary with document frequencies;
 * - text_index_postings(term_id, doc_id, tf, length, fields): one row per term and document, stored in term
 *   order so a query reads only the row groups of its terms (DuckDB's zone maps skip the others); the
 *   document's length is repeated on each posting so scoring needs no join (it compresses to little);
 * - text_index_meta: one row with the BM25 parameters, the tokenizer and the store's fingerprint at build time.
 */
export const TEXT_INDEX_TABLES = [
  'text_index_postings',
  'text_index_terms',
  'text_index_docs',
  'text_index_meta',
] as const;

export const STAGE_TERMS = 'text_index_stage_terms';
export const STAGE_DOCS = 'text_index_stage_docs';

export const CREATE_STAGE_SQL = `
CREATE OR REPLACE TEMP TABLE ${STAGE_TERMS} (term VARCHAR NOT NULL, doc_id INTEGER NOT NULL, tf DOUBLE NOT NULL,
  fields UTINYINT NOT NULL);
CREATE OR REPLACE TEMP TABLE ${STAGE_DOCS} (doc_id INTEGER NOT NULL, publication_number VARCHAR NOT NULL,
  length DOUBLE NOT NULL);`;

/** Replace the index tables by the staged ones (run inside the build's transaction). */
export const SWAP_SQL = `
${TEXT_INDEX_TABLES.map((t) => `DROP TABLE IF EXISTS ${t};`).join('\n')}
CREATE TABLE text_index_docs AS SELECT * FROM ${STAGE_DOCS} ORDER BY doc_id;
CREATE TABLE text_index_terms AS
  SELECT (row_number() OVER (ORDER BY term))::INTEGER AS term_id, term, count(*)::INTEGER AS df
  FROM ${STAGE_TERMS} GROUP BY term;
CREATE TABLE text_index_postings AS
  SELECT t.term_id, s.doc_id, s.tf, d.length, s.fields
  FROM ${STAGE_TERMS} s JOIN text_index_terms t USING (term) JOIN ${STAGE_DOCS} d USING (doc_id)
  ORDER BY t.term_id, s.doc_id;
DROP TABLE ${STAGE_TERMS};
DROP TABLE ${STAGE_DOCS};
CREATE TABLE text_index_meta (k1 DOUBLE NOT NULL, b DOUBLE NOT NULL, avgdl DOUBLE NOT NULL,
  doc_count INTEGER NOT NULL, term_count INTEGER NOT NULL, posting_count BIGINT NOT NULL,
  field_weights VARCHAR NOT NULL, tokenizer_version VARCHAR NOT NULL, built_at TIMESTAMP NOT NULL,
  store_fingerprint VARCHAR NOT NULL, patlas_version VARCHAR NOT NULL);`;
