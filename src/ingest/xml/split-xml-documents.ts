import { findDeclaration, isBlank, MARK } from './xml-declaration.js';

/** One XML document cut out of a stream of concatenated documents. */
export interface XmlDocumentBytes {
  /** The document's bytes: a fresh, unpooled copy (its `buffer` can be transferred to a worker). */
  bytes: Buffer;
  /** Offset of the document's first byte in the stream. */
  byteOffset: number;
}

/**
 * Split concatenated XML documents (USPTO weekly `ipgYYMMDD.xml` files) at each `<?xml` declaration,
 * on bytes, without decoding. Memory stays bounded by the largest document. Input without any
 * declaration comes out as one document; a truncated last document is still yielded.
 * @example for await (const doc of splitXmlDocuments(createReadStream(path))) parse(doc.bytes)
 */
export async function* splitXmlDocuments(source: AsyncIterable<Buffer>): AsyncIterable<XmlDocumentBytes> {
  const held: Buffer[] = [];
  let heldStart = 0; // stream offset of held[0]
  let docStart = 0;
  let tail: Buffer = Buffer.alloc(0); // last bytes of the stream where a declaration may still begin
  let streamEnd = 0;

  for await (const chunk of source) {
    if (chunk.length === 0) continue;
    const base = streamEnd;
    const starts = declarationStarts(tail, chunk, base);
    held.push(chunk);
    streamEnd += chunk.length;
    tail = nextTail(tail, chunk);

    for (const start of starts) {
      if (start > docStart) {
        const doc = take(held, heldStart, docStart, start);
        if (!isBlank(doc)) yield { bytes: doc, byteOffset: docStart };
      }
      docStart = start;
      while (held.length > 0 && heldStart + held[0]!.length <= docStart) {
        heldStart += held[0]!.length;
        held.shift();
      }
    }
  }
  if (streamEnd > docStart) {
    const doc = take(held, heldStart, docStart, streamEnd);
    if (!isBlank(doc)) yield { bytes: doc, byteOffset: docStart };
  }
}

/**
 * Stream offsets of `<?xml` + whitespace that begin in `tail` (the previous bytes) or in `chunk`.
 * A candidate whose following byte is not yet available is left for the next chunk (it stays in the tail).
 */
function declarationStarts(tail: Buffer, chunk: Buffer, base: number): number[] {
  const starts: number[] = [];
  if (tail.length > 0) {
    const junction = Buffer.concat([tail, chunk.subarray(0, MARK)]);
    collect(junction, base - tail.length, tail.length, starts);
  }
  collect(chunk, base, chunk.length, starts);
  return starts;
}

/** Push offsets of declarations in `buf` that start before `startLimit` and are complete in `buf`. */
function collect(buf: Buffer, bufBase: number, startLimit: number, out: number[]): void {
  for (let at = findDeclaration(buf, 0); at !== -1 && at < startLimit; at = findDeclaration(buf, at + 1))
    out.push(bufBase + at);
}

function nextTail(tail: Buffer, chunk: Buffer): Buffer {
  if (chunk.length >= MARK) return Buffer.from(chunk.subarray(chunk.length - MARK));
  const joined = Buffer.concat([tail, chunk]);
  return joined.subarray(Math.max(0, joined.length - MARK));
}

/** Copy stream bytes [from, to) out of the held chunks into one unpooled buffer. */
function take(held: Buffer[], heldStart: number, from: number, to: number): Buffer {
  const out = Buffer.allocUnsafeSlow(to - from);
  let chunkStart = heldStart;
  let written = 0;
  for (const chunk of held) {
    const chunkEnd = chunkStart + chunk.length;
    if (chunkEnd > from && chunkStart < to) {
      const a = Math.max(from, chunkStart) - chunkStart;
      const b = Math.min(to, chunkEnd) - chunkStart;
      written += chunk.copy(out, written, a, b);
    }
    if (chunkEnd >= to) break;
    chunkStart = chunkEnd;
  }
  return out;
}
