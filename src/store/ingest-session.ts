import type { DuckDBAppender } from '@duckdb/node-api';
import type { PatentRecord } from '../domain/patent-record.js';
import type { RecordFingerprint } from '../domain/record-fingerprint.js';
import type { IngestFileRow, RecordSink, RejectRow } from '../ingest/record-sink.js';
import { dropStage, type MergeCounts, mergeStage, refreshFamilies } from './merge-stage.js';
import { type Store, storeError } from './open-store.js';
import { StageWriter } from './stage-writer.js';

/** Derived tables a later stage rebuilds inside the ingest's transaction (e.g. technology fields). */
export type DeriveStep = (store: Store) => Promise<unknown>;

export interface RunSummary {
  startedAt: Date;
  patlasVersion: string;
  arguments: string;
  documents: number;
  rejected: number;
  warnings: number;
}

/**
 * One ingest as one DuckDB transaction: stage tables, rejects and file rows are written inside it and
 * merged at `commit`. Until then the store is unchanged for every reader, and a crash or kill leaves it so.
 */
export class IngestSession implements RecordSink {
  private constructor(
    private readonly store: Store,
    readonly runId: number,
    private readonly writer: StageWriter,
    private readonly rejects: DuckDBAppender,
    private readonly files: IngestFileRow[],
  ) {}

  static async begin(store: Store): Promise<IngestSession> {
    await store.run('BEGIN TRANSACTION');
    try {
      const last = await store.one<{ id: number | null }>('SELECT max(run_id) AS id FROM ingest_runs');
      const runId = Number(last?.id ?? 0) + 1;
      const writer = await StageWriter.create(store);
      await store.run('CREATE OR REPLACE TABLE stage_rejects AS SELECT * FROM rejects LIMIT 0');
      const rejects = await store.connection.createAppender('stage_rejects');
      return new IngestSession(store, runId, writer, rejects, []);
    } catch (error) {
      await store.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  addRecord(record: PatentRecord, mtimeMs: number, fingerprint?: RecordFingerprint): void {
    try {
      this.writer.add(record, mtimeMs, fingerprint);
    } catch (error) {
      // An appender flush failing (full disk, ...) is the store's problem, never the input file's.
      throw storeError('append to the stage tables', error);
    }
  }

  addReject(row: RejectRow): void {
    try {
      this.appendReject(row);
    } catch (error) {
      throw storeError('append to stage_rejects', error);
    }
  }

  private appendReject(row: RejectRow): void {
    const a = this.rejects;
    a.appendInteger(this.runId);
    a.appendVarchar(row.file);
    nullable(a, row.byteOffset, (v) => a.appendBigInt(BigInt(v)));
    nullable(a, row.line, (v) => a.appendBigInt(BigInt(v)));
    a.appendVarchar(row.severity);
    nullable(a, row.publicationNumber, (v) => a.appendVarchar(v));
    nullable(a, row.field, (v) => a.appendVarchar(v));
    a.appendVarchar(row.reason);
    nullable(a, row.excerpt, (v) => a.appendVarchar(v));
    a.endRow();
  }

  addFile(row: IngestFileRow): void {
    this.files.push(row);
  }

  /** Merge, record the run, and commit; returns the merge counts. */
  async commit(summary: RunSummary, derive: readonly DeriveStep[] = []): Promise<MergeCounts> {
    const store = this.store;
    this.writer.close();
    this.rejects.closeSync();
    const counts = await mergeStage(store, this.runId);
    await this.replaceFileRows();
    await store.run(
      `INSERT INTO ingest_runs VALUES (?, ?::TIMESTAMP, now()::TIMESTAMP, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        this.runId,
        summary.startedAt.toISOString(),
        summary.patlasVersion,
        summary.arguments,
        this.files.length,
        summary.documents,
        counts.inserted,
        counts.replaced,
        counts.unchanged,
        summary.rejected,
        summary.warnings,
      ],
    );
    await refreshFamilies(store);
    for (const step of derive) await step(store);
    await dropStage(store);
    await store.run('DROP TABLE IF EXISTS stage_rejects');
    await store.run('COMMIT');
    await store.run('CHECKPOINT');
    return counts;
  }

  /** Rejects and file rows describe the latest ingest of each file, so re-ingesting replaces them. */
  private async replaceFileRows(): Promise<void> {
    const store = this.store;
    await store.run('CREATE OR REPLACE TABLE stage_files (file VARCHAR)');
    const files = await store.connection.createAppender('stage_files');
    for (const f of this.files) {
      files.appendVarchar(f.file);
      files.endRow();
    }
    files.closeSync();
    await store.run('DELETE FROM rejects WHERE file IN (SELECT file FROM stage_files)');
    await store.run('INSERT INTO rejects SELECT * FROM stage_rejects');
    for (const f of this.files) {
      await store.run('INSERT INTO ingest_files VALUES (?, ?, ?, ?, ?, ?, epoch_ms(?::BIGINT), ?, ?, ?, ?)', [
        this.runId,
        f.file,
        f.format,
        f.formatVersion,
        f.encoding,
        f.sizeBytes,
        Math.round(f.mtimeMs),
        f.documents,
        f.rejected,
        f.warnings,
        f.error,
      ]);
    }
    await store.run('DROP TABLE stage_files');
  }

  async rollback(): Promise<void> {
    try {
      this.writer.close();
      this.rejects.closeSync();
    } catch {
      // Appenders may already be closed or broken; the rollback below discards their rows either way.
    }
    await this.store.run('ROLLBACK');
  }
}

function nullable<T>(a: DuckDBAppender, value: T | null, append: (v: T) => void): void {
  if (value === null) a.appendNull();
  else append(value);
}
