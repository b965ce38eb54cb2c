import { chainedCompounds } from './chain-compounds.js';
import {
  type Compound,
  type CueItem,
  conjunctionBetween,
  type DegreeItem,
  type Draft,
  directionOf,
  type Item,
  type PhraseItem,
  polarityOf,
  type Span,
  type TextFacts,
  triggerBetween,
} from './effect-items.js';
import { keptLevelCues } from './kept-levels.js';

// Words allowed between an attribute and the cue or degree word after it: `accuracy is further improved`.
const EN_TIGHT = new Set(
  'is are was were be been being can could may might will would should shall also further significantly greatly substantially considerably markedly dramatically effectively thereby thus both all much very largely remarkably noticeably then still even'.split(
    ' ',
  ),
);
const ZH_TIGHT = new Set([...'得到以被的大显著有效明进一步幅也均都会能可将获所随之相应更较极地了还就亦']);
const ZH_BEFORE_DEGREE = new Set(['的']);

type Trigger = CueItem | DegreeItem;
interface Pair {
  trigger: Trigger;
  compound: Compound;
  forward: boolean;
}

/**
 * Pair direction cues and degree words with attributes inside a clause, extend each pair over coordinated
 * attributes (`提高效率和准确性`), and add the self-contained phrases (`faster`, `更准确`, `accelerate`).
 */
export function pairEffects(
  facts: TextFacts,
  items: readonly Item[],
  compounds: readonly Compound[],
  preventers: readonly Span[],
): Draft[] {
  const allCues = items.filter((i): i is CueItem => i.value.kind === 'cue');
  const kept = keptLevelCues(facts, preventers, allCues, compounds);
  const cues = allCues.filter((c) => !kept.has(c));
  const degrees = items.filter((i): i is DegreeItem => i.value.kind === 'degree');
  const pairs = cuePairs(facts, cues, compounds);
  const taken = new Set(pairs.map((p) => p.compound));
  pairs.push(...degreePairs(facts, degrees, compounds, taken));
  const drafts: Draft[] = [];
  for (const pair of pairs) {
    const chain = { ...pair, acrossClauses: pair.trigger.value.kind === 'cue' };
    for (const compound of [pair.compound, ...chainedCompounds(facts, compounds, chain, taken)]) {
      drafts.push(pairDraft(pair.trigger, compound));
    }
  }
  for (const item of items) {
    if (item.value.kind === 'phrase') drafts.push(phraseDraft(item as PhraseItem));
  }
  return drafts;
}

/**
 * Cue–attribute pairs, best first: a cue before its attribute (nearer is better, across a conjunction worse),
 * then an attribute right before its cue; each cue and each attribute is used once.
 */
function cuePairs(facts: TextFacts, cues: readonly CueItem[], compounds: readonly Compound[]): Pair[] {
  const candidates: (Pair & { score: number })[] = [];
  for (const cue of cues) {
    for (const compound of compounds) {
      if (compound.clause !== cue.clause) continue;
      const score = cueScore(facts, cue, compound);
      if (score !== null)
        candidates.push({ trigger: cue, compound, forward: cue.end <= compound.start, score });
    }
  }
  candidates.sort(
    (a, b) => b.score - a.score || a.trigger.start - b.trigger.start || a.compound.start - b.compound.start,
  );
  const usedCues = new Set<CueItem>();
  const usedCompounds = new Set<Compound>();
  const pairs: Pair[] = [];
  for (const candidate of candidates) {
    const cue = candidate.trigger as CueItem;
    if (usedCues.has(cue) || usedCompounds.has(candidate.compound)) continue;
    usedCues.add(cue);
    usedCompounds.add(candidate.compound);
    pairs.push(candidate);
  }
  return pairs;
}

function cueScore(facts: TextFacts, cue: CueItem, compound: Compound): number | null {
  const kind = cue.value.cue;
  const head = compound.head.value;
  if (kind === 'achieve' && !facts.achieveEffects.has(head.effect)) return null;
  const forward = cue.end <= compound.start;
  if (!forward && (kind === 'absence' || kind === 'achieve')) return null;
  const [from, to] = forward ? [cue.end, compound.start] : [compound.end, cue.start];
  const gap = to - from;
  if (gap < 0 || gap > Math.min(facts.window, head.window ?? Number.POSITIVE_INFINITY)) return null;
  if (triggerBetween(facts, from, to, true)) return null;
  if (forward) {
    if (newSubject(facts, from, to) || ofObject(facts, from, to)) return null;
    return 100 - gap - (conjunctionBetween(facts, from, to) ? 40 : 0);
  }
  // An attribute right before a nominal cue (`accuracy improvement`, `cost reduction`) belongs to it even
  // when an attribute follows (`accuracy improvement with 2x computational cost`).
  if (gap === 0 && facts.lang === 'en') return 100;
  // Otherwise only with nothing but copulas and adverbs between (`accuracy is improved`), or an English
  // prepositional phrase and then those (`the costs of the package can be decreased`): farther back the
  // attribute is usually the subject of another verb.
  if (allIn(facts, from, to, tightWords(facts)) || prepositionThenTight(facts, from, to)) return 95 - gap;
  return null;
}

