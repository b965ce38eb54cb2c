// The publications rows themselves (from gen_pub and the in-store forward citation counts in gen_fwd) and
// one priority per publication (the family's first filing). Richness uses the weights of
// domain/record-fingerprint.ts for the fields generated here.

/** Insert the publication rows of [lo, hi). */
export function publicationsSql(lo, hi, seed) {
  const z = 'sqrt(-2 * ln(1 - u(f * 8 + j, 20))) * cos(2 * pi() * u(f * 8 + j, 21))';
  const richness = `4 + 2 + 2 + CASE WHEN office IN ('JP', 'KR', 'IN', 'TW', 'CA', 'AU') THEN 0 ELSE 2 END + 2 + 2 + 1
    + CASE WHEN ncit > 0 THEN 2 ELSE 0 END + 1 + 1 + 1 + 1 + CASE WHEN office = 'CN' THEN 1 ELSE 0 END + 1 + 1`;
  return `INSERT INTO publications
    SELECT p.publication_number, office, doc_number, kind, CASE WHEN is_grant THEN 'grant' ELSE 'application' END,
      application_number, app_date, pub_date, grant_date, prio_date, year(prio_date)::SMALLINT, year(pub_date)::SMALLINT,
      (40000000 + f)::VARCHAR, family_size, NULL, jurisdictions, coalesce(fw.n, 0)::INTEGER,
      least(200, greatest(1, round(exp(CASE office WHEN 'US' THEN ln(18) WHEN 'EP' THEN ln(13) WHEN 'CN' THEN ln(9) ELSE ln(10) END
        + 0.5 * ${z}))))::INTEGER,
      1 + floor(pow(u(f * 8 + j, 22), 2) * 3)::INTEGER,
      CASE WHEN office <> 'CN' THEN NULL
        WHEN granted AND u(f * 8 + j, 23) < 0.75 THEN '有效'
        WHEN NOT granted AND app_date > DATE '2026-06-30' - 1200 THEN '审中'
        ELSE '失效' END,
      'generated', NULL, NULL, 'mapped-table', NULL, TIMESTAMP '2026-07-01 00:00:00',
      (${richness})::SMALLINT, sha1(p.publication_number || '/${seed}'), 1
    FROM gen_pub p LEFT JOIN gen_fwd fw ON fw.publication_number = p.publication_number
    WHERE idx >= ${lo} AND idx < ${hi}`;
}

export function prioritiesSql(lo, hi) {
  return `INSERT INTO priorities SELECT publication_number, 1, priority_country, priority_number, prio_date
    FROM gen_pub WHERE idx >= ${lo} AND idx < ${hi}`;
}
