import { PatlasError } from '../domain/patlas-error.js';
import type { ReadItem } from '../domain/read-item.js';
import { countingInput } from './counting-input.js';
import { detectFormat } from './detect-format.js';
import { type DiscoveredInput, discoverInputs } from './discover-inputs.js';
import type { InputSource } from './input-source.js';
import type { ColumnMapping } from './mapped/column-mapping.js';
import { type PatentsViewGroup, patentsViewGroupKey, readPatentsViewGroup } from './patentsview-group.js';
import type { IngestFileRow, RecordSink, RejectRow } from './record-sink.js';
import type { ParsePool } from './xml/parse-pool.js';
import { readXmlDocuments } from './xml/read-xml-documents.js';

/** Progress as the pipeline reports it; the CLI renders it, the library never prints. */
export interface IngestProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  bytesDone: number;
  bytesTotal: number;
  documents: number;
}

export interface IngestOptions {
  paths: readonly string[];
  /** Worker threads for XML parsing; null parses on the main thread. */
  pool: ParsePool | null;
  /** Column mappings the user passed, tried before the shipped ones. */
  mappings?: readonly ColumnMapping[];
  onProgress?: (progress: IngestProgress) => void;
  signal?: AbortSignal;
}

export interface PipelineCounts {
  files: number;
  failedFiles: number;
  documents: number;
  records: number;
  rejected: number;
  warnings: number;
  bytes: number;
}

/**
 * Read every input into the sink: records staged, bad records and unreadable files kept as rejects.
 * PatentsView tables are collected per folder and joined after the other files. Never commits.
 */
export async function runIngest(sink: RecordSink, options: IngestOptions): Promise<PipelineCounts> {
  const found: DiscoveredInput[] = [];
  for await (const d of discoverInputs(options.paths)) found.push(d);
  const bytesTotal = found.reduce((n, d) => n + (d.kind === 'input' ? d.input.size : 0), 0);
  const counts: PipelineCounts = {
    files: 0,
    failedFiles: 0,
    documents: 0,
    records: 0,
    rejected: 0,
    warnings: 0,
    bytes: 0,
  };
  const patentsView = new Map<string, PatentsViewGroup>();
  let fileIndex = 0;
  let current = '';
  const report = () =>
    options.onProgress?.({
      file: current,
      fileIndex,
      fileCount: found.length,
      bytesDone: counts.bytes,
      bytesTotal,
      documents: counts.documents,
    });

  const consume = async (items: AsyncIterable<ReadItem>, row: IngestFileRow) => {
    let sinceReport = 0;
    for await (const item of items) {
      if (options.signal?.aborted)
        throw new PatlasError('interrupted', 'interrupted: the store was left as it was');
      row.documents += 1;
      counts.documents += 1;
      if (item.kind === 'reject') {
        row.rejected += 1;
        counts.rejected += 1;
        sink.addReject(rejectRow(item));
      } else {
        counts.records += 1;
        sink.addRecord(item.record, row.mtimeMs, item.fingerprint);
        for (const w of item.warnings) {
          row.warnings += 1;
          counts.warnings += 1;
          sink.addReject({
            file: item.record.source.file,
            byteOffset: item.record.source.byteOffset,
            line: item.record.source.line,
            severity: 'warning',
            publicationNumber: item.record.publicationNumber,
            field: w.field,
            reason: w.reason,
            excerpt: null,
          });
        }
      }
      if (++sinceReport >= 256) {
        sinceReport = 0;
        report();
      }
    }
    if (row.documents === 0)
      throw new PatlasError('unknown-format', `${row.file}: no patent records found in it`);
  };

  /** Run one file's work; a failure becomes a file-level reject. 'deferred' files are recorded later. */
  const guarded = async (row: IngestFileRow, work: () => Promise<'read' | 'deferred'>) => {
    try {
      if ((await work()) === 'deferred') return;
    } catch (error) {
      if (error instanceof PatlasError && ['interrupted', 'store-error', 'disk-full'].includes(error.code))
        throw error;
      counts.failedFiles += 1;
      row.error = error instanceof Error ? error.message : String(error);
      sink.addReject(fileReject(row.file, row.error));
    }
    sink.addFile(row);
    report();
  };

  for (const d of found) {
    fileIndex += 1;
    counts.files += 1;
    if (d.kind === 'missing') {
      const row = fileRow({ name: d.path, size: 0, mtimeMs: 0 });
      await guarded(row, () => Promise.reject(new PatlasError('file-not-found', `${d.path}: ${d.reason}`)));
      continue;
    }
    current = d.input.name;
    const input = countingInput(d.input, (n) => {
      counts.bytes += n;
    });
    const row = fileRow(input);
    await guarded(row, async () => {
      const detected = await detectFormat(d.input, options.mappings);
      if (detected.kind === 'unsupported')
        throw new PatlasError('unknown-format', `${input.name}: ${detected.reason}`);
      row.format = detected.format;
      row.formatVersion = detected.formatVersion;
      row.encoding = detected.encoding;
      if (detected.kind === 'patentsview') {
        const key = patentsViewGroupKey(input.name);
        const group = patentsView.get(key) ?? { key, tables: {}, rows: [] };
        group.tables[detected.table] = input;
        group.rows.push(row);
        patentsView.set(key, group);
        counts.bytes += input.size;
        return 'deferred';
      }
      await consume(
        detected.kind === 'xml' ? readXmlDocuments(input, options.pool) : detected.read(input),
        row,
      );
      return 'read';
    });
  }

  for (const group of patentsView.values()) {
    const row = group.rows.find((r) => r.formatVersion === 'g_patent') ?? group.rows[0]!;
    current = row.file;
    await guarded(row, async () => {
      await consume(readPatentsViewGroup(group), row);
      return 'read';
    });
    for (const other of group.rows) if (other !== row) sink.addFile(other);
  }
  return counts;
}

function fileRow(input: Pick<InputSource, 'name' | 'size' | 'mtimeMs'>): IngestFileRow {
  return {
    file: input.name,
    format: null,
    formatVersion: null,
    encoding: null,
    sizeBytes: input.size,
    mtimeMs: input.mtimeMs,
    documents: 0,
    rejected: 0,
    warnings: 0,
    error: null,
  };
}

function fileReject(file: string, reason: string): RejectRow {
  return {
    file,
    byteOffset: null,
    line: null,
    severity: 'reject',
    publicationNumber: null,
    field: null,
    reason,
    excerpt: null,
  };
}

function rejectRow(item: Extract<ReadItem, { kind: 'reject' }>): RejectRow {
  return {
    file: item.file,
    byteOffset: item.position.byteOffset,
    line: item.position.line,
    severity: 'reject',
    publicationNumber: null,
    field: null,
    reason: item.reason,
    excerpt: item.excerpt,
  };
}
