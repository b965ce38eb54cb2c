import type { Store } from './open-store.js';
import { STAGE_CHILD_COLUMNS } from './record-rows.js';
import { CHILD_TABLE_NAMES } from './schema.js';

/** section, class, subclass, main group (`G06N3`, null for a bare subclass) of a normalised symbol. */
const SYMBOL_HIERARCHY = [
  'left(c.symbol, 1)',
  'left(c.symbol, 3)',
  'left(c.symbol, 4)',
  "nullif(regexp_extract(c.symbol, '^[A-HY][0-9]{2}[A-Z][0-9]+'), '')",
];

export interface MergeCounts {
  staged: number;
  inserted: number;
  replaced: number;
  unchanged: number;
}

/**
 * Merge the stage tables into the store by the replacement rule (see domain/record-fingerprint.ts):
 * best staged record per publication, then insert / replace / keep against what is stored.
 */
export async function mergeStage(store: Store, runId: number): Promise<MergeCounts> {
  await store.run(`
    CREATE OR REPLACE TABLE stage_decision AS
    WITH best AS (
      SELECT stage_seq, publication_number, richness, source_mtime_ms, content_hash FROM (
        SELECT stage_seq, publication_number, richness, source_mtime_ms, content_hash, row_number() OVER (
          PARTITION BY publication_number ORDER BY richness DESC, source_mtime_ms DESC, stage_seq ASC) AS rn
        FROM stage_publications)
      WHERE rn = 1)
    SELECT b.stage_seq, b.publication_number,
      CASE
        WHEN p.publication_number IS NULL THEN 'insert'
        WHEN p.content_hash = b.content_hash THEN 'unchanged'
        WHEN b.richness > p.richness THEN 'replace'
        WHEN b.richness = p.richness AND epoch_ms(CAST(b.source_mtime_ms AS BIGINT)) > p.source_mtime THEN 'replace'
        ELSE 'unchanged'
      END AS action
    FROM best b LEFT JOIN publications p USING (publication_number)`);

  const counts = await store.one<{ staged: number; inserted: number; replaced: number }>(`
    SELECT (SELECT count(*) FROM stage_publications) AS staged,
      count(*) FILTER (WHERE action = 'insert') AS inserted,
      count(*) FILTER (WHERE action = 'replace') AS replaced
    FROM stage_decision`);
  const staged = Number(counts?.staged ?? 0);
  const inserted = Number(counts?.inserted ?? 0);
  const replaced = Number(counts?.replaced ?? 0);

  if (replaced > 0) {
    for (const table of ['publications', ...CHILD_TABLE_NAMES.filter((t) => t !== 'source_labels')]) {
      await store.run(`DELETE FROM ${table} WHERE publication_number IN
        (SELECT publication_number FROM stage_decision WHERE action = 'replace')`);
    }
  }
  await store.run(
    `INSERT INTO publications
    SELECT s.publication_number, s.country, s.doc_number, s.kind, s.document_type, s.application_number,
      CAST(s.application_date AS DATE), CAST(s.publication_date AS DATE), CAST(s.grant_date AS DATE),
      CAST(s.priority_date AS DATE), CAST(s.priority_year AS SMALLINT), CAST(s.publication_year AS SMALLINT),
      s.family_id, CAST(s.family_size AS INTEGER), CAST(s.extended_family_size AS INTEGER),
      CASE WHEN s.family_jurisdictions IS NULL THEN [] ELSE string_split(s.family_jurisdictions, ';') END,
      CAST(s.cited_by_count AS INTEGER), CAST(s.claims_count AS INTEGER), CAST(s.independent_claims_count AS INTEGER),
      s.legal_status, s.source_file, CAST(s.source_byte_offset AS BIGINT), CAST(s.source_line AS BIGINT),
      s.source_format, s.source_format_version, epoch_ms(CAST(s.source_mtime_ms AS BIGINT)),
      CAST(s.richness AS SMALLINT), s.content_hash, ?
    FROM stage_publications s JOIN stage_decision d USING (stage_seq)
    WHERE d.action IN ('insert', 'replace')
    ORDER BY s.publication_number`,
    [runId],
  );
  // When every staged record goes in (a first load, no duplicates), the join that picks the winners is skipped.
  const kept =
    inserted + replaced === staged
      ? ''
      : `JOIN stage_decision d USING (stage_seq) WHERE d.action IN ('insert', 'replace')`;
  for (const table of CHILD_TABLE_NAMES) {
    if (table === 'source_labels') {
      await mergeSourceLabels(store);
      continue;
    }
    const columns = STAGE_CHILD_COLUMNS[table].flatMap(([name, type]) => {
      if (table === 'priorities' && name === 'date') return ['CAST(c.date AS DATE)'];
      // Normalised symbols start with their subclass (`G06N3/08`): the hierarchy is derived here, in SQL.
      if (table === 'classifications' && name === 'symbol') return ['c.symbol', ...SYMBOL_HIERARCHY];
      return [type === 'DOUBLE' ? `CAST(c.${name} AS INTEGER)` : `c.${name}`];
    });
    await store.run(`INSERT INTO ${table} SELECT ${columns.join(', ')} FROM stage_${table} c ${kept}`);
  }
  return { staged, inserted, replaced, unchanged: staged - inserted - replaced };
}

