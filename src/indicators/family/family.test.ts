import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore, SHARED_DATA } from '../../../test/helpers/fixture-store.js';
import type { Store } from '../../store/open-store.js';
import { parseIndicatorParams } from '../indicator-params.js';
import { createIndicatorScope } from '../indicator-scope.js';
import type { Indicator, IndicatorResult } from '../indicator-types.js';
import { runIndicator } from '../run-indicator.js';
import { familyFiling } from './family-filing.js';
import { familyJurisdictions } from './family-jurisdictions.js';
import { familySize } from './family-size.js';
import { legalStatus } from './legal-status.js';

const DRONES = 'lens/drones_fulltext_families_5884_raw.csv';
const CURRENT = 'lens/lens_current_layout_8_records.csv';
type Raw = Record<string, string>;
const readRaw = (file: string): Raw[] =>
  parse(readFileSync(resolve(SHARED_DATA, file)), { columns: true, bom: true }) as Raw[];

let drones: Store;
let current: Store;
let droneRows: Raw[];

async function run(
  store: Store,
  indicator: Indicator,
  raw: Record<string, unknown> = {},
): Promise<IndicatorResult> {
  const params = parseIndicatorParams(raw);
  const scope = await createIndicatorScope(store, params);
  try {
    return await runIndicator(store, indicator, params, scope);
  } finally {
    await scope.release();
  }
}

const rowOf = (result: IndicatorResult, key: string, value: string | number) =>
  result.data.find((r) => r[key] === value);

beforeAll(async () => {
  [drones, current] = await Promise.all([openFixtureStore([DRONES]), openFixtureStore([CURRENT])]);
  // The raw rows the store kept: four Indian numbers ("IN 1442CH2015 A") are rejected at ingest. One line per row.
  const kept = new Set(
    (await drones.all<{ line: number }>('SELECT source_line AS line FROM publications')).map((r) =>
      Number(r.line),
    ),
  );
  droneRows = readRaw(DRONES).filter((r) => kept.has(Number(r['#']) + 1));
  expect(droneRows.length).toBe(kept.size);
});
afterAll(() => {
  drones?.close();
  current?.close();
});

describe('legal-status', () => {
  it('normalises the recorded Lens status (ACTIVE -> in-force, PENDING -> pending)', async () => {
    const result = await run(current, legalStatus);
    const raw = await current.all<{ s: string; n: number }>(
      'SELECT legal_status AS s, count(*) AS n FROM publications GROUP BY 1',
    );
    const n = (s: string) => Number(raw.find((r) => r.s === s)?.n ?? 0);
    expect(n('ACTIVE')).toBeGreaterThan(0);
    expect(rowOf(result, 'status', 'in-force')).toMatchObject({ count: n('ACTIVE'), basis: 'legal-status' });
    expect(rowOf(result, 'status', 'pending')?.count).toBe(n('PENDING'));
    expect(result.definition.coverage?.share).toBe(1);
  });

  it('falls back to document types when no status is recorded, and says so', async () => {
    const result = await run(drones, legalStatus);
    const byType = (t: string) => droneRows.filter((r) => r.Type === t).length;
    expect(rowOf(result, 'status', 'granted')).toMatchObject({
      count: byType('Granted Patent'),
      basis: 'document-type',
    });
    expect(rowOf(result, 'status', 'application')?.count).toBe(byType('Patent Application'));
    expect(rowOf(result, 'status', 'design')?.count).toBe(byType('Design right'));
    const total = result.data.reduce((s, r) => s + Number(r.count), 0);
    expect(total).toBe(droneRows.length);
    expect(result.definition.notes.map((n) => n.en).join(' ')).toMatch(/no legal status is recorded/);
  });
});

describe('family-filing', () => {
  it('family size, PCT share and jurisdictions from the reported Lens family members', async () => {
    const raw = readRaw(CURRENT);
    const kept = new Set(
      (await current.all<{ n: string }>('SELECT application_number AS n FROM publications')).map((r) => r.n),
    );
    const rows = raw.filter((r) => kept.has(r['Application Number'] ?? ''));
    expect(rows.length).toBe(7);
    const sizes = rows.map((r) => Number(r['Simple Family Size']));
    const members = rows.map((r) => new Set((r['Simple Family Member Jurisdictions'] ?? '').split(';;')));
    const result = await run(current, familyFiling);
    const measure = (m: string) => rowOf(result, 'measure', m)?.value;
    expect(measure('family-size-mean')).toBeCloseTo(sizes.reduce((a, b) => a + b, 0) / sizes.length, 10);
    expect(measure('pct-share')).toBeCloseTo(members.filter((m) => m.has('WO')).length / rows.length, 10);

    const juris = await run(current, familyJurisdictions);
    for (const office of ['US', 'EP', 'WO', 'CN']) {
      expect(rowOf(juris, 'jurisdiction', office)?.count).toBe(members.filter((m) => m.has(office)).length);
    }
    expect(juris.definition.coverage?.covered).toBe(7);
  });

  it('overseas share: a priority or publication outside the office of first filing', async () => {
    // Without applicant countries, the home is the office of the earliest national priority claim (regional and
    // international offices, WIPO ST.3, are never a home: row 5442 has a GC priority, 9 rows are IB publications).
    const regional = ['EP', 'WO', 'IB', 'EA', 'AP', 'OA', 'GC', 'EM', 'EU', 'XN', 'XV', 'XU', 'QZ'];
    const overseas = droneRows.map((r) => {
      const claims = (r['Priority Numbers'] ?? '')
        .split(';;')
        .filter(Boolean)
        .map((p) => ({ office: p.slice(0, 2), date: p.slice(-8) }));
      const national = claims
        .filter((c) => !regional.includes(c.office))
        .sort((a, b) => a.date.localeCompare(b.date));
      const home = national[0]?.office ?? (regional.includes(r.Jurisdiction ?? '') ? null : r.Jurisdiction);
      if (!home) return null;
      return [r.Jurisdiction, ...claims.map((c) => c.office)].some((o) => o !== home);
    });
    const known = overseas.filter((o) => o !== null);
    const result = await run(drones, familyFiling);
    const row = rowOf(result, 'measure', 'overseas-share');
    expect(row?.units).toBe(known.length);
    expect(row?.value).toBeCloseTo(known.filter(Boolean).length / known.length, 10);
  });
});

describe('family-size', () => {
  it('distribution of the reported simple family size', async () => {
    const result = await run(drones, familySize);
    const expected = new Map<number, number>();
    for (const r of droneRows) {
      const size = Number(r['Simple Family Size']);
      expected.set(size, (expected.get(size) ?? 0) + 1);
    }
    expect(result.data.length).toBe(expected.size);
    for (const row of result.data) expect(row.count).toBe(expected.get(Number(row.size)));
    expect(result.definition.coverage?.share).toBe(1);
  });
});
