import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import { batchDocuments } from './document-batches.js';
import type { ParsePool } from './parse-pool.js';
import { parseXmlDocument } from './parse-xml-document.js';
import { splitXmlDocuments } from './split-xml-documents.js';

/**
 * Read an XML input (one document, or a bulk file of concatenated documents) into records.
 * With a pool, batches are parsed on worker threads while the next ones are cut; results keep file order.
 */
export async function* readXmlDocuments(input: InputSource, pool: ParsePool | null): AsyncIterable<ReadItem> {
  const documents = splitXmlDocuments(input.open());
  if (!pool) {
    for await (const doc of documents)
      yield parseXmlDocument(doc.bytes, { file: input.name, byteOffset: doc.byteOffset });
    return;
  }
  const inFlight: Promise<ReadItem[]>[] = [];
  const limit = pool.size * 2;
  for await (const batch of batchDocuments(documents)) {
    const parsed = pool.parse(input.name, batch);
    parsed.catch(() => undefined); // observed when awaited below; avoids an unhandled-rejection warning meanwhile
    inFlight.push(parsed);
    while (inFlight.length >= limit) yield* await inFlight.shift()!;
  }
  while (inFlight.length) yield* await inFlight.shift()!;
}
