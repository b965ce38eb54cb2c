import type { Store } from '../../store/open-store.js';

export interface CodeExpansionOptions {
  /** A code must be on at least this share of the seed (Google's code: 0.04; the paper says 5 %). */
  minCodeShare: number;
  /** ... and this many times more common in the seed than in the store (50 in paper and code). */
  minCodeRatio: number;
}

export interface ExpansionCode {
  symbol: string;
  seedShare: number;
  corpusShare: number;
}

export interface CodeExpansion {
  /** `cpc`, or `ipc` when no seed publication has a CPC symbol; null when none has either. */
  scheme: 'cpc' | 'ipc' | null;
  codes: ExpansionCode[];
  /** Publications outside the seed with one of the codes (temp table `learned_l1_codes`). */
  publications: number;
}

/**
 * Abood & Feltenberger's CPC expansion: the symbols over-represented in the seed, and every other publication
 * that carries one. The seed share divides by the whole seed (as Google's code does), so a seed whose codes
 * are mostly unknown expands little; the corpus share divides by the publications with a symbol of the
 * scheme, so stored records without codes (e.g. CSET label rows) do not make a code look rarer than it is.
 */
export async function expandByCodes(store: Store, options: CodeExpansionOptions): Promise<CodeExpansion> {
  await store.run('CREATE OR REPLACE TEMP TABLE learned_l1_codes (publication_number VARCHAR NOT NULL)');
  const scheme = await seedScheme(store);
  if (scheme === null) return { scheme, codes: [], publications: 0 };
  const codes = await store.all<{ symbol: string; seed_share: number; corpus_share: number }>(
    `WITH coded AS (SELECT DISTINCT publication_number, symbol FROM classifications WHERE scheme = $1),
     totals AS (SELECT (SELECT count(DISTINCT publication_number) FROM coded) AS corpus,
         (SELECT count(*) FROM learned_seed) AS seed),
     counts AS (SELECT symbol, count(*) AS corpus_n,
         count(*) FILTER (WHERE publication_number IN (SELECT publication_number FROM learned_seed)) AS seed_n
       FROM coded GROUP BY symbol)
     SELECT symbol, seed_n / seed AS seed_share, corpus_n / corpus AS corpus_share
     FROM counts, totals
     WHERE seed_n / seed >= $2 AND (seed_n / seed) / (corpus_n / corpus) >= $3
     ORDER BY seed_share DESC, symbol`,
    [scheme, options.minCodeShare, options.minCodeRatio],
  );
  await store.run(
    `INSERT INTO learned_l1_codes SELECT DISTINCT publication_number FROM classifications
     WHERE scheme = ? AND symbol IN (SELECT unnest(from_json(?, '["VARCHAR"]')))
       AND publication_number NOT IN (SELECT publication_number FROM learned_seed)`,
    [scheme, JSON.stringify(codes.map((c) => c.symbol))],
  );
  const n = await store.one<{ n: number }>('SELECT count(*) AS n FROM learned_l1_codes');
  return {
    scheme,
    codes: codes.map((c) => ({ symbol: c.symbol, seedShare: c.seed_share, corpusShare: c.corpus_share })),
    publications: n?.n ?? 0,
  };
}

async function seedScheme(store: Store): Promise<'cpc' | 'ipc' | null> {
  const rows = await store.all<{ scheme: string }>(
    `SELECT DISTINCT scheme FROM classifications
     WHERE publication_number IN (SELECT publication_number FROM learned_seed)`,
  );
  const schemes = new Set(rows.map((r) => r.scheme));
  return schemes.has('cpc') ? 'cpc' : schemes.has('ipc') ? 'ipc' : null;
}
