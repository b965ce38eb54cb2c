import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitXmlDocuments, type XmlDocumentBytes } from './split-xml-documents.js';

const data = (path: string) => new URL(`../../../../shared/data/uspto-xml/${path}`, import.meta.url);
const twoGrants = readFileSync(data('go-uspto/test.xml'));

async function* chunked(bytes: Buffer, size: number): AsyncIterable<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function split(bytes: Buffer, size = 65_536): Promise<XmlDocumentBytes[]> {
  const out: XmlDocumentBytes[] = [];
  for await (const doc of splitXmlDocuments(chunked(bytes, size))) out.push(doc);
  return out;
}

describe('splitXmlDocuments', () => {
  it('splits the two concatenated grants of go-uspto/test.xml at their declarations', async () => {
    const docs = await split(twoGrants);
    expect(docs).toHaveLength(2);
    // `grep -b '<?xml'` on the file: declarations at bytes 0 and 63184.
    expect(docs.map((d) => d.byteOffset)).toEqual([0, 63184]);
    expect(docs[0]!.bytes.toString('utf8')).toContain('<doc-number>11147202</doc-number>');
    expect(docs[0]!.bytes.toString('utf8')).not.toContain('11147203');
    expect(docs[1]!.bytes.toString('utf8')).toContain('<doc-number>11147203</doc-number>');
    expect(Buffer.concat(docs.map((d) => d.bytes)).equals(twoGrants)).toBe(true);
  });

  it('gives the same documents whatever the chunk size, even when a declaration straddles chunks', async () => {
    const expected = await split(twoGrants);
    for (const size of [4096, 63_183, 63_186, 63_188, 63_190]) {
      const docs = await split(twoGrants, size);
      expect(docs.map((d) => d.byteOffset)).toEqual(expected.map((d) => d.byteOffset));
      expect(docs.every((d, i) => d.bytes.equals(expected[i]!.bytes))).toBe(true);
    }
    const around = twoGrants.subarray(60_000, 66_000); // second declaration at 3184 in this slice
    for (const size of [1, 2, 3, 4, 5, 6, 7, 11]) {
      const docs = await split(around, size);
      expect(docs.map((d) => d.byteOffset)).toEqual([0, 3184]);
      expect(Buffer.concat(docs.map((d) => d.bytes)).equals(around)).toBe(true);
    }
  });

  it('yields a file without an XML declaration as one document', async () => {
    const pap = readFileSync(data('pap/US20010000044A1.xml'));
    expect(pap.subarray(0, 9).toString()).toBe('<!DOCTYPE');
    const docs = await split(pap, 1000);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.bytes.equals(pap)).toBe(true);
  });

  it('yields a truncated last document and skips blank space between documents', async () => {
    const cut = twoGrants.subarray(0, 63184 + 5000);
    const input = Buffer.concat([Buffer.from('\n\n'), cut]);
    const docs = await split(input, 777);
    expect(docs.map((d) => d.byteOffset)).toEqual([2, 2 + 63184]);
    expect(docs[1]!.bytes.length).toBe(5000);
  });

  it('does not split at <?xml-stylesheet or other names that only begin with xml', async () => {
    const text = '<?xml version="1.0"?>\n<?xml-stylesheet href="a.xsl"?><a/>\n<?xml version="1.0"?><b/>';
    const docs = await split(Buffer.from(text), 4);
    expect(docs.map((d) => d.bytes.toString())).toEqual([
      '<?xml version="1.0"?>\n<?xml-stylesheet href="a.xsl"?><a/>\n',
      '<?xml version="1.0"?><b/>',
    ]);
  });

  it('returns unpooled copies that can be transferred to a worker', async () => {
    const [doc] = await split(twoGrants);
    expect(doc!.bytes.byteOffset).toBe(0);
    expect(doc!.bytes.buffer.byteLength).toBe(doc!.bytes.length);
  });
});
