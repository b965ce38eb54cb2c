/**
 * A header cell reduced for matching: NFKC folds full-width forms (`公开（公告）号` and `公开(公告)号`
 * become one), whitespace goes (`标题 (中文)` = `标题(中文)`), Latin letters are lower-cased.
 */
export function headerKey(cell: string): string {
  return cell
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Position of every header key (the first one wins when a header repeats a column). */
export function headerIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = headerKey(cell);
    if (key !== '' && !index.has(key)) index.set(key, i);
  });
  return index;
}

/** The column of the first alternative present in the header, or undefined. */
export function findColumn(index: Map<string, number>, column: string | string[]): number | undefined {
  for (const name of Array.isArray(column) ? column : [column]) {
    const at = index.get(headerKey(name));
    if (at !== undefined) return at;
  }
  return undefined;
}
