import type { Store } from '../../store/open-store.js';
import { fieldsOfMask, type IndexField } from '../index/index-fields.js';
import type { QueryTerms } from './query-terms.js';

export interface MatchedTerm {
  /** The index term (stemmed). */
  term: string;
  /** The need's word it came from, as typed. */
  word: string;
  /** The fields of the publication the term occurs in. */
  fields: IndexField[];
}

export interface DocDetails {
  publicationNumber: string;
  /** The query's terms the document holds, rarest first. */
  matchedTerms: MatchedTerm[];
  title: string | null;
  titleLang: string | null;
  /** Office of publication (ISO code). */
  country: string;
  priorityYear: number | null;
  publicationYear: number | null;
  legalStatus: string | null;
}

interface DetailRow extends Record<string, unknown> {
  doc_id: number;
  publication_number: string;
  country: string;
  legal_status: string | null;
  priority_year: number | null;
  publication_year: number | null;
  titles: { lang: string; text: string }[] | null;
  matched: { term_id: number; fields: number }[] | null;
}

/**
 * What a hit shows of each given document (a page: a few dozen at most), from `text_index_docs` (its doc_id
 * index turns the bound id list into point lookups) and the query terms' postings of those documents.
 */
export async function readDocDetails(
  store: Store,
  docIds: readonly number[],
  query: Pick<QueryTerms, 'known' | 'words'>,
  preferredLang: string,
): Promise<Map<number, DocDetails>> {
  if (docIds.length === 0) return new Map();
  const ids = JSON.stringify(docIds);
  const rows = await store.all<DetailRow>(
    `WITH m AS (SELECT doc_id, list({'term_id': term_id, 'fields': fields}) AS matched FROM text_index_postings
       WHERE term_id IN (SELECT unnest(from_json(?, '["INTEGER"]'))) AND doc_id IN (SELECT unnest(from_json(?, '["INTEGER"]')))
       GROUP BY doc_id)
     SELECT d.doc_id, d.publication_number, d.country, d.legal_status, d.priority_year, d.publication_year,
       d.titles, m.matched
     FROM text_index_docs d LEFT JOIN m USING (doc_id)
     WHERE d.doc_id IN (${docIds.map(() => '?').join(', ')})`,
    [JSON.stringify(query.known.map((t) => t.termId)), ids, ...docIds],
  );
  const terms = new Map(query.known.map((t) => [t.termId, t]));
  return new Map(
    rows.map((r) => {
      const title = pickTitle(r.titles ?? [], preferredLang);
      const matched = (r.matched ?? []).flatMap((m) => {
        const known = terms.get(m.term_id);
        return known ? [{ ...known, fields: Number(m.fields) }] : [];
      });
      matched.sort((x, y) => x.df - y.df || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
      return [
        r.doc_id,
        {
          publicationNumber: r.publication_number,
          matchedTerms: matched.map((m) => ({
            term: m.term,
            word: query.words[m.term] ?? m.term,
            fields: fieldsOfMask(m.fields),
          })),
          title: title?.text ?? null,
          titleLang: title?.lang ?? null,
          country: r.country,
          priorityYear: r.priority_year,
          publicationYear: r.publication_year,
          legalStatus: r.legal_status,
        },
      ];
    }),
  );
}

/** The title in the preferred language, else English, else the first language by code (then the first text). */
function pickTitle(
  titles: readonly { lang: string; text: string }[],
  preferredLang: string,
): { lang: string; text: string } | undefined {
  const rank = (t: { lang: string; text: string }): [number, string, string] => [
    t.lang === preferredLang ? 0 : t.lang === 'en' ? 1 : 2,
    t.lang,
    t.text,
  ];
  let best: { lang: string; text: string } | undefined;
  for (const t of titles) if (!best || before(rank(t), rank(best))) best = t;
  return best;
}

/** Tuple order, strings by code unit (as DuckDB compares them). */
function before(a: [number, string, string], b: [number, string, string]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i]! < b[i]!) return true;
    if (a[i]! > b[i]!) return false;
  }
  return false;
}
