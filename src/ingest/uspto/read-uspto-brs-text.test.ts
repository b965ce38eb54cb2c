import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import { PatlasError } from '../../domain/patlas-error.js';
import { bufferInput, fileInput } from '../file-input.js';
import { readUsptoBrsText } from './read-uspto-brs-text.js';

const sample = fileURLToPath(
  new URL('../../../../shared/data/uspto-xml/css_brs/css_brs_sample.txt', import.meta.url),
);

async function readSample(): Promise<PatentRecord[]> {
  const out: PatentRecord[] = [];
  for await (const item of readUsptoBrsText(fileInput(sample))) {
    if (item.kind !== 'record') throw new Error(item.reason);
    out.push(item.record);
  }
  return out;
}

describe('readUsptoBrsText', async () => {
  const records = await readSample();
  const first = records[0]!;

  it('reads the six documents with their numbers, titles and summary lines', () => {
    expect(records.map((r) => [r.publicationNumber, r.titles.en, r.source.line])).toEqual([
      [
        'US9204581B2',
        'Method for performing chip level electromagnetic interference reduction, and associated apparatus',
        1,
      ],
      ['US9204582B2', 'Electronic device protection', 700],
      ['US9204583B2', 'Cylindrical electromagnetic bandgap and coaxial cable having the same', 1930],
      ['US9204584B2', 'Testing system for testing a portable electronic device', 2542],
      ['US9204585B2', 'Configurations of apertures in a miniature electronic component carrier mask', 3281],
      ['US9204586B2', 'Electronic-circuit assembling process', 4237],
    ]);
    expect(records.every((r) => r.source.format === 'uspto-brs-text' && r.documentType === 'grant')).toBe(
      true,
    );
  });

  it('reads dates, application number, IPC and CPC', () => {
    expect([first.publicationDate, first.grantDate, first.applicationDate]).toEqual([
      '2015-12-01',
      '2015-12-01',
      '2012-11-14',
    ]);
    expect(first.applicationNumber).toBe('13676098');
    expect(first.classifications).toEqual([
      { scheme: 'ipc', symbol: 'H05K9/00', value: 'inventive', isFirst: true, version: '20060101' },
      { scheme: 'cpc', symbol: 'H05K9/0066', value: 'inventive', isFirst: true, version: '20130101' },
    ]);
    const y10t = records[4]!.classifications.find((c) => c.symbol === 'Y10T29/49121');
    expect(y10t).toEqual({
      scheme: 'cpc',
      symbol: 'Y10T29/49121',
      value: 'additional',
      isFirst: false,
      version: '20150115',
    });
  });

  it('reads parties: the assignee (not the applicant again), inventors as Family, Given', () => {
    expect(first.applicants).toEqual([
      {
        role: 'applicant',
        sequence: 1,
        name: 'MEDIATEK INC.',
        country: 'TW',
        city: 'Science-Based Industrial Park, Hsin-Chu',
        state: null,
        address: null,
        postcode: null,
        partyType: 'assignee',
      },
    ]);
    expect(first.inventors.map((p) => [p.name, p.city, p.country])).toEqual([
      ['Yu, Long-Kun', 'New Taipei', 'TW'],
      ['Deng, Kuo-Liang', 'Miaoli County', 'TW'],
    ]);
  });

  it('reads US, foreign and non-patent citations with who cited them', () => {
    expect(first.citations.filter((c) => c.kind === 'patent')).toHaveLength(11);
    expect(first.citations[0]).toEqual({
      kind: 'patent',
      publicationNumber: 'US20030169838A1',
      raw: 'US 2003/0169838 A1 20030900 Greenstreet et al. 375/376',
      category: null,
      citedBy: 'examiner',
    });
    expect(first.citations).toContainEqual(
      expect.objectContaining({ publicationNumber: 'JP201045940', citedBy: 'applicant' }),
    );
    const npl = first.citations.filter((c) => c.kind === 'npl');
    expect(npl).toEqual([
      {
        kind: 'npl',
        text: '"International Search Report" mailed on Feb. 28, 2013 for International application No. PCT/CN2012/084589, International filing date:Nov. 14, 2012.',
        category: null,
        citedBy: 'applicant',
      },
    ]);
  });

  it('reads abstract, claims and priorities', () => {
    expect(first.abstracts.en).toMatch(
      /^A method for performing chip level electromagnetic interference \(EMI\) reduction is/,
    );
    expect([first.claimsCount, first.independentClaimsCount]).toEqual([20, 2]);
    expect(first.firstClaim?.text).toMatch(
      /^1\. A method for performing chip level electromagnetic interference/,
    );
    expect(records[2]!.priorities).toEqual([
      { sequence: 1, country: 'KR', number: '10-2011-0055402', date: '2011-06-09' },
    ]);
  });

  it('throws unknown-format for a file without document boundaries', async () => {
    const read = async () => {
      for await (const _ of readUsptoBrsText(bufferInput('x.txt', Buffer.from('WKU 1\nTTL x\n')))) void _;
    };
    await expect(read()).rejects.toBeInstanceOf(PatlasError);
    await expect(read()).rejects.toThrow(/^x\.txt: not a CSS\/BRS text file/);
  });
});
