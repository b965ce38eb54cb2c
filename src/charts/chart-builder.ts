import type { IndicatorResult, IndicatorRow } from '../indicators/indicator-types.js';
import type { ChartSpec, Lang } from './chart-spec.js';
import { baseOption, CHART_WIDTH } from './chart-style.js';

/** Builds the charts of one indicator from its result (the result is supported and has rows). */
export type ChartBuilder = (result: IndicatorResult, lang: Lang) => ChartSpec[];

/**
 * The rows of a result as the indicator's own row type. The registry pairs each builder with the indicator
 * that produced the rows, so the shape is the one the indicator module exports.
 */
export function rowsOf<R extends IndicatorRow>(result: IndicatorResult): R[] {
  return result.data as R[];
}

export interface ChartSpecInput {
  result: IndicatorResult;
  lang: Lang;
  /** Appended to the indicator id when an indicator has several charts (`category-share.layers`). */
  suffix?: string;
  /** Caption; the indicator's title by default. */
  title?: string;
  height: number;
  option: Record<string, unknown>;
  drillable: boolean;
}

/** A chart spec with the shared base options; the title is the caption outside the chart, not drawn in it. */
export function chartSpec(input: ChartSpecInput): ChartSpec {
  const { definition } = input.result;
  return {
    id: input.suffix ? `${definition.id}.${input.suffix}` : definition.id,
    indicatorId: definition.id,
    title: input.title ?? definition.title[input.lang],
    width: CHART_WIDTH,
    height: input.height,
    option: { ...baseOption(), ...input.option },
    drillable: input.drillable,
  };
}
