import { bi } from '../../bilingual.js';
import type { Bilingual, IndicatorContext } from '../../indicator-types.js';
import { createQualityTable } from '../../quality/create-quality-table.js';
import { tempTableName } from '../../temp-table-name.js';
import { readApplicantAttributes } from '../applicant-attributes.js';
import { unitApplicantsSql } from '../unit-applicants.js';
import type { ScoringFactor, ScoringFile } from './scoring-schema.js';

export interface CandidateValues {
  applicantId: string;
  applicant: string;
  units: number;
  /** Raw value per factor id; null where the applicant has no data for it. */
  values: Record<string, number | null>;
}

export interface FactorValues {
  candidates: CandidateValues[];
  /** Factor ids with no data anywhere in scope, and why. */
  missing: Record<string, Bilingual>;
}

interface AggregateRow {
  [key: string]: string | number | null;
  applicant_id: string;
  n: number;
  claims: number | null;
  cites: number | null;
  effects: number | null;
  quality: number | null;
  cooperation: number;
  overseas: number | null;
}

/**
 * The raw factor values of the evaluated applicants: applicants with at least `minUnits` units in scope, the
 * `candidates` most active. Aggregates over the candidates' units in SQL; per-year counts for the window measures.
 */
export async function readFactorValues(
  context: IndicatorContext,
  scoring: ScoringFile,
): Promise<FactorValues> {
  const { store, scope } = context;
  const cu = tempTableName('ind_ip_units');
  const measures = new Set(scoring.factors.map((f) => f.measure));
  const quality = measures.has('quality') ? await createQualityTable(context) : null;
  try {
    await store.run(
      `CREATE TEMP TABLE ${cu} AS
       WITH ua AS (${await unitApplicantsSql(context)}),
       k AS (SELECT unit_id, count(*) AS k FROM ua GROUP BY 1),
       cand AS (SELECT applicant_id, count(*) AS n FROM ua GROUP BY 1 HAVING count(*) >= ?
                ORDER BY n DESC, applicant_id LIMIT ?)
       SELECT ua.applicant_id, ua.unit_id, u.year, k.k FROM ua JOIN cand USING (applicant_id)
       JOIN k USING (unit_id) JOIN ${scope.units} u USING (unit_id)`,
      [scoring.minUnits, scoring.candidates],
    );
    const ids = (
      await store.all<{ id: string }>(`SELECT DISTINCT applicant_id AS id FROM ${cu} ORDER BY 1`)
    ).map((r) => r.id);
    if (ids.length === 0) return { candidates: [], missing: {} };
    const attributes = await readApplicantAttributes(context, ids);
    const homes = JSON.stringify(ids.map((id) => ({ id, home: attributes.get(id)?.country ?? null })));
    const effects = scoring.factors.find((f) => f.measure === 'technical-effects')?.effects ?? [];
    const rows = await store.all<AggregateRow>(
      `WITH cand_units AS (SELECT DISTINCT unit_id FROM ${cu}),
       facts AS (
         SELECT s.unit_id, max(p.claims_count) AS claims, max(p.cited_by_count) AS cited_by,
           list_distinct(flatten(list(list_concat([p.country], coalesce(p.family_jurisdictions, []))))) AS jur
         FROM ${scope.pubs} s JOIN publications p USING (publication_number)
         WHERE s.unit_id IN (SELECT unit_id FROM cand_units) GROUP BY 1),
       in_store AS (
         SELECT s.unit_id, count(DISTINCT c.publication_number) AS cites FROM citations c
         JOIN ${scope.pubs} s ON c.cited_publication_number = s.publication_number
         WHERE s.unit_id IN (SELECT unit_id FROM cand_units) GROUP BY 1),
       effect_units AS (
         SELECT DISTINCT s.unit_id FROM technical_effects te JOIN ${scope.pubs} s USING (publication_number)
         WHERE te.polarity = 'improves' AND te.effect_id IN (SELECT unnest(from_json(?::JSON, '["VARCHAR"]')))),
       homes AS (SELECT unnest(from_json(?::JSON, '[{"id":"VARCHAR","home":"VARCHAR"}]'), recursive := true))
       SELECT cu.applicant_id, count(*)::INTEGER AS n,
         avg(f.claims)::DOUBLE AS claims,
         avg(CASE WHEN f.cited_by IS NULL AND i.cites IS NULL THEN NULL
             ELSE greatest(coalesce(f.cited_by, 0), coalesce(i.cites, 0)) END)::DOUBLE AS cites,
         avg((e.unit_id IS NOT NULL)::INTEGER)::DOUBLE AS effects,
         ${quality ? 'avg(q.quality_index)::DOUBLE' : 'NULL::DOUBLE'} AS quality,
         avg((cu.k >= 2)::INTEGER)::DOUBLE AS cooperation,
         avg(CASE WHEN len(list_filter(f.jur, j -> j IS NOT NULL)) = 0 THEN NULL
             WHEN h.home IS NULL THEN (len(list_filter(f.jur, j -> j IS NOT NULL)) >= 2)::INTEGER
             ELSE (len(list_filter(f.jur, j -> j IS NOT NULL AND j <> h.home)) > 0)::INTEGER END)::DOUBLE AS overseas
       FROM ${cu} cu JOIN facts f USING (unit_id) LEFT JOIN in_store i USING (unit_id)
       LEFT JOIN effect_units e USING (unit_id) LEFT JOIN homes h ON h.id = cu.applicant_id
       ${quality ? `LEFT JOIN ${quality.table} q USING (unit_id)` : ''}
       GROUP BY 1`,
      [JSON.stringify(effects), homes],
    );
    const years = await store.all<{ applicant_id: string; year: number; n: number }>(
      `SELECT applicant_id, year, count(*)::INTEGER AS n FROM ${cu} WHERE year IS NOT NULL GROUP BY 1, 2`,
    );
    const field = await store.one<{ claims: number | null; effects: number }>(
      `SELECT (SELECT avg(c) FROM (SELECT s.unit_id, max(p.claims_count) AS c FROM ${scope.pubs} s
          JOIN publications p USING (publication_number) GROUP BY 1))::DOUBLE AS claims,
        (SELECT count(*) FROM technical_effects)::INTEGER AS effects`,
    );
    const lastYear = scope.lastCompleteYear ?? Math.max(...years.map((y) => Number(y.year)));
    const missing = missingFactors(scoring.factors, {
      claims: field?.claims ?? null,
      effects: Number(field?.effects ?? 0),
      rows,
      quality: quality !== null,
      lastYear: Number.isFinite(lastYear) ? lastYear : null,
    });
    const candidates = rows
      .map((row) => {
        const perYear = years.filter((y) => y.applicant_id === row.applicant_id);
        const values: Record<string, number | null> = {};
        for (const factor of scoring.factors) {
          values[factor.id] = factorValue(factor, row, perYear, lastYear, field?.claims ?? null);
        }
        return {
          applicantId: row.applicant_id,
          applicant: attributes.get(row.applicant_id)?.name ?? row.applicant_id,
          units: Number(row.n),
          values,
        };
      })
      .sort((a, b) => b.units - a.units || a.applicantId.localeCompare(b.applicantId));
    return { candidates, missing };
  } finally {
    await store.run(`DROP TABLE IF EXISTS ${cu}`);
  }
}

