import type { IndicatorResult } from '../../../indicators/indicator-types.js';
import type { ReportCell, ReportSection, ReportTable } from '../report-model.js';
import {
  categoryName,
  column,
  indicatorBlocks,
  indicatorTable,
  label,
  num,
  type SectionContext,
  section,
  str,
} from '../section-kit.js';

/** Branch x effect: units of each branch stating each technical effect as an improvement. */
export function effectsSection(ctx: SectionContext): ReportSection {
  return section(
    ctx,
    'effects',
    ['effect-matrix'],
    [...indicatorBlocks(ctx, 'effect-matrix', (result) => [matrixTable(ctx, result)])],
  );
}

function matrixTable(ctx: SectionContext, result: IndicatorResult): ReportTable {
  const effects = [...new Set(result.data.map((r) => str(r, 'effect')))];
  const branches = new Map<string, { name: string; counts: Map<string, number> }>();
  for (const r of result.data) {
    const id = str(r, 'category');
    const branch = branches.get(id) ?? { name: categoryName(ctx, id, str(r, 'name')), counts: new Map() };
    branch.counts.set(str(r, 'effect'), num(r, 'count') ?? 0);
    branches.set(id, branch);
  }
  const rows: ReportCell[][] = [...branches.values()].map((b) => [
    b.name,
    ...effects.map((e) => b.counts.get(e) ?? 0),
  ]);
  return indicatorTable(ctx, result, {
    id: 'effect-matrix',
    title: ctx.dict.tables.effectMatrix,
    columns: [
      column(ctx, 'branch', 'text'),
      ...effects.map((e) => ({
        key: `effect:${e}`,
        label: label(ctx.dict.effects, e),
        kind: 'count' as const,
      })),
    ],
    rows,
  });
}
