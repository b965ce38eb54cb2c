import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { byteRanges, readRangeDocuments, type Scratch } from './range-documents.js';
import { splitXmlDocuments, type XmlDocumentBytes } from './split-xml-documents.js';

const data = (path: string) =>
  readFileSync(new URL(`../../../../shared/data/uspto-xml/${path}`, import.meta.url));
const grants = [
  'xml2014/US08926509.xml',
  'xml2014/US08927118.xml',
  'xml2006/US07272630B2.xml',
  'go-uspto/test.xml', // two grants: `grep -b '<?xml'` finds declarations at bytes 0 and 63184
  'xml2014/US08930553.xml',
].map(data);
// A bulk file as USPTO ships it: the grants one after the other (each file ends with a newline).
const bulk = Buffer.concat(grants);

const dir = mkdtempSync(join(tmpdir(), 'patlas-ranges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
function onDisk(bytes: Buffer): string {
  const path = join(dir, `bulk-${fileCount++}.xml`);
  writeFileSync(path, bytes);
  return path;
}

async function streamed(bytes: Buffer): Promise<XmlDocumentBytes[]> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
  }
  const out: XmlDocumentBytes[] = [];
  for await (const doc of splitXmlDocuments(chunks())) out.push(doc);
  return out;
}

/** Every range's documents, copied out of the scratch before it is reused. */
function ranged(path: string, size: number, rangeBytes: number): XmlDocumentBytes[] {
  const fd = openSync(path, 'r');
  const scratch: Scratch = { bytes: Buffer.alloc(0) };
  try {
    return byteRanges(size, rangeBytes).flatMap((range) =>
      readRangeDocuments(fd, range, scratch).map((d) => ({
        bytes: Buffer.from(d.bytes),
        byteOffset: d.byteOffset,
      })),
    );
  } finally {
    closeSync(fd);
  }
}

const offsets = (docs: XmlDocumentBytes[]) => docs.map((d) => d.byteOffset);

describe('byteRanges', () => {
  it('tiles a size with ranges, the last one shorter', () => {
    expect(byteRanges(10, 4)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
      { start: 8, end: 10 },
    ]);
    expect(byteRanges(0, 4)).toEqual([]);
  });
});

describe('readRangeDocuments', () => {
  const path = onDisk(bulk);
  // Declarations sit where each file begins, plus the second grant inside go-uspto/test.xml.
  const starts = grants.map((_, i) => grants.slice(0, i).reduce((n, g) => n + g.length, 0));
  const declarations = [...starts.slice(0, 4), starts[3]! + 63184, starts[4]!];

  it('gives each document of a bulk file once, at its byte offset, whatever the range size', async () => {
    const expected = await streamed(bulk);
    expect(offsets(expected)).toEqual(declarations);
    // Ranges that end inside documents, on a declaration, one byte before or after one, inside `<?xml`,
    // one range holding many documents, and a range longer than the file.
    const sizes = [
      4096,
      40_000,
      63_184,
      100_000,
      declarations[1]!,
      declarations[1]! - 1,
      declarations[1]! + 1,
    ];
    for (const size of [...sizes, declarations[1]! - 3, declarations[2]! - 2, 700_000, bulk.length + 10]) {
      const docs = ranged(path, bulk.length, size);
      expect(offsets(docs), `range size ${size}`).toEqual(declarations);
      expect(docs.every((d, i) => d.bytes.equals(expected[i]!.bytes))).toBe(true);
    }
  });

  it('reads a document longer than a range once, by the range it begins in', () => {
    // US08927118 (675906 bytes) spans many 65536-byte ranges; those that begin inside it yield nothing.
    const fd = openSync(path, 'r');
    try {
      const scratch: Scratch = { bytes: Buffer.alloc(0) };
      const inside = readRangeDocuments(
        fd,
        { start: declarations[1]! + 1, end: declarations[1]! + 65_537 },
        scratch,
      );
      expect(inside).toEqual([]);
      const [doc, ...rest] = readRangeDocuments(
        fd,
        { start: declarations[1]!, end: declarations[1]! + 1 },
        scratch,
      );
      expect(rest).toEqual([]);
      expect(doc!.byteOffset).toBe(declarations[1]);
      expect(doc!.bytes.equals(grants[1]!)).toBe(true);
    } finally {
      closeSync(fd);
    }
  });

  it('finds a declaration however the ranges cut it, down to one byte per range', async () => {
    // Around the second grant of go-uspto/test.xml, whose declaration is at 63184: at 3184 in this slice.
    const around = data('go-uspto/test.xml').subarray(60_000, 66_000);
    const slicePath = onDisk(around);
    for (const size of [1, 2, 3, 4, 5, 6, 7, 11, 3184, 3185]) {
      const docs = ranged(slicePath, around.length, size);
      expect(offsets(docs), `range size ${size}`).toEqual([0, 3184]);
      expect(Buffer.concat(docs.map((d) => d.bytes)).equals(around)).toBe(true);
    }
  });

  it('skips blank space before and between documents and keeps a truncated last document', async () => {
    const first = grants[4]!;
    const truncated = grants[2]!.subarray(0, 5000);
    const bytes = Buffer.concat([Buffer.from('\n\n'), first, Buffer.from('  \n'), truncated]);
    const blankPath = onDisk(bytes);
    const expected = [2, 2 + first.length + 3];
    expect(offsets(await streamed(bytes))).toEqual(expected);
    for (const size of [1, 2, 3, 1000, first.length + 2, first.length + 4, bytes.length]) {
      const docs = ranged(blankPath, bytes.length, size);
      expect(offsets(docs), `range size ${size}`).toEqual(expected);
      expect(docs[1]!.bytes.equals(truncated)).toBe(true);
    }
  });

  it('gives a file without an XML declaration as one document, from the first range', () => {
    const pap = data('pap/US20010000044A1.xml');
    expect(pap.subarray(0, 9).toString()).toBe('<!DOCTYPE');
    const docs = ranged(onDisk(pap), pap.length, 10_000);
    expect(offsets(docs)).toEqual([0]);
    expect(docs[0]!.bytes.equals(pap)).toBe(true);
  });

  it('does not cut at <?xml-stylesheet, nor at a <?xml cut off by the end of the file', () => {
    const text = '<?xml version="1.0"?>\n<?xml-stylesheet href="a.xsl"?><a/>\n<?xml version="1.0"?><b/><?xml';
    const bytes = Buffer.from(text);
    const path = onDisk(bytes);
    for (const size of [1, 4, 5, 6, 23, bytes.length]) {
      const docs = ranged(path, bytes.length, size);
      expect(
        docs.map((d) => d.bytes.toString()),
        `range size ${size}`,
      ).toEqual([
        '<?xml version="1.0"?>\n<?xml-stylesheet href="a.xsl"?><a/>\n',
        '<?xml version="1.0"?><b/><?xml',
      ]);
    }
  });
});
