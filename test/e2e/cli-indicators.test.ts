import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastJson, REPO_ROOT, runCli } from '../helpers/run-cli.js';

interface IndicatorJson {
  definition: {
    id: string;
    dateBasis: string | null;
    unit: string;
    counting: string;
    cutoff: string | null;
    lastCompleteYear: number | null;
    filters: Record<string, unknown>;
    coverage: { units: number; covered: number; share: number } | null;
  };
  supported: boolean;
  message: { en: string; zh: string } | null;
  data: Record<string, unknown>[];
}
interface IndicatorsJson {
  indicators: Record<string, IndicatorJson>;
}

const DRONES = join(REPO_ROOT, 'data/demo/lens-drones-families-2016.csv.gz');
const dir = mkdtempSync(join(tmpdir(), 'patlas-indicators-'));
const db = join(dir, 'drones.duckdb');

/**
 * Publications of the Lens export per year of their publication date, read straight from the file. The file's own
 * "Publication Year" column disagrees with the date in 66 rows (CN 104252133 A: 2015-12-31 but 2014); Patlas counts
 * the date. The four Indian numbers Patlas cannot spell (IN 1442CH2015 A ...) are rejected at ingest, so left out.
 */
function dronesPerPublicationYear(): Map<number, number> {
  const rows = parse(gunzipSync(readFileSync(DRONES)), { columns: true }) as Record<string, string>[];
  const seen = new Set<string>();
  const perYear = new Map<number, number>();
  for (const row of rows) {
    const id = `${row.Jurisdiction}${row['Publication Number']}${row.Kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (/^IN \d+[A-Z]+\d+/.test(row['Publication Number'] ?? '')) continue;
    const year = Number(row['Publication Date']?.slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  return perYear;
}

beforeAll(async () => {
  const ingest = await runCli(['ingest', DRONES, '--db', db, '--json']);
  expect(ingest.code, ingest.stderr).toBeLessThanOrEqual(1);
}, 120_000);

describe('patlas indicators', () => {
  it('writes one JSON document with every registered indicator, each with its definition', async () => {
    const list = await runCli(['indicators', '--list', '--json', '--db', db]);
    const ids = (JSON.parse(list.stdout) as { id: string }[]).map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['filing-trend', 'growth']));
    const result = await runCli(['indicators', '--db', db, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const doc = lastJson<IndicatorsJson>(result);
    expect(Object.keys(doc.indicators).sort()).toEqual([...ids].sort());
    for (const [id, indicator] of Object.entries(doc.indicators)) {
      expect(indicator.definition.id).toBe(id);
      expect(['whole', 'fractional']).toContain(indicator.definition.counting);
      expect(indicator.definition.unit).toBe('family');
      expect(indicator.definition.cutoff).toBe('2016-12-31');
      if (!indicator.supported) expect(indicator.message?.en, id).toMatch(/\w/);
    }
  }, 60_000);

  it('counts publications per publication year as the source file does, flagging no complete year as incomplete', async () => {
    const result = await runCli([
      'indicators',
      'filing-trend',
      '--db',
      db,
      '--json',
      '--unit',
      'publication',
      '--date-basis',
      'publication',
    ]);
    const trend = lastJson<IndicatorsJson>(result).indicators['filing-trend'];
    const expected = dronesPerPublicationYear();
    const got = new Map((trend?.data ?? []).map((r) => [Number(r.year), Number(r.count)]));
    for (const [year, n] of expected) expect(got.get(year), String(year)).toBe(n);
    // Cut-off 2016-12-31 on a publication basis: 2016 itself is complete.
    expect(trend?.definition.lastCompleteYear).toBe(2016);
    expect(trend?.data.every((r) => r.incomplete === false)).toBe(true);
  }, 60_000);

  it('computes growth from the same counts: CAGR over the window the user sets', async () => {
    const result = await runCli(
      [
        'indicators',
        'growth',
        '--db',
        db,
        '--json',
        '--unit',
        'publication',
        '--date-basis',
        'publication',
      ].concat(['--from', '2010', '--to', '2015']),
    );
    const row = lastJson<IndicatorsJson>(result).indicators.growth?.data[0];
    const perYear = dronesPerPublicationYear();
    const n2010 = perYear.get(2010) ?? 0;
    const n2015 = perYear.get(2015) ?? 0;
    expect(row).toMatchObject({ start: 2010, end: 2015, countStart: n2010, countEnd: n2015 });
    expect(Number(row?.cagr)).toBeCloseTo((n2015 / n2010) ** (1 / 5) - 1, 10);
  }, 60_000);

  it('prints definitions next to the numbers in text mode', async () => {
    const result = await runCli(['indicators', 'filing-trend', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/basis: priority year; unit: family; whole counting; cut-off: 2016-12-31/);
    expect(result.stdout).toMatch(/coverage: [\d,]+ of [\d,]+ units with a priority year/);
  }, 60_000);

  it('refuses bad input with a usage error that lists the valid values', async () => {
    const unknown = await runCli(['indicators', 'filing-trnd', '--db', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown indicator "filing-trnd" \(did you mean filing-trend\?\)/);
    expect(unknown.stderr).toMatch(/indicators: filing-trend, growth/);
    const taxonomy = await runCli(['indicators', '--db', db, '--taxonomy', 'wipo2019']);
    expect(taxonomy.code).toBe(2);
    expect(taxonomy.stderr).toMatch(/unknown taxonomy "wipo2019"; valid: \(none in this store\)/);
    const reversed = await runCli(['indicators', '--db', db, '--from', '2019', '--to', '2017']);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/--from must not be after --to/);
    const notYear = await runCli(['indicators', '--db', db, '--from', 'last year']);
    expect(notYear.code).toBe(2);
    expect(notYear.stderr).toMatch(/from: must be a year/);
    const category = await runCli(['indicators', '--db', db, '--category', 'nlp']);
    expect(category.stderr).toMatch(/--category needs --taxonomy/);
  }, 60_000);
});
