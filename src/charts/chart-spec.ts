import type { IndicatorParams } from '../indicators/indicator-params.js';

/** The two languages every label, sentence and chart of Patlas is written in. */
export type Lang = 'zh' | 'en';

/**
 * Filters a click on a chart element narrows to (the dashboard lists the patents behind it). Keys are the
 * indicator filters; a data item of a chart option carries one as `drill`.
 */
export type DrillFilter = Partial<
  Pick<IndicatorParams, 'from' | 'to' | 'category' | 'country' | 'applicant'>
>;

/**
 * One chart as an ECharts option of plain JSON (no functions: formatters are template strings), so that the same
 * option renders to SVG on the server for the report and in the browser for the dashboard.
 */
export interface ChartSpec {
  /** Stable id: the indicator id, with a suffix when an indicator has several charts (`growth.cagr`). */
  id: string;
  /** The indicator the chart draws. */
  indicatorId: string;
  /** Title in the chart's language (also the figure caption). */
  title: string;
  width: number;
  height: number;
  option: Record<string, unknown>;
  /** Whether data items carry `drill` filters (a click can list the patents behind them). */
  drillable: boolean;
}
