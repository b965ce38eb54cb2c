import type { DuckDBAppender } from '@duckdb/node-api';
import type { PatentRecord } from '../domain/patent-record.js';
import { fingerprintOf, type RecordFingerprint } from '../domain/record-fingerprint.js';
import type { Store } from './open-store.js';
import {
  type Cell,
  childRows,
  publicationRow,
  STAGE_CHILD_COLUMNS,
  STAGE_PUBLICATION_COLUMNS,
} from './record-rows.js';
import { CHILD_TABLE_NAMES, type ChildTable } from './schema.js';

/**
 * Appends records to the run's stage tables through DuckDB appenders (never row-by-row INSERT).
 * Stage tables are created inside the ingest transaction, so a crash leaves nothing behind.
 */
export class StageWriter {
  private seq = 0;

  private constructor(
    private readonly publications: DuckDBAppender,
    private readonly children: Record<ChildTable, DuckDBAppender>,
  ) {}

  static async create(store: Store): Promise<StageWriter> {
    await store.run(createStageSql('stage_publications', STAGE_PUBLICATION_COLUMNS));
    for (const table of CHILD_TABLE_NAMES) {
      await store.run(
        createStageSql(`stage_${table}`, [['stage_seq', 'DOUBLE'], ...STAGE_CHILD_COLUMNS[table]]),
      );
    }
    const publications = await store.connection.createAppender('stage_publications');
    const children = {} as Record<ChildTable, DuckDBAppender>;
    for (const table of CHILD_TABLE_NAMES)
      children[table] = await store.connection.createAppender(`stage_${table}`);
    return new StageWriter(publications, children);
  }

  get count(): number {
    return this.seq;
  }

  add(record: PatentRecord, mtimeMs: number, fingerprint: RecordFingerprint = fingerprintOf(record)): void {
    this.seq += 1;
    appendRow(
      this.publications,
      publicationRow(record, this.seq, fingerprint.richness, fingerprint.hash, mtimeMs),
    );
    const rows = childRows(record);
    for (const table of CHILD_TABLE_NAMES) {
      for (const row of rows[table]) appendRow(this.children[table], [this.seq, ...row]);
    }
  }

  /** Flush and close the appenders; the rows become visible to the merge. */
  close(): void {
    this.publications.closeSync();
    for (const table of CHILD_TABLE_NAMES) this.children[table].closeSync();
  }
}

function createStageSql(name: string, columns: readonly (readonly [string, string])[]): string {
  return `CREATE OR REPLACE TABLE ${name} (${columns.map(([c, t]) => `${c} ${t}`).join(', ')})`;
}

function appendRow(appender: DuckDBAppender, row: readonly Cell[]): void {
  for (const value of row) {
    if (value === null) appender.appendNull();
    else if (typeof value === 'string') appender.appendVarchar(value);
    else if (typeof value === 'boolean') appender.appendBoolean(value);
    else appender.appendDouble(value);
  }
  appender.endRow();
}
