import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReadItem } from '../../domain/read-item.js';
import { parseEpoDocument } from './parse-epo-document.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const bytesOf = (name: string) => readFileSync(`${DATA}${name}`);
const parse = (bytes: Buffer, byteOffset = 0): ReadItem =>
  parseEpoDocument(bytes, { file: 'test.xml', byteOffset });

function recordOf(bytes: Buffer) {
  const item = parse(bytes);
  if (item.kind !== 'record') throw new Error(item.reason);
  return item;
}

describe('grants', () => {
  it('EP3383757B1: grant date from B450, proprietors as applicants, B560 citations as examiner', () => {
    const { record } = recordOf(bytesOf('epo-xml/grant/v1-5-1-B1.xml'));
    expect(record.documentType).toBe('grant');
    expect(record.grantDate).toBe('2021-07-07');
    expect(record.applicants).toEqual([
      {
        role: 'applicant',
        sequence: 1,
        name: 'ELC Management LLC',
        country: 'US',
        city: 'Melville, NY 11747',
        state: null,
        address: '155 Pinelawn Road, Suite 345 South',
        postcode: null,
        partyType: 'proprietor',
      },
    ]);
    expect(record.inventors.map((p) => p.name)).toEqual(['JACOB, Christophe', 'BOUIX, Herve']);
    expect(record.citations.slice(0, 2)).toEqual([
      {
        kind: 'patent',
        publicationNumber: 'WO2014114885A1',
        raw: 'WO-A1-2014/114885',
        category: null,
        citedBy: 'examiner',
      },
      {
        kind: 'patent',
        publicationNumber: 'CN202128028U',
        raw: 'CN-U- 202 128 028',
        category: null,
        citedBy: 'examiner',
      },
    ]);
    expect(record.claimsCount).toBe(8);
  });

  it('EP0874807B2: the grant date is the B450 mention, not the B2 publication date', () => {
    const { record } = recordOf(bytesOf('epo-xml/grant/v1-0-B2.xml'));
    expect(record.publicationDate).toBe('2006-08-02');
    expect(record.grantDate).toBe('2002-02-20');
  });

  it('EP2743087B2 (German): claims counted in the document language', () => {
    const { record } = recordOf(bytesOf('epo-xml/grant/v1-5-B2.xml'));
    expect(record.claimsCount).toBe(13);
    // Claim 1 "Druckmaschine ..." and claim 8 "Direktdruckverfahren ..."; the rest say "nach Anspruch".
    expect(record.independentClaimsCount).toBe(2);
    expect(record.firstClaim?.lang).toBe('de');
    expect(record.firstClaim?.text).toMatch(/^Druckmaschine \(102\) zum Direktbedrucken von Behältern/);
  });

  it('EP0546210B2: claims 1 and 19 are the independent ones of 32', () => {
    const { record } = recordOf(bytesOf('epo-xml/grant/v1-1-B2.xml'));
    expect(record.claimsCount).toBe(32);
    expect(record.independentClaimsCount).toBe(2);
  });
});

describe('classifications', () => {
  it('EP0000002A1: pre-2006 B511 main / B513 additional with the B516 edition', () => {
    const { record } = recordOf(bytesOf('epo-xml/application/v1-1-A1.xml'));
    expect(record.classifications[0]).toEqual({
      scheme: 'ipc',
      symbol: 'C07D307/12',
      value: 'inventive',
      isFirst: true,
      version: '2',
    });
    expect(record.classifications.find((c) => c.symbol === 'A01N43/08')?.value).toBe('additional');
  });

  it('EP4090146A1: CPC from B520EP with F/L position and I/A value', () => {
    const { record } = recordOf(bytesOf('epo-xml/application/v1-5-1-A1-1.xml'));
    const cpc = record.classifications.filter((c) => c.scheme === 'cpc');
    expect(cpc).toHaveLength(9);
    expect(cpc.find((c) => c.symbol === 'F16D48/06')).toMatchObject({ isFirst: true, value: 'inventive' });
    expect(cpc.find((c) => c.symbol === 'B60K17/28')).toMatchObject({ isFirst: false, value: 'additional' });
    expect(cpc.find((c) => c.symbol === 'F16D2500/10437')?.version).toBe('20130101');
  });

  it('EP1451194B2: IPC value N is additional', () => {
    const { record } = recordOf(bytesOf('epo-xml/grant/v1-4-B2.xml'));
    expect(record.classifications.find((c) => c.symbol === 'C07D265/00')?.value).toBe('additional');
  });
});

