import type { Indicator, IndicatorRow } from '../indicator-types.js';
import { applicantSectors } from './applicant-sectors.js';
import { coApplicantCommunities } from './co-applicant-communities.js';
import { coApplicants } from './co-applicants.js';
import { collaboration } from './collaboration.js';
import { concentration } from './concentration.js';
import { innovationPotential } from './innovation-potential.js';
import { lifeCycle } from './life-cycle.js';
import { scenarios } from './scenarios.js';
import { topApplicants } from './top-applicants.js';

export const APPLICANT_INDICATORS = [
  topApplicants,
  applicantSectors,
  concentration,
  lifeCycle,
  collaboration,
  coApplicants,
  coApplicantCommunities,
  scenarios,
  innovationPotential,
] as unknown as Indicator<IndicatorRow>[];
