import type { Indicator, IndicatorValue } from '../indicator-types.js';
import { readFactorValues } from './scoring/applicant-factor-values.js';
import { loadScoring } from './scoring/load-scoring.js';
import { type FactorScore, scoreCandidates } from './scoring/score-candidates.js';
import { applicantCoverage, NO_APPLICANTS } from './unit-applicants.js';

export interface InnovationPotentialRow {
  [key: string]: IndicatorValue;
  applicant: string;
  applicantId: string;
  units: number;
  /** 0-100. */
  score: number;
  factors: Record<string, FactorScore>;
}

/**
 * The innovation-potential indicator on a scoring file (default: the shipped data/scoring/innovation-potential.yaml).
 * The file is read and checked when the indicator is built, so a bad file fails before any query runs.
 */
export function createInnovationPotential(file?: string): Indicator<InnovationPotentialRow> {
  const loaded = loadScoring(file);
  const { scoring } = loaded;
  return {
    id: 'innovation-potential',
    spec: {
      title: { en: 'Innovation potential of applicants', zh: '创新主体创新潜力评价' },
      description: {
        en: `A 0-100 composite of ${scoring.factors.length} factors (${scoring.factors.map((f) => f.id).join(', ')}) for the applicants with at least ${scoring.minUnits} units in scope (the ${scoring.candidates} most active), each factor min-max normalised across them and weighted as the scoring file says.`,
        zh: `基于${scoring.factors.length}项因子（${scoring.factors.map((f) => f.name.zh).join('、')}）的0-100综合评分，仅评价范围内专利数不少于${scoring.minUnits}件的申请人（取最活跃的${scoring.candidates}位）；各因子在被评价申请人间做最小-最大归一化，并按评分文件中的权重加权。`,
      },
      formula: 'score = 100 × Σ_f w_f × (v_f − min_f) / (max_f − min_f), Σ w_f = 1',
      counting: 'whole',
      parameters: {
        scoringFile: loaded.file,
        scoringVersion: scoring.version,
        minUnits: scoring.minUnits,
        candidates: scoring.candidates,
        ...Object.fromEntries(scoring.factors.map((f) => [`weight.${f.id}`, f.weight])),
      },
      notes: [
        'normalisation: min-max across the evaluated applicants, so a score ranks applicants within this scope and is not comparable across scopes',
        'an applicant without a value for a factor gets 0 for it; a factor without spread gives 0 to all',
        ...scoring.factors.map((f) => `${f.id} (${f.name.en}, weight ${f.weight}): ${f.source}`),
      ],
    },
    async compute(context) {
      const coverage = await applicantCoverage(context);
      if (coverage.covered === 0) return { data: [], coverage, unsupported: NO_APPLICANTS };
      const { candidates, missing } = await readFactorValues(context, scoring);
      if (candidates.length === 0) {
        return {
          data: [],
          coverage,
          unsupported: `no applicant has ${scoring.minUnits} or more units in scope`,
        };
      }
      if (scoring.factors.every((f) => f.id in missing)) {
        return {
          data: [],
          coverage,
          unsupported: `no factor has data: ${Object.values(missing).join('; ')}`,
        };
      }
      const scored = scoreCandidates(candidates, scoring.factors, missing);
      const notes = [
        `${candidates.length} applicants evaluated`,
        ...Object.entries(missing).map(
          ([id, why]) => `${id} left out (${why}); the other weights are rescaled to sum to 1`,
        ),
      ];
      const data = scored.slice(0, context.params.top).map((s) => ({
        applicant: s.applicant,
        applicantId: s.applicantId,
        units: s.units,
        score: s.score,
        factors: s.factors,
      }));
      return { data, coverage, notes, parameters: { evaluated: candidates.length } };
    },
  };
}

export const innovationPotential = createInnovationPotential();