/**
 * Labels are a source's statements about a publication (CSET: "this is a computer-vision patent"), so
 * they are kept whichever record of the publication wins: every staged record's labels replace the labels
 * of the same namespace (`cset:` ...) for its publication, and other sources' labels stay.
 */
async function mergeSourceLabels(store: Store): Promise<void> {
  await store.run(`CREATE OR REPLACE TABLE stage_label_rows AS
    SELECT DISTINCT publication_number, unnest(string_split(labels, chr(31))) AS label FROM stage_source_labels`);
  await store.run(`DELETE FROM source_labels USING
      (SELECT DISTINCT publication_number, split_part(label, ':', 1) AS namespace FROM stage_label_rows) AS fresh
    WHERE source_labels.publication_number = fresh.publication_number
      AND split_part(source_labels.label, ':', 1) = fresh.namespace`);
  await store.run('INSERT INTO source_labels SELECT publication_number, label FROM stage_label_rows');
  await store.run('DROP TABLE stage_label_rows');
}

/** Publications per slice of the families rebuild: one slice fits the default memory limit with room to spare. */
export const FAMILY_SLICE_PUBLICATIONS = 1_000_000;

/**
 * Rebuild the derived `families` table from the publications' family ids. The per-family list aggregation does
 * not spill to disk (at 10 M publications one statement ran out of memory at a 2.5 GB limit), so large stores are
 * rebuilt in slices of family ids (by hash), each holding about `publicationsPerSlice` publications.
 */
export async function refreshFamilies(
  store: Store,
  publicationsPerSlice = FAMILY_SLICE_PUBLICATIONS,
): Promise<void> {
  await store.run('DELETE FROM families');
  const row = await store.one<{ n: number }>(
    'SELECT count(*) AS n FROM publications WHERE family_id IS NOT NULL',
  );
  const slices = Math.max(1, Math.ceil(Number(row?.n ?? 0) / publicationsPerSlice));
  for (let slice = 0; slice < slices; slice += 1) {
    await store.run(
      `INSERT INTO families
      SELECT family_id, count(*), max(family_size),
        list_sort(list_distinct(flatten(list(family_jurisdictions)) || list(country))),
        min(priority_date)
      FROM publications WHERE family_id IS NOT NULL AND hash(family_id) % ? = ?
      GROUP BY family_id ORDER BY family_id`,
      [BigInt(slices), BigInt(slice)],
    );
  }
}

/** Drop the run's stage tables. */
export async function dropStage(store: Store): Promise<void> {
  for (const table of [
    'stage_publications',
    'stage_decision',
    ...CHILD_TABLE_NAMES.map((t) => `stage_${t}`),
  ]) {
    await store.run(`DROP TABLE IF EXISTS ${table}`);
  }
}