function factorValue(
  factor: ScoringFactor,
  row: AggregateRow,
  perYear: readonly { year: number; n: number }[],
  lastYear: number,
  fieldClaims: number | null,
): number | null {
  const inWindow = (from: number, to: number) =>
    perYear.filter((y) => y.year >= from && y.year <= to).reduce((s, y) => s + Number(y.n), 0);
  const years = factor.years ?? 3;
  const withYear = perYear.reduce((s, y) => s + Number(y.n), 0);
  switch (factor.measure) {
    case 'recent-activity':
      return withYear ? inWindow(lastYear - years + 1, lastYear) / withYear : null;
    case 'growth': {
      const recent = inWindow(lastYear - years + 1, lastYear);
      const previous = inWindow(lastYear - 2 * years + 1, lastYear - years);
      return ((recent + 1) / (previous + 1)) ** (1 / years) - 1;
    }
    case 'scale':
      return Math.log(1 + Number(row.n));
    case 'claims-ratio':
      return row.claims !== null && fieldClaims ? Number(row.claims) / fieldClaims : null;
    case 'citations':
      return row.cites === null ? null : Number(row.cites);
    case 'technical-effects':
      return row.effects === null ? null : Number(row.effects);
    case 'quality':
      return row.quality === null ? null : Number(row.quality);
    case 'cooperation':
      return Number(row.cooperation);
    case 'overseas-share':
      return row.overseas === null ? null : Number(row.overseas);
  }
}

function missingFactors(
  factors: readonly ScoringFactor[],
  data: {
    claims: number | null;
    effects: number;
    rows: AggregateRow[];
    quality: boolean;
    lastYear: number | null;
  },
): Record<string, Bilingual> {
  const missing: Record<string, Bilingual> = {};
  const none = (key: keyof AggregateRow) => data.rows.every((r) => r[key] === null);
  for (const f of factors) {
    const why =
      (f.measure === 'recent-activity' || f.measure === 'growth') && data.lastYear === null
        ? bi('no unit has a year', '没有专利具有年份信息')
        : f.measure === 'claims-ratio' && data.claims === null
          ? bi('no claim counts in scope', '范围内没有权利要求数量')
          : f.measure === 'citations' && none('cites')
            ? bi(
                'no forward citations (no cited-by counts, no citing documents in the store)',
                '没有被引数据（既无被引次数，数据库中也没有施引文献）',
              )
            : f.measure === 'technical-effects' && data.effects === 0
              ? bi(
                  'no technical effects in the store (run patlas effects)',
                  '数据库中没有技术功效标引（请运行 patlas effects）',
                )
              : f.measure === 'quality' && (!data.quality || none('quality'))
                ? bi('no quality index for any unit', '没有专利具有质量指数')
                : f.measure === 'overseas-share' && none('overseas')
                  ? bi('no publication offices', '没有公开受理局信息')
                  : null;
    if (why) missing[f.id] = why;
  }
  return missing;
}
