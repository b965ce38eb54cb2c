import type { Compound, CueItem, Span, TextFacts } from './effect-items.js';

const NEAR = 2;

/**
 * Cues that together state that a level is kept, not changed: a preventer before a lowering cue
 * (`avoiding reductions in accuracy`, `避免降低精度`) or before an attribute and its lowering cue
 * (`防止精度下降`, `prevent accuracy degradation`). Keeping a level is not an effect (see the labelling
 * guideline), so the preventer's own cue and the lowering cue are returned, to be left out of the pairing.
 */
export function keptLevelCues(
  facts: TextFacts,
  preventers: readonly Span[],
  cues: readonly CueItem[],
  compounds: readonly Compound[],
): Set<CueItem> {
  const ignored = new Set<CueItem>();
  for (const preventer of preventers) {
    const own = cues.find((c) => c.start < preventer.end && c.end > preventer.start);
    const clause = facts.clauseOf[preventer.start];
    const lowering = cues.find(
      (c) => c !== own && c.start >= preventer.end && c.clause === clause && isLowering(c),
    );
    if (!lowering) continue;
    const between = compounds.filter((k) => k.start >= preventer.end && k.end <= lowering.start);
    const adjacent =
      between.length === 0 &&
      lowering.start - preventer.end <= NEAR &&
      !facts.conjunction.slice(preventer.end, lowering.start).includes(true);
    const around =
      between.length === 1 &&
      between[0]!.start - preventer.end <= facts.window &&
      lowering.start - between[0]!.end <= NEAR;
    if (!adjacent && !around) continue;
    if (own) ignored.add(own);
    ignored.add(lowering);
  }
  return ignored;
}

function isLowering(cue: CueItem): boolean {
  return cue.value.cue === 'decrease' || cue.value.cue === 'worse';
}
