/**
 * The candidate closest to a misspelt word (case, `-` and `_` ignored), or null when none is close:
 * `keyword` -> `keywords`, `exclude-codes` -> `exclude_codes`, `platfrom` -> `platform`.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | null {
  const target = fold(word);
  const limit = target.length <= 3 ? 1 : Math.max(2, Math.floor(target.length / 3));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function fold(word: string): string {
  return word.toLowerCase().replace(/-/g, '_');
}

/** Levenshtein distance with one rolling row. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
