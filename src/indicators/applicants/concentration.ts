import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { applicantCoverage, NO_APPLICANTS, unitApplicantsSql } from './unit-applicants.js';

export interface ConcentrationRow {
  [key: string]: string | number | null;
  measure: string;
  value: number | null;
}

export const concentration: Indicator<ConcentrationRow> = {
  id: 'concentration',
  spec: {
    title: { en: 'Applicant concentration', zh: '申请人集中度' },
    description: {
      en: 'Concentration of units among harmonised applicants on fractional counts (each unit splits 1 over its distinct applicants): the top-4 and top-10 concentration ratios, the Herfindahl-Hirschman index (0-1 and x10,000), its normalised form and the number of applicants N.',
      zh: '基于分数计数（每件专利的1平均分给其不同申请人）的申请人集中度：前4位与前10位集中度（CR4、CR10）、赫芬达尔-赫希曼指数（0-1及×10000）、标准化HHI及申请人数量N。',
    },
    formula:
      's_i = f_i / Σ f; CR_n = Σ_{i ≤ n} s_(i); HHI = Σ s_i²; HHI* = (HHI − 1/N) / (1 − 1/N) (null when N = 1)',
    counting: 'fractional',
    notes: [
      bi(
        'measures: cr4, cr10, hhi (0-1), hhi10000 (x10,000), hhiNormalised, applicants (N), units (units with an applicant)',
        '指标：cr4、cr10、hhi（0-1）、hhi10000（×10000）、hhiNormalised（标准化HHI）、applicants（申请人数量N）、units（有申请人信息的专利数）',
      ),
      bi(
        'US DOJ/FTC (2023) reads HHI x10,000 above 1,800 as highly concentrated, 1,000-1,800 as moderately concentrated',
        '按美国司法部/联邦贸易委员会（2023）的标准，HHI×10000 高于 1800 为高度集中，1000-1800 为中度集中',
      ),
    ],
  },
  async compute(context) {
    const coverage = await applicantCoverage(context);
    if (coverage.covered === 0) return { data: [], coverage, unsupported: NO_APPLICANTS };
    const row = await context.store.one<{ hhi: number; cr4: number; cr10: number; n: number }>(
      `WITH ua AS (${await unitApplicantsSql(context)}),
       k AS (SELECT unit_id, count(*) AS k FROM ua GROUP BY unit_id),
       f AS (SELECT ua.applicant_id, sum(1.0 / k.k) AS f FROM ua JOIN k USING (unit_id) GROUP BY 1),
       s AS (SELECT f / sum(f) OVER () AS s, row_number() OVER (ORDER BY f DESC, applicant_id) AS r FROM f)
       SELECT sum(s * s)::DOUBLE AS hhi, (sum(s) FILTER (WHERE r <= 4))::DOUBLE AS cr4,
         (sum(s) FILTER (WHERE r <= 10))::DOUBLE AS cr10, count(*)::INTEGER AS n FROM s`,
    );
    const hhi = Number(row?.hhi ?? 0);
    const n = Number(row?.n ?? 0);
    const data: ConcentrationRow[] = [
      { measure: 'cr4', value: Number(row?.cr4 ?? 0) },
      { measure: 'cr10', value: Number(row?.cr10 ?? 0) },
      { measure: 'hhi', value: hhi },
      { measure: 'hhi10000', value: hhi * 10_000 },
      { measure: 'hhiNormalised', value: n > 1 ? (hhi - 1 / n) / (1 - 1 / n) : null },
      { measure: 'applicants', value: n },
      { measure: 'units', value: coverage.covered },
    ];
    return { data, coverage };
  },
};
