import type { XmlDocumentBytes } from './split-xml-documents.js';

export type { XmlDocumentBytes };

/**
 * Documents bound for a worker thread. Each document's bytes are their own unpooled ArrayBuffer (the
 * splitter's copy), so they are transferred, not copied again.
 */
export interface DocumentBatch {
  buffers: ArrayBuffer[];
  byteOffsets: number[];
}

/** Group documents into batches of about `targetBytes`, so worker messages stay few and large. */
export async function* batchDocuments(
  documents: AsyncIterable<XmlDocumentBytes>,
  targetBytes = 4 * 1024 * 1024,
): AsyncIterable<XmlDocumentBytes[]> {
  let batch: XmlDocumentBytes[] = [];
  let size = 0;
  for await (const doc of documents) {
    batch.push(doc);
    size += doc.bytes.length;
    if (size >= targetBytes) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield batch;
}

/** The transferable form of a batch; a document that shares memory with others is copied out first. */
export function toTransferable(documents: readonly XmlDocumentBytes[]): DocumentBatch {
  const buffers = documents.map((d) => {
    const b = d.bytes;
    const own = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
    return own ? (b.buffer as ArrayBuffer) : new Uint8Array(b).buffer;
  });
  return { buffers, byteOffsets: documents.map((d) => d.byteOffset) };
}

/** The documents of a batch received by a worker. */
export function fromTransferable(batch: DocumentBatch): XmlDocumentBytes[] {
  return batch.buffers.map((buffer, i) => ({
    bytes: Buffer.from(buffer),
    byteOffset: batch.byteOffsets[i]!,
  }));
}
