import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore, SHARED_DATA } from '../../../test/helpers/fixture-store.js';
import type { Store } from '../../store/open-store.js';
import { parseIndicatorParams } from '../indicator-params.js';
import { createIndicatorScope } from '../indicator-scope.js';
import type { IndicatorResult } from '../indicator-types.js';
import { runIndicator } from '../run-indicator.js';
import { createQualityTable } from './create-quality-table.js';
import { quality } from './quality.js';

const DRONES = 'lens/drones_fulltext_families_5884_raw.csv';
type Raw = Record<string, string>;

let drones: Store;
let istat: Store;
let rows: Raw[];

async function run(store: Store): Promise<IndicatorResult> {
  const params = parseIndicatorParams({});
  const scope = await createIndicatorScope(store, params);
  try {
    return await runIndicator(store, quality, params, scope);
  } finally {
    await scope.release();
  }
}
const component = (result: IndicatorResult, name: string) => result.data.find((r) => r.component === name);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

beforeAll(async () => {
  [drones, istat] = await Promise.all([
    openFixtureStore([DRONES]),
    openFixtureStore(['ai-text-istat/sample_update_split/patents_sample_update_part_1.csv']),
  ]);
  const kept = new Set(
    (await drones.all<{ line: number }>('SELECT source_line AS line FROM publications')).map((r) =>
      Number(r.line),
    ),
  );
  const all = parse(readFileSync(resolve(SHARED_DATA, DRONES)), { columns: true, bom: true }) as Raw[];
  rows = all.filter((r) => kept.has(Number(r['#']) + 1));
});
afterAll(() => {
  drones?.close();
  istat?.close();
});

describe('quality', () => {
  it('raw components from the Lens export: grant lag, reported cited-by count, family size', async () => {
    const result = await run(drones);
    const granted = rows.filter(
      (r) => r.Type === 'Granted Patent' && r['Application Date'] && r['Publication Date'],
    );
    const lags = granted
      .map((r) => days(r['Application Date'] ?? '', r['Publication Date'] ?? ''))
      .filter((d) => d >= 0);
    expect(component(result, 'grant_lag')).toMatchObject({ units: lags.length });
    expect(component(result, 'grant_lag')?.mean).toBeCloseTo(mean(lags), 6);
    expect(component(result, 'fwd_cits5')?.mean).toBeCloseTo(
      mean(rows.map((r) => Number(r['Cited Count']))),
      10,
    );
    expect(component(result, 'family_size')?.mean).toBeCloseTo(
      mean(rows.map((r) => Number(r['Simple Family Size']))),
      10,
    );
    // The 2016 Lens layout has no claims: not available, not zero.
    expect(component(result, 'claims')).toMatchObject({ units: 0, coverage: 0, mean: null });
    expect(result.definition.notes.map((n) => n.en).join(' ')).toMatch(
      /cited-by count reported by the source/,
    );
    expect(result.definition.notes.map((n) => n.en).join(' ')).toMatch(
      /quality_index left out: claims, generality/,
    );
  });

  it('forward citations on a store without any citation data: coverage 0, never a zero', async () => {
    const result = await run(istat);
    expect(component(result, 'fwd_cits5')).toMatchObject({ units: 0, coverage: 0, mean: null, median: null });
    expect(component(result, 'bwd_cits')).toMatchObject({ units: 0, mean: null });
  });

  it('createQualityTable: one row per unit, normalised components and index within 0-1', async () => {
    const params = parseIndicatorParams({});
    const scope = await createIndicatorScope(drones, params);
    try {
      const { table, components } = await createQualityTable({ store: drones, params, scope });
      expect(components).toEqual(['fwd_cits5', 'family_size', 'npl_cits', 'patent_scope', 'grant_lag']);
      const check = await drones.one<Record<string, number>>(
        `SELECT count(*) AS n, count(DISTINCT unit_id) AS units, min(quality_index) AS lo, max(quality_index) AS hi,
           min(fwd_cits5_n) AS flo, max(fwd_cits5_n) AS fhi, count(claims_n) AS claims,
           count(*) FILTER (WHERE quality_index IS NULL) AS no_index FROM ${table}`,
      );
      expect(Number(check?.n)).toBe(scope.unitCount);
      expect(Number(check?.units)).toBe(scope.unitCount);
      expect(Number(check?.lo)).toBeGreaterThanOrEqual(0);
      expect(Number(check?.hi)).toBeLessThanOrEqual(1);
      expect(Number(check?.flo)).toBeGreaterThanOrEqual(0);
      expect(Number(check?.fhi)).toBe(1);
      expect(Number(check?.claims)).toBe(0);
      expect(Number(check?.no_index)).toBe(0);
      // KIPRO: in every cohort with values the largest value after trimming the top 1 % normalises to 1.
      const cohorts = await drones.one<{ bad: number }>(
        `SELECT count(*) AS bad FROM (SELECT cohort_year, cohort_field, max(family_size_n) AS m FROM ${table}
         WHERE family_size IS NOT NULL GROUP BY ALL) WHERE m <> 1 AND m <> 0`,
      );
      expect(Number(cohorts?.bad)).toBe(0);
      // Quality and innovation potential of one run share the table; the scope drops it.
      const second = await createQualityTable({ store: drones, params, scope });
      expect(second.table).toBe(table);
      await scope.release();
      await expect(drones.one(`SELECT count(*) FROM ${table}`)).rejects.toThrow(/does not exist/);
    } finally {
      await scope.release();
    }
  });
});
