import { PLACE_JOIN_SQL } from '../../geo/refresh-places.js';
import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import {
  APPLICANT_SECTOR_SQL,
  applicantCoverage,
  NO_APPLICANTS,
  unitApplicantsSql,
} from './unit-applicants.js';

export interface CollaborationRow {
  [key: string]: string | number | null;
  measure: string;
  /** Null when no unit carries the data the measure needs (see `units`). */
  value: number | null;
  /** The measure's denominator: units with an applicant, or units with an inventor country. */
  units: number;
}

export const collaboration: Indicator<CollaborationRow> = {
  id: 'collaboration',
  spec: {
    title: { en: 'Collaboration', zh: '合作申请与合作创新' },
    description: {
      en: 'Co-application share (units with at least two distinct harmonised applicants), mean applicants per unit, the collaboration coefficient, international co-invention share (inventors in at least two countries) and university-industry share (a university or research institute with a company). Each measure over the units that carry its data.',
      zh: '合作申请占比（有两个及以上不同归一化申请人的专利）、每件专利平均申请人数、合作系数、国际合作发明占比（发明人分布于两个及以上国家）及产学研合作占比（高校或科研院所与企业共同申请）；各指标仅以具备相应数据的专利为分母。',
    },
    formula:
      'coApplicationShare = |{u : |A(u)| ≥ 2}| / N; meanApplicants = Σ|A(u)| / N; CC = 1 − (Σ_j f_j / j) / N (Ajiferuke et al. 1988, f_j = units with j applicants); internationalCoInventionShare = |{u : |C_inv(u)| ≥ 2}| / |{u : C_inv(u) ≠ ∅}|; universityIndustryShare = |{u : A(u) has a university or research institute and a company}| / N',
    counting: 'whole',
    notes: [
      bi(
        'N = units with at least one harmonised applicant; inventor countries come from the inventors’ addresses resolved in places',
        'N = 至少有一个归一化申请人的专利数；发明人国别取自 places 表中解析的发明人地址',
      ),
      bi('units: the denominator of each measure', 'units：各指标的分母'),
    ],
  },
  async compute(context) {
    const coverage = await applicantCoverage(context);
    if (coverage.covered === 0) return { data: [], coverage, unsupported: NO_APPLICANTS };
    const applicants = await context.store.one<{
      co: number;
      total: number;
      harmonic: number;
      ui: number;
    }>(
      `WITH ua AS (${await unitApplicantsSql(context)}),
       per_unit AS (
         SELECT ua.unit_id, count(*) AS k,
           bool_or(sec.sector IN ('university', 'research-institute')) AS academic,
           bool_or(sec.sector = 'company') AS company
         FROM ua LEFT JOIN (${APPLICANT_SECTOR_SQL}) sec USING (applicant_id) GROUP BY ua.unit_id)
       SELECT count(*) FILTER (WHERE k >= 2)::INTEGER AS co, sum(k)::DOUBLE AS total,
         sum(1.0 / k)::DOUBLE AS harmonic, count(*) FILTER (WHERE academic AND company)::INTEGER AS ui
       FROM per_unit`,
    );
    const inventors = await context.store.one<{ with_country: number; international: number }>(
      `WITH uc AS (
         SELECT s.unit_id, count(DISTINCT pl.country_code) AS countries
         FROM ${context.scope.pubs} s
         JOIN parties pa ON pa.publication_number = s.publication_number AND pa.role = 'inventor'
         JOIN places pl ON ${PLACE_JOIN_SQL('pa', 'pl')}
         WHERE pl.country_code IS NOT NULL GROUP BY s.unit_id)
       SELECT count(*)::INTEGER AS with_country, count(*) FILTER (WHERE countries >= 2)::INTEGER AS international
       FROM uc`,
    );
    const n = coverage.covered;
    const withCountry = Number(inventors?.with_country ?? 0);
    const data: CollaborationRow[] = [
      { measure: 'coApplicationShare', value: Number(applicants?.co ?? 0) / n, units: n },
      { measure: 'meanApplicantsPerUnit', value: Number(applicants?.total ?? 0) / n, units: n },
      // Σ_j f_j / j is Σ_u 1/k_u: each unit with j applicants adds 1/j.
      { measure: 'collaborationCoefficient', value: 1 - Number(applicants?.harmonic ?? 0) / n, units: n },
      {
        measure: 'internationalCoInventionShare',
        value: withCountry ? Number(inventors?.international ?? 0) / withCountry : null,
        units: withCountry,
      },
      { measure: 'universityIndustryShare', value: Number(applicants?.ui ?? 0) / n, units: n },
    ];
    const withCountryShare = ((withCountry / context.scope.unitCount) * 100).toFixed(1);
    const notes =
      withCountry === 0
        ? [
            bi(
              'international co-invention share: no unit in scope has an inventor with a resolved country (null, not zero)',
              '国际合作发明占比：范围内没有专利的发明人国别可解析（结果为空值，而非零）',
            ),
          ]
        : [
            bi(
              `international co-invention share over ${withCountry} units with an inventor country (${withCountryShare}% of the scope)`,
              `国际合作发明占比以 ${withCountry} 件有发明人国别信息的专利为分母（占范围的 ${withCountryShare}%）`,
            ),
          ];
    return { data, coverage, notes };
  },
};
