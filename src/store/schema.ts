/**
 * The store's tables. Uniqueness of `publication_number` is kept by the ingest merge rather than by a
 * PRIMARY KEY: DuckDB checks keys eagerly, so delete-then-insert of a replaced record inside one
 * transaction would fail, and ART indexes slow bulk loads.
 */
export const SCHEMA_VERSION = 1;

export const PUBLICATION_COLUMNS = `
  publication_number VARCHAR NOT NULL,
  country VARCHAR NOT NULL,
  doc_number VARCHAR NOT NULL,
  kind VARCHAR,
  document_type VARCHAR,
  application_number VARCHAR,
  application_date DATE,
  publication_date DATE,
  grant_date DATE,
  priority_date DATE,
  priority_year SMALLINT,
  publication_year SMALLINT,
  family_id VARCHAR,
  family_size INTEGER,
  extended_family_size INTEGER,
  family_jurisdictions VARCHAR[],
  cited_by_count INTEGER,
  claims_count INTEGER,
  independent_claims_count INTEGER,
  legal_status VARCHAR,
  source_file VARCHAR NOT NULL,
  source_byte_offset BIGINT,
  source_line BIGINT,
  source_format VARCHAR NOT NULL,
  source_format_version VARCHAR,
  source_mtime TIMESTAMP,
  richness SMALLINT NOT NULL,
  content_hash VARCHAR NOT NULL,
  ingest_run_id INTEGER NOT NULL`;

