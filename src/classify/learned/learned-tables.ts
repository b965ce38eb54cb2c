/** The temp tables of one training run (identifiers only from this list). */
export const LEARNED_TABLES = [
  'learned_seed',
  'learned_l1_codes',
  'learned_l1_citations',
  'learned_l1',
  'learned_l2',
  'learned_usable',
  'learned_anti_seed',
  'learned_node',
  'learned_link',
] as const;
export type LearnedTable = (typeof LEARNED_TABLES)[number];
