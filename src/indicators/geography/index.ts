import type { Indicator, IndicatorRow } from '../indicator-types.js';
import { clusters } from './clusters.js';
import { countryShare } from './country-share.js';
import { countryTrend } from './country-trend.js';
import { provinceShare } from './province-share.js';
import { regionTrend } from './region-trend.js';
import { specialisation } from './specialisation.js';

export const GEOGRAPHY_INDICATORS = [
  countryShare,
  regionTrend,
  countryTrend,
  provinceShare,
  specialisation,
  clusters,
] as unknown as Indicator<IndicatorRow>[];