export const CHILD_TABLES = {
  texts: `publication_number VARCHAR NOT NULL, text_type VARCHAR NOT NULL, lang VARCHAR NOT NULL, text VARCHAR NOT NULL`,
  classifications: `publication_number VARCHAR NOT NULL, scheme VARCHAR NOT NULL, seq INTEGER NOT NULL,
    symbol VARCHAR NOT NULL, section VARCHAR NOT NULL, class VARCHAR NOT NULL, subclass VARCHAR NOT NULL,
    main_group VARCHAR, value VARCHAR, is_first BOOLEAN NOT NULL, version VARCHAR`,
  parties: `publication_number VARCHAR NOT NULL, role VARCHAR NOT NULL, seq INTEGER NOT NULL, name VARCHAR NOT NULL,
    country VARCHAR, city VARCHAR, state VARCHAR, address VARCHAR, postcode VARCHAR, party_type VARCHAR`,
  citations: `publication_number VARCHAR NOT NULL, seq INTEGER NOT NULL, kind VARCHAR NOT NULL,
    cited_publication_number VARCHAR, raw VARCHAR, npl_text VARCHAR, category VARCHAR, cited_by VARCHAR`,
  priorities: `publication_number VARCHAR NOT NULL, seq INTEGER NOT NULL, country VARCHAR, number VARCHAR NOT NULL,
    date DATE`,
  source_labels: `publication_number VARCHAR NOT NULL, label VARCHAR NOT NULL`,
} as const;
export type ChildTable = keyof typeof CHILD_TABLES;
export const CHILD_TABLE_NAMES = Object.keys(CHILD_TABLES) as ChildTable[];

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS patlas_meta (key VARCHAR NOT NULL, value VARCHAR);
CREATE TABLE IF NOT EXISTS publications (${PUBLICATION_COLUMNS});
${CHILD_TABLE_NAMES.map((t) => `CREATE TABLE IF NOT EXISTS ${t} (${CHILD_TABLES[t]});`).join('\n')}
CREATE TABLE IF NOT EXISTS families (
  family_id VARCHAR NOT NULL,
  publications_in_store INTEGER NOT NULL,
  family_size_reported INTEGER,
  jurisdictions VARCHAR[],
  earliest_priority_date DATE
);
-- Derived by classify/wipo-fields after every ingest: WIPO technology fields per publication.
CREATE TABLE IF NOT EXISTS technology_fields (
  publication_number VARCHAR NOT NULL, field_nr SMALLINT NOT NULL, field_name VARCHAR NOT NULL,
  sector VARCHAR NOT NULL, whole_weight DOUBLE NOT NULL, fractional_weight DOUBLE NOT NULL, basis VARCHAR NOT NULL
);
-- Written by \`patlas classify\`: one row per publication, category and rule (or model) that put it there.
-- method: rule (rule_id = the rule), generic (a generic term of the root), child (rule_id = the child
-- category), fallback (no sibling matched), model (rule_id = the model id, score = its probability).
CREATE TABLE IF NOT EXISTS labels (
  publication_number VARCHAR NOT NULL, taxonomy_id VARCHAR NOT NULL, taxonomy_version VARCHAR NOT NULL,
  category_id VARCHAR NOT NULL, method VARCHAR NOT NULL, rule_id VARCHAR, evidence_field VARCHAR,
  evidence VARCHAR, score DOUBLE
);
-- The definition behind the labels of each taxonomy in the store (the whole file, as JSON).
CREATE TABLE IF NOT EXISTS taxonomies (
  taxonomy_id VARCHAR NOT NULL, version VARCHAR NOT NULL, name_en VARCHAR NOT NULL, name_zh VARCHAR NOT NULL,
  partial BOOLEAN NOT NULL, root_id VARCHAR NOT NULL, source_file VARCHAR NOT NULL, definition VARCHAR NOT NULL,
  definition_hash VARCHAR NOT NULL, classified_at TIMESTAMP NOT NULL, patlas_version VARCHAR NOT NULL,
  publications INTEGER NOT NULL, labelled INTEGER NOT NULL
);
-- Learned classifiers (\`patlas classify train\`): parameters, weights and held-out evaluation, as JSON.
CREATE TABLE IF NOT EXISTS models (
  model_id VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, patlas_version VARCHAR NOT NULL,
  target VARCHAR NOT NULL, params VARCHAR NOT NULL, weights BLOB NOT NULL, evaluation VARCHAR
);
-- Technical effects found in the text: effect class, its direction and polarity, and the evidence span.
CREATE TABLE IF NOT EXISTS technical_effects (
  publication_number VARCHAR NOT NULL, effect_id VARCHAR NOT NULL, direction VARCHAR NOT NULL,
  polarity VARCHAR NOT NULL, text_type VARCHAR NOT NULL, lang VARCHAR NOT NULL, cue VARCHAR NOT NULL,
  attribute VARCHAR NOT NULL, evidence VARCHAR NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  lexicon_version VARCHAR NOT NULL
);
-- Derived after every ingest (src/harmonize): one row per distinct applicant name. applicant_id is what
-- indicators count: the corporate group's id when the alias file groups the name, else its match key.
CREATE TABLE IF NOT EXISTS applicant_names (
  name VARCHAR NOT NULL, match_key VARCHAR NOT NULL, group_id VARCHAR, applicant_id VARCHAR NOT NULL,
  display_name VARCHAR NOT NULL, sector VARCHAR NOT NULL
);
-- Derived after every ingest (src/geo): one row per distinct party place (country, city, state, address,
-- postcode as stored), resolved to an ISO country, a Chinese province / city (GB/T 2260) and coordinates.
CREATE TABLE IF NOT EXISTS places (
  country VARCHAR, city VARCHAR, state VARCHAR, address VARCHAR, postcode VARCHAR,
  country_code VARCHAR, country_method VARCHAR, province_code VARCHAR, city_code VARCHAR, place_name VARCHAR,
  lat DOUBLE, lon DOUBLE, geocode_method VARCHAR
);
-- Derived after every ingest: each publication's origin countries with fractional weights summing to 1.
-- basis: applicant (countries of its applicants), inventor (no applicant country: its inventors'), office
-- (neither: the office of first filing, never EP/WO).
CREATE TABLE IF NOT EXISTS publication_origins (
  publication_number VARCHAR NOT NULL, country_code VARCHAR NOT NULL, weight DOUBLE NOT NULL, basis VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS ingest_runs (
  run_id INTEGER NOT NULL, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP NOT NULL,
  patlas_version VARCHAR NOT NULL, arguments VARCHAR NOT NULL, files INTEGER NOT NULL, documents INTEGER NOT NULL,
  inserted INTEGER NOT NULL, replaced INTEGER NOT NULL, unchanged INTEGER NOT NULL, rejected INTEGER NOT NULL,
  warnings INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ingest_files (
  run_id INTEGER NOT NULL, file VARCHAR NOT NULL, format VARCHAR, format_version VARCHAR, encoding VARCHAR,
  size_bytes BIGINT, mtime TIMESTAMP, documents INTEGER NOT NULL, rejected INTEGER NOT NULL,
  warnings INTEGER NOT NULL, error VARCHAR
);
CREATE TABLE IF NOT EXISTS rejects (
  run_id INTEGER NOT NULL, file VARCHAR NOT NULL, byte_offset BIGINT, line BIGINT, severity VARCHAR NOT NULL,
  publication_number VARCHAR, field VARCHAR, reason VARCHAR NOT NULL, excerpt VARCHAR
);
CREATE OR REPLACE VIEW v_publications AS
SELECT p.*,
  coalesce(year(p.publication_date), p.publication_year) AS pub_year,
  coalesce(year(p.priority_date), p.priority_year) AS prio_year,
  year(p.application_date) AS appl_year,
  (SELECT t.text FROM texts t WHERE t.publication_number = p.publication_number AND t.text_type = 'title'
     ORDER BY (t.lang = 'en') DESC, t.lang LIMIT 1) AS title
FROM publications p;
CREATE OR REPLACE VIEW v_applicants AS
SELECT * FROM parties WHERE role = 'applicant';
CREATE OR REPLACE VIEW v_inventors AS
SELECT * FROM parties WHERE role = 'inventor';
CREATE OR REPLACE VIEW v_ipc AS SELECT * FROM classifications WHERE scheme = 'ipc';
CREATE OR REPLACE VIEW v_cpc AS SELECT * FROM classifications WHERE scheme = 'cpc';
`;

/** Every table a user may export, in a stable order. */
export const EXPORTED_TABLES = [
  'publications',
  ...CHILD_TABLE_NAMES,
  'families',
  'technology_fields',
  'labels',
  'taxonomies',
  'models',
  'technical_effects',
  'applicant_names',
  'places',
  'publication_origins',
  'ingest_runs',
  'ingest_files',
  'rejects',
] as const;
