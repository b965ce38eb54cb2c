import type { Store } from './open-store.js';

/** Share of publications (0-1) that carry each field: what the data can support. */
export interface Coverage {
  title: number;
  abstract: number;
  claims: number;
  ipc: number;
  cpc: number;
  applicants: number;
  inventors: number;
  inventorCity: number;
  citations: number;
  priorityDate: number;
  familyId: number;
  legalStatus: number;
  technologyField: number;
}

export interface StoreInfo {
  publications: number;
  families: number;
  byCountry: Record<string, number>;
  /** Publication year: year of the publication date, else the year the source gives. */
  byYear: Record<string, number>;
  /** Earliest priority year: year of the earliest priority date, else the priority year the source gives. */
  byPriorityYear: Record<string, number>;
  bySource: Record<string, number>;
  coverage: Coverage;
  /** Latest publication date in the store: the data cut-off every indicator states. */
  latestPublicationDate: string | null;
  rejects: number;
  warnings: number;
  ingestRuns: number;
  /** The taxonomies and models whose labels the store holds. */
  labels: LabelSetInfo[];
  /** What each count means, printed with the numbers. */
  definitions: typeof INFO_DEFINITIONS;
}

export interface LabelSetInfo {
  taxonomy: string;
  version: string;
  name: string | null;
  partial: boolean;
  root: string | null;
  /** Publications with at least one label of this taxonomy (or model). */
  labelled: number;
  classifiedAt: string | null;
  categories: Record<string, number>;
}

export const INFO_DEFINITIONS = {
  unit: 'publication (country + number + kind); whole counting; each publication once',
  byCountry: 'publication office (country code of the publication number)',
  byYear: 'year of the publication date, else the publication year the source gives; "unknown" when neither',
  byPriorityYear: 'year of the earliest priority date, else the priority year the source gives',
  bySource: 'source format of the stored record (one per publication, see the replacement rule)',
  coverage:
    'share (0-1) of publications that carry at least one value of the field; technologyField: at least one IPC (else CPC) symbol mapped to a WIPO technology field',
  families: 'distinct simple-family ids given by the sources',
  latestPublicationDate: 'data cut-off: the latest publication date in the store',
  labels:
    'per taxonomy (or learned model, "model:<name>"): publications with at least one label, and publications per category (whole counting)',
} as const;

/** Counts and field coverage of the whole store. */
export async function readInfo(store: Store): Promise<StoreInfo> {
  const totals = await store.one<{ publications: number; families: number; latest: string | null }>(`
    SELECT count(*) AS publications, count(DISTINCT family_id) AS families,
      strftime(max(publication_date), '%Y-%m-%d') AS latest
    FROM publications`);
  const n = Number(totals?.publications ?? 0);
  const grouped = async (sql: string) => {
    const rows = await store.all<{ k: string | number | null; n: number }>(sql);
    const out: Record<string, number> = {};
    for (const r of rows) out[r.k === null ? 'unknown' : String(r.k)] = Number(r.n);
    return out;
  };
  const has = (table: string, where = 'true') =>
    `(SELECT count(DISTINCT publication_number) FROM ${table} WHERE ${where})`;
  const c = await store.one<Record<keyof Coverage, number>>(`
    SELECT
      ${has('texts', "text_type = 'title'")} AS title,
      ${has('texts', "text_type = 'abstract'")} AS abstract,
      (SELECT count(*) FROM publications WHERE claims_count IS NOT NULL) AS claims,
      ${has('classifications', "scheme = 'ipc'")} AS ipc,
      ${has('classifications', "scheme = 'cpc'")} AS cpc,
      ${has('parties', "role = 'applicant'")} AS applicants,
      ${has('parties', "role = 'inventor'")} AS inventors,
      ${has('parties', "role = 'inventor' AND city IS NOT NULL")} AS inventorCity,
      ${has('citations')} AS citations,
      (SELECT count(*) FROM publications WHERE priority_date IS NOT NULL) AS priorityDate,
      (SELECT count(*) FROM publications WHERE family_id IS NOT NULL) AS familyId,
      (SELECT count(*) FROM publications WHERE legal_status IS NOT NULL) AS legalStatus,
      (SELECT count(DISTINCT publication_number) FROM technology_fields) AS technologyField`);
  const coverage = {} as Coverage;
  for (const key of Object.keys(c ?? {}) as (keyof Coverage)[]) {
    coverage[key] = n === 0 ? 0 : Math.round((Number(c?.[key] ?? 0) / n) * 10000) / 10000;
  }
  const rejects = await store.one<{ rejects: number; warnings: number; runs: number }>(`
    SELECT count(*) FILTER (WHERE severity = 'reject') AS rejects, count(*) FILTER (WHERE severity = 'warning') AS warnings,
      (SELECT count(*) FROM ingest_runs) AS runs FROM rejects`);
  return {
    publications: n,
    families: Number(totals?.families ?? 0),
    byCountry: await grouped(
      'SELECT country AS k, count(*) AS n FROM publications GROUP BY 1 ORDER BY n DESC, k',
    ),
    byYear: await grouped(
      'SELECT coalesce(year(publication_date), publication_year) AS k, count(*) AS n FROM publications GROUP BY 1 ORDER BY 1 NULLS LAST',
    ),
    byPriorityYear: await grouped(
      'SELECT coalesce(year(priority_date), priority_year) AS k, count(*) AS n FROM publications GROUP BY 1 ORDER BY 1 NULLS LAST',
    ),
    bySource: await grouped(
      'SELECT source_format AS k, count(*) AS n FROM publications GROUP BY 1 ORDER BY n DESC, k',
    ),
    coverage,
    latestPublicationDate: totals?.latest ?? null,
    rejects: Number(rejects?.rejects ?? 0),
    warnings: Number(rejects?.warnings ?? 0),
    ingestRuns: Number(rejects?.runs ?? 0),
    labels: await readLabelSets(store),
    definitions: INFO_DEFINITIONS,
  };
}

async function readLabelSets(store: Store): Promise<LabelSetInfo[]> {
  const sets = await store.all<{
    taxonomy_id: string;
    taxonomy_version: string;
    labelled: number;
    name_en: string | null;
    partial: boolean | null;
    root_id: string | null;
    classified_at: string | null;
  }>(`
    SELECT l.taxonomy_id, l.taxonomy_version, count(DISTINCT l.publication_number) AS labelled,
      any_value(t.name_en) AS name_en, any_value(t.partial) AS partial, any_value(t.root_id) AS root_id,
      strftime(any_value(t.classified_at), '%Y-%m-%d %H:%M:%S') AS classified_at
    FROM labels l LEFT JOIN taxonomies t ON t.taxonomy_id = l.taxonomy_id AND t.version = l.taxonomy_version
    GROUP BY 1, 2 ORDER BY 1, 2`);
  const counts = await store.all<{ taxonomy_id: string; category_id: string; n: number }>(`
    SELECT taxonomy_id, category_id, count(DISTINCT publication_number) AS n
    FROM labels GROUP BY 1, 2 ORDER BY 1, n DESC, 2`);
  return sets.map((s) => ({
    taxonomy: s.taxonomy_id,
    version: s.taxonomy_version,
    name: s.name_en,
    partial: s.partial === true,
    root: s.root_id,
    labelled: Number(s.labelled),
    classifiedAt: s.classified_at,
    categories: Object.fromEntries(
      counts.filter((c) => c.taxonomy_id === s.taxonomy_id).map((c) => [c.category_id, Number(c.n)]),
    ),
  }));
}
