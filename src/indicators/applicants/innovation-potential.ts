import { bi } from '../bilingual.js';
import type { Indicator, IndicatorValue } from '../indicator-types.js';
import { readFactorValues } from './scoring/applicant-factor-values.js';
import { loadScoring } from './scoring/load-scoring.js';
import { measureDescriptionZh } from './scoring/measure-description-zh.js';
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
        bi(
          'normalisation: min-max across the evaluated applicants, so a score ranks applicants within this scope and is not comparable across scopes',
          '归一化：在被评价申请人之间做最小-最大归一化，因此评分只用于本范围内申请人的排序，不同范围之间不可比较',
        ),
        bi(
          'an applicant without a value for a factor gets 0 for it; a factor without spread gives 0 to all',
          '申请人缺少某因子的数据时该因子计0分；某因子在申请人之间无差异时，所有申请人该因子均计0分',
        ),
        ...scoring.factors.map((f) => {
          const source =
            typeof f.source === 'string' ? { en: f.source, zh: measureDescriptionZh(f) } : f.source;
          return bi(
            `${f.id} (${f.name.en}, weight ${f.weight}): ${source.en}`,
            `${f.name.zh}（${f.id}，权重 ${f.weight}）：${source.zh}`,
          );
        }),
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
          unsupported: bi(
            `no applicant has ${scoring.minUnits} or more units in scope`,
            `范围内没有申请人拥有 ${scoring.minUnits} 件及以上专利`,
          ),
        };
      }
      if (scoring.factors.every((f) => f.id in missing)) {
        const reasons = Object.values(missing);
        return {
          data: [],
          coverage,
          unsupported: bi(
            `no factor has data: ${reasons.map((why) => why.en).join('; ')}`,
            `所有因子均无数据：${reasons.map((why) => why.zh).join('；')}`,
          ),
        };
      }
      const scored = scoreCandidates(candidates, scoring.factors, missing);
      const notes = [
        bi(`${candidates.length} applicants evaluated`, `共评价 ${candidates.length} 个申请人`),
        ...Object.entries(missing).map(([id, why]) =>
          bi(
            `${id} left out (${why.en}); the other weights are rescaled to sum to 1`,
            `未计入因子 ${id}：${why.zh}；其余因子的权重按比例调整，使其和为1`,
          ),
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
