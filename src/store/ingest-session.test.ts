import { describe, expect, it } from 'vitest';
import { ingestRecords } from '../../test/helpers/ingest-records.js';
import { withStore } from '../../test/helpers/with-store.js';
import { emptyRecord, type PatentRecord } from '../domain/patent-record.js';
import { IngestSession } from './ingest-session.js';
import type { Store } from './open-store.js';

function record(pn: string, extra: Partial<PatentRecord> = {}): PatentRecord {
  const base = emptyRecord(
    { publicationNumber: pn, country: pn.slice(0, 2), docNumber: pn.slice(2, -2), kind: pn.slice(-2) },
    { file: 'f.xml', byteOffset: 0, line: null, format: 'epo-xml', formatVersion: null },
  );
  return { ...base, ...extra };
}

const ingest = (store: Store, records: { r: PatentRecord; mtime: number }[]) =>
  ingestRecords(
    store,
    records.map(({ r, mtime }) => ({ record: r, mtime })),
  );

const count = async (store: Store, table: string) =>
  Number((await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n);

describe('IngestSession merge rules', () => {
  it('inserts new publications with their child rows', async () => {
    await withStore(async (store) => {
      const counts = await ingest(store, [
        { r: record('EP1000001A1', { titles: { en: 'A', de: 'B' } }), mtime: 1 },
        { r: record('EP1000002A1'), mtime: 1 },
      ]);
      expect(counts).toEqual({ staged: 2, inserted: 2, replaced: 0, unchanged: 0 });
      expect(await count(store, 'publications')).toBe(2);
      expect(await count(store, 'texts')).toBe(2);
    });
  });

  it('re-ingesting the same content changes nothing', async () => {
    await withStore(async (store) => {
      const r = record('EP1000001A1', { titles: { en: 'A' } });
      await ingest(store, [{ r, mtime: 1 }]);
      const again = await ingest(store, [
        { r: { ...r, source: { ...r.source, file: 'copy.xml' } }, mtime: 5 },
      ]);
      expect(again).toEqual({ staged: 1, inserted: 0, replaced: 0, unchanged: 1 });
      const row = await store.one<{ source_file: string }>('SELECT source_file FROM publications');
      expect(row?.source_file).toBe('f.xml');
    });
  });

  it('a richer record replaces a poorer one, never the other way round', async () => {
    await withStore(async (store) => {
      const poor = record('EP1000001A1', { titles: { en: 'A' } });
      const rich = record('EP1000001A1', {
        titles: { en: 'A' },
        abstracts: { en: 'abstract' },
        claimsCount: 3,
      });
      await ingest(store, [{ r: poor, mtime: 1 }]);
      expect((await ingest(store, [{ r: rich, mtime: 1 }])).replaced).toBe(1);
      expect((await ingest(store, [{ r: poor, mtime: 9 }])).unchanged).toBe(1);
      expect(await count(store, 'publications')).toBe(1);
      expect(await count(store, 'texts')).toBe(2);
    });
  });

  it('at equal richness the newer source file wins', async () => {
    await withStore(async (store) => {
      await ingest(store, [{ r: record('EP1000001A1', { titles: { en: 'old' } }), mtime: 1000 }]);
      const counts = await ingest(store, [
        { r: record('EP1000001A1', { titles: { en: 'new' } }), mtime: 2000 },
      ]);
      expect(counts.replaced).toBe(1);
      const older = await ingest(store, [
        { r: record('EP1000001A1', { titles: { en: 'older' } }), mtime: 500 },
      ]);
      expect(older.unchanged).toBe(1);
      expect((await store.one<{ text: string }>('SELECT text FROM texts'))?.text).toBe('new');
    });
  });

  it('duplicates inside one run keep the best record once', async () => {
    await withStore(async (store) => {
      const counts = await ingest(store, [
        { r: record('EP1000001A1'), mtime: 1 },
        { r: record('EP1000001A1', { claimsCount: 2 }), mtime: 1 },
      ]);
      expect(counts).toEqual({ staged: 2, inserted: 1, replaced: 0, unchanged: 1 });
      expect((await store.one<{ c: number }>('SELECT claims_count AS c FROM publications'))?.c).toBe(2);
    });
  });

  it('a rolled-back session leaves the store exactly as it was', async () => {
    await withStore(async (store) => {
      await ingest(store, [{ r: record('EP1000001A1'), mtime: 1 }]);
      const session = await IngestSession.begin(store);
      session.addRecord(record('EP1000002A1'), 1);
      await session.rollback();
      expect(await count(store, 'publications')).toBe(1);
      expect(await count(store, 'ingest_runs')).toBe(1);
      const tables = await store.all<{ n: string }>(
        "SELECT table_name AS n FROM information_schema.tables WHERE table_name LIKE 'stage%'",
      );
      expect(tables).toEqual([]);
    });
  });

  it('a title with its abstract outweighs an id-only record; the other source keeps its labels', async () => {
    await withStore(async (store) => {
      const textual = record('US7849036B2', {
        titles: { en: 'Method for monitoring' },
        abstracts: { en: 'A method' },
      });
      const labelled = record('US7849036B2', {
        familyId: '8173904',
        documentType: 'grant',
        sourceLabels: ['cset:ai', 'cset:Machine_Learning'],
      });
      await ingest(store, [{ r: textual, mtime: 1 }]);
      expect(await ingest(store, [{ r: labelled, mtime: 9 }])).toMatchObject({ replaced: 0, unchanged: 1 });
      expect(
        (await store.one<{ text: string }>('SELECT text FROM texts WHERE text_type = ?', ['title']))?.text,
      ).toBe('Method for monitoring');
      const labels = async () =>
        (await store.all<{ label: string }>('SELECT label FROM source_labels ORDER BY label')).map(
          (l) => l.label,
        );
      expect(await labels()).toEqual(['cset:Machine_Learning', 'cset:ai']);
      // A new release of the same source replaces that source's labels, and only those.
      await store.run("INSERT INTO source_labels VALUES ('US7849036B2', 'other:x')");
      await ingest(store, [{ r: { ...labelled, sourceLabels: ['cset:ai'] }, mtime: 10 }]);
      expect(await labels()).toEqual(['cset:ai', 'other:x']);
    });
  });

  it('stores the hierarchy of each classification symbol', async () => {
    await withStore(async (store) => {
      const entry = (symbol: string) => ({
        scheme: 'ipc' as const,
        symbol,
        value: null,
        isFirst: false,
        version: null,
      });
      await ingest(store, [
        { r: record('EP1000001A1', { classifications: [entry('G06N3/08'), entry('H04N')] }), mtime: 1 },
      ]);
      expect(
        await store.all(
          'SELECT symbol, section, class, subclass, main_group FROM classifications ORDER BY seq',
        ),
      ).toEqual([
        { symbol: 'G06N3/08', section: 'G', class: 'G06', subclass: 'G06N', main_group: 'G06N3' },
        { symbol: 'H04N', section: 'H', class: 'H04', subclass: 'H04N', main_group: null },
      ]);
    });
  });
});
