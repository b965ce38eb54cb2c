import type { DrillFilter } from './chart-spec.js';
import { categoryAxis, GRID_LINE_COLOR, TEXT_COLOR, valueAxis } from './chart-style.js';

export interface BarItem {
  label: string;
  value: number;
  drill?: DrillFilter;
  color?: string;
  /** A legend entry the bar belongs to (techstack layer); bars of one group share a series and colour. */
  group?: string;
}

const ROW_HEIGHT = 26;
const LABEL_WIDTH = 210;

/** Height of a horizontal bar chart with n bars. */
export function horizontalBarHeight(n: number): number {
  return Math.max(160, 56 + ROW_HEIGHT * n);
}

/** Room the longest label needs (CJK glyphs are about twice as wide as Latin ones), capped: longer ones are cut. */
function labelRoom(labels: readonly string[]): number {
  const widest = Math.max(
    0,
    ...labels.map((l) => [...l].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0)),
  );
  return Math.min(LABEL_WIDTH, widest) + 16;
}

/** A bar item of plain JSON: value, optional colour and the filter a click narrows to. */
function barData(item: BarItem): Record<string, unknown> {
  return {
    value: item.value,
    ...(item.drill ? { drill: item.drill } : {}),
    ...(item.color ? { itemStyle: { color: item.color } } : {}),
  };
}

function colorOf(item: BarItem | undefined): Record<string, unknown> {
  return item?.color ? { itemStyle: { color: item.color } } : {};
}

/**
 * Horizontal bars, largest first from the top, each labelled with its value (and `valueSuffix`, e.g. "%").
 * Long names are truncated to the label column; the full name stays in the tooltip.
 */
export function horizontalBarOption(
  items: readonly BarItem[],
  axisName: string,
  valueSuffix = '',
): Record<string, unknown> {
  const labels = items.map((i) => i.label);
  const grouped = items.some((i) => i.group);
  const groups = grouped ? [...new Set(items.map((i) => i.group ?? ''))] : [];
  const label = {
    show: true,
    position: 'right',
    formatter: `{c}${valueSuffix}`,
    color: TEXT_COLOR,
    fontSize: 11,
  };
  const series =
    groups.length === 0
      ? [{ type: 'bar', barMaxWidth: 18, label, data: items.map(barData) }]
      : groups.map((group) => ({
          type: 'bar',
          name: group,
          stack: 'bars',
          barMaxWidth: 18,
          label,
          ...colorOf(items.find((i) => (i.group ?? '') === group)),
          data: items.map((i) => ((i.group ?? '') === group ? barData({ ...i, color: undefined }) : '-')),
        }));
  return {
    tooltip: { trigger: 'item', formatter: `{b}: {c}${valueSuffix}` },
    ...(groups.length > 0 ? { legend: { bottom: 4, left: 'center', textStyle: { color: TEXT_COLOR } } } : {}),
    grid: { left: labelRoom(labels), right: 56, top: 32, bottom: groups.length > 0 ? 40 : 16 },
    xAxis: valueAxis(axisName, {
      nameLocation: 'end',
      nameTextStyle: { color: TEXT_COLOR, align: 'right', verticalAlign: 'bottom', padding: [0, 0, 8, 0] },
      position: 'top',
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    }),
    yAxis: categoryAxis(labels, {
      inverse: true,
      axisTick: { show: false },
      axisLabel: { color: TEXT_COLOR, width: LABEL_WIDTH, overflow: 'truncate' },
    }),
    series,
  };
}

/** Vertical bars over named categories (few of them), each labelled with its value. */
export function columnBarOption(
  items: readonly BarItem[],
  axisName: string,
  valueSuffix = '',
): Record<string, unknown> {
  return {
    tooltip: { trigger: 'item', formatter: `{b}: {c}${valueSuffix}` },
    grid: { left: 64, right: 24, top: 40, bottom: 56 },
    xAxis: categoryAxis(
      items.map((i) => i.label),
      { axisLabel: { color: TEXT_COLOR, interval: 0, width: 110, overflow: 'break' } },
    ),
    yAxis: valueAxis(axisName),
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: {
          show: true,
          position: 'top',
          formatter: `{c}${valueSuffix}`,
          color: TEXT_COLOR,
          fontSize: 11,
        },
        data: items.map(barData),
      },
    ],
  };
}
