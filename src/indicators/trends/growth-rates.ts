/** CAGR = (N_end / N_start)^(1 / (end - start)) - 1; null when N_start is 0 or the window is empty. */
export function cagr(start: number, end: number, nStart: number, nEnd: number): number | null {
  if (end <= start || nStart <= 0) return null;
  return (nEnd / nStart) ** (1 / (end - start)) - 1;
}

/**
 * Log-linear trend growth: exp(beta) - 1 where beta is the OLS slope of ln N_y on y over the years with N_y > 0
 * (years with no units have no logarithm and are left out). Null with fewer than two such years.
 */
export function logLinearGrowth(points: readonly { year: number; count: number }[]): number | null {
  const used = points.filter((p) => p.count > 0);
  if (used.length < 2) return null;
  const meanX = used.reduce((s, p) => s + p.year, 0) / used.length;
  const meanY = used.reduce((s, p) => s + Math.log(p.count), 0) / used.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of used) {
    sxy += (p.year - meanX) * (Math.log(p.count) - meanY);
    sxx += (p.year - meanX) ** 2;
  }
  return Math.exp(sxy / sxx) - 1;
}
