// parties: 1-3 applicants per family drawn from their group's pool by a Zipf law (s = 1.1: rank =
// ((N^(1-s) - 1) u + 1)^(1/(1-s)), continuous inverse CDF), spelled as the office prints them (Chinese on
// CN/TW documents when the name has one, English on US, either on EP/WO, upper-case DOCDB elsewhere).
// 1-6 inventors per family from the first applicant's team, living where it sits (70 %) or elsewhere in
// its country; Chinese inventors on CN documents get a Chinese address and postcode; 5 % have no place.
import { PEOPLE } from './name-parts.mjs';
import { ORIGINS } from './offices.mjs';
import { list, pick, weighted } from './sql.mjs';

/** Second syllables of two-syllable Chinese given names: [Chinese, pinyin as it continues the first]. */
const GIVEN2 = [
  ['明', 'ming'],
  ['华', 'hua'],
  ['军', 'jun'],
  ['平', 'ping'],
  ['东', 'dong'],
  ['林', 'lin'],
  ['峰', 'feng'],
  ['宇', 'yu'],
  ['婷', 'ting'],
  ['雪', 'xue'],
  ['涛', 'tao'],
  ['鹏', 'peng'],
  ['辉', 'hui'],
  ['晨', 'chen'],
  ['阳', 'yang'],
  ['欣', 'xin'],
  ['怡', 'yi'],
  ['磊', 'lei'],
  ['凯', 'kai'],
  ['琳', 'lin'],
];

const S = 1.1;
const zipf = (n, uExpr) =>
  `least(${n}, floor(pow((pow(${n}::DOUBLE, ${1 - S}) - 1) * ${uExpr} + 1, ${1 / (1 - S)})))::INTEGER`;
const groupOf = `${list(ORIGINS.map((o) => o.group))}[origin + 1]`;
const sizeCase = (sizes, grp) =>
  `CASE ${grp} ${Object.entries(sizes)
    .map(([g, n]) => `WHEN '${g}' THEN ${n}`)
    .join(' ')} END`;

function peopleCase(grp, side, lang, hashExpr) {
  const branches = Object.entries(PEOPLE).map(([key, lists]) => {
    const values = lists[side].map((v) => (Array.isArray(v) ? v[lang === 'zh' ? 0 : 1] : v));
    return `WHEN ${grp} IN (${key === 'OTHER' ? `'EU', 'XX'` : `'${key}'`}) THEN ${list(values)}[1 + (${hashExpr} % ${values.length})::INTEGER]`;
  });
  return `CASE ${branches.join(' ')} END`;
}

const cnPlace = (pl) => `${pl}.postcode || ${pl}.city_zh || ${pl}.district || ${pl}.park`;

/** The first applicant (k = 0) of each family of publications [lo, hi): group, rank, name row. */
function firstApplicant(lo, hi, sizes) {
  return `a0 AS (SELECT p.idx, p.f, ${groupOf} AS grp, ${zipf(sizeCase(sizes, groupOf), 'u(p.f * 4, 62)')} AS rnk
    FROM gen_pub p WHERE p.idx >= ${lo} AND p.idx < ${hi})`;
}

