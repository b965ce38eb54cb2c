import type { ScenarioRow } from '../../indicators/applicants/scenarios.js';
import { horizontalBarHeight, horizontalBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import type { Lang } from '../chart-spec.js';
import { countAxisName } from '../chart-text.js';

/** The rows name a scenario "Smart healthcare / 智慧医疗": the part in the chart's language. */
function scenarioName(name: string, lang: Lang): string {
  const [en, zh] = name.split(' / ');
  return (lang === 'zh' ? zh : en) ?? name;
}

/** Units per application scenario (AI+), largest first; a click lists the scenario's patents. */
export const scenariosCharts: ChartBuilder = (result, lang) => {
  const rows = [...rowsOf<ScenarioRow>(result)].sort((a, b) => b.count - a.count);
  return [
    chartSpec({
      result,
      lang,
      height: horizontalBarHeight(rows.length),
      drillable: true,
      option: horizontalBarOption(
        rows.map((r) => ({
          label: scenarioName(r.name, lang),
          value: r.count,
          drill: { category: r.scenario },
        })),
        countAxisName(result.definition, lang),
      ),
    }),
  ];
};
