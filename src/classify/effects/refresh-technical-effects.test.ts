import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ingestRecords } from '../../../test/helpers/ingest-records.js';
import { withStore } from '../../../test/helpers/with-store.js';
import { emptyRecord, type PatentRecord } from '../../domain/patent-record.js';
import type { Store } from '../../store/open-store.js';
import { loadEffectLexicon } from './load-effect-lexicon.js';
import { refreshTechnicalEffects } from './refresh-technical-effects.js';

const DATA = new URL('../../../../shared/data/', import.meta.url);
type CsvRow = Record<string, string>;

function csvRows(path: string, delimiter = ','): CsvRow[] {
  return parse(readFileSync(new URL(path, DATA)), {
    columns: true,
    bom: true,
    delimiter,
    relax_quotes: true,
  });
}

function record(pn: string, texts: Partial<Pick<PatentRecord, 'titles' | 'abstracts' | 'firstClaim'>>) {
  const base = emptyRecord(
    { publicationNumber: pn, country: pn.slice(0, 2), docNumber: pn.slice(2, -2), kind: pn.slice(-2) },
    { file: 'effects.csv', byteOffset: null, line: 1, format: 'istat-ai-csv', formatVersion: null },
  );
  return { ...base, ...texts };
}

/** Two real US abstracts (ai-text-istat) and one real CN abstract (cn-cpc-samples), with their titles. */
function realRecords(): PatentRecord[] {
  const us = [
    ...csvRows('ai-text-istat/sample_update_split/patents_sample_update_part_7.csv'),
    ...csvRows('ai-text-istat/sample_update_split/patents_sample_update_part_13.csv'),
  ].filter((r) => r.id === 'US-9349006-B2' || r.id === 'US-11416737-B2');
  const cn = csvRows('cn-cpc-samples/sample_test.csv').find((r) => r.publication_number === 'CN117951002A')!;
  const [title, , abstract] = cn.text!.split(' [SEP] ');
  return [
    ...us.map((r) =>
      record(r.id!.replaceAll('-', ''), { titles: { en: r.title!.trim() }, abstracts: { en: r.abstract! } }),
    ),
    record('CN117951002A', { titles: { zh: title! }, abstracts: { zh: abstract! } }),
  ];
}

type EffectRow = {
  publication_number: string;
  effect_id: string;
  direction: string;
  polarity: string;
  text_type: string;
  lang: string;
  cue: string;
  attribute: string;
  evidence: string;
  span_start: number;
  span_end: number;
  lexicon_version: string;
};

const effectRows = (store: Store) =>
  store.all<EffectRow>('SELECT * FROM technical_effects ORDER BY publication_number, span_start');

describe('refreshTechnicalEffects', () => {
  it('writes the effects of real abstracts with spans into the stored text', async () => {
    await withStore(async (store) => {
      await ingestRecords(
        store,
        realRecords().map((r) => ({ record: r, mtime: 1 })),
      );
      const counts = await refreshTechnicalEffects(store, { batchSize: 2 });
      const rows = await effectRows(store);
      // Read from the abstracts: CN117951002A "提高了测试执行效率 … 降低维护成本"; US9349006B2 "save a lot of
      // manpower and improve the identification efficiency"; US11416737B2 "Power consumption and memory read
      // time are both reduced".
      expect(rows.map((r) => [r.publication_number, r.effect_id, r.polarity, r.cue, r.attribute])).toEqual([
        ['CN117951002A', 'efficiency', 'improves', '提高', '执行效率'],
        ['CN117951002A', 'cost', 'improves', '降低', '维护成本'],
        ['US11416737B2', 'energy', 'improves', 'reduced', 'Power consumption'],
        ['US11416737B2', 'latency', 'improves', 'reduced', 'read time'],
        ['US9349006B2', 'automation', 'improves', 'save', 'manpower'],
        ['US9349006B2', 'efficiency', 'improves', 'improve', 'efficiency'],
      ]);
      expect(counts).toEqual({
        publications: 3,
        effects: 6,
        byEffect: { automation: 1, cost: 1, efficiency: 2, energy: 1, latency: 1 },
      });
      const texts = await store.all<{ publication_number: string; text: string }>(
        "SELECT publication_number, text FROM texts WHERE text_type = 'abstract'",
      );
      for (const row of rows) {
        const text = texts.find((t) => t.publication_number === row.publication_number)!.text;
        const span = text.slice(row.span_start, row.span_end);
        expect(span.startsWith(row.cue) || span.startsWith(row.attribute)).toBe(true);
        expect(row.evidence).toContain(span);
        expect(row).toMatchObject({ text_type: 'abstract', lexicon_version: loadEffectLexicon().versionTag });
      }
      expect(rows.map((r) => r.lang)).toEqual(['zh', 'zh', 'en', 'en', 'en', 'en']);
    });
  });

  it('rebuilds rather than appends, and reads titles and first claims', async () => {
    await withStore(async (store) => {
      await ingestRecords(store, [
        { record: record('CN215570170U', { titles: { zh: '一种具有节能效果的长寿命LED路灯' } }), mtime: 1 },
        {
          record: record('EP1000001A1', { firstClaim: { lang: 'en', text: 'A method reducing latency.' } }),
          mtime: 1,
        },
        { record: record('EP1000002A1', { abstracts: { de: 'Verringert die Latenz.' } }), mtime: 1 },
      ]);
      await refreshTechnicalEffects(store);
      const again = await refreshTechnicalEffects(store);
      expect(again).toEqual({
        publications: 2,
        effects: 3,
        byEffect: { energy: 1, latency: 1, reliability: 1 },
      });
      const rows = await effectRows(store);
      expect(rows.map((r) => [r.publication_number, r.text_type, r.effect_id])).toEqual([
        ['CN215570170U', 'title', 'energy'],
        ['CN215570170U', 'title', 'reliability'],
        ['EP1000001A1', 'first_claim', 'latency'],
      ]);
    });
  });

  it('joins the transaction of its caller and rolls back with it', async () => {
    await withStore(async (store) => {
      await ingestRecords(store, [
        { record: record('EP1000001A1', { abstracts: { en: 'It reduces cost.' } }), mtime: 1 },
      ]);
      await store.run('BEGIN TRANSACTION');
      expect((await refreshTechnicalEffects(store)).effects).toBe(1);
      await store.run('ROLLBACK');
      expect(await effectRows(store)).toEqual([]);
    });
  });

  it('gives zero counts for an empty store', async () => {
    await withStore(async (store) => {
      expect(await refreshTechnicalEffects(store)).toEqual({ publications: 0, effects: 0, byEffect: {} });
    });
  });
});
