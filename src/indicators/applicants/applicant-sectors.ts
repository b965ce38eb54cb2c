import type { ApplicantSector } from '../../harmonize/applicants/applicant-sector.js';
import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import {
  APPLICANT_SECTOR_SQL,
  applicantCoverage,
  NO_APPLICANTS,
  unitApplicantsSql,
} from './unit-applicants.js';

export const SECTORS: readonly ApplicantSector[] = [
  'company',
  'university',
  'research-institute',
  'government',
  'hospital',
  'individual',
  'unknown',
];

export interface ApplicantSectorRow {
  [key: string]: string | number;
  sector: string;
  /** Fractional units: each unit splits 1 over its k distinct applicants. */
  count: number;
  /** count / units with an applicant; the shares of all sectors sum to 1. */
  share: number;
  /** Units with at least one applicant of this sector (whole counting). */
  units: number;
}

export const applicantSectors: Indicator<ApplicantSectorRow> = {
  id: 'applicant-sectors',
  spec: {
    title: { en: 'Applicant sectors', zh: '创新主体类型分布' },
    description: {
      en: 'Units by sector of their applicants (company, university, research institute, government, hospital, individual, unknown), fractional counting: each unit splits 1 equally over its distinct harmonised applicants, so the shares sum to 1.',
      zh: '按申请人类型（企业、高校、科研院所、政府机构、医院、个人、未知）统计专利；分数计数：每件专利的1平均分给其不同的归一化申请人，各类型占比之和为1。',
    },
    formula: 'count_s = Σ_u |{a ∈ A(u) : sector(a) = s}| / |A(u)|; share_s = count_s / |{u : A(u) ≠ ∅}|',
    counting: 'fractional',
    notes: [
      bi(
        'sector of an applicant: from its names (legal forms and sector words), the sector most of its names have',
        '申请人类型：根据其名称（组织形式和行业用词）判定，取其多数名称所属的类型',
      ),
      bi(
        'units: units with at least one applicant of the sector (whole counting; these do not sum to the total)',
        'units：至少有一个该类型申请人的专利数（整数计数，各类型之和不等于总数）',
      ),
    ],
  },
  async compute(context) {
    const coverage = await applicantCoverage(context);
    if (coverage.covered === 0) return { data: [], coverage, unsupported: NO_APPLICANTS };
    const rows = await context.store.all<{ sector: string; fractional: number; units: number }>(
      `WITH ua AS (${await unitApplicantsSql(context)}),
       k AS (SELECT unit_id, count(*) AS k FROM ua GROUP BY unit_id)
       SELECT coalesce(sec.sector, 'unknown') AS sector, sum(1.0 / k.k)::DOUBLE AS fractional,
         count(DISTINCT ua.unit_id)::INTEGER AS units
       FROM ua JOIN k USING (unit_id) LEFT JOIN (${APPLICANT_SECTOR_SQL}) sec USING (applicant_id)
       GROUP BY 1`,
    );
    const bySector = new Map(rows.map((r) => [r.sector, r]));
    const extra = rows.map((r) => r.sector).filter((s) => !(SECTORS as readonly string[]).includes(s));
    const data = [...SECTORS, ...extra.sort()].map((sector) => {
      const r = bySector.get(sector);
      const count = Number(r?.fractional ?? 0);
      return { sector, count, share: count / coverage.covered, units: Number(r?.units ?? 0) };
    });
    const companyUnits = data.find((d) => d.sector === 'company')?.units ?? 0;
    const companyShare = companyUnits / coverage.covered;
    const companyPercent = (companyShare * 100).toFixed(1);
    const companyFractional = ((data[0]?.share ?? 0) * 100).toFixed(1);
    const notes = [
      bi(
        `enterprise-led: ${companyPercent}% of units with an applicant have at least one company applicant (${companyUnits} of ${coverage.covered}); companies hold ${companyFractional}% of the fractional count`,
        `企业主导程度：有申请人信息的专利中 ${companyPercent}% 至少有一个企业申请人（${coverage.covered} 件中的 ${companyUnits} 件）；按分数计数，企业占 ${companyFractional}%`,
      ),
    ];
    return { data, coverage, notes };
  },
};
