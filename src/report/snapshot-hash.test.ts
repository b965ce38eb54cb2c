import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore } from '../../test/helpers/fixture-store.js';
import type { Store } from '../store/open-store.js';
import { snapshotHash } from './snapshot-hash.js';

let store: Store;
beforeAll(async () => {
  store = await openFixtureStore(['lens/drones_fulltext_families_5884_raw.csv']);
});
afterAll(() => store?.close());

describe('snapshotHash', () => {
  it('is the same for the same content in any row order, and changes with one record', async () => {
    const first = await snapshotHash(store);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    const publications = first.parts.find((p) => p.name === 'publications');
    const stored = await store.one<{ n: number }>('SELECT count(*) AS n FROM publications');
    expect(publications?.rows).toBe(Number(stored?.n));

    // The same rows written back in another physical order: same hash.
    await store.run('CREATE TEMP TABLE shuffled AS SELECT * FROM publications ORDER BY content_hash DESC');
    await store.run('DELETE FROM publications');
    await store.run('INSERT INTO publications SELECT * FROM shuffled');
    expect((await snapshotHash(store)).hash).toBe(first.hash);

    // One changed record: a different publications part, and a different snapshot.
    await store.run(
      `UPDATE publications SET content_hash = 'changed' WHERE publication_number = (SELECT min(publication_number) FROM publications)`,
    );
    const changed = await snapshotHash(store);
    expect(changed.hash).not.toBe(first.hash);
    expect(changed.parts.find((p) => p.name === 'publications')?.hash).not.toBe(publications?.hash);
    expect(changed.parts.find((p) => p.name === 'applicant_names')).toEqual(
      first.parts.find((p) => p.name === 'applicant_names'),
    );
  });
});
