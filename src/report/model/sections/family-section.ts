import type { ReportSection } from '../report-model.js';
import {
  column,
  indicatorBlocks,
  indicatorTable,
  num,
  type SectionContext,
  section,
  str,
} from '../section-kit.js';
import { measureTable } from './measure-table.js';

/** Family size, filing offices, and the share filed abroad or through the PCT. */
export function familySection(ctx: SectionContext): ReportSection {
  const { dict } = ctx;
  return section(
    ctx,
    'family',
    ['family-filing', 'family-size', 'family-jurisdictions'],
    [
      ...indicatorBlocks(ctx, 'family-filing', (result) => [
        measureTable(ctx, result, 'family-filing', dict.tables.familyFiling),
      ]),
      ...indicatorBlocks(ctx, 'family-size', (result) => [
        indicatorTable(ctx, result, {
          id: 'family-size',
          title: dict.tables.familySize,
          columns: [
            column(ctx, 'size', 'count'),
            column(ctx, 'count', 'count'),
            column(ctx, 'share', 'share'),
          ],
          rows: result.data.map((r) => [num(r, 'size'), num(r, 'count'), num(r, 'share')]),
          htmlRows: 12,
        }),
      ]),
      ...indicatorBlocks(ctx, 'family-jurisdictions', (result) => [
        indicatorTable(ctx, result, {
          id: 'jurisdictions',
          title: dict.tables.jurisdictions,
          columns: [
            column(ctx, 'jurisdiction', 'text'),
            column(ctx, 'count', 'count'),
            column(ctx, 'share', 'share'),
          ],
          rows: result.data.map((r) => [str(r, 'jurisdiction'), num(r, 'count'), num(r, 'share')]),
          htmlRows: 15,
        }),
      ]),
    ],
  );
}
