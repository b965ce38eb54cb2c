import { closeSync, openSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { ReadItem } from '../../domain/read-item.js';
import { fingerprintOf } from '../../domain/record-fingerprint.js';
import { fromTransferable, type XmlDocumentBytes } from './document-batches.js';
import { parseXmlDocument } from './parse-xml-document.js';
import type { PoolRequest, PoolResponse } from './pool-messages.js';
import { readRangeDocuments, type Scratch } from './range-documents.js';

// Reused by every range this worker reads: no fresh memory to fault in, nothing for the GC.
const scratch: Scratch = { bytes: Buffer.allocUnsafeSlow(0) };

parentPort?.on('message', (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    response = { id: request.id, items: parseAll(request.file, documentsOf(request)) };
  } catch (error) {
    response = { id: request.id, error: describe(error) };
  }
  // Posting clones the items, so the scratch bytes they were parsed from can be reused afterwards.
  parentPort?.postMessage(response);
});

function documentsOf(request: PoolRequest): XmlDocumentBytes[] {
  if (request.kind === 'documents') return fromTransferable(request.batch);
  const fd = openSync(request.path, 'r');
  try {
    return readRangeDocuments(fd, request.range, scratch);
  } finally {
    closeSync(fd);
  }
}

function parseAll(file: string, documents: readonly XmlDocumentBytes[]): ReadItem[] {
  return documents.map((doc) => {
    const item = parseXmlDocument(doc.bytes, { file, byteOffset: doc.byteOffset });
    // Hashing here keeps the main thread, which feeds the store, free.
    if (item.kind === 'record') item.fingerprint = fingerprintOf(item.record);
    return item;
  });
}

/** A file system error (unreadable file) by its message, as the streaming path reports it; a bug with its stack. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return 'code' in error ? error.message : (error.stack ?? error.message);
}
