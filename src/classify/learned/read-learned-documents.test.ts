import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestRecords } from '../../../test/helpers/ingest-records.js';
import { withStore } from '../../../test/helpers/with-store.js';
import type { PatentRecord } from '../../domain/patent-record.js';
import { fileInput } from '../../ingest/file-input.js';
import { readLensCsv } from '../../ingest/lens/index.js';
import { readLearnedDocuments, type StoredDocument } from './read-learned-documents.js';

const DRONES = fileURLToPath(
  new URL('../../../../shared/data/lens/drones_fulltext_families_5884_raw.csv', import.meta.url),
);

async function all(batches: AsyncGenerator<StoredDocument[]>): Promise<StoredDocument[]> {
  const out: StoredDocument[] = [];
  for await (const batch of batches) out.push(...batch);
  return out;
}

describe('readLearnedDocuments (5,880 Lens drone families: more than one batch)', () => {
  it('reads every publication once, in order, with its title and codes; or only the listed ones', async () => {
    await withStore(async (store) => {
      const records: PatentRecord[] = [];
      for await (const item of readLensCsv(fileInput(DRONES)))
        if (item.kind === 'record') records.push(item.record);
      await ingestRecords(
        store,
        records.map((record) => ({ record, mtime: 0 })),
      );
      const documents = await all(readLearnedDocuments(store));
      const numbers = documents.map((d) => d.publicationNumber);
      expect(numbers).toHaveLength(5880);
      expect(new Set(numbers).size).toBe(5880);
      expect(numbers).toEqual([...numbers].sort());
      // Row 2 of the file: AT 556755 T, with 8 CPC and 6 IPCR symbols, 12 distinct (A63H30/04, G08C17/02 in both).
      const at = documents.find((d) => d.publicationNumber === 'AT556755T');
      expect(at?.document.title).toEqual([
        'Verfahren Und Gerät Zur Fernbedienung Einer Drohne, Insbesondere Einer Drohne Mit Drehflügeln',
      ]);
      expect(at?.document.codes).toEqual(
        [
          'A63F2009/241',
          'A63H27/12',
          'A63H30/04',
          'G05D1/0016',
          'G06F3/04817',
          'G06F3/04883',
          'G08C17/02',
          'G08C2201/93',
          'A63F9/24',
          'A63F13/10',
          'A63H27/133',
          'G06F3/041',
        ].sort(),
      );

      const wanted = numbers.filter((_, i) => i % 3 === 0).concat(['XX123', numbers[0]!]);
      const some = await all(readLearnedDocuments(store, wanted));
      expect(some.map((d) => d.publicationNumber)).toEqual([...new Set(wanted)].sort());
      expect(some.find((d) => d.publicationNumber === 'XX123')?.document).toMatchObject({
        title: [],
        codes: [],
      });
    });
  });
});
