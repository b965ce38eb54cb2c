import { type Compound, conjunctionBetween, type TextFacts, triggerBetween } from './effect-items.js';

const MAX_OTHER_UNITS = { en: 2, zh: 4 } as const;

/**
 * The attributes coordinated with a paired one, which share its cue: forward from `提高效率和准确性`
 * or `reduce latency, power and cost`, backward from `accuracy and efficiency are improved`. A chain goes on
 * while the next attribute is joined by a conjunction or a list comma and has no cue of its own; each chained
 * compound is added to `taken`. Only cue pairs chain across a list comma: a degree word describes one item
 * (`high-upfront cost, uncertain durability`).
 */
export function chainedCompounds(
  facts: TextFacts,
  compounds: readonly Compound[],
  pair: { compound: Compound; forward: boolean; acrossClauses: boolean },
  taken: Set<Compound>,
): Compound[] {
  const chained: Compound[] = [];
  let current = pair.compound;
  while (true) {
    const index = compounds.indexOf(current);
    const next = compounds[pair.forward ? index + 1 : index - 1];
    if (!next || taken.has(next)) break;
    const [first, second] = pair.forward ? [current, next] : [next, current];
    const linked = isLinked(facts, first, second, pair.acrossClauses);
    if (!linked) break;
    taken.add(next);
    chained.push(next);
    current = next;
  }
  return chained;
}

/** Whether `first` and `second` (in text order) are items of one coordination. */
function isLinked(facts: TextFacts, first: Compound, second: Compound, acrossClauses: boolean): boolean {
  const clauseStep = second.clause - first.clause;
  const acrossList = acrossClauses && clauseStep === 1 && facts.clauses[second.clause]!.listBefore;
  if (clauseStep !== 0 && !acrossList) return false;
  if (triggerBetween(facts, first.end, second.start)) return false;
  const joined = conjunctionBetween(facts, first.end, second.start);
  if (!joined && !acrossList) return false;
  let other = 0;
  for (let u = first.end; u < second.start; u += 1) if (!facts.conjunction[u]) other += 1;
  return other <= MAX_OTHER_UNITS[facts.lang];
}
