import type { IndicatorContext } from '../indicator-types.js';

export interface ClusterApplicant {
  [key: string]: string | number;
  applicant: string;
  name: string;
  count: number;
}

export interface ClusterField {
  [key: string]: string | number;
  field: string;
  fieldName: string;
  count: number;
}

export interface ClusterDetails {
  applicants: Map<number, ClusterApplicant[]>;
  fields: Map<number, ClusterField[]>;
}

/**
 * Top applicants and WIPO fields of each cluster in one pass each: `locationCluster[i]` is the cluster rank of
 * the i-th distinct (lat, lon) in (lat, lon) order (as `locationPoints` returns them), -1 for none. A unit adds
 * its inventor weight in the cluster, split over its applicants (1/k, harmonised) or its fields (fractional).
 */
export async function clusterDetails(
  context: IndicatorContext,
  links: string,
  locationCluster: readonly number[],
  limit: number,
): Promise<ClusterDetails> {
  const indexes: number[] = [];
  const ranks: number[] = [];
  locationCluster.forEach((rank, i) => {
    if (rank > 0) {
      indexes.push(i);
      ranks.push(rank);
    }
  });
  const cte = `WITH locs AS (
      SELECT lat, lon, (row_number() OVER (ORDER BY lat, lon) - 1)::INTEGER AS idx
      FROM (SELECT DISTINCT lat, lon FROM ${links} WHERE lat IS NOT NULL AND lon IS NOT NULL)),
    mapping AS (SELECT unnest(?::INTEGER[]) AS idx, unnest(?::INTEGER[]) AS cluster),
    uc AS (
      SELECT l.unit_id, m.cluster, sum(l.weight) AS w
      FROM ${links} l JOIN locs c ON l.lat = c.lat AND l.lon = c.lon JOIN mapping m ON m.idx = c.idx
      GROUP BY l.unit_id, m.cluster),
    unit_pubs AS (SELECT s.unit_id, s.publication_number FROM ${context.scope.pubs} s
      WHERE s.unit_id IN (SELECT unit_id FROM uc))`;
  const params = [JSON.stringify(indexes), JSON.stringify(ranks)];
  const applicantRows = await context.store.all<{
    cluster: number;
    applicant_id: string;
    name: string;
    n: number;
  }>(
    `${cte},
    ua AS (
      SELECT up.unit_id, an.applicant_id, any_value(an.display_name) AS name
      FROM unit_pubs up JOIN parties pa USING (publication_number) JOIN applicant_names an ON an.name = pa.name
      WHERE pa.role = 'applicant' GROUP BY up.unit_id, an.applicant_id),
    uaw AS (SELECT *, 1.0 / count(*) OVER (PARTITION BY unit_id) AS f FROM ua)
    SELECT uc.cluster, uaw.applicant_id, any_value(uaw.name) AS name, sum(uc.w * uaw.f) AS n
    FROM uc JOIN uaw USING (unit_id) GROUP BY uc.cluster, uaw.applicant_id
    QUALIFY row_number() OVER (PARTITION BY uc.cluster ORDER BY n DESC, uaw.applicant_id) <= ${Number(limit)}
    ORDER BY uc.cluster, n DESC, uaw.applicant_id`,
    params,
  );
  const fieldRows = await context.store.all<{
    cluster: number;
    field_nr: number;
    field_name: string;
    n: number;
  }>(
    `${cte},
    tf AS (
      SELECT up.unit_id, t.field_nr, t.field_name, t.fractional_weight,
        count(DISTINCT up.publication_number) OVER (PARTITION BY up.unit_id) AS n_pubs
      FROM unit_pubs up JOIN technology_fields t USING (publication_number)),
    uf AS (SELECT unit_id, field_nr, any_value(field_name) AS field_name,
      sum(fractional_weight) / any_value(n_pubs) AS f FROM tf GROUP BY unit_id, field_nr)
    SELECT uc.cluster, uf.field_nr, any_value(uf.field_name) AS field_name, sum(uc.w * uf.f) AS n
    FROM uc JOIN uf USING (unit_id) GROUP BY uc.cluster, uf.field_nr
    QUALIFY row_number() OVER (PARTITION BY uc.cluster ORDER BY n DESC, uf.field_nr) <= ${Number(limit)}
    ORDER BY uc.cluster, n DESC, uf.field_nr`,
    params,
  );
  const applicants = new Map<number, ClusterApplicant[]>();
  for (const r of applicantRows) {
    const list = applicants.get(Number(r.cluster)) ?? [];
    list.push({ applicant: r.applicant_id, name: r.name, count: Number(r.n) });
    applicants.set(Number(r.cluster), list);
  }
  const fields = new Map<number, ClusterField[]>();
  for (const r of fieldRows) {
    const list = fields.get(Number(r.cluster)) ?? [];
    list.push({ field: String(r.field_nr), fieldName: r.field_name, count: Number(r.n) });
    fields.set(Number(r.cluster), list);
  }
  return { applicants, fields };
}
