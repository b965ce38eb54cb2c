import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { readApplicantAttributes } from './applicant-attributes.js';
import { applicantCoverage, NO_APPLICANTS, unitApplicantsSql } from './unit-applicants.js';

export interface TopApplicantRow {
  [key: string]: string | number | null;
  applicant: string;
  applicantId: string;
  /** Units with this applicant among their applicants (whole counting). */
  count: number;
  /** count / units in scope with at least one applicant. */
  share: number;
  /** Sum of 1/k over its units, k = the unit's distinct applicants. */
  fractional: number;
  sector: string;
  country: string | null;
}

export const topApplicants: Indicator<TopApplicantRow> = {
  id: 'top-applicants',
  spec: {
    title: { en: 'Top applicants', zh: '主要申请人排名' },
    description: {
      en: 'Harmonised applicants ranked by units: a unit counts once for each of its distinct applicants (whole counting); the fractional count gives each of its k applicants 1/k. Share = count / units in scope with an applicant.',
      zh: '按归一化申请人统计专利数量并排名：一件专利（同族）为其每个不同申请人各计1次（整数计数）；分数计数将1平均分给其k个申请人。占比 = 数量 / 有申请人信息的专利数。',
    },
    formula:
      'count_a = |{u : a ∈ A(u)}|; fractional_a = Σ_{u : a ∈ A(u)} 1/|A(u)|; share_a = count_a / |{u : A(u) ≠ ∅}|',
    counting: 'whole',
    notes: [
      bi(
        'applicants are harmonised: names with the same match key, or grouped by the applicant-groups file, are one applicant',
        '申请人经过归一化：匹配键相同的名称，或在申请人归并文件中归为一组的名称，视为同一申请人',
      ),
      bi(
        'shares of the top applicants can sum to more than 1 (co-applied units count for each applicant)',
        '主要申请人的占比之和可能大于1（合作申请的专利为每个申请人各计一次）',
      ),
      bi(
        'country: the ISO country most of the applicant’s party rows resolve to (null when no address gives one)',
        '国别：该申请人多数记录的地址所解析到的ISO国家（地址均无法解析时为空）',
      ),
    ],
  },
  async compute(context) {
    const coverage = await applicantCoverage(context);
    if (coverage.covered === 0) return { data: [], coverage, unsupported: NO_APPLICANTS };
    const rows = await context.store.all<{ applicant_id: string; n: number; fractional: number }>(
      `WITH ua AS (${await unitApplicantsSql(context)}),
       k AS (SELECT unit_id, count(*) AS k FROM ua GROUP BY unit_id)
       SELECT ua.applicant_id, count(*)::INTEGER AS n, sum(1.0 / k.k)::DOUBLE AS fractional
       FROM ua JOIN k USING (unit_id) GROUP BY ua.applicant_id
       ORDER BY n DESC, fractional DESC, ua.applicant_id LIMIT ?`,
      [context.params.top],
    );
    const attributes = await readApplicantAttributes(
      context,
      rows.map((r) => r.applicant_id),
    );
    const data = rows.map((r) => {
      const a = attributes.get(r.applicant_id);
      return {
        applicant: a?.name ?? r.applicant_id,
        applicantId: r.applicant_id,
        count: Number(r.n),
        share: Number(r.n) / coverage.covered,
        fractional: Number(r.fractional),
        sector: a?.sector ?? 'unknown',
        country: a?.country ?? null,
      };
    });
    return { data, coverage, parameters: { top: context.params.top } };
  },
};
