// Temp table gen_pub: every generated publication with the hidden keys the other tables are built from
// (family f, application j, origin group, office sequence). Families are drawn first (origin, number of
// applications, priority date growing ~15 %/yr over 2000-2025), each application gives an A publication
// ~18 months after priority and, if granted, a B publication; publications after the cut-off are dropped
// and the first n families' publications kept. idx numbers them by publication date (0 = oldest).
import { OFFICES, ORIGINS } from './offices.mjs';
import { list, lit, weighted } from './sql.mjs';

export const CUTOFF = '2026-06-30';
const GROWTH = Math.log(1.15);
const YEARS = 26;

/** Expected publications per family before the cut-off, to size the family draw. */
function publicationsPerFamily() {
  const shareSum = ORIGINS.reduce((s, o) => s + o.share, 0);
  let e = 0;
  for (const o of ORIGINS)
    o.apps.forEach((p, i) => {
      for (const office of [o.first, ...o.next.slice(0, i)]) {
        const k = OFFICES[office];
        e += (o.share / shareSum) * p * (1 - (k.noA ?? 0) + k.grant);
      }
    });
  return e;
}

/** A per-office constant as a CASE on `office`; offices without the field get `missing`. */
const officeCase = (field, missing = null) =>
  `CASE office ${Object.entries(OFFICES)
    .map(([o, k]) => `WHEN '${o}' THEN ${lit(k[field] ?? missing)}`)
    .join(' ')} END`;

