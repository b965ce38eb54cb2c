export interface YearCount {
  year: number;
  count: number;
  incomplete: boolean;
}

/** The years to draw: from the first year with data (leading empty years only stretch the axis). */
export function drawnYears<R extends { year: number; count: number }>(rows: readonly R[]): number[] {
  const totals = new Map<number, number>();
  for (const row of rows) totals.set(row.year, (totals.get(row.year) ?? 0) + row.count);
  const years = [...totals.keys()].sort((a, b) => a - b);
  const first = years.findIndex((y) => (totals.get(y) ?? 0) > 0);
  return first < 0 ? [] : years.slice(first);
}

/** The incomplete years among the drawn ones, as flagged by the indicator rows. */
export function incompleteYears(rows: readonly YearCount[], years: readonly number[]): number[] {
  const flagged = new Set(rows.filter((r) => r.incomplete).map((r) => r.year));
  return years.filter((y) => flagged.has(y));
}

/** A bar item for one year: its value and the year filter a click narrows to. */
export function yearItem(year: number, value: number): Record<string, unknown> {
  return { value, drill: { from: year, to: year } };
}

/** A grey band over the incomplete years of a line chart (the note under the chart says why). */
export function incompleteShade(years: readonly number[]): Record<string, unknown> | null {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return null;
  return {
    silent: true,
    itemStyle: { color: 'rgba(122,128,137,0.10)' },
    data: [[{ xAxis: String(first) }, { xAxis: String(last) }]],
  };
}
