import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import { batchDocuments } from './document-batches.js';
import type { ParsePool } from './parse-pool.js';
import { parseXmlDocument } from './parse-xml-document.js';
import { byteRanges } from './range-documents.js';
import { splitXmlDocuments } from './split-xml-documents.js';

export interface ReadXmlOptions {
  /** Plain files on disk at least this large are read by the workers themselves, in ranges. */
  rangedFrom?: number;
  /** Bytes per range a worker reads. */
  rangeBytes?: number;
}

const MB = 1024 * 1024;
// Measured on a 513 MB weekly file: 2 MB ranges ran faster and with less memory than 8 or 16 MB ones
// (fewer records waiting in flight, less for the GC); 1 MB was no better.
const RANGE_BYTES = 2 * MB;
const RANGED_FROM = 32 * MB;

/**
 * Read an XML input (one document, or a bulk file of concatenated documents) into records.
 * With a pool, documents are parsed on worker threads; results keep file order. A large plain file is cut
 * into byte ranges that the workers read and split themselves, so the main thread never touches its bytes;
 * other inputs are split here and sent to the workers in batches.
 */
export async function* readXmlDocuments(
  input: InputSource,
  pool: ParsePool | null,
  options: ReadXmlOptions = {},
): AsyncIterable<ReadItem> {
  if (!pool) {
    for await (const doc of splitXmlDocuments(input.open()))
      yield parseXmlDocument(doc.bytes, { file: input.name, byteOffset: doc.byteOffset });
    return;
  }
  if (input.path !== undefined && input.size >= (options.rangedFrom ?? RANGED_FROM)) {
    yield* readRanges(input, input.path, pool, options.rangeBytes ?? RANGE_BYTES);
    return;
  }
  for await (const items of inOrder(pool.size * 2, batchJobs(input, pool))) yield* items;
}

async function* batchJobs(input: InputSource, pool: ParsePool): AsyncIterable<() => Promise<ReadItem[]>> {
  for await (const batch of batchDocuments(splitXmlDocuments(input.open())))
    yield () => pool.parse(input.name, batch);
}

async function* readRanges(
  input: InputSource,
  path: string,
  pool: ParsePool,
  rangeBytes: number,
): AsyncIterable<ReadItem> {
  const jobs = byteRanges(input.size, rangeBytes).map(
    (range) => () =>
      pool.parseRange(input.name, path, range).then((items) => ({ items, bytes: range.end - range.start })),
  );
  for await (const { items, bytes } of inOrder(pool.size * 2, jobs)) {
    input.consumed?.(bytes);
    yield* items;
  }
}

/**
 * Start jobs in order, at most `limit` in flight, and give their results in the same order. A job starts
 * only when a slot frees up, so memory stays bounded whatever the input's size.
 */
async function* inOrder<T>(
  limit: number,
  jobs: Iterable<() => Promise<T>> | AsyncIterable<() => Promise<T>>,
): AsyncIterable<T> {
  const inFlight: Promise<T>[] = [];
  for await (const job of jobs) {
    const parsed = job();
    parsed.catch(() => undefined); // observed when awaited below; avoids an unhandled-rejection warning meanwhile
    inFlight.push(parsed);
    while (inFlight.length >= limit) yield await inFlight.shift()!;
  }
  while (inFlight.length) yield await inFlight.shift()!;
}
