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
import { measureTable } from './measure-table.js';

/** Top applicants (harmonised groups), their sectors (enterprise share) and concentration. */
export function applicantsSection(ctx: SectionContext): ReportSection {
  const { dict } = ctx;
  return section(
    ctx,
    'applicants',
    ['top-applicants', 'applicant-sectors', 'concentration'],
    [
      ...indicatorBlocks(ctx, 'top-applicants', (result) => [
        indicatorTable(ctx, result, {
          id: 'top-applicants',
          title: dict.tables.topApplicants,
          columns: [
            column(ctx, 'rank', 'count'),
            column(ctx, 'applicant', 'text'),
            column(ctx, 'sector', 'text'),
            column(ctx, 'country', 'text'),
            column(ctx, 'count', 'count'),
            column(ctx, 'fractional', 'count'),
            column(ctx, 'share', 'share'),
          ],
          rows: result.data.map((r, i) => [
            i + 1,
            str(r, 'applicant'),
            label(dict.sectors, str(r, 'sector')),
            str(r, 'country'),
            num(r, 'count'),
            num(r, 'fractional'),
            num(r, 'share'),
          ]),
        }),
      ]),
      ...indicatorBlocks(ctx, 'applicant-sectors', (result) => [
        indicatorTable(ctx, result, {
          id: 'applicant-sectors',
          title: dict.tables.sectors,
          columns: [
            column(ctx, 'sector', 'text'),
            column(ctx, 'fractional', 'count'),
            column(ctx, 'share', 'share'),
            column(ctx, 'unitsWhole', 'count'),
          ],
          rows: result.data.map((r) => [
            label(dict.sectors, str(r, 'sector')),
            num(r, 'count'),
            num(r, 'share'),
            num(r, 'units'),
          ]),
        }),
      ]),
      ...indicatorBlocks(ctx, 'concentration', (result) => [
        measureTable(ctx, result, 'concentration', dict.tables.concentration),
      ]),
    ],
  );
}
