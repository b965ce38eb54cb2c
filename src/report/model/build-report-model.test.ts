import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore } from '../../../test/helpers/fixture-store.js';
import { parseIndicatorParams } from '../../indicators/indicator-params.js';
import type { Store } from '../../store/open-store.js';
import { SECTION_IDS } from '../i18n/report-dictionary.js';
import { buildReportModel, type ReportData, readReportData } from './build-report-model.js';
import { type ReportModel, reportTables } from './report-model.js';

const DRONES = 'lens/drones_fulltext_families_5884_raw.csv';

let store: Store;
let data: ReportData;
let en: ReportModel;
let zh: ReportModel;

const build = (lang: 'en' | 'zh') =>
  buildReportModel(data, {
    lang,
    patlasVersion: 'test',
    generatedAt: '2025-01-01T00:00:00Z',
    charts: () => [],
  });
const findings = (model: ReportModel): string[] => {
  const block = model.sections[0]?.blocks[0];
  return block?.kind === 'findings' ? block.items : [];
};

beforeAll(async () => {
  store = await openFixtureStore([DRONES]);
  data = await readReportData(store, parseIndicatorParams({}));
  en = build('en');
  zh = build('zh');
}, 60_000);
afterAll(() => store.close());

/** Units (families, else the publication) and their year: the earliest priority year of their publications. */
const UNITS_SQL = `
  SELECT coalesce(family_id, publication_number) AS unit, min(coalesce(year(priority_date), priority_year)) AS year
  FROM publications GROUP BY 1`;

