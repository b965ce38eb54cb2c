import type { IndicatorRow, IndicatorValue } from '../../../indicators/indicator-types.js';
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

/** "name (count), name (count)" from a list of objects in a row. */
export function namedCounts(
  ctx: SectionContext,
  row: IndicatorRow,
  key: string,
  nameKey: string,
  limit = 5,
): string {
  const list = row[key];
  if (!Array.isArray(list)) return '';
  const separator = ctx.lang === 'zh' ? '、' : ', ';
  return list
    .slice(0, limit)
    .flatMap((item: IndicatorValue) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return [];
      const name = item[nameKey];
      const count = item.count;
      if (typeof name !== 'string') return [];
      return [typeof count === 'number' ? `${name} (${ctx.fmt.count(count)})` : name];
    })
    .join(separator);
}

export function clustersSection(ctx: SectionContext): ReportSection {
  return section(
    ctx,
    'clusters',
    ['clusters'],
    [
      ...indicatorBlocks(ctx, 'clusters', (result) => [
        indicatorTable(ctx, result, {
          id: 'clusters',
          title: ctx.dict.tables.clusters,
          columns: [
            column(ctx, 'rank', 'count'),
            column(ctx, 'cluster', 'text'),
            column(ctx, 'countries', 'text'),
            column(ctx, 'count', 'count'),
            column(ctx, 'share', 'share'),
            column(ctx, 'topApplicants', 'text'),
            column(ctx, 'topFields', 'text'),
          ],
          rows: result.data.map((r) => [
            num(r, 'rank'),
            str(r, 'name'),
            Array.isArray(r.countries) ? r.countries.join(', ') : '',
            num(r, 'count'),
            num(r, 'share'),
            namedCounts(ctx, r, 'topApplicants', 'name', 3),
            namedCounts(ctx, r, 'topFields', 'fieldName', 3),
          ]),
        }),
      ]),
    ],
  );
}
