export type LifeCyclePhase = 'inception' | 'growth' | 'maturity' | 'decline';

export interface LifeCycleYear {
  year: number;
  applicants: number;
  count: number;
}

export interface PhaseRule {
  /** Years in the trailing moving average that smooths both series. */
  window: number;
  /** Growth of both averages at or above this rate is the growth phase. */
  growthRate: number;
  /** Years before the cumulative units reach this share of all units are inception. */
  inceptionShare: number;
}

export const DEFAULT_PHASE_RULE: PhaseRule = { window: 3, growthRate: 0.1, inceptionShare: 0.1 };

/**
 * The life-cycle phase of each (complete) year, from units and applicants (EPO maturity map; 专利技术生命周期),
 * on trailing moving averages M_y over `window` years and their growth g_y = M_y / M_(y-1) − 1, first rule that applies:
 * 1. inception (萌芽期): cumulative units up to y below `inceptionShare` of all units;
 * 2. decline (衰退期): both averages fall (g_units < 0 and g_applicants < 0);
 * 3. growth (成长期): both rise by at least `growthRate`;
 * 4. maturity (成熟期): anything else: slower growth, or applicants falling while units hold (EPO consolidation).
 * The first year after inception has no previous average: null unless rule 1 applies.
 */
export function lifeCyclePhases(
  years: readonly LifeCycleYear[],
  rule: PhaseRule = DEFAULT_PHASE_RULE,
): (LifeCyclePhase | null)[] {
  const total = years.reduce((sum, y) => sum + y.count, 0);
  const average = (i: number, key: 'applicants' | 'count'): number => {
    const slice = years.slice(Math.max(0, i - rule.window + 1), i + 1);
    return slice.reduce((sum, y) => sum + y[key], 0) / slice.length;
  };
  const growth = (i: number, key: 'applicants' | 'count'): number | null => {
    const before = average(i - 1, key);
    return before > 0 ? average(i, key) / before - 1 : null;
  };
  let cumulative = 0;
  return years.map((y, i) => {
    cumulative += y.count;
    if (total > 0 && cumulative < rule.inceptionShare * total) return 'inception';
    if (i === 0) return null;
    const units = growth(i, 'count');
    const applicants = growth(i, 'applicants');
    if (units === null || applicants === null) return null;
    if (units < 0 && applicants < 0) return 'decline';
    if (units >= rule.growthRate && applicants >= rule.growthRate) return 'growth';
    return 'maturity';
  });
}
