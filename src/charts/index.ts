import type { IndicatorResult } from '../indicators/indicator-types.js';
import { applicantSectorsCharts } from './applicants/applicant-sectors-chart.js';
import { coApplicantCommunitiesCharts } from './applicants/co-applicant-communities-chart.js';
import { coApplicantsCharts } from './applicants/co-applicants-chart.js';
import { collaborationCharts } from './applicants/collaboration-chart.js';
import { concentrationCharts } from './applicants/concentration-chart.js';
import { innovationPotentialCharts } from './applicants/innovation-potential-chart.js';
import { lifeCycleCharts } from './applicants/life-cycle-chart.js';
import { scenariosCharts } from './applicants/scenarios-chart.js';
import { topApplicantsCharts } from './applicants/top-applicants-chart.js';
import type { ChartBuilder } from './chart-builder.js';
import type { ChartSpec, Lang } from './chart-spec.js';
import { familyFilingCharts } from './family/family-filing-chart.js';
import { familyJurisdictionsCharts } from './family/family-jurisdictions-chart.js';
import { familySizeCharts } from './family/family-size-chart.js';
import { legalStatusCharts } from './family/legal-status-chart.js';
import { clustersCharts } from './geography/clusters-chart.js';
import { countryShareCharts } from './geography/country-share-chart.js';
import { countryTrendCharts } from './geography/country-trend-chart.js';
import { provinceShareCharts } from './geography/province-share-chart.js';
import { regionTrendCharts } from './geography/region-trend-chart.js';
import { specialisationCharts } from './geography/specialisation-chart.js';
import { qualityCharts } from './quality/quality-chart.js';
import { categoryShareCharts } from './technology/category-share-chart.js';
import { categoryTrendCharts } from './technology/category-trend-chart.js';
import { effectMatrixCharts } from './technology/effect-matrix-chart.js';
import { filingTrendCharts } from './trends/filing-trend-chart.js';
import { growthCharts } from './trends/growth-chart.js';

export type { ChartSpec, DrillFilter, Lang } from './chart-spec.js';
export { WORLD_MAP_NAME, worldGeoJson } from './geography/world-map.js';
export { renderChartSvg } from './render-chart-svg.js';

/** The chart builder of every registered indicator, by indicator id. */
export const CHART_BUILDERS: Readonly<Record<string, ChartBuilder>> = {
  'filing-trend': filingTrendCharts,
  growth: growthCharts,
  'category-trend': categoryTrendCharts,
  'category-share': categoryShareCharts,
  'effect-matrix': effectMatrixCharts,
  'legal-status': legalStatusCharts,
  'family-filing': familyFilingCharts,
  'family-size': familySizeCharts,
  'family-jurisdictions': familyJurisdictionsCharts,
  'top-applicants': topApplicantsCharts,
  'applicant-sectors': applicantSectorsCharts,
  concentration: concentrationCharts,
  'life-cycle': lifeCycleCharts,
  collaboration: collaborationCharts,
  'co-applicants': coApplicantsCharts,
  'co-applicant-communities': coApplicantCommunitiesCharts,
  scenarios: scenariosCharts,
  'innovation-potential': innovationPotentialCharts,
  'country-share': countryShareCharts,
  'region-trend': regionTrendCharts,
  'country-trend': countryTrendCharts,
  'province-share': provinceShareCharts,
  specialisation: specialisationCharts,
  clusters: clustersCharts,
  quality: qualityCharts,
};

/**
 * The charts of an indicator result in the given language, as plain-JSON ECharts options; empty when the
 * indicator is unsupported on the data, has no rows, or has nothing to draw.
 */
export function chartsForIndicator(result: IndicatorResult, lang: Lang): ChartSpec[] {
  if (!result.supported || result.data.length === 0) return [];
  const build = CHART_BUILDERS[result.definition.id];
  return build ? build(result, lang) : [];
}
