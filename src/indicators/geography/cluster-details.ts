import type { IndicatorContext } from '../indicator-types.js';
import { tempTableName } from '../temp-table-name.js';
import { unitFieldsSql } from './unit-fields.js';

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
  const unitClusters = tempTableName('geo_unit_clusters');
  await context.store.run(
    `CREATE OR REPLACE TEMP TABLE ${unitClusters} AS
     WITH locs AS (
       SELECT lat, lon, (row_number() OVER (ORDER BY lat, lon) - 1)::INTEGER AS idx
       FROM (SELECT DISTINCT lat, lon FROM ${links} WHERE lat IS NOT NULL AND lon IS NOT NULL)),
     mapping AS (SELECT unnest(?::INTEGER[]) AS idx, unnest(?::INTEGER[]) AS cluster)
     SELECT l.unit_id, m.cluster, sum(l.weight) AS w
     FROM ${links} l JOIN locs c ON l.lat = c.lat AND l.lon = c.lon JOIN mapping m ON m.idx = c.idx
     GROUP BY l.unit_id, m.cluster`,
    [JSON.stringify(indexes), JSON.stringify(ranks)],
  );
  try {
    const unitPubs = `(SELECT s.unit_id, s.publication_number FROM ${context.scope.pubs} s
      JOIN (SELECT DISTINCT unit_id FROM ${unitClusters}) USING (unit_id))`;
    const top = (key: string) =>
      `QUALIFY row_number() OVER (PARTITION BY uc.cluster ORDER BY n DESC, ${key}) <= ${Number(limit)}
       ORDER BY uc.cluster, n DESC, ${key}`;
    const applicantRows = await context.store.all<{
      cluster: number;
      applicant_id: string;
      name: string;
      n: number;
    }>(
      `WITH ua AS (
         SELECT up.unit_id, an.applicant_id, any_value(an.display_name) AS name
         FROM ${unitPubs} up JOIN parties pa USING (publication_number) JOIN applicant_names an ON an.name = pa.name
         WHERE pa.role = 'applicant' GROUP BY up.unit_id, an.applicant_id),
       uak AS (SELECT *, count(*) OVER (PARTITION BY unit_id) AS k FROM ua)
       SELECT uc.cluster, uak.applicant_id AS applicant_id, any_value(uak.name) AS name, sum(uc.w / uak.k) AS n
       FROM ${unitClusters} uc JOIN uak USING (unit_id) GROUP BY uc.cluster, uak.applicant_id
       ${top('uak.applicant_id')}`,
    );
    const fieldRows = await context.store.all<{
      cluster: number;
      field_nr: number;
      field_name: string;
      n: number;
    }>(
      `SELECT uc.cluster, uf.field_nr, any_value(uf.field_name) AS field_name, sum(uc.w * uf.weight) AS n
       FROM ${unitClusters} uc JOIN ${unitFieldsSql(unitPubs)} uf USING (unit_id) GROUP BY uc.cluster, uf.field_nr
       ${top('uf.field_nr')}`,
    );
    return { applicants: groupApplicants(applicantRows), fields: groupFields(fieldRows) };
  } finally {
    await context.store.run(`DROP TABLE IF EXISTS ${unitClusters}`);
  }
}

function groupApplicants(rows: { cluster: number; applicant_id: string; name: string; n: number }[]) {
  const applicants = new Map<number, ClusterApplicant[]>();
  for (const r of rows) {
    const list = applicants.get(Number(r.cluster)) ?? [];
    list.push({ applicant: r.applicant_id, name: r.name, count: Number(r.n) });
    applicants.set(Number(r.cluster), list);
  }
  return applicants;
}

function groupFields(rows: { cluster: number; field_nr: number; field_name: string; n: number }[]) {
  const fields = new Map<number, ClusterField[]>();
  for (const r of rows) {
    const list = fields.get(Number(r.cluster)) ?? [];
    list.push({ field: String(r.field_nr), fieldName: r.field_name, count: Number(r.n) });
    fields.set(Number(r.cluster), list);
  }
  return fields;
}
