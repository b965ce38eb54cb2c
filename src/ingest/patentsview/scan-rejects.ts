import type { DuckDBConnection } from '@duckdb/node-api';
import { excerptOf, type ReadItem } from '../../domain/read-item.js';

interface RejectRow {
  file_path: string;
  line: string | null;
  byte_position: string | null;
  error_message: string | null;
  csv_line: string | null;
}

/** Rows DuckDB could not parse (kept by `store_rejects`), one reject per file and line. */
export async function scanRejects(connection: DuckDBConnection): Promise<ReadItem[]> {
  const result = await connection.runAndReadAll(
    'SELECT s.file_path, e.line, min(e.byte_position) AS byte_position, ' +
      "string_agg(DISTINCT e.error_message, '; ') AS error_message, min(e.csv_line) AS csv_line " +
      'FROM reject_errors e JOIN reject_scans s USING (scan_id, file_id) ' +
      'GROUP BY s.file_path, e.line ORDER BY s.file_path, TRY_CAST(e.line AS BIGINT)',
  );
  return (result.getRowObjectsJson() as unknown as RejectRow[]).map((row) => ({
    kind: 'reject',
    file: row.file_path,
    position: {
      byteOffset: row.byte_position === null ? null : Number(row.byte_position),
      line: row.line === null ? null : Number(row.line),
    },
    reason: `malformed TSV row: ${row.error_message ?? 'unreadable'}`,
    excerpt: excerptOf(row.csv_line ?? ''),
  }));
}
