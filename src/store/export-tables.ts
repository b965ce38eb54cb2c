import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Store } from './open-store.js';
import { EXPORTED_TABLES } from './schema.js';

export type ExportFormat = 'parquet' | 'csv';

/** Write every table of the store to `dir` as `<table>.parquet` or `<table>.csv`; returns the files. */
export async function exportTables(
  store: Store,
  dir: string,
  format: ExportFormat,
): Promise<{ table: string; file: string; rows: number }[]> {
  mkdirSync(dir, { recursive: true });
  const written: { table: string; file: string; rows: number }[] = [];
  for (const table of EXPORTED_TABLES) {
    const file = resolve(dir, `${table}.${format}`);
    const options = format === 'parquet' ? 'FORMAT parquet, COMPRESSION zstd' : 'FORMAT csv, HEADER true';
    // COPY takes no bound parameter for its target; the path is quoted as an SQL string literal.
    await store.run(`COPY (SELECT * FROM ${table}) TO '${file.replaceAll("'", "''")}' (${options})`);
    const count = await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
    written.push({ table, file, rows: Number(count?.n ?? 0) });
  }
  return written;
}
