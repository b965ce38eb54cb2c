import type { TopApplicantRow } from '../../indicators/applicants/top-applicants.js';
import { horizontalBarHeight, horizontalBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { SECTOR_LABELS } from '../chart-labels.js';
import { PALETTE } from '../chart-style.js';
import { countAxisName } from '../chart-text.js';

/** Sector colours, shared with the sector chart. */
export const SECTOR_COLORS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(SECTOR_LABELS).map((sector, i) => [sector, PALETTE[i % PALETTE.length] ?? '#3b6ea8']),
);

/** Units per harmonised applicant (whole counting), largest first, coloured by sector with a sector legend. */
export const topApplicantsCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<TopApplicantRow>(result);
  return [
    chartSpec({
      result,
      lang,
      height: horizontalBarHeight(rows.length) + 28,
      drillable: true,
      option: horizontalBarOption(
        rows.map((r) => ({
          label: r.applicant,
          value: r.count,
          drill: { applicant: r.applicantId },
          color: SECTOR_COLORS[r.sector] ?? '#9aa1a9',
          group: SECTOR_LABELS[r.sector]?.[lang] ?? r.sector,
        })),
        countAxisName({ ...result.definition, counting: 'whole' }, lang),
      ),
    }),
  ];
};
