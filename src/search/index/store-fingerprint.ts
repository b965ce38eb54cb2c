import type { Store } from '../../store/open-store.js';

/**
 * What the store's texts look like now, cheaply (counts and the last ingest run, no scan of the texts): an index
 * built from another fingerprint is stale. Every ingest adds a run and stamps the records it writes with it.
 */
export async function storeFingerprint(store: Store): Promise<string> {
  const row = await store.one<{
    texts: number;
    publications: number;
    last_run: number;
    last_record_run: number;
  }>(
    `SELECT (SELECT count(*) FROM texts) AS texts, (SELECT count(*) FROM publications) AS publications,
       (SELECT coalesce(max(run_id), 0) FROM ingest_runs) AS last_run,
       (SELECT coalesce(max(ingest_run_id), 0) FROM publications) AS last_record_run`,
  );
  return `texts=${row?.texts};publications=${row?.publications};run=${row?.last_run};record-run=${row?.last_record_run}`;
}
