// Temp table gen_names: the applicant pool of each group (CN, US, JP, ...), one row per Zipf rank. Ranks
// 1..R are real names (real-applicants.mjs, then the Top_100_Compviz lists), the long tail is synthetic:
// Chinese companies `<city><brand><industry><form>` in Chinese and English, universities, individuals.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { BRAND, CN_FORM, CN_UNIVERSITY, COMPANY_WORDS, INDUSTRY, PEOPLE } from './name-parts.mjs';
import { ORIGINS } from './offices.mjs';
import { GROUP_COUNTRIES, PLACES } from './places.mjs';
import { groupOfCountry, REAL_APPLICANTS, TOP_NAME_COUNTRY } from './real-applicants.mjs';
import { lit, pick } from './sql.mjs';

const REFERENCE = new URL('../../../shared/data/reference/', import.meta.url);
const COMPANY_WORD =
  /\b(CORP|INC|LLC|LTD|CO|AB|NV|BV|AG|SE|UNIV|UNIVERSITY|INST|INSTITUTE|COMPANY|HOLDING|HOLDINGS|GROUP|LABORATORIES|ELECTRONICS|CAPITALONE|ACAD|ACADEMY|SCIENCE|AKTIENGESELLSCHAFT)\b/;

/** Real names: the curated groups, then the Top_100_Compviz names (their file's country unless known). */
function realNames() {
  const seen = new Set();
  const names = [];
  for (const [group, country, kind, city, zh, en, up] of REAL_APPLICANTS) {
    names.push({ group, country, kind, city, zh, en, up });
    for (const n of [en, up]) seen.add(n.toUpperCase());
  }
  for (const [file, fileCountry] of [
    ['Top_100_Compviz_China.csv', 'CN'],
    ['Top_100_Compviz_US.csv', 'US'],
  ]) {
    const rows = parse(readFileSync(new URL(file, REFERENCE)), { bom: true, from_line: 2 });
    for (const [name] of rows) {
      if (!name || name === 'UNASSIGNED' || seen.has(name)) continue;
      seen.add(name);
      const country = TOP_NAME_COUNTRY[name] ?? fileCountry;
      const kind = !COMPANY_WORD.test(name)
        ? 'individual'
        : /UNIV|INST|ACAD/.test(name)
          ? 'university'
          : 'company';
      names.push({ group: groupOfCountry(country), country, kind, city: null, zh: null, en: name, up: name });
    }
  }
  return names;
}

function placeIndex(country, city) {
  const k = PLACES.findIndex((p) => p[0] === country && p[1] === city);
  return k >= 0 ? k : PLACES.findIndex((p) => p[0] === country);
}

/** Build gen_names; returns the pool size of each group (the N of its Zipf law). */
export async function buildNames(store, publications) {
  const total = Math.max(2000, Math.round(publications * 0.25));
  const shareSum = ORIGINS.reduce((s, o) => s + o.share, 0);
  const real = realNames();
  await store.run(`CREATE OR REPLACE TEMP TABLE gen_names (grp VARCHAR, rnk INTEGER, country VARCHAR, kind VARCHAR,
    zh VARCHAR, en VARCHAR, up VARCHAR, place_k INTEGER)`);
  const sizes = {};
  for (const [gi, origin] of ORIGINS.entries()) {
    const g = origin.group;
    const mine = real.filter((r) => r.group === g);
    const values = mine.map(
      (r, i) =>
        `('${g}', ${i + 1}, ${lit(r.country)}, ${lit(r.kind)}, ${lit(r.zh)}, ${lit(r.en)}, ${lit(r.up)}, ${
          r.city
            ? placeIndex(r.country, r.city)
            : `(SELECT k FROM gen_place_slots WHERE country = ${lit(r.country)} AND slot = ${(i * 37) % 1000})`
        })`,
    );
    if (values.length) await store.run(`INSERT INTO gen_names VALUES ${values.join(', ')}`);
    const n = Math.max(mine.length + 50, Math.round((total * origin.share) / shareSum));
    sizes[g] = n;
    await store.run(syntheticSql(g, gi, mine.length + 1, n));
  }
  return sizes;
}

