import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import type { ReadItem } from '../../domain/read-item.js';
import { parseUsptoDocument } from './parse-uspto-document.js';

const bytesOf = (path: string) =>
  readFileSync(new URL(`../../../../shared/data/uspto-xml/${path}`, import.meta.url));
const parse = (path: string, byteOffset = 0) => parseUsptoDocument(bytesOf(path), { file: path, byteOffset });

function recordOf(item: ReadItem): PatentRecord {
  if (item.kind !== 'record') throw new Error(`expected a record, got: ${item.reason}`);
  return item.record;
}

describe('parseUsptoDocument: v4.5 grant US08926509', () => {
  const item = parse('xml2014/US08926509.xml', 1000);
  const r = recordOf(item);

  it('reads identity, dates, title, abstract and provenance', () => {
    expect(item.kind === 'record' && item.warnings).toEqual([]);
    expect(r.publicationNumber).toBe('US8926509B2');
    expect(r).toMatchObject({ country: 'US', docNumber: '8926509', kind: 'B2', documentType: 'grant' });
    expect(r.publicationDate).toBe('2015-01-06');
    expect(r.grantDate).toBe('2015-01-06');
    expect(r.applicationNumber).toBe('12134151');
    expect(r.applicationDate).toBe('2008-06-05');
    // No foreign priority; the provisional US 60/968,023 of 2007-08-24 (us-related-documents) is the first filing.
    expect(r.priorityDate).toBe('2007-08-24');
    expect(r.priorities).toEqual([{ sequence: 1, country: 'US', number: '60968023', date: '2007-08-24' }]);
    expect(r.titles).toEqual({ en: 'Wireless physiological sensor patches and systems' });
    expect(r.abstracts.en).toMatch(
      /^The present invention provides methods, devices, and systems for wireless/,
    );
    expect(r.source).toEqual({
      file: 'xml2014/US08926509.xml',
      byteOffset: 1000,
      line: null,
      format: 'uspto-grant-xml',
      formatVersion: 'v4.5',
    });
  });

  it('counts claims (31, of which 6 refer to no other claim) and keeps the first', () => {
    expect(r.claimsCount).toBe(31);
    expect(r.independentClaimsCount).toBe(6);
    expect(r.firstClaim?.text).toMatch(
      /^1\. A system for measuring physiological signals, comprising: \(a\) a patch/,
    );
    expect(r.firstClaim?.text).toMatch(/more processing resources than the patch-ASIC chip\.$/);
  });

  it('reads IPC-R and CPC with position, value and version', () => {
    const ipc = r.classifications.filter((c) => c.scheme === 'ipc');
    const cpc = r.classifications.filter((c) => c.scheme === 'cpc');
    expect(ipc[0]).toEqual({
      scheme: 'ipc',
      symbol: 'A61B5/00',
      value: 'inventive',
      isFirst: true,
      version: '20060101',
    });
    expect(ipc).toContainEqual({
      scheme: 'ipc',
      symbol: 'G06F19/00',
      value: 'additional',
      isFirst: false,
      version: '20110101',
    });
    expect(ipc).toHaveLength(14);
    expect(cpc[0]).toMatchObject({
      symbol: 'A61B5/0205',
      isFirst: true,
      value: 'inventive',
      version: '20130101',
    });
    expect(cpc.map((c) => c.symbol)).toContain('H04L67/125');
  });

  it('lists the assignee as applicant, not the inventors the grant also lists as us-applicants', () => {
    expect(r.applicants[0]).toEqual({
      role: 'applicant',
      sequence: 1,
      name: 'Hmicro, Inc.',
      country: 'US',
      city: 'Fremont',
      state: 'CA',
      address: null,
      postcode: null,
      partyType: 'assignee',
    });
    // The five us-applicants (app-type="applicant") are the five inventors; the owner is the assignee.
    expect(r.applicants).toHaveLength(1);
    expect(r.inventors.map((p) => p.name)).toEqual([
      'Magar, Surendar',
      'Sattiraju, Venkateswara Rao',
      'Niknejad, Ali',
      'Yun, Louis',
      'Beck, James C.',
    ]);
    expect(r.inventors[1]).toMatchObject({
      role: 'inventor',
      sequence: 2,
      city: 'Union City',
      country: 'US',
    });
  });

  it('reads 130 patent and 30 non-patent citations with who cited them', () => {
    expect(r.citations.filter((c) => c.kind === 'patent')).toHaveLength(130);
    expect(r.citations.filter((c) => c.kind === 'npl')).toHaveLength(30);
    expect(r.citations.filter((c) => c.citedBy === 'examiner')).toHaveLength(14);
    expect(r.citations).toContainEqual({
      kind: 'patent',
      publicationNumber: 'US5231990A',
      raw: 'US 5231990 A Gauglitz 19930800',
      category: null,
      citedBy: 'examiner',
    });
    expect(r.citations).toContainEqual(expect.objectContaining({ publicationNumber: 'USD439981S' }));
    expect(r.citations.at(-1)).toEqual({
      kind: 'npl',
      text: 'Office action dated Apr. 25, 2014 for U.S. Appl. No. 12/193,865.',
      category: null,
      citedBy: 'applicant',
    });
  });
});
