import type { ReportSection } from '../report-model.js';
import {
  categoryName,
  column,
  indicatorBlocks,
  indicatorTable,
  num,
  type SectionContext,
  section,
  str,
} from '../section-kit.js';
import { namedCounts } from './clusters-section.js';

/** The "AI+" scenarios of the application layer and the applicants active in each. */
export function scenariosSection(ctx: SectionContext): ReportSection {
  return section(
    ctx,
    'scenarios',
    ['scenarios'],
    [
      ...indicatorBlocks(ctx, 'scenarios', (result) => [
        indicatorTable(ctx, result, {
          id: 'scenarios',
          title: ctx.dict.tables.scenarios,
          columns: [
            column(ctx, 'scenario', 'text'),
            column(ctx, 'count', 'count'),
            column(ctx, 'share', 'share'),
            column(ctx, 'topApplicants', 'text'),
          ],
          rows: result.data.map((r) => [
            scenarioName(ctx, str(r, 'scenario'), str(r, 'name')),
            num(r, 'count'),
            num(r, 'share'),
            namedCounts(ctx, r, 'topApplicants', 'applicant', 4),
          ]),
        }),
      ]),
    ],
  );
}

/** The scenario's name: from the taxonomy tree, else the row's "English / 中文" name split by language. */
export function scenarioName(ctx: SectionContext, id: string, rowName: string): string {
  const [en, zh] = rowName.split(' / ');
  const fallback = ctx.lang === 'zh' ? (zh ?? en ?? id) : (en ?? id);
  return ctx.taxonomy?.id === 'techstack' ? categoryName(ctx, id, fallback) : fallback;
}