const DETERMINERS = new Set('the a an its their this these that it they his her our'.split(' '));

/** `X is reduced and the overall safety is increased`: after `and the` the attribute belongs to another verb. */
function newSubject(facts: TextFacts, from: number, to: number): boolean {
  if (facts.lang !== 'en') return false;
  for (let u = from; u < to - 1; u += 1) {
    if (facts.conjunction[u] && DETERMINERS.has(facts.units[u + 1]!)) return true;
  }
  return false;
}

const PREPOSITIONS = new Set(['of', 'in', 'for']);

/** `of the package can be`: a prepositional phrase of at most three words, then copulas and adverbs. */
function prepositionThenTight(facts: TextFacts, from: number, to: number): boolean {
  if (facts.lang !== 'en' || !PREPOSITIONS.has(facts.units[from] ?? '')) return false;
  for (let end = from + 2; end <= Math.min(from + 4, to); end += 1) {
    if (end < to && allIn(facts, end, to, EN_TIGHT)) return true;
  }
  return false;
}

// Nouns after which `of` still leads to the measured attribute: `reduce the number of errors`.
const QUANTITY_NOUNS = new Set(
  'level levels degree amount amounts number quantity extent rate percentage ratio proportion total magnitude overall lot lots deal plenty part portion fraction most much all'.split(
    ' ',
  ),
);

/** `minimize the difference of study efficiency`: the cue acts on the noun before `of`, not on the attribute. */
function ofObject(facts: TextFacts, from: number, to: number): boolean {
  if (facts.lang !== 'en') return false;
  // `of` right after the cue (`reduction of bandwidth requirements`) leads to its object.
  for (let u = from + 1; u < to; u += 1) {
    if (facts.units[u] === 'of' && !QUANTITY_NOUNS.has(facts.units[u - 1]!)) return true;
  }
  return false;
}

/** A degree word right before (`high accuracy`, `高精度`) or right after (`cost is low`, `成本较低`) an attribute. */
function degreePairs(
  facts: TextFacts,
  degrees: readonly DegreeItem[],
  compounds: readonly Compound[],
  taken: Set<Compound>,
): Pair[] {
  const used = new Set<DegreeItem>();
  const pairs: Pair[] = [];
  for (const compound of compounds) {
    if (taken.has(compound)) continue;
    const degree =
      degrees.find((d) => !used.has(d) && d.clause === compound.clause && degreeBefore(facts, d, compound)) ??
      degrees.find((d) => !used.has(d) && d.clause === compound.clause && degreeAfter(facts, d, compound));
    if (!degree) continue;
    used.add(degree);
    taken.add(compound);
    pairs.push({ trigger: degree, compound, forward: degree.end <= compound.start });
  }
  return pairs;
}

function degreeBefore(facts: TextFacts, degree: DegreeItem, compound: Compound): boolean {
  const gap = compound.start - degree.end;
  if (gap < 0) return false;
  if (facts.lang === 'zh') return gap === 0 || (gap === 1 && ZH_BEFORE_DEGREE.has(facts.units[degree.end]!));
  if (gap > 2 || triggerBetween(facts, degree.end, compound.start)) return false;
  if (conjunctionBetween(facts, degree.end, compound.start)) return false;
  return !facts.units.slice(degree.end, compound.start).includes('than');
}

function degreeAfter(facts: TextFacts, degree: DegreeItem, compound: Compound): boolean {
  const gap = degree.start - compound.end;
  if (gap < 0 || gap > (facts.lang === 'zh' ? 2 : 3)) return false;
  return allIn(facts, compound.end, degree.start, tightWords(facts));
}

function tightWords(facts: TextFacts): ReadonlySet<string> {
  return facts.lang === 'en' ? EN_TIGHT : ZH_TIGHT;
}

function allIn(facts: TextFacts, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let u = from; u < to; u += 1) if (!words.has(facts.units[u]!)) return false;
  return true;
}

function pairDraft(trigger: Trigger, compound: Compound): Draft {
  const head = compound.head.value;
  const kind = trigger.value.kind === 'cue' ? trigger.value.cue : trigger.value.degree;
  const direction = directionOf(kind, head.good);
  const span = { start: trigger.start, end: trigger.end };
  return {
    via: trigger.value.kind,
    effect: head.effect,
    direction,
    polarity: polarityOf(direction, head.good),
    trigger: span,
    attribute: { start: compound.head.start, end: compound.head.end },
    negatable: span,
  };
}

function phraseDraft(item: PhraseItem): Draft {
  const span = { start: item.start, end: item.end };
  const { effect, direction, polarity } = item.value;
  return { via: 'phrase', effect, direction, polarity, trigger: span, attribute: span, negatable: span };
}
