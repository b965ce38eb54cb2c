import type { ReportBlock, ReportSection } from '../report-model.js';
import {
  column,
  indicatorBlocks,
  indicatorTable,
  label,
  num,
  type SectionContext,
  section,
  str,
  supported,
} from '../section-kit.js';

/** Filing trend (incomplete years explained), growth over complete years and the technology life cycle. */
export function trendsSection(ctx: SectionContext): ReportSection {
  const { dict } = ctx;
  const trend = supported(ctx, 'filing-trend');
  const lastComplete = trend?.definition.lastCompleteYear ?? null;
  const hasIncomplete = trend?.data.some((r) => r.incomplete === true) ?? false;
  const blocks: ReportBlock[] = [
    ...indicatorBlocks(ctx, 'filing-trend', (result) => [
      indicatorTable(ctx, result, {
        id: 'filing-trend',
        title: dict.tables.filingTrend,
        columns: [
          column(ctx, 'year', 'year'),
          column(ctx, 'count', 'count'),
          column(ctx, 'change', 'share'),
          column(ctx, 'incomplete', 'text'),
        ],
        rows: [...result.data]
          .reverse()
          .map((r) => [
            num(r, 'year'),
            num(r, 'count'),
            num(r, 'change'),
            r.incomplete === true ? dict.yes : '',
          ]),
        htmlRows: 15,
      }),
    ]),
  ];
  if (hasIncomplete && lastComplete !== null) {
    // Right under the chart that hatches the incomplete years (before the table).
    const at = blocks.findIndex((b) => b.kind === 'table');
    blocks.splice(at === -1 ? blocks.length : at, 0, {
      kind: 'paragraph',
      text: dict.incompleteNote(lastComplete),
    });
  }
  blocks.push(
    ...indicatorBlocks(ctx, 'growth', (result) => [
      indicatorTable(ctx, result, {
        id: 'growth',
        title: dict.tables.growth,
        columns: [
          column(ctx, 'start', 'year'),
          column(ctx, 'end', 'year'),
          column(ctx, 'countStart', 'count'),
          column(ctx, 'countEnd', 'count'),
          column(ctx, 'cagr', 'share'),
          column(ctx, 'logLinear', 'share'),
        ],
        rows: result.data.map((r) => [
          num(r, 'start'),
          num(r, 'end'),
          num(r, 'countStart'),
          num(r, 'countEnd'),
          num(r, 'cagr'),
          num(r, 'logLinear'),
        ]),
      }),
    ]),
    ...indicatorBlocks(ctx, 'life-cycle', (result) => [
      indicatorTable(ctx, result, {
        id: 'life-cycle',
        title: dict.tables.lifeCycle,
        columns: [
          column(ctx, 'year', 'year'),
          column(ctx, 'count', 'count'),
          column(ctx, 'applicants', 'count'),
          column(ctx, 'phase', 'text'),
        ],
        rows: [...result.data]
          .reverse()
          .map((r) => [
            num(r, 'year'),
            num(r, 'count'),
            num(r, 'applicants'),
            label(dict.phases, str(r, 'phase')),
          ]),
        htmlRows: 15,
      }),
    ]),
  );
  return section(ctx, 'trends', ['filing-trend', 'growth', 'life-cycle'], blocks);
}
