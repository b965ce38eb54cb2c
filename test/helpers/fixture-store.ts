import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DERIVE_AFTER_INGEST } from '../../src/cli/derive-after-ingest.js';
import { ingestIntoStore } from '../../src/store/ingest-into-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';

/** ../shared/data beside the checkout (CI puts ../shared there). */
export const SHARED_DATA = resolve(fileURLToPath(new URL('../../../shared/data/', import.meta.url)));

/**
 * An in-memory store holding real files from ../shared/data (paths relative to it), ingested exactly as
 * `patlas ingest` does, derived tables included (WIPO fields, applicant names, places, origins).
 */
export async function openFixtureStore(relativePaths: readonly string[]): Promise<Store> {
  const store = await openStore(':memory:', { create: true });
  const summary = await ingestIntoStore(store, {
    paths: relativePaths.map((p) => resolve(SHARED_DATA, p)),
    workers: 0,
    rejectsFile: join(tmpdir(), `patlas-fixture-${process.pid}.rejects.jsonl`),
    mappings: [],
    derive: DERIVE_AFTER_INGEST,
    arguments: 'test',
    patlasVersion: 'test',
  });
  if (summary.documents === 0) throw new Error(`no documents in ${relativePaths.join(', ')}`);
  return store;
}
