import { parentPort } from 'node:worker_threads';
import type { ReadItem } from '../../domain/read-item.js';
import { type DocumentBatch, unpackBatch } from './document-batches.js';
import type { PoolResponse } from './parse-pool.js';
import { parseXmlDocument } from './parse-xml-document.js';

parentPort?.on('message', (request: { id: number; file: string; batch: DocumentBatch }) => {
  let response: PoolResponse;
  try {
    const items: ReadItem[] = unpackBatch(request.batch).map((doc) =>
      parseXmlDocument(doc.bytes, { file: request.file, byteOffset: doc.byteOffset }),
    );
    response = { id: request.id, items };
  } catch (error) {
    response = {
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(response);
});
