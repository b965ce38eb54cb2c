import { parentPort } from 'node:worker_threads';
import type { ReadItem } from '../../domain/read-item.js';
import { fingerprintOf } from '../../domain/record-fingerprint.js';
import { type DocumentBatch, fromTransferable } from './document-batches.js';
import type { PoolResponse } from './parse-pool.js';
import { parseXmlDocument } from './parse-xml-document.js';

parentPort?.on('message', (request: { id: number; file: string; batch: DocumentBatch }) => {
  let response: PoolResponse;
  try {
    const items: ReadItem[] = fromTransferable(request.batch).map((doc) => {
      const item = parseXmlDocument(doc.bytes, { file: request.file, byteOffset: doc.byteOffset });
      // Hashing here keeps the main thread, which feeds the store, free.
      if (item.kind === 'record') item.fingerprint = fingerprintOf(item.record);
      return item;
    });
    response = { id: request.id, items };
  } catch (error) {
    response = {
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(response);
});
