/** One XML document cut out of a file, with its byte offset in the (decompressed) file. */
export interface XmlDocumentBytes {
  bytes: Buffer;
  byteOffset: number;
}

/** Documents packed into one transferable buffer, for a worker thread. */
export interface DocumentBatch {
  buffer: ArrayBuffer;
  /** [start, end) of each document inside `buffer`. */
  bounds: number[];
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

/** Copy a batch into one fresh ArrayBuffer that can be transferred without copying again. */
export function packBatch(documents: readonly XmlDocumentBytes[]): DocumentBatch {
  const total = documents.reduce((n, d) => n + d.bytes.length, 0);
  const buffer = new ArrayBuffer(total);
  const view = new Uint8Array(buffer);
  const bounds: number[] = [];
  let at = 0;
  for (const d of documents) {
    view.set(d.bytes, at);
    bounds.push(at, at + d.bytes.length);
    at += d.bytes.length;
  }
  return { buffer, bounds, byteOffsets: documents.map((d) => d.byteOffset) };
}

/** The documents of a packed batch, as Buffers over the shared memory. */
export function unpackBatch(batch: DocumentBatch): XmlDocumentBytes[] {
  const out: XmlDocumentBytes[] = [];
  for (let i = 0; i < batch.byteOffsets.length; i++) {
    const start = batch.bounds[2 * i]!;
    const end = batch.bounds[2 * i + 1]!;
    out.push({ bytes: Buffer.from(batch.buffer, start, end - start), byteOffset: batch.byteOffsets[i]! });
  }
  return out;
}
