import { readGeoTable } from '../../geo/countries/geo-data-file.js';
import { PLACE_JOIN_SQL } from '../../geo/refresh-places.js';
import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';

export interface ProvinceShareRow {
  [key: string]: string | number;
  /** Stable key: the English name ('Beijing'). */
  province: string;
  /** GB/T 2260 code ('11'). */
  code: string;
  name: string;
  nameZh: string;
  /** Fractional units. */
  count: number;
  /** Of the units with a Chinese applicant province. */
  share: number;
}

/** Beijing and Guangdong: the two provinces whose combined share the landscape reports quote. */
const LEADING_PAIR = ['11', '44'] as const;

let provinceNames: Map<string, { en: string; zh: string }> | null = null;

function provinceName(code: string): { en: string; zh: string } {
  provinceNames ??= new Map(
    readGeoTable('cn-province-codes-gbt2260.csv').map(([c, zh, en]) => [
      c ?? '',
      { en: en ?? '', zh: zh ?? '' },
    ]),
  );
  return provinceNames.get(code) ?? { en: code, zh: code };
}

export const provinceShare: Indicator<ProvinceShareRow> = {
  id: 'province-share',
  spec: {
    title: { en: 'Chinese provinces of applicants', zh: '国内申请人省市分布' },
    description: {
      en: "Units by the Chinese province (GB/T 2260, Hong Kong, Macao and Taiwan included under their codes 81, 82, 71) of their applicants' addresses, fractional: each unit splits 1 equally over the distinct provinces of its applicants. Shares are of the units with at least one Chinese applicant province.",
      zh: '按申请人地址所在省级行政区（GB/T 2260，港澳台按81、82、71计）统计的分数计数：每个单元在其申请人所在的不同省份之间平均分配1。占比为至少有一个国内申请人省份的单元的份额。',
    },
    formula:
      'count_p = Σ_u [p in P_u] / |P_u|, P_u = distinct applicant provinces of u; share_p = count_p / |{u : P_u ≠ ∅}|',
    counting: 'fractional',
  },
  async compute(context) {
    const { store, scope } = context;
    const provinces = `(SELECT DISTINCT s.unit_id, pl.province_code, pl.country_code
      FROM ${scope.pubs} s JOIN parties pa USING (publication_number) JOIN places pl ON ${PLACE_JOIN_SQL('pa', 'pl')}
      WHERE pa.role = 'applicant' AND (pl.province_code IS NOT NULL OR pl.country_code IN ('CN', 'HK', 'MO', 'TW')))`;
    const counts = await store.one<{ chinese: number; covered: number }>(
      `SELECT count(DISTINCT unit_id)::INTEGER AS chinese,
         count(DISTINCT unit_id) FILTER (WHERE province_code IS NOT NULL)::INTEGER AS covered FROM ${provinces}`,
    );
    const covered = Number(counts?.covered ?? 0);
    const chinese = Number(counts?.chinese ?? 0);
    const coverage = {
      field: bi('units with a Chinese applicant province', '有国内申请人省份信息的专利'),
      units: scope.unitCount,
      covered,
      share: scope.unitCount ? covered / scope.unitCount : 0,
    };
    const unresolvedNote = bi(
      `${chinese} units have a Chinese applicant (CN, HK, MO, TW); ${chinese - covered} of them without any resolved province are left out`,
      `${chinese} 件专利有中国申请人（CN、HK、MO、TW）；其中 ${chinese - covered} 件无法解析出省份，不计入统计`,
    );
    if (covered === 0) {
      return {
        data: [],
        coverage,
        notes: [unresolvedNote],
        unsupported: bi(
          'no applicant address in scope resolves to a Chinese province',
          '范围内没有申请人地址能解析到中国省级行政区',
        ),
      };
    }
    const rows = await store.all<{ province_code: string; n: number }>(
      `WITH p AS (SELECT DISTINCT unit_id, province_code FROM ${provinces} WHERE province_code IS NOT NULL)
       SELECT province_code, sum(w) AS n FROM (
         SELECT province_code, 1.0 / count(*) OVER (PARTITION BY unit_id) AS w FROM p)
       GROUP BY province_code ORDER BY n DESC, province_code`,
    );
    const data = rows.map((r) => {
      const name = provinceName(r.province_code);
      const count = Number(r.n);
      return {
        province: name.en,
        code: r.province_code,
        name: name.en,
        nameZh: name.zh,
        count,
        share: count / covered,
      };
    });
    const pair = data
      .filter((r) => (LEADING_PAIR as readonly string[]).includes(r.code))
      .reduce((s, r) => s + r.share, 0);
    return {
      data,
      coverage,
      notes: [
        unresolvedNote,
        bi(
          `Beijing + Guangdong combined share: ${(pair * 100).toFixed(1)} %`,
          `北京与广东合计占比：${(pair * 100).toFixed(1)}%`,
        ),
      ],
      parameters: { beijingGuangdongShare: pair },
    };
  },
};
