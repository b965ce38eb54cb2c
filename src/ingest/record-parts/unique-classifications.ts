import type { ClassificationEntry } from '../../domain/patent-record.js';

/** The entries with each scheme and symbol kept once, at its first (most significant) listing. */
export function uniqueClassifications(entries: ClassificationEntry[]): ClassificationEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.scheme}:${e.symbol}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
