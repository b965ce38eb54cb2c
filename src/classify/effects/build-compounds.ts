import {
  type AttributeItem,
  type Compound,
  conjunctionBetween,
  type TextFacts,
  triggerBetween,
} from './effect-items.js';

// Words that end a noun compound: `accuracy of the security check` is two phrases, `security check accuracy` one.
const EN_BREAKS = new Set(
  'of for in on at to by with from the a an while which that is are was were be as than into over under via per its their this these those when where whereby thereby and or'.split(
    ' ',
  ),
);
const ZH_BREAKS = new Set([...'在对于将把使从由被为以而并且和及与或是有']);
const WORD = /[\p{L}\p{N}]/u;
const MAX_GAP = { en: 2, zh: 6 } as const;

/**
 * Merge attributes that follow each other inside one noun phrase into a compound whose head is the last
 * (Chinese and English compounds are head-final): in 提高能耗预测精度 the cue raises 精度, not 能耗.
 */
export function buildCompounds(attributes: readonly AttributeItem[], facts: TextFacts): Compound[] {
  const compounds: Compound[] = [];
  let current: Compound | null = null;
  for (const attribute of attributes) {
    if (current && continues(current, attribute, facts)) {
      current.end = attribute.end;
      current.head = attribute;
      continue;
    }
    current = { start: attribute.start, end: attribute.end, clause: attribute.clause, head: attribute };
    compounds.push(current);
  }
  return compounds;
}

function continues(current: Compound, next: AttributeItem, facts: TextFacts): boolean {
  if (next.clause !== current.clause) return false;
  const gap = next.start - current.end;
  if (gap < 0 || gap > MAX_GAP[facts.lang]) return false;
  if (triggerBetween(facts, current.end, next.start) || conjunctionBetween(facts, current.end, next.start)) {
    return false;
  }
  const breaks = facts.lang === 'en' ? EN_BREAKS : ZH_BREAKS;
  for (let u = current.end; u < next.start; u += 1) {
    const unit = facts.units[u]!;
    if (breaks.has(unit) || !WORD.test(unit)) return false;
  }
  return true;
}
