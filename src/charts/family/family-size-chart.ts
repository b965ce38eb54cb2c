import type { FamilySizeRow } from '../../indicators/family/family-size.js';
import { columnBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { countAxisName } from '../chart-text.js';

const SIZE_LABEL = { en: (n: number) => `${n}`, zh: (n: number) => `${n}件` };
const SIZE_AXIS = { en: 'Publications in the family', zh: '同族公开文本数' };

/** Units per family size (publications in the simple family). */
export const familySizeCharts: ChartBuilder = (result, lang) => {
  const rows = [...rowsOf<FamilySizeRow>(result)].sort((a, b) => a.size - b.size);
  const option = columnBarOption(
    rows.map((r) => ({ label: SIZE_LABEL[lang](r.size), value: r.count })),
    countAxisName(result.definition, lang),
  );
  return [
    chartSpec({
      result,
      lang,
      height: 320,
      drillable: false,
      option: {
        ...option,
        xAxis: { ...(option.xAxis as object), name: SIZE_AXIS[lang], nameLocation: 'middle', nameGap: 30 },
      },
    }),
  ];
};
