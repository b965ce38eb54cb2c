import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import { PatlasError } from '../../domain/patlas-error.js';
import { patternInterval } from './pattern-interval.js';
import { compareSymbolKeys, symbolKey } from './symbol-order.js';

/**
 * A classification pattern from a taxonomy rule. `text` is what the rule said.
 * - class `B01` or `B01*`: every subclass of the class
 * - subclass `G06N` or `G06N*`
 * - group `G06N3`, `G06N3*` or `G06N3/*`: the main group with all its subgroups (`G06N3/00` is exact)
 * - exact `G06N3/08`
 * - truncation `G06F17/27*`: subgroups of G06F17 whose digits start with 27 (27, 271, 2795)
 * - range `G06N3/02-G06N3/126` or `>=G06N 3/02* AND <=G06N 3/126*`: everything from the start of the
 *   first end to the end of the second, in IPC order. The ends may lie in different main groups, subclasses
 *   or classes; a truncated or group end reaches to its last subgroup.
 */
export type SymbolPattern =
  | { kind: 'class'; text: string; cls: string }
  | { kind: 'subclass'; text: string; subclass: string }
  | { kind: 'group'; text: string; subclass: string; mainGroup: number }
  | { kind: 'exact'; text: string; symbol: string }
  | { kind: 'truncation'; text: string; subclass: string; mainGroup: number; prefix: string }
  | { kind: 'range'; text: string; from: SingleSymbolPattern; to: SingleSymbolPattern };

export type SingleSymbolPattern = Exclude<SymbolPattern, { kind: 'range' }>;

const CLASS = /^([A-HY]\d{2})\*?$/;
const SUBCLASS = /^([A-HY]\d{2}[A-Z])\*?$/;
const GROUP = /^([A-HY]\d{2}[A-Z])(\d{1,4})(?:\*|\/\*)?$/;
const TRUNCATION = /^([A-HY]\d{2}[A-Z])(\d{1,4})\/(\d{1,6})\*$/;
const EXPLICIT_RANGE = /^>=(.+)AND<=(.+)$/;
const DASH_RANGE = /^([^-–]+)[-–]([^-–]+)$/;

/** Parse a taxonomy pattern; throws a `bad-mapping` PatlasError naming the pattern when it is invalid. */
export function parseSymbolPattern(text: string): SymbolPattern {
  const compact = text.toUpperCase().replace(/\s+/g, '');
  const range = EXPLICIT_RANGE.exec(compact) ?? DASH_RANGE.exec(compact);
  if (!range) return parseSingle(compact, text);
  const from = parseSingle(range[1]!, text);
  const to = parseSingle(range[2]!, text);
  const start = patternInterval(from).from;
  if (compareSymbolKeys(start, patternInterval(to).from) > 0) {
    throw invalid(text, `the range is reversed (${from.text} comes after ${to.text} in IPC order)`);
  }
  return { kind: 'range', text, from, to };
}

/** True when the normalised symbol (e.g. `G06N3/08`) falls under the pattern; false for non-symbols. */
export function matchesPattern(symbol: string, pattern: SymbolPattern): boolean {
  const key = symbolKey(symbol);
  if (!key) return false;
  const { from, to, toInclusive } = patternInterval(pattern);
  if (compareSymbolKeys(key, from) < 0) return false;
  const end = compareSymbolKeys(key, to);
  return end < 0 || (end === 0 && toInclusive);
}

function parseSingle(compact: string, text: string): SingleSymbolPattern {
  const part = compact.trim();
  let match = CLASS.exec(part);
  if (match) return { kind: 'class', text: part, cls: match[1]! };
  match = SUBCLASS.exec(part);
  if (match) return { kind: 'subclass', text: part, subclass: match[1]! };
  match = GROUP.exec(part);
  if (match) return { kind: 'group', text: part, subclass: match[1]!, mainGroup: Number(match[2]) };
  match = TRUNCATION.exec(part);
  if (match) {
    return {
      kind: 'truncation',
      text: part,
      subclass: match[1]!,
      mainGroup: Number(match[2]),
      prefix: match[3]!,
    };
  }
  if (!part.includes('*')) {
    const symbol = normaliseClassificationSymbol(part);
    if (symbol?.includes('/')) return { kind: 'exact', text: part, symbol };
  }
  throw invalid(
    text,
    'expected a class (B01), subclass (G06N), main group (G06N3 or G06N3/*), symbol (G06N3/08), ' +
      'truncation (G06F17/27*) or range (G06N3/02-G06N3/126)',
  );
}

function invalid(text: string, reason: string): PatlasError {
  return new PatlasError('bad-mapping', `invalid classification pattern "${text}": ${reason}`);
}
