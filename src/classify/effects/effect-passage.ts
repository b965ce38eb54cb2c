import type { LanguageMatchers } from './effect-lexicon.js';

/**
 * The units of an "advantageous effects" passage (有益效果, "beneficial effects"): from its heading to the
 * next section heading (附图说明, "detailed description") or the end of the text; null when there is none.
 * METHODS §7: the passage is the applicant's own statement of the effects, so it is preferred.
 */
export function effectPassage(
  units: readonly string[],
  matchers: LanguageMatchers,
): { start: number; end: number } | null {
  const start = matchers.passageStarts.find(units)[0];
  if (!start) return null;
  const end = matchers.passageEnds.find(units).find((e) => e.start >= start.end);
  return { start: start.start, end: end ? end.start : units.length };
}
