import { loadScoring } from '../../../indicators/applicants/scoring/load-scoring.js';
import type { IndicatorResult } from '../../../indicators/indicator-types.js';
import type { ReportColumn, ReportSection, ReportTable } from '../report-model.js';
import {
  column,
  indicatorBlocks,
  indicatorTable,
  label,
  num,
  type SectionContext,
  section,
  str,
} from '../section-kit.js';

/** Quality components and the innovation-potential score of the top applicants, factor by factor. */
export function qualitySection(ctx: SectionContext): ReportSection {
  const { dict } = ctx;
  return section(
    ctx,
    'quality',
    ['quality', 'innovation-potential'],
    [
      ...indicatorBlocks(ctx, 'quality', (result) => [
        indicatorTable(ctx, result, {
          id: 'quality',
          title: dict.tables.quality,
          columns: [
            column(ctx, 'component', 'text'),
            column(ctx, 'units', 'count'),
            column(ctx, 'coverage', 'share'),
            column(ctx, 'mean', 'number'),
            column(ctx, 'median', 'number'),
            column(ctx, 'p90', 'number'),
          ],
          rows: result.data.map((r) => [
            label(dict.measures, str(r, 'component')),
            num(r, 'units'),
            num(r, 'coverage'),
            num(r, 'mean'),
            num(r, 'median'),
            num(r, 'p90'),
          ]),
        }),
      ]),
      ...indicatorBlocks(ctx, 'innovation-potential', (result) => [potentialTable(ctx, result)]),
    ],
  );
}

/** Factor names from the scoring file the run used (its path is a parameter of the definition). */
function factorNames(ctx: SectionContext, result: IndicatorResult): Map<string, string> {
  const file = result.definition.parameters.scoringFile;
  const scoring = loadScoring(typeof file === 'string' ? file : undefined).scoring;
  return new Map(scoring.factors.map((f) => [f.id, f.name[ctx.lang]]));
}

function potentialTable(ctx: SectionContext, result: IndicatorResult): ReportTable {
  const names = factorNames(ctx, result);
  const factorIds = [...names.keys()];
  const factorColumns: ReportColumn[] = factorIds.map((id) => ({
    key: `factor:${id}`,
    label: names.get(id) ?? id,
    kind: 'number',
  }));
  return indicatorTable(ctx, result, {
    id: 'innovation-potential',
    title: ctx.dict.tables.innovationPotential,
    columns: [
      column(ctx, 'rank', 'count'),
      column(ctx, 'applicant', 'text'),
      column(ctx, 'units', 'count'),
      column(ctx, 'score', 'number'),
      ...factorColumns,
    ],
    rows: result.data.map((r, i) => {
      const factors = r.factors;
      const contribution = (id: string) => {
        if (factors === null || typeof factors !== 'object' || Array.isArray(factors)) return null;
        const factor = factors[id];
        if (factor === null || typeof factor !== 'object' || Array.isArray(factor)) return null;
        return typeof factor.contribution === 'number' ? factor.contribution : null;
      };
      return [i + 1, str(r, 'applicant'), num(r, 'units'), num(r, 'score'), ...factorIds.map(contribution)];
    }),
  });
}
