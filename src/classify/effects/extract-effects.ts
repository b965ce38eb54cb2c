import { applyFrames } from './apply-frames.js';
import { buildCompounds } from './build-compounds.js';
import type { AttributeItem, Draft, Item, TextFacts } from './effect-items.js';
import type { Direction, EffectLexicon, LanguageMatchers, Polarity } from './effect-lexicon.js';
import { effectPassage } from './effect-passage.js';
import type { EffectId } from './lexicon-schema.js';
import { type NormalisedText, normaliseWithOffsets, rawSpan } from './normalise-with-offsets.js';
import { pairEffects } from './pair-effects.js';
import { selectContent } from './select-content.js';
import { type Clause, splitClauses } from './split-clauses.js';
import { type EffectLang, isMostlyHan, toUnits, type Units } from './text-units.js';

/** One technical effect found in a text; `start`/`end` are offsets into the text as given. */
export interface EffectHit {
  effectId: EffectId;
  direction: Direction;
  polarity: Polarity;
  /** The cue, degree word or phrase as written in the text (`reduce`, `高`, `faster`, `解决`). */
  cue: string;
  /** The attribute as written (`error rate`, `功耗`), or the phrase when it carries both. */
  attribute: string;
  start: number;
  end: number;
  /** The clause (or clauses) holding the cue and the attribute, as written. */
  evidence: string;
}

export interface ExtractOptions {
  /** Keep only the effects of an advantageous-effects passage when the text has one with effects (default true). */
  preferPassage?: boolean;
}

/**
 * The technical effects stated in one text: a direction cue and an attribute in one clause (`reduce the
 * error rate` = accuracy improves, `提高误报率` = accuracy worsens), degree words (`higher accuracy`,
 * `成本低`), self-contained phrases (`faster`, `更准确`) and solved problems (`解决了……效率问题`). Pure:
 * the same text, language and lexicon always give the same hits. Languages other than en/zh give none.
 */
export function extractEffects(
  text: string,
  lang: string,
  lexicon: EffectLexicon,
  options: ExtractOptions = {},
): EffectHit[] {
  const mode = effectLanguage(lang, text);
  if (!mode) return [];
  const norm = normaliseWithOffsets(text);
  const units = toUnits(norm.text, mode);
  const matchers = lexicon[mode];
  const clauses = splitClauses(norm, mode);
  const clauseOf = unitClauses(units, clauses);
  const items = selectContent(matchers.content.find(units.units), clauseOf);
  const facts = textFacts(mode, units, clauses, clauseOf, items, matchers, lexicon);
  const attributes = items.filter((i): i is AttributeItem => i.value.kind === 'attribute');
  const compounds = buildCompounds(attributes, facts);
  const paired = pairEffects(facts, items, compounds, matchers.preventers.find(units.units));
  const drafts = applyFrames(facts, paired, markers(matchers, units), compounds, items);
  let hits = toHits(drafts, norm, units, clauses, facts);
  const passage = options.preferPassage === false ? null : effectPassage(units.units, matchers);
  if (passage) {
    const inside = hits.filter((h) => h.unitStart >= passage.start && h.unitEnd <= passage.end);
    if (inside.length > 0) hits = inside;
  }
  return hits.map(({ unitStart: _s, unitEnd: _e, ...hit }) => hit);
}

/**
 * The extractor's mode for a text tagged en, zh or nothing: Chinese when Han characters dominate (a Chinese
 * abstract tagged en) or the text is tagged zh and has any, English otherwise. Other tags (ja, de ...) get
 * no mode: kanji or German words are not this lexicon's language.
 */
export function effectLanguage(lang: string, text: string): EffectLang | null {
  const tag = lang.trim().toLowerCase();
  if (tag !== '' && !tag.startsWith('en') && !tag.startsWith('zh')) return null;
  if (isMostlyHan(text)) return 'zh';
  if (tag.startsWith('zh') && /\p{Script=Han}/u.test(text)) return 'zh';
  return 'en';
}

/** The clause of each unit (clauses and units are both in text order). */
function unitClauses(units: Units, clauses: readonly Clause[]): number[] {
  const clauseOf: number[] = [];
  let clause = 0;
  for (const start of units.starts) {
    while (clause < clauses.length - 1 && start >= clauses[clause]!.end) clause += 1;
    clauseOf.push(clause);
  }
  return clauseOf;
}

function textFacts(
  lang: EffectLang,
  units: Units,
  clauses: Clause[],
  clauseOf: number[],
  items: readonly Item[],
  matchers: LanguageMatchers,
  lexicon: EffectLexicon,
): TextFacts {
  const itemAt = new Array<Item | undefined>(units.units.length).fill(undefined);
  for (const item of items) for (let u = item.start; u < item.end; u += 1) itemAt[u] = item;
  const conjunction = new Array<boolean>(units.units.length).fill(false);
  for (const c of matchers.conjunctions.find(units.units))
    for (let u = c.start; u < c.end; u += 1) conjunction[u] = true;
  return {
    lang,
    units: units.units,
    clauses,
    clauseOf,
    conjunction,
    itemAt,
    window: matchers.window,
    achieveEffects: lexicon.achieveEffects,
  };
}

function markers(matchers: LanguageMatchers, units: Units) {
  return {
    negators: matchers.negators.find(units.units),
    problems: matchers.problems.find(units.units),
    solveCues: matchers.solveCues.find(units.units),
    solveEnds: matchers.solveEnds.find(units.units),
  };
}

type PositionedHit = EffectHit & { unitStart: number; unitEnd: number };

function toHits(
  drafts: readonly Draft[],
  norm: NormalisedText,
  units: Units,
  clauses: Clause[],
  facts: TextFacts,
): PositionedHit[] {
  const raw = (start: number, end: number) => rawSpan(norm, units.starts[start]!, units.ends[end - 1]!);
  const seen = new Set<string>();
  const hits: PositionedHit[] = [];
  for (const d of drafts) {
    const unitStart = Math.min(d.trigger.start, d.attribute.start);
    const unitEnd = Math.max(d.trigger.end, d.attribute.end);
    const span = raw(unitStart, unitEnd);
    const key = `${d.effect}|${d.polarity}|${span.start}|${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const first = clauses[facts.clauseOf[unitStart]!]!;
    const last = clauses[facts.clauseOf[unitEnd - 1]!]!;
    const evidence = rawSpan(norm, first.start, last.end);
    const cue = raw(d.trigger.start, d.trigger.end);
    const attribute = raw(d.attribute.start, d.attribute.end);
    hits.push({
      effectId: d.effect,
      direction: d.direction,
      polarity: d.polarity,
      cue: norm.raw.slice(cue.start, cue.end),
      attribute: norm.raw.slice(attribute.start, attribute.end),
      start: span.start,
      end: span.end,
      evidence: norm.raw.slice(evidence.start, evidence.end).trim(),
      unitStart,
      unitEnd,
    });
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end || a.effectId.localeCompare(b.effectId));
}
