/**
 * The text index's tables (built by `patlas index`, read by search and match):
 * - text_index_terms(term_id, term, df): the vocabulary with document frequencies;
 * - text_index_postings(term_id, doc_id, impact, fields): one row per term and document, stored in term order so
 *   a query reads only the row groups of its terms (DuckDB's zone maps skip the others). `impact` is the term's
 *   BM25 contribution to the document, computed once at build time (N, df and avgdl are fixed by the build);
 * - text_index_docs(doc_id, publication_number, length, country, legal_status, priority_year,
 *   publication_year, titles): one row per publication with indexable text and what a hit shows of it,
 *   with an ART index on doc_id so a page of hits is a few point lookups instead of a scan;
 * - text_index_doc_groups(doc_id, cpc_group), text_index_doc_applicants(doc_id, applicant_id, display_name),
 *   text_index_doc_origins(doc_id, seq, country_code): the per-document facts the CPC boost and the
 *   applicant ranking need for a few hundred candidates, in doc_id order (narrow rows: a cheap scan);
 * - text_index_meta: one row with the BM25 parameters, the tokenizer, the format and the store's fingerprint.
 * Everything a query needs is keyed by doc_id, so a query never scans `classifications`, `parties` or `texts`.
 */
export const TEXT_INDEX_TABLES = [
  'text_index_postings',
  'text_index_terms',
  'text_index_docs',
  'text_index_doc_groups',
  'text_index_doc_applicants',
  'text_index_doc_origins',
  'text_index_meta',
] as const;

/** Bumped when the tables change shape: an index of another format must be rebuilt. */
export const TEXT_INDEX_FORMAT = 2;

export const STAGE = {
  terms: 'text_index_stage_terms',
  docs: 'text_index_stage_docs',
  details: 'text_index_stage_details',
  groups: 'text_index_stage_groups',
  applicants: 'text_index_stage_applicants',
  origins: 'text_index_stage_origins',
} as const;

export const CREATE_STAGE_SQL = `
CREATE OR REPLACE TEMP TABLE ${STAGE.terms} (term VARCHAR NOT NULL, doc_id INTEGER NOT NULL, tf DOUBLE NOT NULL,
  fields UTINYINT NOT NULL);
CREATE OR REPLACE TEMP TABLE ${STAGE.docs} (doc_id INTEGER NOT NULL, publication_number VARCHAR NOT NULL,
  length DOUBLE NOT NULL);
CREATE OR REPLACE TEMP TABLE ${STAGE.details} (doc_id INTEGER NOT NULL, country VARCHAR, legal_status VARCHAR,
  priority_year SMALLINT, publication_year SMALLINT, titles STRUCT(lang VARCHAR, text VARCHAR)[]);
CREATE OR REPLACE TEMP TABLE ${STAGE.groups} (doc_id INTEGER NOT NULL, cpc_group VARCHAR NOT NULL);
CREATE OR REPLACE TEMP TABLE ${STAGE.applicants} (doc_id INTEGER NOT NULL, applicant_id VARCHAR NOT NULL,
  display_name VARCHAR NOT NULL);
CREATE OR REPLACE TEMP TABLE ${STAGE.origins} (doc_id INTEGER NOT NULL, seq INTEGER NOT NULL,
  country_code VARCHAR NOT NULL);`;

/** Drop the previous index and make the vocabulary and the documents' tables (inside the build's transaction). */
export const SWAP_DOCS_SQL = `
${TEXT_INDEX_TABLES.map((t) => `DROP TABLE IF EXISTS ${t};`).join('\n')}
CREATE TABLE text_index_docs AS
  SELECT d.doc_id, d.publication_number, d.length, f.country, f.legal_status, f.priority_year, f.publication_year,
    f.titles
  FROM ${STAGE.docs} d LEFT JOIN ${STAGE.details} f USING (doc_id) ORDER BY d.doc_id;
CREATE INDEX text_index_docs_doc_id ON text_index_docs (doc_id);
CREATE TABLE text_index_doc_groups AS SELECT * FROM ${STAGE.groups} ORDER BY doc_id, cpc_group;
CREATE TABLE text_index_doc_applicants AS SELECT * FROM ${STAGE.applicants} ORDER BY doc_id, display_name, applicant_id;
CREATE TABLE text_index_doc_origins AS SELECT * FROM ${STAGE.origins} ORDER BY doc_id, seq;
CREATE TABLE text_index_terms AS
  SELECT (row_number() OVER (ORDER BY term))::INTEGER AS term_id, term, count(*)::INTEGER AS df
  FROM ${STAGE.terms} GROUP BY term;`;

/**
 * The postings with each one's BM25 impact; parameters: documents, k1, b, avgdl. The formula is bm25Sql's
 * (bm25.ts), over staged term `p` (tf), its vocabulary row `q` (df) and its document `d` (length).
 */
export const postingsSql = (impact: string): string => `
CREATE TABLE text_index_postings AS
  SELECT q.term_id, p.doc_id, ${impact} AS impact, p.fields
  FROM ${STAGE.terms} p JOIN text_index_terms q USING (term) JOIN ${STAGE.docs} d USING (doc_id)
  ORDER BY q.term_id, p.doc_id`;

export const DROP_STAGE_SQL = Object.values(STAGE)
  .map((t) => `DROP TABLE ${t};`)
  .join('\n');

export const CREATE_META_SQL = `
CREATE TABLE text_index_meta (k1 DOUBLE NOT NULL, b DOUBLE NOT NULL, avgdl DOUBLE NOT NULL,
  doc_count INTEGER NOT NULL, term_count INTEGER NOT NULL, posting_count BIGINT NOT NULL,
  field_weights VARCHAR NOT NULL, tokenizer_version VARCHAR NOT NULL, index_format INTEGER NOT NULL,
  built_at TIMESTAMP NOT NULL, store_fingerprint VARCHAR NOT NULL, patlas_version VARCHAR NOT NULL);`;
