import type { Store } from '../../store/open-store.js';

/**
 * What the store's indexed data looks like now: an index built from another fingerprint is stale. Texts,
 * publications, classifications and parties change only by ingest, which adds a run and stamps the records it
 * writes with it, so counts and run ids are enough for them. The harmonised applicant names and the countries of
 * origin that the index also stores are rebuilt by `patlas refresh` without an ingest, so those two tables are
 * hashed (order-independent sums of row hashes: tens of milliseconds at 1 M publications).
 */
export async function storeFingerprint(store: Store): Promise<string> {
  const row = await store.one<{
    texts: number;
    publications: number;
    last_run: number;
    last_record_run: number;
    names: string;
    origins: string;
  }>(
    `SELECT (SELECT count(*) FROM texts) AS texts, (SELECT count(*) FROM publications) AS publications,
       (SELECT coalesce(max(run_id), 0) FROM ingest_runs) AS last_run,
       (SELECT coalesce(max(ingest_run_id), 0) FROM publications) AS last_record_run,
       (SELECT count(*) || ':' || coalesce(sum(hash(name, applicant_id, display_name)::HUGEINT), 0)
        FROM applicant_names) AS names,
       (SELECT count(*) || ':' || coalesce(sum(hash(publication_number, country_code, weight)::HUGEINT), 0)
        FROM publication_origins) AS origins`,
  );
  return (
    `texts=${row?.texts};publications=${row?.publications};run=${row?.last_run};` +
    `record-run=${row?.last_record_run};names=${row?.names};origins=${row?.origins}`
  );
}