describe('search-report citations', () => {
  // No sample carries an XML search report (their search-report-data holds page images only), so
  // one is added to a real document, shaped like the DTD's srep-citations.
  const report = `<srep-for-pub><srep-citations>
<citation id="sr-cit0001"><patcit id="sr-pcit0001" dnum="CN107215284A"><document-id><country>CN</country>
<doc-number>107215284</doc-number><kind>A</kind></document-id></patcit><category>X</category>
<rel-claims>1-12</rel-claims></citation>
<citation id="sr-cit0002"><nplcit id="sr-ncit0001"><text>SMITH J: "Foldable displays", 2017</text></nplcit>
<category>Y</category><category>A</category></citation>
</srep-citations></srep-for-pub></search-report-data>`;
  const original = bytesOf('epo-xml/application/v1-5-A1.xml').toString('utf8');
  const withReport = Buffer.from(original.replace('</search-report-data>', report));

  it('reads category letters and marks them examiner citations', () => {
    const { record } = recordOf(withReport);
    expect(record.citations.slice(0, 2)).toEqual([
      {
        kind: 'patent',
        publicationNumber: 'CN107215284A',
        raw: 'CN107215284A',
        category: 'X',
        citedBy: 'examiner',
      },
      { kind: 'npl', text: 'SMITH J: "Foldable displays", 2017', category: 'YA', citedBy: 'examiner' },
    ]);
    expect(record.citations[2]?.citedBy).toBe('applicant');
  });
});

describe('damaged and foreign documents', () => {
  const good = bytesOf('epo-xml/application/v1-5-A1.xml');

  it('rejects a truncated copy with the reason and the position', () => {
    const item = parse(good.subarray(0, 3000), 4096);
    expect(item.kind).toBe('reject');
    if (item.kind !== 'reject') return;
    expect(item.reason).toMatch(/^not well-formed XML: .+ \(line \d+, column \d+ of the document\)$/);
    expect(item.position).toEqual({ byteOffset: 4096, line: null });
    expect(item.excerpt.length).toBeGreaterThan(0);
  });

  it('rejects a document whose root is not ep-patent-document, naming the root', () => {
    const item = parse(bytesOf('uspto-xml/xml2014/US08926509.xml'));
    expect(item.kind).toBe('reject');
    if (item.kind === 'reject') expect(item.reason).toContain('<us-patent-grant>');
  });

  it('keeps a record with an impossible date, nulls the date and warns', () => {
    const broken = Buffer.from(
      good.toString('utf8').replace('<B220><date>20181029</date>', '<B220><date>20180230</date>'),
    );
    const { record, warnings } = recordOf(broken);
    expect(record.applicationDate).toBeNull();
    expect(warnings).toEqual([{ field: 'applicationDate', reason: expect.stringContaining('20180230') }]);
  });

  it('reads a bare "&" (Kador & Partner in EP2055205A1) as a literal ampersand, with a warning', () => {
    const { record, warnings } = recordOf(bytesOf('epo-xml/application/v1-4-A1.xml'));
    expect(record.publicationNumber).toBe('EP2055205A1');
    expect(record.applicants.map((p) => p.name)).toEqual(['Tsorng TA Enterprise Co., Ltd.']);
    expect(warnings).toEqual([{ field: 'document', reason: expect.stringContaining('"&"') }]);
  });

  it('does not read the description, so a stray "<" there (EP3889521A1) does not reject the record', () => {
    const { record } = recordOf(bytesOf('epo-xml/application/v1-5-1-A1-2.xml'));
    expect(record.claimsCount).toBe(17);
    // Claims 1-4 and 14-17 stand alone; 5-13 refer to other claims.
    expect(record.independentClaimsCount).toBe(8);
  });
});
