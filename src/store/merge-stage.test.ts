import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshFamilies } from './merge-stage.js';
import { openStore, type Store } from './open-store.js';

let store: Store;
beforeAll(async () => {
  store = await openStore(':memory:', { create: true });
  // 600 publications in 200 families of 1-5 members across offices; every 7th without a family id.
  await store.run(`INSERT INTO publications (publication_number, country, doc_number, priority_date, family_id,
      family_size, family_jurisdictions, source_file, source_format, richness, content_hash, ingest_run_id)
    SELECT (['US', 'EP', 'CN', 'JP', 'WO'])[i % 5 + 1] || i || 'A1', (['US', 'EP', 'CN', 'JP', 'WO'])[i % 5 + 1], i::VARCHAR,
      DATE '2015-01-01' + INTERVAL (i % 97) DAY,
      CASE WHEN i % 7 = 0 THEN NULL ELSE 'F' || (i * 37 % 200) END, CASE WHEN i % 3 = 0 THEN i % 5 + 1 END,
      CASE WHEN i % 4 = 0 THEN ['DE', 'KR'] END, 'hand', 'hand', 1, i::VARCHAR, 1
    FROM range(600) t(i)`);
});
afterAll(() => store?.close());

const families = () =>
  store.all(
    `SELECT family_id, publications_in_store, family_size_reported, jurisdictions::VARCHAR AS j,
       earliest_priority_date::VARCHAR AS p
     FROM families ORDER BY family_id`,
  );

describe('refreshFamilies', () => {
  it('rebuilds the same families in slices of family ids as in one statement', async () => {
    await refreshFamilies(store);
    const whole = await families();
    expect(whole).toHaveLength(200);
    const f0 = whole.find((f) => f.family_id === 'F0');
    // F0 holds i with i * 37 % 200 = 0 and i % 7 != 0: i = 200, 400 (i = 0 has no family), both US with DE and KR reported.
    expect(f0).toMatchObject({ publications_in_store: 2, j: '[DE, KR, US]' });
    // About 20 publications per slice: 26 slices.
    await refreshFamilies(store, 20);
    expect(await families()).toEqual(whole);
  });
});
