import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { createQualityTable } from './create-quality-table.js';
import { INDEX_COMPONENTS, QUALITY_COMPONENTS, TRIM_SHARE } from './quality-components.js';

export interface QualityRow {
  [key: string]: string | number | null;
  /** A raw component (fwd_cits5, family_size, claims ...) or quality_index (the normalised composite). */
  component: string;
  /** Units with a value. */
  units: number;
  /** units / units in scope. */
  coverage: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
}

export const quality: Indicator<QualityRow> = {
  id: 'quality',
  spec: {
    title: { en: 'Patent quality (OECD indicators)', zh: '专利质量（OECD专利质量指标）' },
    description: {
      en: 'OECD patent quality components per unit (forward citations within 5 years, family size, claims, backward and non-patent citations, patent scope, grant lag, generality, originality) and the composite quality_index_4, each component normalised within its cohort (earliest priority year x main WIPO field).',
      zh: '按OECD专利质量指标计算各项分量（5年内被引次数、同族规模、权利要求数、引用专利与非专利文献数、专利范围、授权时滞、通用性、原创性）及综合质量指数 quality_index_4，各分量在同一队列（最早优先权年 × 主WIPO技术领域）内归一化。',
    },
    formula:
      "normalised = min(value / cohort max after trimming the top and bottom 1 %, 1) (grant lag: 1 - that); quality_index_4 = mean of normalised fwd_cits5, family_size, claims, generality over the available ones; generality = 1 - sum_j (mean_i beta_ji)^2, beta_ji = share of citing document i's IPC codes in 4-digit class j (originality: the same over cited documents)",
    usesDateBasis: false,
    counting: 'whole',
    parameters: { trimShare: TRIM_SHARE, indexComponents: INDEX_COMPONENTS.join(',') },
    notes: [
      bi(
        'Rows give the raw components (mean, median, 90th percentile over units with a value) and the normalised quality_index; a component no unit has is left out of the index, and a unit missing a component is averaged over the rest.',
        '各行给出原始分量（在有该分量数据的专利中的均值、中位数、90百分位数）及归一化的质量指数 quality_index；所有专利都缺少的分量不计入指数，某件专利缺少的分量按其余分量取平均。',
      ),
      bi(
        "Cohort = the unit's earliest priority year x its main WIPO field (largest summed fractional field weight over its publications; ties to the lower field number); units without a mapped class form their own cohort per year.",
        '队列 = 专利的最早优先权年 × 主WIPO技术领域（其各公开文本的领域分数权重之和最大者；并列时取编号较小的领域）；没有可映射分类号的专利按年份单独成为一个队列。',
      ),
      bi(
        'Family size = the simple family size the source reports, else the family publications in the store; claims = the largest claims count of the family; backward and NPL citations = distinct references of the family, counted only for sources that record citations of that kind.',
        '同族规模 = 数据源提供的简单同族规模，否则为数据库中该同族的公开文本数；权利要求数 = 同族中最大的权利要求数量；引用专利与非专利文献数 = 同族引用的不同文献数，仅对记录该类引用的数据源计算。',
      ),
      bi(
        'Forward citations: citing documents in the store published within 5 years of the first publication, outside the family, counted per citing family (self-citations included); without any in-store citation link, the cited-by count the source reports (all years, not a 5-year window).',
        '被引次数：数据库中在首次公开后5年内公开、且不属于本同族的施引文献，按施引同族计数（含自引）；数据库中没有任何引用关系时，采用数据源提供的被引次数（全部年份，而非5年窗口）。',
      ),
      bi(
        'Grant lag = days from application to the first grant; shorter is better, so its normalised value is inverted.',
        '授权时滞 = 从申请到首次授权的天数；越短越好，因此其归一化值取反。',
      ),
    ],
  },
  async compute(context) {
    const { store, scope } = context;
    const { table, components } = await createQualityTable(context);
    const stats = await store.all<{
      component: string;
      n: number;
      mean: number;
      median: number;
      p90: number;
    }>(
      [...QUALITY_COMPONENTS, 'quality_index']
        .map(
          (c) => `SELECT '${c}' AS component, count(${c}) AS n, avg(${c}) AS mean,
              quantile_cont(${c}, 0.5) AS median, quantile_cont(${c}, 0.9) AS p90 FROM ${table}`,
        )
        .join(' UNION ALL '),
    );
    const facts = await store.one<{ basis: string; incomplete: number; with_year: number }>(
      `SELECT any_value(fwd_basis) AS basis, count(*) FILTER (WHERE NOT fwd_window_complete) AS incomplete,
           count(cohort_year) AS with_year FROM ${table}`,
    );
    const units = scope.unitCount;
    const indexUnits = Number(stats.find((s) => s.component === 'quality_index')?.n ?? 0);
    const coverage = {
      field: bi('units with a quality index', '有质量指数的专利'),
      units,
      covered: indexUnits,
      share: units ? indexUnits / units : 0,
    };
    if (components.length === 0) {
      return {
        data: [],
        coverage,
        unsupported: bi(
          'no unit in scope has any quality component (claims, citations, family size ...)',
          '范围内没有专利具有任何质量分量（权利要求、引用、同族规模等）',
        ),
      };
    }
    const order = [...QUALITY_COMPONENTS, 'quality_index'];
    const data = stats
      .sort((a, b) => order.indexOf(a.component) - order.indexOf(b.component))
      .map((s) => {
        const n = Number(s.n);
        const value = (v: number | null) => (n === 0 || v === null ? null : Number(v));
        return {
          component: s.component,
          units: n,
          coverage: units ? n / units : 0,
          mean: value(s.mean),
          median: value(s.median),
          p90: value(s.p90),
        };
      });
    const incomplete = Number(facts?.incomplete ?? 0);
    const withYear = Number(facts?.with_year ?? 0);
    const missing = QUALITY_COMPONENTS.filter((c) => !components.includes(c));
    const skipped = INDEX_COMPONENTS.filter((c) => !components.includes(c));
    return {
      data,
      coverage,
      notes: [
        facts?.basis === 'store'
          ? bi(
              'fwd_cits5: counted from citing documents in the store (5-year window)',
              'fwd_cits5：按数据库中的施引文献统计（5年窗口）',
            )
          : bi(
              'fwd_cits5: no citing document in the store; the cited-by count reported by the source (all years) where there is one',
              'fwd_cits5：数据库中没有施引文献；如数据源提供被引次数则采用之（全部年份）',
            ),
        ...(missing.length
          ? [bi(`not available in this data: ${missing.join(', ')}`, `本数据中缺少：${missing.join('、')}`)]
          : []),
        ...(skipped.length
          ? [bi(`quality_index left out: ${skipped.join(', ')}`, `质量指数未计入：${skipped.join('、')}`)]
          : []),
        scope.cutoff.date
          ? bi(
              `${incomplete} of ${withYear} units with a year are in cohorts whose 5-year forward-citation window is not complete before the cut-off (priority year + 5 + 1.5 years)`,
              `${withYear} 件有年份的专利中，${incomplete} 件所在队列的5年被引窗口在截止日前尚不完整（优先权年 + 5 + 1.5 年）`,
            )
          : bi(
              'no cut-off date (no publication date in the store): whether the 5-year forward-citation windows are complete is unknown',
              '没有截止日（数据库中没有公开日）：无法判断5年被引窗口是否完整',
            ),
      ],
    };
  },
};