describe('report model on the Lens drones export', () => {
  it('has every section in report order; unsupported ones say what is missing with its coverage', () => {
    expect(en.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
    // No taxonomy and no inventor coordinates in a Lens export: no tech stack, no clusters.
    const clusters = en.sections.find((s) => s.id === 'clusters');
    expect(clusters?.shown).toBe(false);
    expect(clusters?.missing).toMatch(/^Not shown: .+\(coverage: .+ of [\d,]+ \(\d+\.\d%\)\)\.$/);
    const zhClusters = zh.sections.find((s) => s.id === 'clusters');
    expect(zhClusters?.missing).toMatch(/^未展示：.+（覆盖率：/);
  });

  it('states the total units counted with its own SQL', async () => {
    const row = await store.one<{ units: number; pubs: number }>(
      `SELECT count(DISTINCT coalesce(family_id, publication_number)) AS units, count(*) AS pubs FROM publications`,
    );
    const units = Number(row?.units).toLocaleString('en-US');
    const pubs = Number(row?.pubs).toLocaleString('en-US');
    expect(findings(en)[0]).toBe(
      `The landscape holds ${units} patent families (${pubs} publications; all publications in the store).`,
    );
    expect(findings(zh)[0]).toContain(`共涉及${units}个专利族（${pubs}件公开文献`);
  });

  it('states the CAGR of the growth window from per-year counts of its own SQL', async () => {
    const growth = data.results.growth?.data[0];
    const start = Number(growth?.start);
    const end = Number(growth?.end);
    const counts = await store.all<{ year: number; n: number }>(
      `SELECT year, count(*) AS n FROM (${UNITS_SQL}) WHERE year IN (?, ?) GROUP BY year`,
      [start, end],
    );
    const n = (y: number) => Number(counts.find((c) => c.year === y)?.n);
    const cagr = (n(end) / n(start)) ** (1 / (end - start)) - 1;
    const percent = `${(cagr * 100).toFixed(1)}%`;
    expect(findings(en).join('\n')).toContain(
      `Filings grew at a compound annual growth rate of ${percent} from ${start} to ${end} (${n(start).toLocaleString('en-US')} to ${n(end).toLocaleString('en-US')} per year, complete years only).`,
    );
    expect(end).toBeLessThanOrEqual(Number(data.results['filing-trend']?.definition.lastCompleteYear));
  });

  it('names the top applicant with the units counted by its own SQL over the harmonised names', async () => {
    const [top] = await store.all<{ name: string; n: number; withApplicant: number }>(`
      WITH ua AS (
        SELECT DISTINCT coalesce(p.family_id, p.publication_number) AS unit, a.applicant_id, a.display_name
        FROM publications p JOIN parties pa ON pa.publication_number = p.publication_number AND pa.role = 'applicant'
        JOIN applicant_names a ON a.name = pa.name)
      SELECT any_value(display_name) AS name, count(DISTINCT unit) AS n,
        (SELECT count(DISTINCT unit) FROM ua) AS withApplicant
      FROM ua GROUP BY applicant_id ORDER BY n DESC LIMIT 1`);
    const share = `${((Number(top?.n) / Number(top?.withApplicant)) * 100).toFixed(1)}%`;
    expect(findings(en).join('\n')).toMatch(
      new RegExp(
        `The leading applicant is .+ with ${top?.n} units, ${share.replace('.', '\\.')} of the units`,
      ),
    );
  });

  it('states the enterprise share: units with a company applicant of the units with an applicant (own SQL)', async () => {
    const row = await store.one<{ company: number; all: number }>(`
      WITH sectors AS (
        -- An applicant's sector: the one most of its names have, ties alphabetically.
        SELECT applicant_id, sector FROM (
          SELECT applicant_id, sector, row_number() OVER (PARTITION BY applicant_id ORDER BY count(*) DESC, sector) AS r
          FROM applicant_names GROUP BY applicant_id, sector) WHERE r = 1),
      ua AS (
        SELECT DISTINCT coalesce(p.family_id, p.publication_number) AS unit, s.sector
        FROM publications p JOIN parties pa ON pa.publication_number = p.publication_number AND pa.role = 'applicant'
        JOIN applicant_names a ON a.name = pa.name JOIN sectors s ON s.applicant_id = a.applicant_id)
      SELECT count(DISTINCT unit) FILTER (WHERE sector = 'company') AS company, count(DISTINCT unit) AS all FROM ua`);
    const share = `${((Number(row?.company) / Number(row?.all)) * 100).toFixed(1)}%`;
    const company = Number(row?.company).toLocaleString('en-US');
    const all = Number(row?.all).toLocaleString('en-US');
    expect(findings(en).join('\n')).toContain(
      `Enterprises lead: ${share} of the units with an applicant have at least one company applicant (${company} of ${all}).`,
    );
  });

  it('puts a definition line under every table, in the language of the report', () => {
    for (const table of reportTables(en)) expect(table.definition, table.id).toMatch(/\w{3}/);
    const trend = reportTables(en).find((t) => t.id === 'filing-trend');
    expect(trend?.definition).toMatch(
      /^Date basis: earliest priority year · Unit: patent family · Counting: whole counting · Cut-off: \d{4}-\d{2}-\d{2} \(from the store; last complete year \d{4}\) · Coverage: /,
    );
    const zhTrend = reportTables(zh).find((t) => t.id === 'filing-trend');
    expect(zhTrend?.definition).toMatch(
      /^日期口径：最早优先权年；计数单位：专利族；计数方式：整数计数；数据截止日：/,
    );
  });

  it('lists every indicator in the appendix definitions and the store snapshot hash', () => {
    const definitions = reportTables(en).find((t) => t.id === 'definitions');
    expect(definitions?.rows.map((r) => r[0])).toEqual(Object.keys(data.results));
    const snapshot = reportTables(en).find((t) => t.id === 'snapshot');
    expect(snapshot?.rows[0]).toEqual(['Snapshot hash (SHA-256)', data.snapshot.hash]);
    expect(data.snapshot.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('quotes the indicators in Chinese in the zh report: what is missing, coverage fields, cut-off and notes', () => {
    const han = /[\u4e00-\u9fff]/;
    // Three lower-case English words in a row: an English sentence left in the Chinese report.
    const englishRun = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;
    const missing = zh.sections.flatMap((s) => [
      ...(s.missing ? [s.missing] : []),
      ...s.blocks.flatMap((b) => (b.kind === 'missing' ? [b.text] : [])),
    ]);
    expect(missing.length).toBeGreaterThan(2);
    for (const line of missing) {
      expect(line).toMatch(han);
      expect(line).not.toMatch(englishRun);
    }
    // The drones export has no inventor coordinates: the indicator's own reason, in Chinese.
    expect(zh.sections.find((s) => s.id === 'clusters')?.missing).toContain(
      '范围内没有发明人地址能定位到坐标',
    );
    const definitions = reportTables(zh).find((t) => t.id === 'definitions');
    const column = (key: string) => definitions?.columns.findIndex((c) => c.key === key) ?? -1;
    const [cutoff, coverage, notes] = [column('cutoff'), column('coverage'), column('notes')];
    expect(Math.min(cutoff, coverage, notes)).toBeGreaterThanOrEqual(0);
    for (const row of definitions?.rows ?? []) {
      for (const cell of [row[cutoff], row[coverage], row[notes]]) {
        if (cell === '' || cell === null) continue;
        expect(String(cell), String(row[0])).toMatch(han);
        expect(String(cell), String(row[0])).not.toMatch(englishRun);
      }
    }
    expect(definitions?.rows.find((r) => r[0] === 'top-applicants')?.[notes]).toContain('申请人经过归一化');
    expect(definitions?.rows.find((r) => r[0] === 'filing-trend')?.[coverage]).toContain(
      '有优先权年信息的专利',
    );
    for (const line of missing.concat((definitions?.rows ?? []).map((r) => String(r[notes])))) {
      expect(line).not.toContain('no unit in scope');
    }
  });
});
