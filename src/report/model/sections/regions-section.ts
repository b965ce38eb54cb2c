import type { ReportSection } from '../report-model.js';
import {
  column,
  countryName,
  indicatorBlocks,
  indicatorTable,
  num,
  type SectionContext,
  section,
  str,
} from '../section-kit.js';

/** Origin countries (and over time), world regions, Chinese provinces and national specialisation. */
export function regionsSection(ctx: SectionContext): ReportSection {
  const { dict } = ctx;
  const ids = ['country-share', 'country-trend', 'region-trend', 'province-share', 'specialisation'];
  return section(ctx, 'regions', ids, [
    ...indicatorBlocks(ctx, 'country-share', (result) => [
      indicatorTable(ctx, result, {
        id: 'countries',
        title: dict.tables.countries,
        columns: [
          column(ctx, 'countryCode', 'text'),
          column(ctx, 'country', 'text'),
          column(ctx, 'count', 'count'),
          column(ctx, 'share', 'share'),
        ],
        rows: result.data.map((r) => [
          str(r, 'country'),
          countryName(ctx, r),
          num(r, 'count'),
          num(r, 'share'),
        ]),
        htmlRows: 20,
      }),
    ]),
    ...indicatorBlocks(ctx, 'country-trend'),
    ...indicatorBlocks(ctx, 'region-trend'),
    ...indicatorBlocks(ctx, 'province-share', (result) => [
      indicatorTable(ctx, result, {
        id: 'provinces',
        title: dict.tables.provinces,
        columns: [
          column(ctx, 'code', 'text'),
          column(ctx, 'province', 'text'),
          column(ctx, 'count', 'count'),
          column(ctx, 'share', 'share'),
        ],
        rows: result.data.map((r) => [
          str(r, 'code'),
          ctx.lang === 'zh' ? str(r, 'nameZh') || str(r, 'name') : str(r, 'name'),
          num(r, 'count'),
          num(r, 'share'),
        ]),
      }),
    ]),
    ...indicatorBlocks(ctx, 'specialisation'),
  ]);
}
