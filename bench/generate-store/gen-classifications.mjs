// classifications: 1-6 CPC symbols per family (the first from the weighted pool, the others 60 % from the
// same subclass), the same symbols as IPC where IPC has them (no Y section, no 2000-series indexing
// codes). CPC rows only for offices that print CPC (not JP, KR, IN, TW, CA, AU). section/class/subclass/
// main_group exactly as store/merge-stage.ts derives them from the normalised symbol.

/** Insert the classification rows of publications [lo, hi). */
export function classificationsSql(lo, hi, slots) {
  return `INSERT INTO classifications
    WITH p AS (SELECT idx, f, office, publication_number,
        1 + floor(pow(u(f, 50), 1.6) * 6)::INTEGER AS nsym FROM gen_pub WHERE idx >= ${lo} AND idx < ${hi}),
    first AS (SELECT p.*, x.idx AS first_sym FROM p JOIN gen_sym_slots x ON x.slot = (h(p.f, 51) % ${slots})::BIGINT),
    s AS (SELECT first.*, unnest(range(nsym)) AS m FROM first),
    picked AS (
      SELECT s.*, CASE WHEN s.m = 0 THEN s.first_sym
        WHEN u(s.f * 8 + s.m, 52) < 0.6 THEN g.sub_lo + (h(s.f * 8 + s.m, 53) % g.sub_n)::INTEGER
        ELSE NULL END AS same_sub,
        (h(s.f * 8 + s.m, 54) % ${slots})::BIGINT AS slot
      FROM s JOIN gen_sym g ON g.idx = s.first_sym),
    syms AS (
      SELECT DISTINCT ON (publication_number, sym) publication_number, office, m, coalesce(same_sub, x.idx) AS sym
      FROM picked JOIN gen_sym_slots x ON x.slot = picked.slot
      ORDER BY publication_number, sym, m),
    rows AS (
      SELECT y.publication_number, 'ipc' AS scheme, y.m, g.symbol FROM syms y JOIN gen_sym g ON g.idx = y.sym WHERE g.ipc
      UNION ALL
      SELECT y.publication_number, 'cpc', y.m + 100, g.symbol FROM syms y JOIN gen_sym g ON g.idx = y.sym
      WHERE y.office NOT IN ('JP', 'KR', 'IN', 'TW', 'CA', 'AU')),
    numbered AS (
      SELECT *, row_number() OVER (PARTITION BY publication_number ORDER BY m) AS seq,
        row_number() OVER (PARTITION BY publication_number, scheme ORDER BY m) AS nth FROM rows)
    SELECT publication_number, scheme, seq::INTEGER, symbol, left(symbol, 1), left(symbol, 3), left(symbol, 4),
      nullif(regexp_extract(symbol, '^[A-HY][0-9]{2}[A-Z][0-9]+'), ''), NULL, nth = 1, NULL
    FROM numbered`;
}
