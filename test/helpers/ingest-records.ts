import type { PatentRecord } from '../../src/domain/patent-record.js';
import { IngestSession } from '../../src/store/ingest-session.js';
import type { MergeCounts } from '../../src/store/merge-stage.js';
import type { Store } from '../../src/store/open-store.js';

/** Ingest records (each with its source file's mtime) as one committed session, as the pipeline does. */
export async function ingestRecords(
  store: Store,
  records: readonly { record: PatentRecord; mtime: number }[],
): Promise<MergeCounts> {
  const session = await IngestSession.begin(store);
  for (const { record, mtime } of records) session.addRecord(record, mtime);
  return session.commit({
    startedAt: new Date(),
    patlasVersion: 'test',
    arguments: 'test',
    documents: records.length,
    rejected: 0,
    warnings: 0,
  });
}
