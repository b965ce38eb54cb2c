import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { IndicatorContext } from '../indicator-types.js';
import { readApplicantAttributes } from './applicant-attributes.js';
import { unitApplicantsSql } from './unit-applicants.js';

// The package is CommonJS (module.exports = louvain) but its types declare an ES default export: under NodeNext the
// default import is typed as the namespace, while at run time it is the function itself.
const louvain = louvainModule as unknown as (typeof louvainModule)['default'];

export type CoApplicantEdge = {
  aId: string;
  bId: string;
  a: string;
  b: string;
  count: number;
};

export type CoApplicantNode = {
  applicantId: string;
  applicant: string;
  community: number;
  degree: number;
  count: number;
};

export interface CoApplicantNetwork {
  edges: CoApplicantEdge[];
  nodes: CoApplicantNode[];
  modularity: number | null;
  /** Co-application pairs in scope before the limit. */
  pairs: number;
}

/** Edges kept: the strongest `top` x EDGES_PER_TOP pairs. */
export const EDGES_PER_TOP = 10;
export const LOUVAIN_SEED = 20240901;

/**
 * The co-applicant network of the scope: an edge joins two harmonised applicants that co-apply on a unit, weighted
 * by their shared units; the strongest edges are kept, and their nodes are split into communities by Louvain
 * (weighted, seeded random order, so a run is reproducible). Communities are numbered 1.. by size (largest first).
 */
export async function buildCoApplicantNetwork(context: IndicatorContext): Promise<CoApplicantNetwork> {
  const limit = context.params.top * EDGES_PER_TOP;
  const rows = await context.store.all<{ a: string; b: string; n: number; pairs: number }>(
    `WITH ua AS (${await unitApplicantsSql(context)}),
     pairs AS (SELECT x.applicant_id AS a, y.applicant_id AS b, count(*)::INTEGER AS n
       FROM ua x JOIN ua y ON x.unit_id = y.unit_id AND x.applicant_id < y.applicant_id GROUP BY 1, 2)
     SELECT a, b, n, (count(*) OVER ())::INTEGER AS pairs FROM pairs ORDER BY n DESC, a, b LIMIT ?`,
    [limit],
  );
  const nodeCounts = await unitCounts(context, [...new Set(rows.flatMap((r) => [r.a, r.b]))]);
  const attributes = await readApplicantAttributes(context, [...nodeCounts.keys()]);
  const name = (id: string) => attributes.get(id)?.name ?? id;
  const edges = rows.map((r) => {
    const [first, second] = name(r.a) <= name(r.b) ? [r.a, r.b] : [r.b, r.a];
    return { aId: first, bId: second, a: name(first), b: name(second), count: Number(r.n) };
  });
  const graph = new UndirectedGraph();
  for (const id of [...nodeCounts.keys()].sort()) graph.addNode(id);
  for (const e of edges) graph.addEdge(e.aId, e.bId, { weight: e.count });
  const detailed =
    graph.size > 0
      ? louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) })
      : null;
  const communities = renumberBySize(detailed?.communities ?? {});
  const nodes = [...nodeCounts.entries()]
    .map(([id, count]) => ({
      applicantId: id,
      applicant: name(id),
      community: communities.get(id) ?? 0,
      degree: graph.hasNode(id) ? graph.degree(id) : 0,
      count,
    }))
    .sort(
      (x, y) => x.community - y.community || y.count - x.count || x.applicantId.localeCompare(y.applicantId),
    );
  return { edges, nodes, modularity: detailed?.modularity ?? null, pairs: Number(rows[0]?.pairs ?? 0) };
}

async function unitCounts(context: IndicatorContext, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await context.store.all<{ applicant_id: string; n: number }>(
    `SELECT applicant_id, count(*)::INTEGER AS n FROM (${await unitApplicantsSql(context)})
     WHERE applicant_id IN (SELECT unnest(from_json(?::JSON, '["VARCHAR"]'))) GROUP BY 1`,
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.applicant_id, Number(r.n)]));
}

/** Community ids 1..k, the largest community first (ties: the community whose smallest member id sorts first). */
function renumberBySize(mapping: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(mapping)) {
    members.set(community, [...(members.get(community) ?? []), node]);
  }
  const ordered = [...members.values()]
    .map((m) => m.sort())
    .sort((x, y) => y.length - x.length || (x[0] ?? '').localeCompare(y[0] ?? ''));
  const out = new Map<string, number>();
  ordered.forEach((m, i) => {
    for (const node of m) out.set(node, i + 1);
  });
  return out;
}

/** mulberry32: a small seeded generator, so Louvain's random node order is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
