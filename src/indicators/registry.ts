import { didYouMean } from '../domain/did-you-mean.js';
import { PatlasError } from '../domain/patlas-error.js';
import { APPLICANT_INDICATORS } from './applicants/index.js';
import { FAMILY_INDICATORS } from './family/index.js';
import { GEOGRAPHY_INDICATORS } from './geography/index.js';
import type { Indicator, IndicatorRow } from './indicator-types.js';
import { QUALITY_INDICATORS } from './quality/index.js';
import { TECHNOLOGY_INDICATORS } from './technology/index.js';
import { TREND_INDICATORS } from './trends/index.js';

/** Every indicator Patlas computes, in report order. CLI, API and report all read this list. */
export const INDICATORS: readonly Indicator<IndicatorRow>[] = [
  ...TREND_INDICATORS,
  ...TECHNOLOGY_INDICATORS,
  ...FAMILY_INDICATORS,
  ...APPLICANT_INDICATORS,
  ...GEOGRAPHY_INDICATORS,
  ...QUALITY_INDICATORS,
];

export function indicatorIds(): string[] {
  return INDICATORS.map((i) => i.id);
}

/** The indicator with this id; an unknown id is a usage error listing the valid ones. */
export function findIndicator(id: string): Indicator<IndicatorRow> {
  const hit = INDICATORS.find((i) => i.id === id);
  if (hit) return hit;
  const guess = didYouMean(id, indicatorIds());
  throw new PatlasError('usage', `unknown indicator "${id}"${guess ? ` (did you mean ${guess}?)` : ''}`, {
    hint: `indicators: ${indicatorIds().join(', ')}`,
  });
}
