/**
 * PatentsView assignee split rules (PatentsView-Disambiguation `names.py`): when a pattern splits the name
 * into exactly two parts, keep the part after it (`c/o`, `on behalf of`, `board of regents of`, `as
 * represented by the secretary of`) or before it (`also trading as`, `acting by and through`). Word
 * boundaries are added to the source's patterns so that `as` inside `Texas` or `Nasa` never splits.
 * @example splitAssigneeName('The United States of America as represented by the Secretary of the Navy') // 'the Navy'
 */
export function splitAssigneeName(name: string): string {
  if (!MAY_SPLIT.test(name)) return name;
  for (const pattern of KEEP_AFTER) {
    const kept = splitOnce(name, pattern)?.[1];
    if (kept) return kept;
  }
  for (const pattern of KEEP_BEFORE) {
    const kept = splitOnce(name, pattern)?.[0];
    if (kept) return kept;
  }
  return name;
}

const KEEP_AFTER: readonly RegExp[] = [
  /\bas\b.*\bby\b.*\bof\b/gi,
  /\bon behalf of\b/gi,
  /\bas\b.*\bby\b/gi,
  /(?:^|\s|,)c\/o\b/gi,
  /\bboard of regents of\b/gi,
];

const MAY_SPLIT = /\bas\b|\bon behalf of\b|c\/o\b|\bboard of regents of\b|\bacting by and through\b/i;

const KEEP_BEFORE: readonly RegExp[] = [/\balso trading as\b/gi, /\bacting by and through\b/gi];

/** The two parts around the pattern (either may be empty), or null unless it occurs exactly once. */
function splitOnce(name: string, pattern: RegExp): [string, string] | null {
  const matches = [...name.matchAll(pattern)];
  if (matches.length !== 1) return null;
  const match = matches[0]!;
  const before = name
    .slice(0, match.index)
    .replace(/[\s,;]+$/, '')
    .trim();
  const after = name
    .slice((match.index ?? 0) + match[0].length)
    .replace(/^[\s,;:]+/, '')
    .trim();
  return [before, after];
}
