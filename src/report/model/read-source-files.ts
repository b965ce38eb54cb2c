import type { Store } from '../../store/open-store.js';

export interface SourceFile {
  file: string;
  format: string | null;
  sizeBytes: number | null;
  documents: number;
  rejected: number;
}

/** The files ingested into the store (ingest_files), latest run first, each file once. */
export async function readSourceFiles(store: Store): Promise<SourceFile[]> {
  const rows = await store.all<{
    file: string;
    format: string | null;
    size_bytes: number | null;
    documents: number;
    rejected: number;
  }>(`
    SELECT file, format, size_bytes, documents, rejected FROM (
      SELECT *, row_number() OVER (PARTITION BY file ORDER BY run_id DESC) AS latest FROM ingest_files
    ) WHERE latest = 1 ORDER BY file`);
  return rows.map((r) => ({
    file: r.file,
    format: r.format,
    sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
    documents: Number(r.documents),
    rejected: Number(r.rejected),
  }));
}
