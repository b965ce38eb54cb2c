import type { IndicatorResult } from '../../../indicators/indicator-types.js';
import type { ReportSection, ReportTable } from '../report-model.js';
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

/** The layers of the taxonomy (its top-level categories) and the branches under them. */
export function techstackSection(ctx: SectionContext): ReportSection {
  return section(
    ctx,
    'techstack',
    ['category-share', 'category-trend'],
    [
      ...indicatorBlocks(ctx, 'category-share', (result) => layerTables(ctx, result)),
      ...indicatorBlocks(ctx, 'category-trend'),
    ],
  );
}

function layerTables(ctx: SectionContext, result: IndicatorResult): ReportTable[] {
  const { dict } = ctx;
  const tree = ctx.taxonomy;
  const rows = result.data.filter((r) => str(r, 'category') !== tree?.root);
  const parentOf = (id: string) => tree?.categories.get(id)?.parent ?? null;
  const isLayer = (id: string) => tree?.categories.has(id) === true && parentOf(id) === null;
  const layers = rows.filter((r) => isLayer(str(r, 'category')));
  const branches = rows.filter((r) => !isLayer(str(r, 'category')));
  const name = (r: (typeof rows)[number]) => categoryName(ctx, str(r, 'category'), str(r, 'name'));
  const tables: ReportTable[] = [];
  if (layers.length > 0) {
    tables.push(
      indicatorTable(ctx, result, {
        id: 'layers',
        title: dict.tables.layers,
        columns: [column(ctx, 'layer', 'text'), column(ctx, 'count', 'count'), column(ctx, 'share', 'share')],
        rows: layers.map((r) => [name(r), num(r, 'count'), num(r, 'share')]),
      }),
    );
  }
  tables.push(
    indicatorTable(ctx, result, {
      id: 'branches',
      title: dict.tables.branches,
      columns: [
        ...(layers.length > 0 ? [column(ctx, 'layer', 'text')] : []),
        column(ctx, 'category', 'text'),
        column(ctx, 'count', 'count'),
        column(ctx, 'share', 'share'),
      ],
      rows: branches.map((r) => {
        const parent = parentOf(str(r, 'category'));
        const cells = [name(r), num(r, 'count'), num(r, 'share')];
        return layers.length > 0 ? [parent ? categoryName(ctx, parent, parent) : '', ...cells] : cells;
      }),
    }),
  );
  return tables;
}
