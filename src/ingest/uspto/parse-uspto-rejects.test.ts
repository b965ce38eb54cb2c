import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReadItem } from '../../domain/read-item.js';
import { splitXmlDocuments } from '../xml/split-xml-documents.js';
import { parseUsptoDocument } from './parse-uspto-document.js';

const bytesOf = (path: string) =>
  readFileSync(new URL(`../../../../shared/data/uspto-xml/${path}`, import.meta.url));
const grant = bytesOf('xml2014/US08926509.xml');
const ctx = { file: 'ipg150106.xml', byteOffset: 5_000_000 };

function rejectOf(item: ReadItem) {
  if (item.kind !== 'reject') throw new Error(`expected a reject, got ${item.record.publicationNumber}`);
  return item;
}
function withReplaced(bytes: Buffer, from: string, to: string): Buffer {
  const text = bytes.toString('utf8');
  expect(text).toContain(from);
  return Buffer.from(text.replace(from, to));
}

describe('parseUsptoDocument: bulk files and broken documents', () => {
  it('parses both grants of the concatenated go-uspto/test.xml', async () => {
    async function* once() {
      yield bytesOf('go-uspto/test.xml');
    }
    const items: ReadItem[] = [];
    for await (const doc of splitXmlDocuments(once())) {
      items.push(parseUsptoDocument(doc.bytes, { file: 'test.xml', byteOffset: doc.byteOffset }));
    }
    const records = items.map((i) => (i.kind === 'record' ? i.record : null));
    expect(records.map((r) => [r?.publicationNumber, r?.titles.en, r?.source.byteOffset])).toEqual([
      ['US11147202B2', 'Wheeled hand truck', 0],
      ['US11147203B2', 'Middle mounted implement tractor', 63184],
    ]);
  });

  it('rejects a truncated document, saying so, at the document offset', () => {
    const item = rejectOf(parseUsptoDocument(grant.subarray(0, 100_000), ctx));
    expect(item.reason).toMatch(/ends before its closing <\/us-patent-grant> tag \(truncated\)/);
    expect(item.position).toEqual({ byteOffset: 5_000_000, line: null });
    expect(item.file).toBe('ipg150106.xml');
  });

  it('rejects a document broken in the middle with the line and byte offset of the break', () => {
    // `<city>Fremont</city>` is on line 2622 at byte 71431 (grep -n / grep -b).
    const broken = withReplaced(grant, '<city>Fremont</city>', '<city>Fremont</cty>');
    const item = rejectOf(parseUsptoDocument(broken, ctx));
    expect(item.reason).toMatch(
      /^not well-formed XML: .*document line 2622, column \d+; file byte offset (\d+)\)$/,
    );
    const offset = Number(/file byte offset (\d+)/.exec(item.reason)![1]);
    expect(offset - ctx.byteOffset).toBeGreaterThanOrEqual(71431);
    expect(offset - ctx.byteOffset).toBeLessThanOrEqual(71431 + '<city>Fremont</cty>'.length);
    expect(item.excerpt).toContain('Fremont</cty>');
  });

  it('maps a break before the citations to its line too', () => {
    // The invention title (line 713) loses its end tag: the parser stops at the bibliographic end tag.
    const broken = withReplaced(
      grant,
      'sensor patches and systems</invention-title>',
      'sensor patches and systems',
    );
    const item = rejectOf(parseUsptoDocument(broken, ctx));
    expect(item.reason).toMatch(/document line 2640,/); // `</us-bibliographic-data-grant>` (grep -n)
  });

  it('rejects unpaired citation tags, which are read without the XML parser', () => {
    const broken = withReplaced(grant, '</us-citation>', '');
    const item = rejectOf(parseUsptoDocument(broken, ctx));
    // `<us-references-cited>` starts on line 714 at byte 26760 (grep -n / grep -b).
    expect(item.reason).toBe(
      'not well-formed XML in <us-references-cited> (document line 714, file byte offset 5026760): a <us-citation> has no end tag',
    );
  });

  it('rejects the CPC master file: not a patent document', () => {
    const item = rejectOf(parseUsptoDocument(bytesOf('cpcMaster/cpcMaster.xml'), ctx));
    expect(item.reason).toMatch(
      /^root element <uspat:CPCMasterClassificationFile> is not a USPTO patent document/,
    );
    expect(item.excerpt).toContain('uspat:publicationStartNumber="1"');
  });

  it('rejects a CPC scheme file and text that is not XML', () => {
    const scheme = rejectOf(parseUsptoDocument(bytesOf('cpcScheme/cpc-scheme-A01L.xml'), ctx));
    expect(scheme.reason).toMatch(/^root element <class-scheme> is not a USPTO patent document/);
    const text = rejectOf(parseUsptoDocument(Buffer.from('PATN\nWKU  039373754\n'), ctx));
    expect(text.reason).toBe('no root element found: not an XML document');
  });

  it('keeps a record with an impossible date, with a warning', () => {
    const bad = withReplaced(
      grant,
      '<kind>B2</kind>\n<date>20150106</date>',
      '<kind>B2</kind>\n<date>20150231</date>',
    );
    const item = parseUsptoDocument(bad, ctx);
    expect(item.kind).toBe('record');
    if (item.kind !== 'record') return;
    expect(item.record.publicationDate).toBeNull();
    expect(item.warnings).toEqual([
      { field: 'publicationDate', reason: 'impossible date "20150231": day 31' },
    ]);
  });
});
