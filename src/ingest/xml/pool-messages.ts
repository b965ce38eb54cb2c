import type { ReadItem } from '../../domain/read-item.js';
import type { DocumentBatch } from './document-batches.js';
import type { ByteRange } from './range-documents.js';

/** Work for a parse worker: documents the main thread cut, or a byte range of `path` it reads itself. */
export type PoolJob = { file: string } & (
  | { kind: 'documents'; batch: DocumentBatch }
  | { kind: 'range'; path: string; range: ByteRange }
);

export type PoolRequest = PoolJob & { id: number };

export interface PoolResponse {
  id: number;
  items?: ReadItem[];
  error?: string;
}
