import type { PatentRecord } from '../domain/patent-record.js';
import type { RecordFingerprint } from '../domain/record-fingerprint.js';

/** One rejected record, unusable file, or field-level warning. */
export interface RejectRow {
  file: string;
  byteOffset: number | null;
  line: number | null;
  severity: 'reject' | 'warning';
  publicationNumber: string | null;
  field: string | null;
  reason: string;
  excerpt: string | null;
}

/** What one input contributed. */
export interface IngestFileRow {
  file: string;
  format: string | null;
  formatVersion: string | null;
  encoding: string | null;
  sizeBytes: number;
  mtimeMs: number;
  documents: number;
  rejected: number;
  warnings: number;
  /** Why the whole file could not be read, when it could not. */
  error: string | null;
}

/** Where the pipeline puts what it reads (the store's ingest session implements it). */
export interface RecordSink {
  /** `fingerprint` when already computed (worker threads do), else the sink computes it. */
  addRecord(record: PatentRecord, mtimeMs: number, fingerprint?: RecordFingerprint): void;
  addReject(row: RejectRow): void;
  addFile(row: IngestFileRow): void;
}
