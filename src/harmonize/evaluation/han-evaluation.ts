import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../store/open-store.js';
import { type ApplicantGroups, loadApplicantGroups } from '../applicants/applicant-groups.js';
import { applicantMatchKey } from '../applicants/applicant-match-key.js';
import { applicantSector } from '../applicants/applicant-sector.js';
import { PairCounter, type PairwiseScores } from './pairwise-scores.js';
import { type SectorAgreement, sectorAgreement } from './sector-agreement.js';

export { hanEvaluationMarkdown } from './han-evaluation-markdown.js';

export type HanSubset = 'all' | 'organisations' | 'individuals';

export interface PairwiseRow extends PairwiseScores {
  level: 'match key' | 'group';
  subset: HanSubset;
  /**
   * persons: each PATSTAT person once; patents: each person once per application it holds, pairs of one
   * person's own applications left out.
   */
  weighting: 'persons' | 'patents';
  /** han: same HAN name; han-normalised: same HAN name after upper-casing and dropping non-alphanumerics. */
  reference: 'han' | 'han-normalised';
}

export interface MergedNames {
  /** The match key or group id that merges the names. */
  cluster: string;
  names: { name: string; persons: number }[];
  /** Person pairs under the cluster whose HAN names differ. */
  falsePairs: number;
}

export interface HanEvaluation {
  file: string;
  linkFile: string;
  persons: number;
  hanNames: number;
  matchKeys: number;
  groupsFile: string;
  groupsVersion: string;
  rows: PairwiseRow[];
  /** The 20 match keys whose merged HAN names make the most false pairs. */
  mergedByKey: MergedNames[];
  /** The 20 groups that merge the most persons across match keys. */
  mergedByGroup: MergedNames[];
  sector: SectorAgreement;
}

interface NameRow {
  han_name: string;
  psn_sector: string;
  persons: number;
  patents: number;
  patents_squared: number;
}

const SQL = `SELECT a.han_name, coalesce(a.psn_sector, 'UNKNOWN') AS psn_sector, count(*) AS persons,
  coalesce(sum(l.applications), 0) AS patents, coalesce(sum(l.applications * l.applications), 0) AS patents_squared
FROM read_parquet(?) a
LEFT JOIN (SELECT person_id, count(*) AS applications FROM read_parquet(?) GROUP BY person_id) l USING (person_id)
WHERE a.han_name IS NOT NULL
GROUP BY a.han_name, a.psn_sector`;

/**
 * Applicant harmonisation against OECD HAN on the PATSTAT extract `cn-inventors-patstat` (CN_applt.parquet:
 * person_id, han_name, psn_sector; CN_el_applt.parquet: person_id, appln_id). `dataDir` is the shared data
 * directory or the extract's own directory.
 */
export async function evaluateHarmonization(
  dataDir: string,
  groups: ApplicantGroups = loadApplicantGroups(),
): Promise<HanEvaluation> {
  const dir = existsSync(join(dataDir, 'CN_applt.parquet')) ? dataDir : join(dataDir, 'cn-inventors-patstat');
  const file = join(dir, 'CN_applt.parquet');
  const linkFile = join(dir, 'CN_el_applt.parquet');
  const store = await openStore(':memory:', { create: true });
  let rows: NameRow[];
  try {
    rows = await store.all<NameRow & Record<string, unknown>>(SQL, [file, linkFile]);
  } finally {
    store.close();
  }
  const keyOf = new Map<string, string>();
  for (const row of rows)
    if (!keyOf.has(row.han_name)) keyOf.set(row.han_name, applicantMatchKey(row.han_name));
  const groupOf = new Map<string, string>();
  for (const [name, key] of keyOf) groupOf.set(name, groups.groupOf(key)?.id ?? `key:${key}`);
  const ids = {
    'match key': numbering(rows.map((row) => keyOf.get(row.han_name) ?? '')),
    group: numbering(rows.map((row) => groupOf.get(row.han_name) ?? '')),
    han: numbering(rows.map((row) => row.han_name)),
    'han-normalised': numbering(rows.map((row) => normalised(row.han_name))),
  };
  const results: PairwiseRow[] = [];
  for (const subset of ['all', 'organisations', 'individuals'] as const) {
    const chosen = rows.flatMap((row, index) => (inSubset(row, subset) ? [index] : []));
    // Groups hold no individuals: their rows would repeat the match-key rows.
    const levels = subset === 'individuals' ? (['match key'] as const) : (['match key', 'group'] as const);
    for (const level of levels) {
      for (const [weighting, reference] of CONFIGURATIONS) {
        const counter = new PairCounter(ids[level].count, ids[reference].count);
        for (const index of chosen) {
          const row = rows[index]!;
          const weight = weighting === 'persons' ? row.persons : row.patents;
          const squares = weighting === 'persons' ? row.persons : row.patents_squared;
          counter.add(ids[level].ids[index]!, ids[reference].ids[index]!, weight, squares);
        }
        results.push({ level, subset, weighting, reference, ...counter.scores() });
      }
    }
  }
  results.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  return {
    file,
    linkFile,
    persons: rows.reduce((sum, row) => sum + row.persons, 0),
    hanNames: keyOf.size,
    matchKeys: new Set(keyOf.values()).size,
    groupsFile: groups.file,
    groupsVersion: groups.version,
    rows: results,
    mergedByKey: mergedNames(rows, keyOf),
    mergedByGroup: mergedNames(rows, groupOf).filter(({ cluster }) => !cluster.startsWith('key:')),
    sector: sectorAgreement(
      rows.map((row) => ({
        psnSector: row.psn_sector,
        sector: applicantSector(row.han_name),
        persons: row.persons,
      })),
    ),
  };
}

const LEVELS = ['match key', 'group'];

const CONFIGURATIONS = [
  ['persons', 'han'],
  ['patents', 'han'],
  ['persons', 'han-normalised'],
] as const;

function inSubset(row: NameRow, subset: HanSubset): boolean {
  if (subset === 'all') return true;
  return (row.psn_sector === 'INDIVIDUAL') === (subset === 'individuals');
}

function normalised(name: string): string {
  return name.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Numbers for the distinct values, in order of first appearance. */
function numbering(values: readonly string[]): { ids: number[]; count: number } {
  const seen = new Map<string, number>();
  const ids = values.map((value) => {
    let id = seen.get(value);
    if (id === undefined) {
      id = seen.size;
      seen.set(value, id);
    }
    return id;
  });
  return { ids, count: seen.size };
}

/** Clusters holding more than one HAN name, most false person pairs first (top 20). */
function mergedNames(rows: readonly NameRow[], clusterOf: ReadonlyMap<string, string>): MergedNames[] {
  const clusters = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const cluster = clusterOf.get(row.han_name) ?? '';
    const names = clusters.get(cluster) ?? new Map<string, number>();
    names.set(row.han_name, (names.get(row.han_name) ?? 0) + row.persons);
    clusters.set(cluster, names);
  }
  const merged: MergedNames[] = [];
  for (const [cluster, names] of clusters) {
    if (names.size < 2) continue;
    const list = [...names]
      .map(([name, persons]) => ({ name, persons }))
      .sort((a, b) => b.persons - a.persons);
    const size = list.reduce((sum, n) => sum + n.persons, 0);
    const same = list.reduce((sum, n) => sum + (n.persons * (n.persons - 1)) / 2, 0);
    merged.push({ cluster, names: list, falsePairs: (size * (size - 1)) / 2 - same });
  }
  return merged
    .sort((a, b) => b.falsePairs - a.falsePairs || a.cluster.localeCompare(b.cluster))
    .slice(0, 20);
}
