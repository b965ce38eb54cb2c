import { compareSymbolKeys, type SymbolKey, symbolKey } from './symbol-order.js';
import type { SymbolPattern } from './symbol-pattern.js';

/** The stretch of IPC order a pattern covers: from `from` (inclusive) to `to`. */
export interface PatternInterval {
  from: SymbolKey;
  to: SymbolKey;
  toInclusive: boolean;
}

// `~` sorts after every letter and digit, so `B01~` ends class B01 and `+Infinity` ends a subclass.
const AFTER_LAST = '~';

/** Every pattern is one contiguous stretch of IPC order; matching and containment work on that. */
export function patternInterval(pattern: SymbolPattern): PatternInterval {
  switch (pattern.kind) {
    case 'class':
      return halfOpen(key(pattern.cls, -1), key(pattern.cls + AFTER_LAST, -1));
    case 'subclass':
      return halfOpen(key(pattern.subclass, -1), key(pattern.subclass, Number.POSITIVE_INFINITY));
    case 'group':
      return halfOpen(key(pattern.subclass, pattern.mainGroup), key(pattern.subclass, pattern.mainGroup + 1));
    case 'exact': {
      // `exact` symbols are normalised at parse time, so they always have a key.
      const at = symbolKey(pattern.symbol)!;
      return { from: at, to: at, toInclusive: true };
    }
    case 'truncation':
      return halfOpen(
        key(pattern.subclass, pattern.mainGroup, pattern.prefix),
        nextPrefix(pattern.subclass, pattern.mainGroup, pattern.prefix),
      );
    case 'range': {
      const end = patternInterval(pattern.to);
      return { from: patternInterval(pattern.from).from, to: end.to, toInclusive: end.toInclusive };
    }
  }
}

/** True when every symbol `inner` matches is also matched by `outer`. */
export function patternCovers(outer: SymbolPattern, inner: SymbolPattern): boolean {
  const a = patternInterval(outer);
  const b = patternInterval(inner);
  if (compareSymbolKeys(a.from, b.from) > 0) return false;
  const end = compareSymbolKeys(b.to, a.to);
  return end < 0 || (end === 0 && (a.toInclusive || !b.toInclusive));
}

function key(subclass: string, mainGroup: number, subgroup = ''): SymbolKey {
  return { subclass, mainGroup, subgroup };
}

function halfOpen(from: SymbolKey, to: SymbolKey): PatternInterval {
  return { from, to, toInclusive: false };
}

/** The first subgroup after all subgroups starting with `prefix`: `27` -> `28`, `29` -> `3`, `99` -> next group. */
function nextPrefix(subclass: string, mainGroup: number, prefix: string): SymbolKey {
  const kept = prefix.replace(/9+$/, '');
  if (kept === '') return key(subclass, mainGroup + 1);
  const last = Number(kept.slice(-1)) + 1;
  return key(subclass, mainGroup, kept.slice(0, -1) + String(last));
}
