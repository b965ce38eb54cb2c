import type { LegalStatusRow } from '../../indicators/family/legal-status.js';
import { columnBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { LEGAL_STATUS_LABELS, labelOf } from '../chart-labels.js';
import { PALETTE } from '../chart-style.js';
import { countAxisName } from '../chart-text.js';

/** A colour per status, the same in every chart: in force/granted green, pending blue, lapsed red, rest grey. */
const STATUS_COLORS: Readonly<Record<string, string>> = {
  'in-force': '#6a9f58',
  granted: '#6a9f58',
  pending: PALETTE[0] ?? '#3b6ea8',
  application: PALETTE[0] ?? '#3b6ea8',
  lapsed: '#c8566b',
  'utility-model': '#4aa3a2',
  design: '#8e6bb0',
};

/** Units per legal status (or document type), in the indicator's order, each labelled with its count. */
export const legalStatusCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<LegalStatusRow>(result);
  return [
    chartSpec({
      result,
      lang,
      height: 320,
      drillable: false,
      option: columnBarOption(
        rows.map((r) => ({
          label: labelOf(LEGAL_STATUS_LABELS, r.status, lang),
          value: r.count,
          color: STATUS_COLORS[r.status] ?? '#9aa1a9',
        })),
        countAxisName(result.definition, lang),
      ),
    }),
  ];
};