export async function generatePublications(store, n) {
  const families = Math.ceil(n / (publicationsPerFamily() * 0.6)) + 500;
  const origin = weighted(
    ORIGINS.map((o, i) => [i, o.share]),
    'uo',
  );
  const apps = `CASE origin ${ORIGINS.map(
    (o, i) =>
      `WHEN ${i} THEN ${weighted(
        o.apps.map((p, k) => [k + 1, p]),
        'ua',
      )}`,
  ).join(' ')} END`;
  const offices = `[${ORIGINS.map((o) => list([o.first, ...o.next])).join(', ')}]`;
  await store.run(`CREATE OR REPLACE TEMP TABLE gen_fam AS
    SELECT f, origin, ${apps} AS napps,
      (DATE '2000-01-01' + (ln(1 + uy * (exp(${GROWTH * YEARS}) - 1)) / ${GROWTH} * 365.25)::INTEGER) AS prio_date
    FROM (SELECT f, ${origin} AS origin, ua, uy FROM
      (SELECT range AS f, u(range, 1) AS uo, u(range, 2) AS ua, u(range, 3) AS uy FROM range(${families})))`);

  // One row per application, then one per publication (A, B) that is out by the cut-off.
  await store.run(`CREATE OR REPLACE TEMP TABLE gen_pub0 AS
    WITH a AS (
      SELECT f, origin, prio_date, unnest(range(napps)) AS j FROM gen_fam),
    b AS (
      SELECT f, origin, prio_date, j, ${offices}[origin + 1][j + 1] AS office,
        CASE WHEN j = 0 THEN prio_date ELSE prio_date + (330 + u(f * 8 + j, 10) * 35)::INTEGER END AS app_date,
        u(f * 8 + j, 11) AS ug, u(f * 8 + j, 12) AS ul, u(f * 8 + j, 13) AS ue, u(f * 8 + j, 14) AS un FROM a),
    c AS (
      SELECT *,
        prio_date + CASE WHEN ue < ${officeCase('early', 0)} THEN (548 - ul * ul * 360)::INTEGER
          ELSE (528 + ul * 45)::INTEGER END AS a_date,
        NOT (un < ${officeCase('noA', 0)}) AS has_a,
        ug < ${officeCase('grant', 0)} AS granted,
        app_date + (${officeCase('lagBase', 0)} + u(f * 8 + j, 15) * ${officeCase('lagSpread', 0)})::INTEGER AS g_date,
        ${officeCase('a')} AS kind_a, ${officeCase('b')} AS kind_b, ${officeCase('b1')} AS kind_b1
      FROM b),
    d AS (
      SELECT f, origin, prio_date, j, office, app_date, has_a, granted, kind_a, a_date,
        CASE WHEN granted THEN greatest(g_date, a_date + 60) END AS grant_date,
        CASE WHEN has_a THEN kind_b ELSE kind_b1 END AS kind_grant
      FROM c)
    SELECT f, origin, prio_date, j, office, app_date, granted, grant_date,
      unnest(CASE WHEN has_a AND granted THEN [kind_a, kind_grant] WHEN granted THEN [kind_grant] ELSE [kind_a] END) AS kind,
      a_date
    FROM d`);
  // At most 5 publications per family (its first filings' A and B first), then the first n families' ones.
  await store.run(`CREATE OR REPLACE TEMP TABLE gen_pub1 AS
    SELECT * FROM (
      SELECT *, CASE WHEN kind = kind_a_of THEN a_date ELSE grant_date END AS pub_date FROM (
        SELECT *, ${officeCase('a')} AS kind_a_of FROM gen_pub0)
      WHERE (CASE WHEN kind = kind_a_of THEN a_date ELSE grant_date END) <= DATE '${CUTOFF}'
      QUALIFY row_number() OVER (PARTITION BY f ORDER BY j, kind) <= 5)
    QUALIFY row_number() OVER (ORDER BY f, j, kind) <= ${n}`);
  await store.run('DROP TABLE gen_pub0');
  const got = await store.one('SELECT count(*)::BIGINT AS n FROM gen_pub1');
  if (Number(got.n) !== n)
    throw new Error(`generated ${got.n} publications instead of ${n} (family draw too small)`);

  await store.run(`CREATE OR REPLACE TEMP TABLE gen_pub AS
    WITH s AS (
      SELECT *, dense_rank() OVER (PARTITION BY office ORDER BY app_date, f, j) AS seq,
        kind <> kind_a_of AS is_grant FROM gen_pub1),
    fj AS (SELECT f, list_sort(list(DISTINCT office)) AS jurisdictions, count(*)::INTEGER AS family_size FROM s GROUP BY f),
    num AS (
      SELECT s.*, fj.jurisdictions, fj.family_size,
        CASE office
          WHEN 'CN' THEN '1' || lpad(seq::VARCHAR, 8, '0')
          WHEN 'US' THEN CASE WHEN is_grant THEN (7000000 + seq)::VARCHAR ELSE year(pub_date)::VARCHAR || lpad(seq::VARCHAR, 7, '0') END
          WHEN 'EP' THEN lpad((1000000 + seq)::VARCHAR, 7, '0')
          WHEN 'WO' THEN year(pub_date)::VARCHAR || lpad(seq::VARCHAR, 6, '0')
          WHEN 'JP' THEN year(pub_date)::VARCHAR || lpad(seq::VARCHAR, 6, '0')
          WHEN 'KR' THEN year(pub_date)::VARCHAR || lpad(seq::VARCHAR, 7, '0')
          WHEN 'DE' THEN '10' || year(app_date)::VARCHAR || lpad(seq::VARCHAR, 6, '0')
          WHEN 'IN' THEN year(app_date)::VARCHAR || '41' || lpad(seq::VARCHAR, 6, '0')
          WHEN 'TW' THEN year(app_date)::VARCHAR || lpad(seq::VARCHAR, 5, '0')
          WHEN 'AU' THEN year(app_date)::VARCHAR || lpad(seq::VARCHAR, 6, '0')
          WHEN 'GB' THEN (2500000 + seq)::VARCHAR
          WHEN 'FR' THEN (3000000 + seq)::VARCHAR
          ELSE (3000000 + seq)::VARCHAR END AS doc_number,
        office || year(app_date)::VARCHAR || lpad(seq::VARCHAR, 8, '0') AS application_number
      FROM s JOIN fj USING (f))
    SELECT *, CASE WHEN idx > 0 THEN least(30, floor(-ln(1 - u(f * 8 + j, 17)) * CASE office WHEN 'US' THEN 12
      WHEN 'EP' THEN 7 WHEN 'WO' THEN 5 ELSE 4 END))::INTEGER ELSE 0 END AS ncit FROM (
    SELECT (row_number() OVER (ORDER BY pub_date, h(f * 8 + j, 16), kind) - 1)::INTEGER AS idx,
      f, j, origin, office, kind, is_grant, doc_number, office || doc_number || kind AS publication_number,
      application_number, first_value(application_number) OVER (PARTITION BY f ORDER BY j) AS priority_number,
      first_value(office) OVER (PARTITION BY f ORDER BY j) AS priority_country,
      app_date, prio_date, pub_date, CASE WHEN is_grant THEN pub_date END AS grant_date, granted,
      family_size, jurisdictions
    FROM num)`);
  await store.run('DROP TABLE gen_pub1');
  return { families };
}
