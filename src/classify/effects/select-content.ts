import type { Item } from './effect-items.js';
import type { ContentValue } from './effect-lexicon.js';
import type { TermMatch } from './term-matcher.js';

const PRIORITY: Record<ContentValue['kind'], number> = { phrase: 0, attribute: 1, cue: 2, degree: 3 };

/**
 * Overlapping content terms resolved leftmost-longest, so that 降低成本 reads 降低 + 成本 (not 低成本) and
 * `error rate` beats `error`; on an exact tie a phrase beats an attribute, a cue and a degree word. A term
 * that straddles a clause boundary (`speed, up`) does not count.
 */
export function selectContent(
  matches: readonly TermMatch<ContentValue>[],
  clauseOf: readonly number[],
): Item[] {
  const sorted = [...matches].sort(
    (a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.value.kind] - PRIORITY[b.value.kind],
  );
  const items: Item[] = [];
  let reached = 0;
  for (const match of sorted) {
    if (match.start < reached) continue;
    const clause = clauseOf[match.start]!;
    if (clauseOf[match.end - 1] !== clause) continue;
    items.push({ start: match.start, end: match.end, clause, value: match.value });
    reached = match.end;
  }
  return items;
}
