import type { Store } from '../../store/open-store.js';

export interface HitApplicant {
  /** The harmonised applicant (corporate group id, else the name's match key). */
  id: string;
  name: string;
}

export interface HitDetails {
  title: string | null;
  titleLang: string | null;
  applicants: HitApplicant[];
  /** Office of publication (ISO code). */
  country: string;
  /** Countries of origin of the applicants (publication_origins), largest share first. */
  originCountries: string[];
  priorityYear: number | null;
  publicationYear: number | null;
  legalStatus: string | null;
}

interface DetailRow extends Record<string, unknown> {
  publication_number: string;
  country: string;
  legal_status: string | null;
  priority_year: number | null;
  publication_year: number | null;
  title: string | null;
  title_lang: string | null;
  applicants: { id: string; name: string }[] | null;
  origins: string[] | null;
}

/**
 * Title (in the need's language when the publication has one), harmonised applicants, years, country and legal
 * status of the given publications. Names without a row in applicant_names (a store not refreshed yet) keep
 * the name as given.
 */
export async function readHitDetails(
  store: Store,
  publicationNumbers: readonly string[],
  preferredLang: string,
): Promise<Map<string, HitDetails>> {
  if (publicationNumbers.length === 0) return new Map();
  const rows = await store.all<DetailRow>(
    `WITH h AS (SELECT unnest(from_json($1, '["VARCHAR"]')) AS publication_number),
     t AS (SELECT publication_number, arg_min(text, (lang <> $2, lang <> 'en', lang)) AS title,
             arg_min(lang, (lang <> $2, lang <> 'en', lang)) AS title_lang
           FROM texts WHERE text_type = 'title' AND publication_number IN (SELECT publication_number FROM h)
           GROUP BY publication_number),
     a AS (SELECT pa.publication_number,
             list(DISTINCT {'id': coalesce(an.applicant_id, pa.name), 'name': coalesce(an.display_name, pa.name)})
               AS applicants
           FROM parties pa LEFT JOIN applicant_names an USING (name)
           WHERE pa.role = 'applicant' AND pa.publication_number IN (SELECT publication_number FROM h)
           GROUP BY pa.publication_number),
     o AS (SELECT publication_number, list(country_code ORDER BY weight DESC, country_code) AS origins
           FROM publication_origins WHERE publication_number IN (SELECT publication_number FROM h)
           GROUP BY publication_number)
     SELECT p.publication_number, p.country, p.legal_status,
       coalesce(year(p.priority_date), p.priority_year) AS priority_year,
       coalesce(year(p.publication_date), p.publication_year) AS publication_year,
       t.title, t.title_lang, a.applicants, o.origins
     FROM publications p LEFT JOIN t USING (publication_number) LEFT JOIN a USING (publication_number)
       LEFT JOIN o USING (publication_number)
     WHERE p.publication_number IN (SELECT publication_number FROM h)`,
    [JSON.stringify(publicationNumbers), preferredLang],
  );
  return new Map(
    rows.map((r) => [
      r.publication_number,
      {
        title: r.title,
        titleLang: r.title_lang,
        applicants: (r.applicants ?? []).sort((x, y) => x.name.localeCompare(y.name)),
        country: r.country,
        originCountries: r.origins ?? [],
        priorityYear: r.priority_year,
        publicationYear: r.publication_year,
        legalStatus: r.legal_status,
      },
    ]),
  );
}
