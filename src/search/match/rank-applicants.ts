import type { HitApplicant } from '../bm25/read-doc-facts.js';

/**
 * Applicants as potential licensors or partners: an applicant's score is the sum of the scores of its best
 * 3 matching patents, so a portfolio of several relevant patents outranks a single lucky hit, while a large
 * portfolio of weak matches does not outrank a few strong ones. A patent with several applicants counts
 * fully for each (they are co-owners).
 */
export const PATENTS_PER_APPLICANT = 3;

export interface ScoredPatent {
  publicationNumber: string;
  score: number;
  applicants: readonly HitApplicant[];
  originCountries: readonly string[];
}

export interface RankedApplicant {
  id: string;
  name: string;
  score: number;
  /** Its matching patents among the candidates. */
  matchingPatents: number;
  /** The best of them, best first (at most 3: the ones the score sums). */
  bestPatents: string[];
  /** Countries of origin seen on its matching patents, most frequent first. */
  countries: string[];
}

interface ApplicantPatents {
  name: string;
  patents: ScoredPatent[];
  countries: Map<string, number>;
}

export function rankApplicants(
  patents: readonly ScoredPatent[],
  perApplicant: number = PATENTS_PER_APPLICANT,
): RankedApplicant[] {
  const byApplicant = new Map<string, ApplicantPatents>();
  for (const patent of patents) {
    for (const applicant of patent.applicants) {
      const entry: ApplicantPatents = byApplicant.get(applicant.id) ?? {
        name: applicant.name,
        patents: [],
        countries: new Map(),
      };
      entry.patents.push(patent);
      for (const c of patent.originCountries) entry.countries.set(c, (entry.countries.get(c) ?? 0) + 1);
      byApplicant.set(applicant.id, entry);
    }
  }
  return [...byApplicant]
    .map(([id, entry]) => {
      const best = [...entry.patents]
        .sort((a, b) => b.score - a.score || a.publicationNumber.localeCompare(b.publicationNumber))
        .slice(0, perApplicant);
      return {
        id,
        name: entry.name,
        score: best.reduce((sum, p) => sum + p.score, 0),
        matchingPatents: entry.patents.length,
        bestPatents: best.map((p) => p.publicationNumber),
        countries: [...entry.countries]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([c]) => c),
      };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}
