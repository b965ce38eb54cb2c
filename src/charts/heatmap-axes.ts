import { categoryAxis, TEXT_COLOR } from './chart-style.js';

/**
 * The axes of a row x column heatmap: column names on top, wrapped to their cell width; row names on the left,
 * truncated to the 210 px grid margin; shaded bands behind alternate cells.
 */
export function heatmapAxes(
  columnNames: string[],
  rowNames: string[],
  columnWidth: number,
): { xAxis: Record<string, unknown>; yAxis: Record<string, unknown> } {
  return {
    xAxis: categoryAxis(columnNames, {
      position: 'top',
      splitArea: { show: true },
      axisTick: { show: false },
      axisLabel: { color: TEXT_COLOR, interval: 0, width: columnWidth, overflow: 'break', lineHeight: 14 },
    }),
    yAxis: categoryAxis(rowNames, {
      inverse: true,
      splitArea: { show: true },
      axisLabel: { color: TEXT_COLOR, width: 194, overflow: 'truncate' },
    }),
  };
}
