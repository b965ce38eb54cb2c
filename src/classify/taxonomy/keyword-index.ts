import type { KeywordExpression } from '../keywords/keyword-expression.js';
import { compileExpression, type KeywordMatcher } from '../keywords/match-keyword-expression.js';
import { parseKeywordExpression } from '../keywords/parse-keyword-expression.js';
import type { TokenizedText } from '../keywords/tokenize-text.js';

/** Words remembered between documents; patent vocabularies are large but this bounds the memory. */
const WORD_CACHE_LIMIT = 200_000;
const NONE: readonly number[] = [];

/**
 * Every English keyword expression of a taxonomy, with an index of the words that can start a match. A
 * document is first scanned word by word for the expressions it could possibly satisfy (one map lookup per
 * distinct word, remembered across documents); only those are run. An expression can only match when one
 * of its positive terms occurs, so this never loses a hit.
 */
export class KeywordIndex {
  private readonly matchers: KeywordMatcher[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly stems = new Map<string, number[]>();
  private stemLengths: number[] = [];
  private readonly always: number[] = [];
  private readonly wordCache = new Map<string, readonly number[]>();

  /** Parse and add an expression (throws a PatlasError on bad syntax); returns its id. */
  add(expression: string): number {
    const tree = parseKeywordExpression(expression);
    const id = this.matchers.length;
    this.matchers.push(compileExpression(tree));
    const anchors = positiveTerms(tree);
    if (anchors.length === 0) this.always.push(id);
    for (const anchor of anchors) addTo(anchor.stem ? this.stems : this.exact, anchor.word, id);
    this.stemLengths = [...new Set([...this.stems.keys()].map((stem) => stem.length))].sort((a, b) => a - b);
    this.wordCache.clear();
    return id;
  }

  /** The ids of the expressions that may match the document (a superset of those that do). */
  candidates(doc: TokenizedText): Set<number> {
    const found = new Set<number>(this.always);
    for (const word of doc.words) for (const id of this.idsOf(word)) found.add(id);
    return found;
  }

  run(id: number, doc: TokenizedText): string[] | null {
    const result = this.matchers[id]!(doc);
    return result.matched ? result.evidence : null;
  }

  private idsOf(word: string): readonly number[] {
    const cached = this.wordCache.get(word);
    if (cached) return cached;
    const ids: number[] = [...(this.exact.get(word) ?? NONE)];
    for (const length of this.stemLengths) {
      if (length > word.length) break;
      const hit = this.stems.get(word.slice(0, length));
      if (hit) ids.push(...hit);
    }
    const result = ids.length === 0 ? NONE : ids;
    if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
    this.wordCache.set(word, result);
    return result;
  }
}

type Anchor = { word: string; stem: boolean };

/** The terms outside any NOT: at least one of them must occur for the expression to match. */
function positiveTerms(node: KeywordExpression): Anchor[] {
  switch (node.kind) {
    case 'term':
      return [{ word: node.word, stem: node.truncated }];
    case 'phrase':
      return positiveTerms(node.words[0]!);
    case 'compound':
      // The parts may be written as one word (`neuralnet`): the first part is a prefix either way.
      return [{ word: node.parts[0]!.word, stem: true }];
    case 'near':
      return smallest([positiveTerms(node.left), positiveTerms(node.right)]);
    case 'and':
      return smallest(node.operands.map(positiveTerms));
    case 'or': {
      const sets = node.operands.map(positiveTerms);
      return sets.some((set) => set.length === 0) ? [] : sets.flat();
    }
    case 'not':
      return [];
  }
}

/** Every operand must match, so the anchors of any one that has anchors suffice: take the fewest. */
function smallest(sets: Anchor[][]): Anchor[] {
  const anchored = sets.filter((set) => set.length > 0);
  if (anchored.length === 0) return [];
  return anchored.reduce((best, set) => (set.length < best.length ? set : best));
}

function addTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
