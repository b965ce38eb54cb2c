import type { Indicator, IndicatorRow } from '../indicator-types.js';
import { quality } from './quality.js';

export { createQualityTable } from './create-quality-table.js';
export const QUALITY_INDICATORS = [quality] as unknown as Indicator<IndicatorRow>[];
