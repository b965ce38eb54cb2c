import { parseClassificationSymbol } from '../../domain/classification-symbol.js';
import { PatlasError } from '../../domain/patlas-error.js';

/**
 * A position in IPC order. `mainGroup` is -1 for a bare subclass (it sorts before its groups);
 * `subgroup` holds the digits after the slash, read as a decimal fraction (`045` is 0.045).
 */
export interface SymbolKey {
  subclass: string;
  mainGroup: number;
  subgroup: string;
}

/** The IPC-order key of a normalised symbol such as `G06N3/08` or `G06N`. */
export function symbolKey(symbol: string): SymbolKey | null {
  const parts = parseClassificationSymbol(symbol);
  if (!parts) return null;
  if (parts.mainGroup === null) return { subclass: parts.subclass, mainGroup: -1, subgroup: '' };
  return { subclass: parts.subclass, mainGroup: Number(parts.mainGroup), subgroup: parts.subgroup ?? '' };
}

/** Compare subgroup digits as decimal fractions: `02` < `045` < `08` < `126`. */
export function compareSubgroups(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const left = a.padEnd(width, '0');
  const right = b.padEnd(width, '0');
  if (left !== right) return left < right ? -1 : 1;
  // `27` and `270` are the same fraction; keep the order total by putting the shorter first.
  return a.length - b.length;
}

/** Compare two keys: subclass (section, class, subclass), main group numerically, then subgroup. */
export function compareSymbolKeys(a: SymbolKey, b: SymbolKey): number {
  if (a.subclass !== b.subclass) return a.subclass < b.subclass ? -1 : 1;
  if (a.mainGroup !== b.mainGroup) return a.mainGroup < b.mainGroup ? -1 : 1;
  return compareSubgroups(a.subgroup, b.subgroup);
}

/**
 * Compare two normalised symbols in IPC order, for `Array.prototype.sort`.
 * @example ['G06N5/00', 'G06N3/08', 'G06N3/045'].sort(compareSymbols) // G06N3/045, G06N3/08, G06N5/00
 */
export function compareSymbols(a: string, b: string): number {
  return compareSymbolKeys(requireKey(a), requireKey(b));
}

function requireKey(symbol: string): SymbolKey {
  const key = symbolKey(symbol);
  if (!key) throw new PatlasError('usage', `"${symbol}" is not an IPC/CPC symbol`);
  return key;
}
