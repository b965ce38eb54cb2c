import { readSync } from 'node:fs';
import type { XmlDocumentBytes } from './split-xml-documents.js';
import { findDeclaration, isBlank, MARK } from './xml-declaration.js';

/** Bytes [start, end) of a file. */
export interface ByteRange {
  start: number;
  end: number;
}

/** Cut `size` bytes into ranges of `rangeBytes` (the last one shorter). */
export function byteRanges(size: number, rangeBytes: number): ByteRange[] {
  const ranges: ByteRange[] = [];
  for (let start = 0; start < size; start += rangeBytes)
    ranges.push({ start, end: Math.min(size, start + rangeBytes) });
  return ranges;
}

/** A buffer reused from range to range (one per worker), grown when a range needs more. */
export interface Scratch {
  bytes: Buffer;
}

// Past the range's end, the last document usually ends within a few hundred kB: read a little, then double.
const FIRST_READ_AHEAD = 64 * 1024;

/**
 * The documents of an open file whose first byte lies in `range`, cut by splitXmlDocuments' rule, so that
 * ranges tiling a file give exactly its documents, each once. Reads from `range.start` (the bytes before
 * the first declaration belong to the previous range's last document) and on past `range.end` until the
 * next declaration or the end of the file. The returned bytes are views of `scratch`: valid until its
 * next use.
 */
export function readRangeDocuments(fd: number, range: ByteRange, scratch: Scratch): XmlDocumentBytes[] {
  const span = range.end - range.start;
  let length = 0;
  let eof = false;
  const fill = (upTo: number) => {
    if (scratch.bytes.length < upTo) {
      const grown = Buffer.allocUnsafeSlow(Math.max(upTo, scratch.bytes.length * 2));
      scratch.bytes.copy(grown, 0, 0, length);
      scratch.bytes = grown;
    }
    while (!eof && length < upTo) {
      const n = readSync(fd, scratch.bytes, length, upTo - length, range.start + length);
      if (n === 0) eof = true;
      length += n;
    }
  };
  const next = (from: number) => findDeclaration(scratch.bytes.subarray(0, length), from);

  // The byte after `<?xml` decides whether a declaration that starts just before `end` is one.
  fill(span + MARK);
  const cuts = range.start === 0 ? [0] : [];
  let at = next(range.start === 0 ? 1 : 0);
  for (; at !== -1 && at < span; at = next(at + 1)) cuts.push(at);
  if (cuts.length === 0) return [];

  let readAhead = FIRST_READ_AHEAD;
  while (at === -1 && !eof) {
    const from = Math.max(span, length - MARK);
    fill(length + readAhead);
    readAhead *= 2;
    at = next(from);
  }
  cuts.push(at === -1 ? length : at);

  const documents: XmlDocumentBytes[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const bytes = scratch.bytes.subarray(cuts[i]!, cuts[i + 1]!);
    if (!isBlank(bytes)) documents.push({ bytes, byteOffset: range.start + cuts[i]! });
  }
  return documents;
}
