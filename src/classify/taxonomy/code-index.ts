import { patternInterval } from '../ipc/pattern-interval.js';
import { expandForReclassification } from '../ipc/reclassification.js';
import { compareSymbolKeys, type SymbolKey, symbolKey } from '../ipc/symbol-order.js';
import { parseSymbolPattern, type SymbolPattern } from '../ipc/symbol-pattern.js';

/** One compiled pattern of a code list; `list` is the index of the list it belongs to. */
interface IndexedPattern {
  list: number;
  from: SymbolKey;
  to: SymbolKey;
  toInclusive: boolean;
}

/**
 * Many code lists (a rule's `codes`, `require_codes`, `exclude_codes`) compiled into one index, so a
 * publication's symbols are looked up once per symbol rather than once per pattern. Patterns within one
 * subclass are found by that subclass; wider ones (a class, a range across subclasses) are tried on every
 * symbol. Each pattern is widened by the reclassification table (G06F17/27* also finds G06F40).
 */
export class CodeIndex {
  private readonly bySubclass = new Map<string, IndexedPattern[]>();
  private readonly wide: IndexedPattern[] = [];
  private lists = 0;

  /** Add a list of patterns (throws a PatlasError on an invalid one); returns the list's id. */
  addList(patterns: readonly string[]): number {
    const list = this.lists;
    this.lists += 1;
    for (const text of patterns) {
      const pattern = parseSymbolPattern(text);
      for (const each of [pattern, ...expandForReclassification(pattern)]) this.addPattern(list, each);
    }
    return list;
  }

  /** For each list with a hit: the first symbol (in the given order) that matched it. */
  match(symbols: readonly string[]): Map<number, string> {
    const hits = new Map<number, string>();
    for (const symbol of symbols) {
      const key = symbolKey(symbol);
      if (!key) continue;
      this.collect(this.bySubclass.get(key.subclass), key, symbol, hits);
      this.collect(this.wide, key, symbol, hits);
    }
    return hits;
  }

  private collect(
    patterns: IndexedPattern[] | undefined,
    key: SymbolKey,
    symbol: string,
    hits: Map<number, string>,
  ): void {
    if (!patterns) return;
    for (const pattern of patterns) {
      if (hits.has(pattern.list) || compareSymbolKeys(key, pattern.from) < 0) continue;
      const end = compareSymbolKeys(key, pattern.to);
      if (end < 0 || (end === 0 && pattern.toInclusive)) hits.set(pattern.list, symbol);
    }
  }

  private addPattern(list: number, pattern: SymbolPattern): void {
    const { from, to, toInclusive } = patternInterval(pattern);
    const entry = { list, from, to, toInclusive };
    // A class pattern's ends are `G06` and `G06~`: not one subclass, like a range across subclasses.
    if (from.subclass !== to.subclass) {
      this.wide.push(entry);
      return;
    }
    const bucket = this.bySubclass.get(from.subclass);
    if (bucket) bucket.push(entry);
    else this.bySubclass.set(from.subclass, [entry]);
  }
}