export function applicantsSql(lo, hi, sizes) {
  const napl = `1 + (u(p.f, 60) > 0.75)::INTEGER + (u(p.f, 61) > 0.93)::INTEGER`;
  const grp = `CASE WHEN k = 0 OR u(f * 4 + k, 63) < 0.85 THEN g0 WHEN u(f * 4 + k, 64) < 0.6 THEN 'CN' ELSE 'US' END`;
  return `INSERT INTO parties
    WITH p AS (SELECT idx, f, office, kind, is_grant, publication_number, ${groupOf} AS g0, unnest(range(${napl})) AS k
      FROM gen_pub p WHERE idx >= ${lo} AND idx < ${hi}),
    g AS (SELECT *, ${grp} AS grp FROM p),
    r AS (SELECT *, ${zipf(sizeCase(sizes, 'grp'), 'u(f * 4 + k, 62)')} AS rnk FROM g)
    SELECT r.publication_number, 'applicant', (r.k + 1)::INTEGER,
      CASE WHEN r.office IN ('CN', 'TW') THEN coalesce(n.zh, n.en) WHEN r.office = 'US' THEN n.en
        WHEN r.office IN ('EP', 'WO') AND u(r.f, 65) < 0.5 THEN n.en ELSE n.up END,
      n.country,
      CASE WHEN r.office = 'CN' AND n.country = 'CN' THEN pl.city_zh ELSE pl.city_en END,
      CASE WHEN r.office = 'CN' AND n.country = 'CN' THEN NULL ELSE pl.state END,
      CASE WHEN r.office = 'CN' AND n.country = 'CN' THEN ${cnPlace('pl')} || (1 + h(r.f, 66) % 300)::VARCHAR || '号' END,
      CASE WHEN r.office = 'CN' AND n.country = 'CN' THEN pl.postcode END,
      CASE WHEN r.is_grant AND r.office = 'US' THEN 'assignee' WHEN r.is_grant AND r.office = 'EP' THEN 'proprietor' ELSE 'applicant' END
    FROM r JOIN gen_names n ON n.grp = r.grp AND n.rnk = r.rnk JOIN gen_places pl ON pl.k = n.place_k`;
}

export function inventorsSql(lo, hi, sizes) {
  const ninv = weighted(
    [
      [1, 18],
      [2, 20],
      [3, 20],
      [4, 16],
      [5, 14],
      [6, 12],
    ],
    'u(p.f, 70)',
  );
  const key = 'hash(i.grp, i.rnk, i.m)';
  const key1 = 'hash(w.grp, w.rnk, w.m';
  return `INSERT INTO parties
    WITH ${firstApplicant(lo, hi, sizes)},
    p AS (SELECT p.idx, p.f, p.office, p.publication_number, a0.grp, a0.rnk, unnest(range(${ninv})) AS k
      FROM gen_pub p JOIN a0 USING (idx)),
    i AS (SELECT p.*, n.country, n.place_k AS home,
        floor(pow(u(p.f * 8 + p.k, 71), 2) * (5 + 400 / sqrt(p.rnk)))::INTEGER AS m,
        u(p.f * 8 + p.k, 72) AS up FROM p JOIN gen_names n ON n.grp = p.grp AND n.rnk = p.rnk),
    w AS (SELECT i.*, CASE WHEN i.up < 0.05 THEN NULL WHEN i.up < 0.72 THEN i.home ELSE s.k END AS place_k
      FROM i LEFT JOIN gen_place_slots s ON s.country = i.country AND s.slot = (${key} % 1000)::BIGINT)
    SELECT w.publication_number, 'inventor', (w.k + 1)::INTEGER,
      CASE WHEN w.office IN ('CN', 'TW') AND w.grp = 'CN'
        THEN ${peopleCase('w.grp', 0, 'zh', `${key1}, 1)`)} || ${peopleCase('w.grp', 1, 'zh', `${key1}, 2)`)}
          || CASE WHEN ${key1}, 3) % 3 > 0 THEN ${pick(
            GIVEN2.map((g) => g[0]),
            `${key1}, 4)`,
          )} ELSE '' END
        ELSE ${peopleCase('w.grp', 0, 'en', `${key1}, 1)`)} || ', ' || ${peopleCase('w.grp', 1, 'en', `${key1}, 2)`)}
          || CASE WHEN w.grp <> 'CN' THEN CASE WHEN ${key1}, 3) % 2 = 0 THEN ' ' || chr(65 + (${key1}, 4) % 26)::INTEGER) || '.' ELSE '' END
            WHEN ${key1}, 3) % 3 > 0 THEN ${pick(
              GIVEN2.map((g) => g[1]),
              `${key1}, 4)`,
            )} ELSE '' END END,
      pl.country,
      CASE WHEN w.office = 'CN' AND pl.country = 'CN' THEN pl.city_zh ELSE pl.city_en END,
      CASE WHEN w.office = 'CN' AND pl.country = 'CN' THEN NULL ELSE pl.state END,
      CASE WHEN w.office = 'CN' AND pl.country = 'CN' THEN ${cnPlace('pl')} END,
      CASE WHEN w.office = 'CN' AND pl.country = 'CN' THEN pl.postcode END,
      NULL
    FROM w LEFT JOIN gen_places pl ON pl.k = w.place_k`;
}
