// Temp tables gen_places (one row per place) and gen_place_slots (1,000 weighted slots per country):
// a place of a country is drawn by joining on (country, hash mod 1000).

import { PLACES } from './places.mjs';
import { lit } from './sql.mjs';

export async function buildPlaces(store) {
  const rows = PLACES.map((p, k) => `(${k}, ${p.map(lit).join(', ')})`);
  await store.run(`CREATE OR REPLACE TEMP TABLE gen_places (k INTEGER, country VARCHAR, city_en VARCHAR,
    state VARCHAR, weight DOUBLE, city_zh VARCHAR, district VARCHAR, park VARCHAR, postcode VARCHAR)`);
  await store.run(`INSERT INTO gen_places VALUES ${rows.join(', ')}`);
  await store.run(`CREATE OR REPLACE TEMP TABLE gen_place_slots AS
    WITH c AS (SELECT country, k, weight,
      sum(weight) OVER (PARTITION BY country ORDER BY k ROWS UNBOUNDED PRECEDING) AS hi,
      sum(weight) OVER (PARTITION BY country) AS total FROM gen_places)
    SELECT country, k, unnest(range(floor((hi - weight) / total * 1000)::BIGINT, floor(hi / total * 1000)::BIGINT)) AS slot
    FROM c`);
}
