import type { IndicatorResult } from '../../../indicators/indicator-types.js';
import type { ReportSection, ReportTable } from '../report-model.js';
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

const MEMBERS_SHOWN = 5;

/** Co-application measures, the strongest pairs and the communities of the co-applicant network. */
export function collaborationSection(ctx: SectionContext): ReportSection {
  const { dict } = ctx;
  return section(
    ctx,
    'collaboration',
    ['collaboration', 'co-applicants', 'co-applicant-communities'],
    [
      ...indicatorBlocks(ctx, 'collaboration', (result) => [
        measureTable(ctx, result, 'collaboration', dict.tables.collaboration),
      ]),
      ...indicatorBlocks(ctx, 'co-applicants', (result) => [
        indicatorTable(ctx, result, {
          id: 'co-applicants',
          title: dict.tables.coApplicants,
          columns: [
            column(ctx, 'applicantA', 'text'),
            column(ctx, 'applicantB', 'text'),
            column(ctx, 'count', 'count'),
          ],
          rows: result.data.map((r) => [str(r, 'a'), str(r, 'b'), num(r, 'count')]),
          htmlRows: 15,
        }),
      ]),
      ...indicatorBlocks(ctx, 'co-applicant-communities', (result) => [communityTable(ctx, result)]),
    ],
  );
}

function communityTable(ctx: SectionContext, result: IndicatorResult): ReportTable {
  const byCommunity = new Map<number, { name: string; degree: number }[]>();
  for (const r of result.data) {
    const community = num(r, 'community') ?? 0;
    const members = byCommunity.get(community) ?? [];
    members.push({ name: str(r, 'applicant'), degree: num(r, 'degree') ?? 0 });
    byCommunity.set(community, members);
  }
  const separator = ctx.lang === 'zh' ? '、' : ', ';
  const rows = [...byCommunity.entries()]
    .sort(([a], [b]) => a - b)
    .map(([community, members]) => [
      community,
      members.length,
      [...members]
        .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name))
        .slice(0, MEMBERS_SHOWN)
        .map((m) => m.name)
        .join(separator),
    ]);
  return indicatorTable(ctx, result, {
    id: 'communities',
    title: ctx.dict.tables.communities,
    columns: [
      column(ctx, 'community', 'count'),
      column(ctx, 'applicants', 'count'),
      column(ctx, 'members', 'text'),
    ],
    rows,
    htmlRows: 10,
  });
}
