import type { PatentRecord } from '../../domain/patent-record.js';
import type { RecordSink } from '../../ingest/record-sink.js';
import { runIngest } from '../../ingest/run-ingest.js';

export interface ReadRecords {
  records: PatentRecord[];
  rejected: number;
  /** Files that could not be read at all, with the reason. */
  failedFiles: string[];
}

/**
 * Read evaluation datasets (thousands of records) into memory with the ingest readers, so they are read
 * exactly as `patlas ingest` would read them. `keep` picks the records to hold (a large file can be read
 * for a few of its records); everything else goes through the store.
 */
export async function readPatentRecords(
  paths: readonly string[],
  keep: (record: PatentRecord) => boolean = () => true,
): Promise<ReadRecords> {
  const records: PatentRecord[] = [];
  const failedFiles: string[] = [];
  let rejected = 0;
  const sink: RecordSink = {
    addRecord: (record) => {
      if (keep(record)) records.push(record);
    },
    addReject: (row) => {
      if (row.severity === 'reject') rejected += 1;
    },
    addFile: (row) => {
      if (row.error) failedFiles.push(`${row.file}: ${row.error}`);
    },
  };
  await runIngest(sink, { paths, pool: null });
  return { records, rejected, failedFiles };
}
