import type { Store } from '../../store/open-store.js';
import { buildCitationGraph, expandByCitations } from './citation-expansion.js';
import { type CodeExpansion, type CodeExpansionOptions, expandByCodes } from './cpc-expansion.js';
import { sampleAntiSeed } from './sample-anti-seed.js';

export interface ExpansionOptions extends CodeExpansionOptions {
  /** Anti-seed size (15,000 in Google's code); all remaining publications when fewer. */
  antiSeed: number;
  /** Seeds the anti-seed sample. */
  randomSeed: number;
}

/** Sizes of each level, in publications of the store. */
export interface LandscapeExpansion {
  corpus: number;
  seed: number;
  codes: CodeExpansion;
  citations: {
    /** `family` when every publication has a family id, `publication` when none has, else `mixed`. */
    level: 'family' | 'publication' | 'mixed';
    publicationsWithFamily: number;
    links: number;
    /** L1 publications reached by one citation hop from the seed (or in a seed family). */
    publications: number;
  };
  /** CPC expansion ∪ citation expansion, without the seed. */
  l1: number;
  /** One citation hop from L1, without seed and L1. */
  l2: number;
  antiSeedCandidates: number;
  antiSeed: number;
}

/**
 * Abood & Feltenberger's expansion around the seed in `learned_seed`: L1 = codes over-represented in the
 * seed ∪ one citation hop, L2 = one citation hop from L1, anti-seed = a random sample outside all three.
 * Leaves the temp tables `learned_l1`, `learned_l2` and `learned_anti_seed`.
 */
export async function expandLandscape(store: Store, options: ExpansionOptions): Promise<LandscapeExpansion> {
  const codes = await expandByCodes(store, options);
  const graph = await buildCitationGraph(store);
  const cited = await expandByCitations(store, 'learned_seed', 'learned_l1_citations', ['learned_seed']);
  await store.run(
    `CREATE OR REPLACE TEMP TABLE learned_l1 AS
     SELECT publication_number FROM learned_l1_codes UNION SELECT publication_number FROM learned_l1_citations`,
  );
  const l1 = (await store.one<{ n: number }>('SELECT count(*) AS n FROM learned_l1'))?.n ?? 0;
  const l2 = await expandByCitations(store, 'learned_l1', 'learned_l2', ['learned_seed', 'learned_l1']);
  const anti = await sampleAntiSeed(store, options.antiSeed, options.randomSeed);
  const seed = (await store.one<{ n: number }>('SELECT count(*) AS n FROM learned_seed'))?.n ?? 0;
  const level =
    graph.publicationsWithFamily === 0
      ? 'publication'
      : graph.publicationsWithFamily === graph.publications
        ? 'family'
        : 'mixed';
  return {
    corpus: graph.publications,
    seed,
    codes,
    citations: {
      level,
      publicationsWithFamily: graph.publicationsWithFamily,
      links: graph.links,
      publications: cited,
    },
    l1,
    l2,
    antiSeedCandidates: anti.candidates,
    antiSeed: anti.sampled,
  };
}
