/** Numbers for people: thousands separators, percentages with one decimal. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');
export const formatShare = (share: number): string => `${(share * 100).toFixed(1)}%`;
export const formatBytes = (n: number): string =>
  n >= 1e9
    ? `${(n / 1e9).toFixed(2)} GB`
    : n >= 1e6
      ? `${(n / 1e6).toFixed(1)} MB`
      : `${(n / 1e3).toFixed(1)} kB`;
