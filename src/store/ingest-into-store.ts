import { writeFileSync } from 'node:fs';
import type { ColumnMapping } from '../ingest/mapped/column-mapping.js';
import { type IngestProgress, runIngest } from '../ingest/run-ingest.js';
import { ParsePool } from '../ingest/xml/parse-pool.js';
import { type DeriveStep, IngestSession } from './ingest-session.js';
import type { Store } from './open-store.js';

export interface IngestRequest {
  paths: readonly string[];
  /** Worker threads for XML parsing (0: parse on the main thread). */
  workers: number;
  /** Where to write the run's rejects and warnings as JSON lines; nothing is written when there are none. */
  rejectsFile: string;
  /** Column mappings for exports Patlas does not know, tried before the shipped ones. */
  mappings?: readonly ColumnMapping[];
  /** Derived tables to rebuild in the same transaction (the CLI passes the technology fields). */
  derive?: readonly DeriveStep[];
  /** Recorded with the run, e.g. the command line. */
  arguments: string;
  patlasVersion: string;
  onProgress?: (progress: IngestProgress) => void;
  signal?: AbortSignal;
}

/** The `patlas ingest --json` contract: documents = inserted + replaced + unchanged + rejected. */
export interface IngestSummary {
  files: number;
  failedFiles: number;
  documents: number;
  inserted: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  rejectsFile: string | null;
  bytes: number;
  seconds: number;
  runId: number;
}

/** Ingest files into the store as one transaction: all of it lands, or (on any crash) none of it. */
export async function ingestIntoStore(store: Store, request: IngestRequest): Promise<IngestSummary> {
  const started = new Date();
  const pool = request.workers > 0 ? new ParsePool(request.workers) : null;
  const session = await IngestSession.begin(store);
  try {
    const counts = await runIngest(session, {
      paths: request.paths,
      pool,
      mappings: request.mappings ?? [],
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    const merged = await session.commit(
      {
        startedAt: started,
        patlasVersion: request.patlasVersion,
        arguments: request.arguments,
        documents: counts.documents,
        rejected: counts.rejected,
        warnings: counts.warnings,
      },
      request.derive ?? [],
    );
    const rejectsFile = await writeRejects(store, session.runId, request.rejectsFile);
    return {
      files: counts.files,
      failedFiles: counts.failedFiles,
      documents: counts.documents,
      inserted: merged.inserted,
      replaced: merged.replaced,
      unchanged: merged.unchanged,
      rejected: counts.rejected,
      warnings: counts.warnings,
      rejectsFile,
      bytes: counts.bytes,
      seconds: Math.round((Date.now() - started.getTime()) / 10) / 100,
      runId: session.runId,
    };
  } catch (error) {
    await session.rollback().catch(() => undefined);
    throw error;
  } finally {
    await pool?.close();
  }
}

async function writeRejects(store: Store, runId: number, path: string): Promise<string | null> {
  const rows = await store.all<{
    file: string;
    byte_offset: number | null;
    line: number | null;
    severity: string;
    publication_number: string | null;
    field: string | null;
    reason: string;
    excerpt: string | null;
  }>('SELECT * FROM rejects WHERE run_id = ? ORDER BY file, byte_offset NULLS FIRST, line NULLS FIRST', [
    runId,
  ]);
  if (rows.length === 0) return null;
  const lines = rows.map((r) =>
    JSON.stringify({
      file: r.file,
      position: { byteOffset: r.byte_offset, line: r.line },
      severity: r.severity,
      publicationNumber: r.publication_number,
      field: r.field,
      reason: r.reason,
      excerpt: r.excerpt,
    }),
  );
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
