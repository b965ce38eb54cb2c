import type { IndicatorResult } from '../../../indicators/indicator-types.js';
import type { ReportTable } from '../report-model.js';
import { column, indicatorTable, label, num, type SectionContext, str } from '../section-kit.js';

/** A table of named measures (rows with `measure`, `value` and maybe `units`). */
export function measureTable(
  ctx: SectionContext,
  result: IndicatorResult,
  id: string,
  title: string,
): ReportTable {
  const withUnits = result.data.some((r) => num(r, 'units') !== null);
  return indicatorTable(ctx, result, {
    id,
    title,
    columns: [
      column(ctx, 'measure', 'text'),
      column(ctx, 'value', 'number'),
      ...(withUnits ? [column(ctx, 'units', 'count')] : []),
    ],
    rows: result.data.map((r) => [
      label(ctx.dict.measures, str(r, 'measure')),
      num(r, 'value'),
      ...(withUnits ? [num(r, 'units')] : []),
    ]),
  });
}
