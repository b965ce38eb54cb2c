import type { ReportSection } from '../report-model.js';
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

export function legalStatusSection(ctx: SectionContext): ReportSection {
  return section(
    ctx,
    'legal-status',
    ['legal-status'],
    [
      ...indicatorBlocks(ctx, 'legal-status', (result) => [
        indicatorTable(ctx, result, {
          id: 'legal-status',
          title: ctx.dict.tables.legalStatus,
          columns: [
            column(ctx, 'status', 'text'),
            column(ctx, 'count', 'count'),
            column(ctx, 'share', 'share'),
          ],
          rows: result.data.map((r) => [
            label(ctx.dict.legalStatuses, str(r, 'status')),
            num(r, 'count'),
            num(r, 'share'),
          ]),
        }),
      ]),
    ],
  );
}
