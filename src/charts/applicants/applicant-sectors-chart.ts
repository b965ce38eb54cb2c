import type { ApplicantSectorRow } from '../../indicators/applicants/applicant-sectors.js';
import { columnBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { labelOf, SECTOR_LABELS } from '../chart-labels.js';
import { percent, SHARE_AXIS } from '../chart-text.js';
import { SECTOR_COLORS } from './top-applicants-chart.js';

/** Share of units per applicant sector (fractional counting), enterprises first as the indicator orders them. */
export const applicantSectorsCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<ApplicantSectorRow>(result).filter((r) => r.count > 0);
  return [
    chartSpec({
      result,
      lang,
      height: 300,
      drillable: false,
      option: columnBarOption(
        rows.map((r) => ({
          label: labelOf(SECTOR_LABELS, r.sector, lang),
          value: percent(r.share),
          color: SECTOR_COLORS[r.sector],
        })),
        SHARE_AXIS[lang],
        '%',
      ),
    }),
  ];
};
