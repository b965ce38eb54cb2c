import { PLACE_JOIN_SQL } from '../../geo/refresh-places.js';
import { bi } from '../bilingual.js';
import type { Bilingual, Coverage, IndicatorContext } from '../indicator-types.js';
import { tempTableName } from '../temp-table-name.js';

/**
 * A run's inventor links as a temp table `(unit_id, weight, city, state, country, lat, lon, place_name,
 * country_code)`: each unit splits 1 equally over its publications that name inventors, each publication equally
 * over its inventor links, so a unit's link weights sum to 1 (for a publication unit: 1/n per inventor, as in GII).
 * Links without coordinates keep their weight and are counted as unresolved, never redistributed.
 */
export async function createInventorLinks(
  context: IndicatorContext,
): Promise<{ table: string; release(): Promise<void> }> {
  const table = tempTableName('geo_inventor_links');
  await context.store.run(
    `CREATE OR REPLACE TEMP TABLE ${table} AS
     WITH inv AS (
       SELECT s.unit_id, s.publication_number, pa.country, pa.city, pa.state, pa.address, pa.postcode
       FROM ${context.scope.pubs} s JOIN parties pa USING (publication_number) WHERE pa.role = 'inventor'),
     per_pub AS (SELECT publication_number, count(*) AS n FROM inv GROUP BY publication_number),
     per_unit AS (SELECT unit_id, count(DISTINCT publication_number) AS k FROM inv GROUP BY unit_id)
     SELECT inv.unit_id, 1.0 / (per_pub.n * per_unit.k) AS weight, inv.city, inv.state, inv.country,
       pl.lat, pl.lon, pl.place_name, pl.country_code
     FROM inv JOIN per_pub USING (publication_number) JOIN per_unit USING (unit_id)
       LEFT JOIN places pl ON ${PLACE_JOIN_SQL('inv', 'pl')}`,
  );
  return { table, release: () => context.store.run(`DROP TABLE IF EXISTS ${table}`) };
}

export interface LinkSummary {
  coverage: Coverage;
  /** Units with at least one inventor link (= total link weight). */
  unitsWithInventors: number;
  resolvedWeight: number;
}

export async function summariseLinks(context: IndicatorContext, table: string): Promise<LinkSummary> {
  const row = await context.store.one<{
    links: number;
    located: number;
    units: number;
    resolved: number | null;
  }>(
    `SELECT count(*)::INTEGER AS links, count(lat)::INTEGER AS located, count(DISTINCT unit_id)::INTEGER AS units,
       sum(weight) FILTER (WHERE lat IS NOT NULL) AS resolved FROM ${table}`,
  );
  const links = Number(row?.links ?? 0);
  const located = Number(row?.located ?? 0);
  return {
    coverage: {
      field: bi('inventor links with coordinates', '有坐标的发明人记录'),
      units: links,
      covered: located,
      share: links ? located / links : 0,
    },
    unitsWithInventors: Number(row?.units ?? 0),
    resolvedWeight: Number(row?.resolved ?? 0),
  };
}

export interface LocationPoint {
  lat: number;
  lon: number;
  place: string;
  country: string | null;
  weight: number;
}

/** Distinct coordinates with their summed weight, named by their heaviest place name and country. */
export async function locationPoints(context: IndicatorContext, table: string): Promise<LocationPoint[]> {
  const rows = await context.store.all<{
    lat: number;
    lon: number;
    place: string | null;
    country: string | null;
    w: number;
  }>(
    `SELECT lat, lon, arg_max(place_name, weight) AS place, arg_max(country_code, weight) AS country, sum(weight) AS w
     FROM ${table} WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY lat, lon ORDER BY lat, lon`,
  );
  return rows.map((r) => ({
    lat: Number(r.lat),
    lon: Number(r.lon),
    place: r.place ?? `${Number(r.lat).toFixed(2)}, ${Number(r.lon).toFixed(2)}`,
    country: r.country,
    weight: Number(r.w),
  }));
}

/** The most frequent inventor places without coordinates, as "city, state, country (links)". */
export async function unresolvedPlaces(
  context: IndicatorContext,
  table: string,
  limit = 10,
): Promise<Bilingual[]> {
  const rows = await context.store.all<{ place: string; n: number }>(
    `SELECT concat_ws(', ', city, state, country) AS place, count(*)::INTEGER AS n FROM ${table}
     WHERE lat IS NULL GROUP BY city, state, country ORDER BY n DESC, place LIMIT ${Number(limit)}`,
  );
  return rows.map((r) =>
    bi(
      `${r.place === '' ? '(no address)' : r.place} (${Number(r.n)})`,
      `${r.place === '' ? '（无地址）' : r.place}（${Number(r.n)}）`,
    ),
  );
}
