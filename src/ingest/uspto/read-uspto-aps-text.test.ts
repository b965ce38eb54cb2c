import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import { bufferInput } from '../file-input.js';
import { readUsptoApsText } from './read-uspto-aps-text.js';

const greenbook = (name: string) =>
  readFileSync(new URL(`../../../../shared/data/uspto-xml/greenbook/${name}.greenbook`, import.meta.url));

async function readAll(name: string, bytes: Buffer): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readUsptoApsText(bufferInput(name, bytes))) items.push(item);
  return items;
}
async function records(name: string, bytes: Buffer): Promise<PatentRecord[]> {
  return (await readAll(name, bytes)).map((i) => {
    if (i.kind !== 'record') throw new Error(i.reason);
    return i.record;
  });
}

describe('readUsptoApsText', () => {
  it('reads US03937375: WKU with check digit, dates, fixed-width IPC, inventor, citations, claims', async () => {
    const [r] = await records('US03937375.greenbook', greenbook('US03937375'));
    expect(r).toMatchObject({
      publicationNumber: 'US3937375',
      country: 'US',
      docNumber: '3937375',
      kind: null,
    });
    expect(r!.documentType).toBe('grant');
    expect(r!.titles).toEqual({ en: 'Bumper support for a boat loader' });
    expect([r!.publicationDate, r!.grantDate, r!.applicationDate]).toEqual([
      '1976-02-10',
      '1976-02-10',
      '1974-10-29',
    ]);
    expect(r!.applicationNumber).toBe('05518454'); // SRC 5, APN 518454 + check digit 1
    expect(r!.classifications).toEqual([
      { scheme: 'ipc', symbol: 'B60R9/00', value: null, isFirst: true, version: '2' },
    ]);
    expect(r!.inventors).toEqual([
      {
        role: 'inventor',
        sequence: 1,
        name: 'Daniels, Everette E.',
        country: 'US',
        city: 'Des Moines',
        state: 'IA',
        address: '221 Locust St.',
        postcode: '50309',
        partyType: null,
      },
    ]);
    expect(r!.applicants.map((p) => [p.name, p.partyType])).toEqual([['Daniels, Everette E.', 'inventor']]);
    expect(r!.citations.map((c) => c.kind === 'patent' && c.publicationNumber)).toEqual([
      'US2542907',
      'US2762542',
      'US2772799',
      'US3113789',
      'US3702197',
    ]);
    expect(r!.abstracts.en).toMatch(
      /^A unit mountable on a rear bumper of a vehicle, and which does not interfere/,
    );
    expect(r!.claimsCount).toBe(3);
    expect(r!.firstClaim?.text).toMatch(
      /^1\. In a bumper support for a boat loader, the combination of a pair/,
    );
    expect(r!.source).toEqual({
      file: 'US03937375.greenbook',
      byteOffset: null,
      line: 1,
      format: 'uspto-aps-text',
      formatVersion: null,
    });
  });

  it('reads assignees, foreign inventors (JPX -> JP), the priority and several IPC symbols', async () => {
    const [r] = await records('US04347903.greenbook', greenbook('US04347903'));
    expect([r!.publicationNumber, r!.titles.en, r!.publicationDate]).toEqual([
      'US4347903',
      'Electronic reading balance',
      '1982-09-07',
    ]);
    expect(r!.applicants.map((p) => [p.name, p.city, p.country, p.partyType])).toEqual([
      ['Shimadzu Corporation', 'Kyoto', 'JP', 'assignee'],
    ]);
    expect(r!.inventors).toHaveLength(8);
    expect(r!.inventors[0]).toMatchObject({ name: 'Yano, Shozo', city: 'Kyoto', country: 'JP' });
    expect(r!.priorities).toEqual([{ sequence: 1, country: 'JP', number: '53/84696', date: '1978-07-10' }]);
    expect(r!.priorityDate).toBe('1978-07-10');
    expect(r!.classifications.map((c) => c.symbol)).toEqual(['G01G19/04', 'G01G23/10', 'G06F7/28']);
  });

  it('streams several records from one file, each with its first line', async () => {
    const one = greenbook('US03932709');
    const two = greenbook('US03937375');
    const rs = await records('aps.txt', Buffer.concat([one, two]));
    const firstLineOfSecond = one.toString('latin1').split('\n').length; // one ends with a newline
    expect(rs.map((r) => [r.publicationNumber, r.titles.en, r.source.line])).toEqual([
      ['US3932709', 'Electronic business telephone', 1],
      ['US3937375', 'Bumper support for a boat loader', firstLineOfSecond],
    ]);
    expect(rs[0]!.applicants.map((p) => p.name)).toEqual(['General Teletronics Incorporated']);
    expect(rs[0]!.inventors.map((p) => p.name)).toEqual(['Hoff, Don G.', 'Young, Patrick']);
    expect(rs[0]!.citations).toHaveLength(9);
    expect(rs[0]!.claimsCount).toBe(17);
  });

  it('rejects a record without a patent number and goes on', async () => {
    const broken = Buffer.from(
      `PATN\nTTL  No number here\n${greenbook('US03937375').toString('latin1')}`,
      'latin1',
    );
    const items = await readAll('aps.txt', broken);
    expect(items[0]).toMatchObject({
      kind: 'reject',
      position: { byteOffset: null, line: 1 },
      reason: 'APS record has no WKU (patent number)',
    });
    expect(items[1]?.kind === 'record' && items[1].record.publicationNumber).toBe('US3937375');
  });

  it('throws unknown-format for a file that is not APS', async () => {
    const error = await readAll('x.txt', Buffer.from('hello\nworld\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PatlasError);
    expect((error as PatlasError).code).toBe('unknown-format');
    expect((error as PatlasError).message).toMatch(/^x\.txt: not an APS Green Book file/);
  });
});
