import { describe, expect, it } from 'vitest';
import { withStore } from '../../../test/helpers/with-store.js';
import type { Store } from '../../store/open-store.js';
import { buildTextIndex } from '../index/build-text-index.js';
import { bm25Idf, bm25TermScore } from './bm25.js';
import { searchPatents } from './search-patents.js';

/*
 * Three publications with a title only (title weight 2, so each title term counts 2):
 *   D1 "Lidar sensor"              terms lidar, sensor          length 2 x 2 = 4, tf(lidar) = 2
 *   D2 "Lidar lidar calibration"   terms lidar, lidar, calibr   length 3 x 2 = 6, tf(lidar) = 4
 *   D3 "Camera sensor"             terms camera, sensor         length 4
 * N = 3, avgdl = 14 / 3 = 4.6667; df(lidar) = df(sensor) = 2.
 * idf = ln(1 + (3 - 2 + 0.5) / (2 + 0.5)) = ln(1.6) = 0.4700036
 * D1, lidar: norm = 1.2 x (0.25 + 0.75 x 4 / 4.6667) = 1.071429; 0.4700036 x 2 x 2.2 / (2 + 1.071429) = 0.6733075
 * D2, lidar: norm = 1.2 x (0.25 + 0.75 x 6 / 4.6667) = 1.457143; 0.4700036 x 4 x 2.2 / (4 + 1.457143) = 0.7579116
 * "lidar sensor": D1 = 2 x 0.6733075 (sensor: same tf and length) = 1.3466150; D2 = 0.7579116; D3 = 0.6733075.
 */
const TITLES: [string, string][] = [
  ['XX1A', 'Lidar sensor'],
  ['XX2A', 'Lidar lidar calibration'],
  ['XX3A', 'Camera sensor'],
];

async function seed(store: Store): Promise<void> {
  for (const [number, title] of TITLES) {
    await store.run(
      `INSERT INTO publications (publication_number, country, doc_number, source_file, source_format, richness,
         content_hash, ingest_run_id) VALUES (?, 'XX', ?, 'test', 'test', 4, ?, 1)`,
      [number, number.slice(2), number],
    );
    await store.run(`INSERT INTO texts VALUES (?, 'title', 'en', ?)`, [number, title]);
  }
  await buildTextIndex(store, 'test');
}

describe('BM25', () => {
  it('matches the hand-computed formula', () => {
    const idf = bm25Idf(3, 2);
    expect(idf).toBeCloseTo(0.4700036, 6);
    const avgdl = 14 / 3;
    expect(bm25TermScore({ tf: 2, length: 4, avgdl, k1: 1.2, b: 0.75, idf })).toBeCloseTo(0.6733075, 6);
    expect(bm25TermScore({ tf: 4, length: 6, avgdl, k1: 1.2, b: 0.75, idf })).toBeCloseTo(0.7579116, 6);
  });

  it('scores in SQL what the hand computation gives, best first, with the matched terms', async () => {
    await withStore(async (store) => {
      await seed(store);
      const lidar = await searchPatents(store, 'LIDAR', { top: 10, offset: 0 });
      expect(lidar.hits.map((h) => [h.publicationNumber, Number(h.score.toFixed(5))])).toEqual([
        ['XX2A', 0.75791],
        ['XX1A', 0.67331],
      ]);
      const both = await searchPatents(store, 'lidar sensors', { top: 10, offset: 0 });
      expect(both.total).toBe(3);
      expect(both.hits.map((h) => [h.publicationNumber, Number(h.score.toFixed(5))])).toEqual([
        ['XX1A', 1.34662],
        ['XX2A', 0.75791],
        ['XX3A', 0.67331],
      ]);
      expect(both.hits[0]?.matchedTerms).toEqual([
        { term: 'lidar', word: 'lidar', fields: ['title'] },
        { term: 'sensor', word: 'sensors', fields: ['title'] },
      ]);
      const page = await searchPatents(store, 'lidar sensors', { top: 1, offset: 1 });
      expect(page.hits.map((h) => h.publicationNumber)).toEqual(['XX2A']);
      // Past the last hit: no hit, and still the number of matching publications.
      const past = await searchPatents(store, 'lidar sensors', { top: 5, offset: 10 });
      expect(past).toMatchObject({ total: 3, hits: [] });
    });
  });

  it('refuses a query without a searchable word, and a store without an index', async () => {
    await withStore(async (store) => {
      await expect(searchPatents(store, 'lidar', { top: 5, offset: 0 })).rejects.toMatchObject({
        code: 'store-error',
        hint: expect.stringContaining('patlas index'),
      });
      await seed(store);
      await expect(searchPatents(store, 'the method of 2024', { top: 5, offset: 0 })).rejects.toMatchObject({
        code: 'usage',
      });
    });
  });
});
