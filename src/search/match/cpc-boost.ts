/**
 * The CPC boost (pseudo-relevance feedback on classification): the best K BM25 hits say which technology the
 * need is about. Their CPC main groups (IPC when a publication has no CPC; the subclass when a symbol has no
 * main group) form a profile: each group carried by at least 2 of those hits, weighted by the share of the
 * hits carrying it. Every candidate is then boosted by how much of the profile it shares:
 *   overlap(d) = sum of the weights of the profile groups d carries / sum of all profile weights   (0 to 1)
 *   score(d)   = bm25(d) * (1 + beta * overlap(d))
 * so a candidate in the same main groups as the best hits can gain up to beta (50 %), and the text match
 * still decides among candidates of the same groups.
 */
export const CPC_BOOST = { bestHits: 10, minHits: 2, beta: 0.5 } as const;

export interface CpcProfileGroup {
  group: string;
  /** How many of the best hits carry it. */
  hits: number;
  /** hits / number of best hits with a classification. */
  weight: number;
}

/** The profile of the best hits' groups (each element: one hit's distinct groups), heaviest first. */
export function buildCpcProfile(
  bestHitGroups: readonly (readonly string[])[],
  minHits: number = CPC_BOOST.minHits,
): CpcProfileGroup[] {
  const classified = bestHitGroups.filter((groups) => groups.length > 0);
  const counts = new Map<string, number>();
  for (const groups of classified) for (const g of new Set(groups)) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts]
    .filter(([, hits]) => hits >= minHits)
    .map(([group, hits]) => ({ group, hits, weight: hits / classified.length }))
    .sort((a, b) => b.hits - a.hits || a.group.localeCompare(b.group));
}

/** The candidate's share of the profile (0 to 1) and the profile groups it carries. */
export function cpcOverlap(
  profile: readonly CpcProfileGroup[],
  groups: readonly string[],
): { overlap: number; shared: string[] } {
  const total = profile.reduce((sum, g) => sum + g.weight, 0);
  if (total === 0) return { overlap: 0, shared: [] };
  const carried = new Set(groups);
  const shared = profile.filter((g) => carried.has(g.group));
  return {
    overlap: shared.reduce((sum, g) => sum + g.weight, 0) / total,
    shared: shared.map((g) => g.group),
  };
}

export const boostedScore = (bm25: number, overlap: number, beta: number = CPC_BOOST.beta): number =>
  bm25 * (1 + beta * overlap);
