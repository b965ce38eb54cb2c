import type { Indicator, IndicatorRow } from '../indicator-types.js';
import { categoryShare } from './category-share.js';
import { categoryTrend } from './category-trend.js';
import { effectMatrix } from './effect-matrix.js';

export const TECHNOLOGY_INDICATORS = [
  categoryTrend,
  categoryShare,
  effectMatrix,
] as unknown as Indicator<IndicatorRow>[];