function syntheticSql(g, gi, from, to) {
  const salt = 1000 + gi * 10;
  const countries = GROUP_COUNTRIES[g];
  const people = PEOPLE[g] ?? PEOPLE.OTHER;
  const words = COMPANY_WORDS[g] ?? COMPANY_WORDS.OTHER;
  const hs = (k) => `h(r.rnk, ${salt + k})`;
  const [surnames, givens] = people;
  const isCn = g === 'CN';
  const sur = (i) => pick(isCn ? surnames.map((s) => s[i]) : surnames, hs(5));
  const given = (i) => pick(isCn ? givens.map((s) => s[i]) : givens, hs(6));
  const company = isCn
    ? {
        zh: `CASE WHEN u(r.rnk, ${salt + 7}) < 0.5 THEN p.city_zh ELSE replace(p.city_zh, '市', '') END || ${pick(
          BRAND.map((b) => b[0]),
          hs(1),
        )}
          || CASE WHEN u(r.rnk, ${salt + 8}) < 0.5 THEN ${pick(
            BRAND.map((b) => b[0]),
            hs(9),
          )} ELSE '' END
          || ${pick(
            INDUSTRY.map((b) => b[0]),
            hs(2),
          )} || ${pick(
            CN_FORM.map((b) => b[0]),
            hs(3),
          )}`,
        en: `p.city_en || ' ' || ${pick(
          BRAND.map((b) => b[1]),
          hs(1),
        )}
          || CASE WHEN u(r.rnk, ${salt + 8}) < 0.5 THEN lower(${pick(
            BRAND.map((b) => b[1]),
            hs(9),
          )}) ELSE '' END
          || ' ' || ${pick(
            INDUSTRY.map((b) => b[1]),
            hs(2),
          )} || ' ' || ${pick(
            CN_FORM.map((b) => b[1]),
            hs(3),
          )}`,
      }
    : {
        zh: 'NULL',
        en: `${pick(words[0], hs(1))} || ' ' || ${pick(words[1], hs(2))} || CASE WHEN u(r.rnk, ${salt + 8}) < 0.6 THEN ' ' || ${pick(words[1], hs(9))} ELSE '' END || ' ' || ${pick(
          words[2].map((w) => w[0]),
          hs(3),
        )}`,
      };
  const upCompany = isCn
    ? `upper(p.city_en || ' ' || ${pick(
        BRAND.map((b) => b[1]),
        hs(1),
      )} || CASE WHEN u(r.rnk, ${salt + 8}) < 0.5 THEN ${pick(
        BRAND.map((b) => b[1]),
        hs(9),
      )} ELSE '' END)
        || ' ' || ${pick(
          INDUSTRY.map((b) => b[2]),
          hs(2),
        )} || ' ' || ${pick(
          CN_FORM.map((b) => b[2]),
          hs(3),
        )}`
    : `upper(${pick(words[0], hs(1))} || ' ' || ${pick(words[1], hs(2))} || CASE WHEN u(r.rnk, ${salt + 8}) < 0.6 THEN ' ' || ${pick(words[1], hs(9))} ELSE '' END) || ' ' || ${pick(
        words[2].map((w) => w[1]),
        hs(3),
      )}`;
  const uni = (i) =>
    pick(
      CN_UNIVERSITY.map((x) => x[i]),
      hs(4),
    );
  const shares = isCn ? [0.86, 0.9] : [0.86, 0.89];
  return `INSERT INTO gen_names
    WITH r AS (SELECT range::INTEGER AS rnk, ${pick(countries, `h(range, ${salt})`)} AS country FROM range(${from}, ${to + 1})),
    b AS (SELECT r.rnk, r.country, s.k AS place_k, u(r.rnk, ${salt + 4} + 100) AS ukind
      FROM r JOIN gen_place_slots s ON s.country = r.country AND s.slot = (h(r.rnk, ${salt} + 50) % 1000)::BIGINT)
    SELECT '${g}', r.rnk, r.country,
      CASE WHEN r.ukind < ${shares[0]} THEN 'company' WHEN r.ukind < ${shares[1]} THEN 'university' ELSE 'individual' END,
      CASE WHEN r.ukind < ${shares[0]} THEN ${company.zh}
        WHEN r.ukind < ${shares[1]} THEN ${isCn ? `replace(p.city_zh, '市', '') || ${uni(0)}` : 'NULL'}
        ELSE ${isCn ? `${sur(0)} || ${given(0)}` : 'NULL'} END,
      CASE WHEN r.ukind < ${shares[0]} THEN ${company.en}
        WHEN r.ukind < ${shares[1]} THEN ${isCn ? `p.city_en || ' ' || ${uni(1)}` : `'University of ' || p.city_en`}
        ELSE ${sur(1)} || ', ' || ${given(1)} END,
      CASE WHEN r.ukind < ${shares[0]} THEN ${upCompany}
        WHEN r.ukind < ${shares[1]} THEN ${isCn ? `${uni(2)} || ' ' || upper(p.city_en)` : `'UNIV ' || upper(p.city_en)`}
        ELSE ${sur(1)} || ' ' || upper(${given(1)}) END,
      r.place_k
    FROM b AS r JOIN gen_places p ON p.k = r.place_k`;
}
