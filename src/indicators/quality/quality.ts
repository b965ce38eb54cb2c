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
      'Rows give the raw components (mean, median, 90th percentile over units with a value) and the normalised quality_index; a component no unit has is left out of the index, and a unit missing a component is averaged over the rest.',
      "Cohort = the unit's earliest priority year x its main WIPO field (largest summed fractional field weight over its publications; ties to the lower field number); units without a mapped class form their own cohort per year.",
      'Family size = the simple family size the source reports, else the family publications in the store; claims = the largest claims count of the family; backward and NPL citations = distinct references of the family, counted only for sources that record citations of that kind.',
      'Forward citations: citing documents in the store published within 5 years of the first publication, outside the family, counted per citing family (self-citations included); without any in-store citation link, the cited-by count the source reports (all years, not a 5-year window).',
      'Grant lag = days from application to the first grant; shorter is better, so its normalised value is inverted.',
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
      field: 'units with a quality index',
      units,
      covered: indexUnits,
      share: units ? indexUnits / units : 0,
    };
    if (components.length === 0) {
      return {
        data: [],
        coverage,
        unsupported: 'no unit in scope has any quality component (claims, citations, family size ...)',
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
    const missing = QUALITY_COMPONENTS.filter((c) => !components.includes(c));
    const skipped = INDEX_COMPONENTS.filter((c) => !components.includes(c));
    return {
      data,
      coverage,
      notes: [
        facts?.basis === 'store'
          ? 'fwd_cits5: counted from citing documents in the store (5-year window)'
          : 'fwd_cits5: no citing document in the store; the cited-by count reported by the source (all years) where there is one',
        ...(missing.length ? [`not available in this data: ${missing.join(', ')}`] : []),
        ...(skipped.length ? [`quality_index left out: ${skipped.join(', ')}`] : []),
        scope.cutoff.date
          ? `${Number(facts?.incomplete ?? 0)} of ${Number(facts?.with_year ?? 0)} units with a year are in cohorts whose 5-year forward-citation window is not complete before the cut-off (priority year + 5 + 1.5 years)`
          : 'no cut-off date (no publication date in the store): whether the 5-year forward-citation windows are complete is unknown',
      ],
    };
  },
};
