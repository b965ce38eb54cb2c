import type { Indicator, IndicatorRow } from '../indicator-types.js';
import { filingTrend } from './filing-trend.js';
import { growth } from './growth.js';

export const TREND_INDICATORS = [filingTrend, growth] as unknown as Indicator<IndicatorRow>[];
