import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestRecords } from '../../../test/helpers/ingest-records.js';
import { withStore } from '../../../test/helpers/with-store.js';
import type { PatentRecord } from '../../domain/patent-record.js';
import { parseXmlDocument } from '../../ingest/xml/parse-xml-document.js';
import type { Store } from '../../store/open-store.js';
import { fieldWeights } from './field-weights.js';
import { refreshTechnologyFields } from './refresh-technology-fields.js';

const XML2014 = new URL('../../../../shared/data/uspto-xml/xml2014/', import.meta.url);
const FILES = ['US08926509.xml', 'US08927118.xml', 'US08930553.xml'];

function readRecord(name: string): PatentRecord {
  const file = fileURLToPath(new URL(name, XML2014));
  const item = parseXmlDocument(readFileSync(file), { file, byteOffset: 0 });
  if (item.kind !== 'record') throw new Error(`${name}: ${item.reason}`);
  return item.record;
}

async function ingest(store: Store, records: PatentRecord[]): Promise<void> {
  await ingestRecords(
    store,
    records.map((record) => ({ record, mtime: 1 })),
  );
}

type FieldRow = {
  publication_number: string;
  field_nr: number;
  field_name: string;
  sector: string;
  whole_weight: number;
  fractional_weight: number;
  basis: string;
};

const rowsOf = (store: Store) =>
  store.all<FieldRow>('SELECT * FROM technology_fields ORDER BY publication_number, field_nr');

/** What the TypeScript rule gives for a record, in the table's shape. */
function expectedRows(record: PatentRecord, basis: 'ipc' | 'cpc') {
  const symbols = record.classifications.filter((c) => c.scheme === basis).map((c) => c.symbol);
  return fieldWeights(symbols).fields.map((f) => ({
    publication_number: record.publicationNumber,
    field_nr: f.fieldNr,
    field_name: f.fieldName,
    sector: f.sector,
    whole_weight: 1,
    fractional_weight: expect.closeTo(f.fractionalWeight, 12),
    basis,
  }));
}

describe('refreshTechnologyFields', () => {
  it('agrees with fieldWeights on real USPTO grants and matches the concordance', async () => {
    await withStore(async (store) => {
      const records = FILES.map(readRecord);
      await ingest(store, records);
      const counts = await refreshTechnologyFields(store);
      const rows = await rowsOf(store);
      expect(rows).toEqual(records.flatMap((r) => expectedRows(r, 'ipc')));
      expect(counts).toEqual({ publications: 3, rows: rows.length });

      // From the files' classification-ipcr entries and the concordance rows (A61B 13, H04L/H04W 4, G06F 6;
      // H05B 1, C07D 14, C09K 19, H01L 8; G06F 6).
      const weights = (pn: string) =>
        rows.filter((r) => r.publication_number === pn).map((r) => [r.field_nr, r.fractional_weight]);
      expect(weights('US8926509B2')).toEqual([
        [4, expect.closeTo(4 / 14, 12)],
        [6, expect.closeTo(1 / 14, 12)],
        [13, expect.closeTo(9 / 14, 12)],
      ]);
      expect(weights('US8927118B2')).toEqual([
        [1, expect.closeTo(1 / 9, 12)],
        [8, expect.closeTo(2 / 9, 12)],
        [14, expect.closeTo(5 / 9, 12)],
        [19, expect.closeTo(1 / 9, 12)],
      ]);
      expect(weights('US8930553B2')).toEqual([[6, 1]]);
    });
  });

  it('lets a main-group row beat the subclass row, as the TypeScript rule does', async () => {
    await withStore(async (store) => {
      const real = readRecord('US08930553.xml');
      const ipc = (symbol: string) => ({
        scheme: 'ipc' as const,
        symbol,
        value: null,
        isFirst: false,
        version: null,
      });
      // Concordance rows `H04N   1` -> 3 and `H04N  21` -> 4; H04N 23 falls back to the H04N extension -> 2.
      const record = { ...real, classifications: ['H04N21/2343', 'H04N1/00', 'H04N23/60'].map(ipc) };
      await ingest(store, [record]);
      await refreshTechnologyFields(store);
      const rows = await rowsOf(store);
      expect(rows).toEqual(expectedRows(record, 'ipc'));
      expect(rows.map((r) => [r.field_nr, r.fractional_weight])).toEqual([
        [2, expect.closeTo(1 / 3, 12)],
        [3, expect.closeTo(1 / 3, 12)],
        [4, expect.closeTo(1 / 3, 12)],
      ]);
    });
  });

  it('falls back to CPC symbols when a publication has no IPC symbol, and rebuilds idempotently', async () => {
    await withStore(async (store) => {
      const full = readRecord('US08927118.xml');
      const cpcOnly = { ...full, classifications: full.classifications.filter((c) => c.scheme === 'cpc') };
      expect(cpcOnly.classifications.length).toBeGreaterThan(0);
      await ingest(store, [cpcOnly]);
      await refreshTechnologyFields(store);
      const first = await rowsOf(store);
      expect(first).toEqual(expectedRows(cpcOnly, 'cpc'));
      expect(first.length).toBeGreaterThan(1);
      expect(first.every((r) => r.basis === 'cpc')).toBe(true);
      await refreshTechnologyFields(store);
      expect(await rowsOf(store)).toEqual(first);
    });
  });
});
