import type { Indicator, IndicatorRow } from '../indicator-types.js';
import { familyFiling } from './family-filing.js';
import { familyJurisdictions } from './family-jurisdictions.js';
import { familySize } from './family-size.js';
import { legalStatus } from './legal-status.js';

export const FAMILY_INDICATORS = [
  legalStatus,
  familyFiling,
  familySize,
  familyJurisdictions,
] as unknown as Indicator<IndicatorRow>[];
