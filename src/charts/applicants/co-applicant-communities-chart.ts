import type { CoApplicantCommunityRow } from '../../indicators/applicants/co-applicant-communities.js';
import { horizontalBarHeight, horizontalBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';

const TOP = 15;
const MEMBERS_AXIS = { en: 'Applicants in the community', zh: '社群内申请人数量' };

/** "BRAIN +4" / "BRAIN 等5位": a community named by its member with the most units. */
function communityName(lead: string, members: number, lang: 'en' | 'zh'): string {
  if (members === 1) return lead;
  return lang === 'zh' ? `${lead} 等${members}位` : `${lead} +${members - 1}`;
}

/** The largest co-applicant communities by members, each named by its leading applicant. */
export const coApplicantCommunitiesCharts: ChartBuilder = (result, lang) => {
  const members = new Map<number, CoApplicantCommunityRow[]>();
  for (const r of rowsOf<CoApplicantCommunityRow>(result)) {
    members.set(r.community, [...(members.get(r.community) ?? []), r]);
  }
  const communities = [...members.entries()]
    .map(([community, rows]) => ({
      community,
      rows,
      lead: [...rows].sort(
        (a, b) => b.count - a.count || b.degree - a.degree || a.applicantId.localeCompare(b.applicantId),
      )[0],
    }))
    .sort((a, b) => b.rows.length - a.rows.length || a.community - b.community)
    .slice(0, TOP);
  return [
    chartSpec({
      result,
      lang,
      height: horizontalBarHeight(communities.length),
      drillable: true,
      option: horizontalBarOption(
        communities.map((c) => ({
          label: communityName(c.lead?.applicant ?? String(c.community), c.rows.length, lang),
          value: c.rows.length,
          ...(c.lead ? { drill: { applicant: c.lead.applicantId } } : {}),
        })),
        MEMBERS_AXIS[lang],
      ),
    }),
  ];
};
