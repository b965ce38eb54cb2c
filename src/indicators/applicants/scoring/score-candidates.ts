import type { CandidateValues } from './applicant-factor-values.js';
import type { ScoringFactor } from './scoring-schema.js';

export interface FactorScore {
  [key: string]: number | null;
  value: number | null;
  normalised: number;
  weight: number;
  /** 100 x weight x normalised: the factor's points in the score. */
  contribution: number;
}

export interface ScoredApplicant {
  applicantId: string;
  applicant: string;
  units: number;
  score: number;
  factors: Record<string, FactorScore>;
}

/**
 * Scores 0-100: each factor min-max normalised across the candidates ((v − min) / (max − min); 0 for all when
 * there is no spread; 0 for a candidate without a value), weighted and summed. Factors listed in `missing` are
 * left out and the remaining weights rescaled to sum to 1. Sorted by score (ties: more units, then id).
 */
export function scoreCandidates(
  candidates: readonly CandidateValues[],
  factors: readonly ScoringFactor[],
  missing: Readonly<Record<string, unknown>>,
): ScoredApplicant[] {
  const used = factors.filter((f) => !(f.id in missing));
  const total = used.reduce((s, f) => s + f.weight, 0);
  const ranges = new Map(
    used.map((f) => {
      const values = candidates
        .map((c) => c.values[f.id])
        .filter((v): v is number => v !== null && v !== undefined);
      return [f.id, { min: Math.min(...values), max: Math.max(...values) }];
    }),
  );
  return candidates
    .map((c) => {
      const scores: Record<string, FactorScore> = {};
      let score = 0;
      for (const f of used) {
        const value = c.values[f.id] ?? null;
        const range = ranges.get(f.id);
        const spread = range ? range.max - range.min : 0;
        const normalised = value === null || !range || !(spread > 0) ? 0 : (value - range.min) / spread;
        const weight = total > 0 ? f.weight / total : 0;
        const contribution = 100 * weight * normalised;
        scores[f.id] = { value, normalised, weight, contribution };
        score += contribution;
      }
      return { applicantId: c.applicantId, applicant: c.applicant, units: c.units, score, factors: scores };
    })
    .sort((a, b) => b.score - a.score || b.units - a.units || a.applicantId.localeCompare(b.applicantId));
}
