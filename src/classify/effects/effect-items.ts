import type { ContentValue, CueKind, DegreeKind, Direction, Polarity } from './effect-lexicon.js';
import type { EffectId } from './lexicon-schema.js';
import type { Clause } from './split-clauses.js';
import type { EffectLang } from './text-units.js';

/** A span of units `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A content term found in the text, in units `[start, end)`. */
export interface Item<V extends ContentValue = ContentValue> {
  start: number;
  end: number;
  clause: number;
  value: V;
}
export type AttributeItem = Item<Extract<ContentValue, { kind: 'attribute' }>>;
export type CueItem = Item<Extract<ContentValue, { kind: 'cue' }>>;
export type DegreeItem = Item<Extract<ContentValue, { kind: 'degree' }>>;
export type PhraseItem = Item<Extract<ContentValue, { kind: 'phrase' }>>;

/** Attributes in a row (`能耗预测精度`, `power consumption prediction error`): the last one is the head. */
export interface Compound {
  start: number;
  end: number;
  clause: number;
  head: AttributeItem;
}

/** What the units of a text are known to be, shared by the pairing steps. */
export interface TextFacts {
  lang: EffectLang;
  units: readonly string[];
  clauses: readonly Clause[];
  /** The clause of each unit. */
  clauseOf: readonly number[];
  /** Unit `i` belongs to a conjunction (`and`, `和`, `、`). */
  conjunction: readonly boolean[];
  /** The content item covering each unit, if any. */
  itemAt: readonly (Item | undefined)[];
  window: number;
  achieveEffects: ReadonlySet<EffectId>;
}

/** An effect before negation and frames: the trigger (cue, degree word, phrase) and the attribute. */
export interface Draft {
  /** What stated the change: a direction cue, a degree word, a self-contained phrase, or a solve frame. */
  via: 'cue' | 'degree' | 'phrase' | 'solve';
  effect: EffectId;
  direction: Direction;
  polarity: Polarity;
  trigger: { start: number; end: number };
  attribute: { start: number; end: number };
  /** The units negation is looked for before (the cue or degree word). */
  negatable: { start: number; end: number } | null;
}

export function polarityOf(direction: Direction, good: Direction): Polarity {
  return direction === good ? 'improves' : 'worsens';
}

export function opposite(direction: Direction): Direction {
  return direction === 'increase' ? 'decrease' : 'increase';
}

/** The change a cue or degree word states about an attribute whose good direction is `good`. */
export function directionOf(kind: CueKind | DegreeKind, good: Direction): Direction {
  switch (kind) {
    case 'better':
      return good;
    case 'worse':
      return opposite(good);
    case 'absence':
      return 'decrease';
    case 'achieve':
      return 'increase';
    default:
      return kind;
  }
}

/** Whether any content item other than an attribute lies in units `[from, to)`. */
export function triggerBetween(facts: TextFacts, from: number, to: number, ignoreAchieve = false): boolean {
  for (let u = from; u < to; u += 1) {
    const item = facts.itemAt[u];
    if (!item || item.value.kind === 'attribute') continue;
    if (ignoreAchieve && item.value.kind === 'cue' && item.value.cue === 'achieve') continue;
    return true;
  }
  return false;
}

/** Whether a conjunction lies in units `[from, to)`. */
export function conjunctionBetween(facts: TextFacts, from: number, to: number): boolean {
  for (let u = from; u < to; u += 1) if (facts.conjunction[u]) return true;
  return false;
}
