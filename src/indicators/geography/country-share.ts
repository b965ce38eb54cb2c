import { countryName } from '../../geo/countries/world-region.js';
import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { basisMixNote, basisParameters, originCoverage, unitOriginsTable } from './unit-origins.js';

export interface CountryShareRow {
  [key: string]: string | number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  name: string;
  nameZh: string;
  /** Fractional units. */
  count: number;
  /** Of the units with an origin country. */
  share: number;
}

export const countryShare: Indicator<CountryShareRow> = {
  id: 'country-share',
  spec: {
    title: { en: 'Origin countries', zh: '技术来源国分布' },
    description: {
      en: "Units by origin country, fractional: each unit's weight per country is the mean of its publications' origin weights (1/k over the k parties with a known country), using only the publications with the unit's best basis: applicant countries, else inventor countries, else the office of first filing. Units without any origin are reported in the coverage, not as a row.",
      zh: '按技术来源国统计的分数计数：每个单元对各国的权重为其公开文本来源权重的平均值（在有国家信息的k个当事人之间各分1/k），来源依次取申请人国别、发明人国别、首次申请受理局。无来源信息的单元计入覆盖率说明，不单列一行。',
    },
    formula:
      'count_c = Σ_u w_(u,c), w_(u,c) = mean over p in best-basis publications of u of w_(p,c); share_c = count_c / units with an origin',
    counting: 'fractional',
  },
  async compute(context) {
    const origins = await originCoverage(context);
    const { coverage } = origins;
    if (coverage.covered === 0) {
      return {
        data: [],
        coverage,
        unsupported: bi(
          'no unit in scope has an origin country (no party country, no office of first filing)',
          '范围内没有专利具有来源国信息（既无申请人或发明人国别，也无首次申请受理局）',
        ),
      };
    }
    const rows = await context.store.all<{ country_code: string; n: number }>(
      `SELECT country_code, sum(weight) AS n FROM ${await unitOriginsTable(context)} GROUP BY country_code ORDER BY n DESC, country_code`,
    );
    const data = rows.map((r) => ({
      country: r.country_code,
      name: countryName(r.country_code, 'en'),
      nameZh: countryName(r.country_code, 'zh'),
      count: Number(r.n),
      share: Number(r.n) / coverage.covered,
    }));
    return { data, coverage, notes: [basisMixNote(origins)], parameters: basisParameters(origins) };
  },
};
