import {
  type Compound,
  type Draft,
  type Item,
  opposite,
  type PhraseItem,
  type Span,
  type TextFacts,
} from './effect-items.js';

export interface FrameMarkers {
  negators: readonly Span[];
  problems: readonly Span[];
  solveCues: readonly Span[];
  solveEnds: readonly Span[];
}

const NEGATION_REACH = 3;
const SOLVE_REACH = { en: 25, zh: 60 } as const;

/**
 * Apply the sentence context to the paired effects:
 * - a negator up to 3 units before the cue or degree word drops the effect (`without reducing accuracy`,
 *   `不能提高效率` state that a level is kept or not reached, neither an improvement nor its opposite);
 * - inside a solve frame (`解决了……执行效率问题`, `overcomes the high cost problem`) every attribute and
 *   every negative phrase is an improvement, whatever its cue or negation;
 * - a "worsens" effect in a sentence with a prior-art or problem marker (`conventional`, `现有技术`) is the
 *   problem the invention addresses, not its effect, and is dropped;
 * - a "worsens" effect stated by a degree word or phrase (`low accuracy range`, `high-cost therapies`,
 *   `slower`) describes a state, not a change the invention makes, and counts only inside a solve frame.
 *   Worsening effects come from direction cues alone: 提高误报率, `degrades accuracy`.
 */
export function applyFrames(
  facts: TextFacts,
  drafts: readonly Draft[],
  markers: FrameMarkers,
  compounds: readonly Compound[],
  items: readonly Item[],
): Draft[] {
  const frames = solveFrames(facts, markers);
  const inFrame = (at: number) => frames.some((f) => at >= f.start && at < f.end);
  const kept = drafts.filter((draft) => {
    if (inFrame(draft.attribute.start)) return false;
    if (draft.negatable && isNegated(facts, draft.negatable, markers.negators)) return false;
    if (draft.polarity === 'improves') return true;
    return draft.via === 'cue' && !sentenceHas(facts, draft.attribute.start, markers.problems);
  });
  for (const frame of frames) {
    const trigger = { start: frame.start, end: frame.cueEnd };
    const inside = (span: Span) => span.start >= frame.cueEnd && span.end <= frame.end;
    const solved = (effect: Draft['effect'], direction: Draft['direction'], attribute: Span): Draft => ({
      via: 'solve',
      effect,
      direction,
      polarity: 'improves',
      trigger,
      attribute: { start: attribute.start, end: attribute.end },
      negatable: null,
    });
    for (const { head } of compounds) {
      if (inside(head)) kept.push(solved(head.value.effect, head.value.good, head));
    }
    for (const item of items) {
      if (item.value.kind !== 'phrase' || !inside(item)) continue;
      const { value } = item as PhraseItem;
      kept.push(
        solved(
          value.effect,
          value.polarity === 'worsens' ? opposite(value.direction) : value.direction,
          item,
        ),
      );
    }
  }
  return kept;
}

function isNegated(facts: TextFacts, span: Span, negators: readonly Span[]): boolean {
  const clause = facts.clauseOf[span.start];
  return negators.some(
    (n) => n.end <= span.start && span.start - n.end <= NEGATION_REACH && facts.clauseOf[n.start] === clause,
  );
}

function sentenceHas(facts: TextFacts, unit: number, markers: readonly Span[]): boolean {
  const sentence = sentenceOf(facts, unit);
  return markers.some((m) => sentenceOf(facts, m.start) === sentence);
}

function sentenceOf(facts: TextFacts, unit: number): number {
  return facts.clauses[facts.clauseOf[unit]!]!.sentence;
}

/** Each solve cue up to the first problem word after it in the same sentence, if near enough. */
function solveFrames(facts: TextFacts, markers: FrameMarkers): (Span & { cueEnd: number })[] {
  const frames: (Span & { cueEnd: number })[] = [];
  for (const cue of markers.solveCues) {
    const sentence = sentenceOf(facts, cue.start);
    const end = markers.solveEnds.find((e) => e.start >= cue.end && sentenceOf(facts, e.start) === sentence);
    if (end && end.end - cue.start <= SOLVE_REACH[facts.lang]) {
      frames.push({ start: cue.start, end: end.end, cueEnd: cue.end });
    }
  }
  return frames;
}
