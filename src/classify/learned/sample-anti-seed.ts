import type { Store } from '../../store/open-store.js';

export interface AntiSeedSample {
  /** Publications with something to learn from (a title, abstract, first claim or code) outside seed, L1, L2. */
  candidates: number;
  /** Drawn into the temp table `learned_anti_seed`. */
  sampled: number;
}

/**
 * The anti-seed: a seeded random sample of the publications outside seed ∪ L1 ∪ L2 that have any text or
 * code (temp table `learned_usable`). Ordering by md5(seed, number) gives the same sample on every machine and
 * thread count, which DuckDB's random() does not promise.
 */
export async function sampleAntiSeed(store: Store, size: number, seed: number): Promise<AntiSeedSample> {
  await store.run(
    `CREATE OR REPLACE TEMP TABLE learned_usable AS
     SELECT publication_number FROM texts WHERE text_type IN ('title', 'abstract', 'first_claim')
     UNION SELECT publication_number FROM classifications`,
  );
  const outside = `FROM learned_usable WHERE publication_number NOT IN (
      SELECT publication_number FROM learned_seed UNION ALL SELECT publication_number FROM learned_l1
      UNION ALL SELECT publication_number FROM learned_l2)`;
  await store.run(
    `CREATE OR REPLACE TEMP TABLE learned_anti_seed AS
     SELECT publication_number ${outside} ORDER BY md5(? || ':' || publication_number) LIMIT ?`,
    [String(seed), size],
  );
  const counts = await store.one<{ candidates: number; sampled: number }>(
    `SELECT (SELECT count(*) ${outside}) AS candidates, (SELECT count(*) FROM learned_anti_seed) AS sampled`,
  );
  return { candidates: counts?.candidates ?? 0, sampled: counts?.sampled ?? 0 };
}
