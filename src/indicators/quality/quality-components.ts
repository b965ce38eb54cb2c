/** The OECD patent quality components Patlas computes, with how each is normalised (0-1, higher = better). */
export const QUALITY_COMPONENTS = [
  'fwd_cits5',
  'family_size',
  'claims',
  'bwd_cits',
  'npl_cits',
  'patent_scope',
  'grant_lag',
  'generality',
  'originality',
] as const;
export type QualityComponent = (typeof QUALITY_COMPONENTS)[number];

/** quality_index_4 (OECD): equal-weight mean of these normalised components. */
export const INDEX_COMPONENTS: readonly QualityComponent[] = [
  'fwd_cits5',
  'family_size',
  'claims',
  'generality',
];

/** Components where smaller is better: normalised as 1 - value / cap. */
export const INVERTED_COMPONENTS: readonly QualityComponent[] = ['grant_lag'];

/** Share trimmed at each end of a cohort before dividing by the cohort maximum (KIPRO). */
export const TRIM_SHARE = 0.01;

/** Years of forward citations counted after publication, and the publication lag the window waits for. */
export const FORWARD_WINDOW_YEARS = 5;
export const PUBLICATION_LAG_YEARS = 1.5;
