import { type KeywordExpression, type KeywordTerm, termKey } from '../keywords/keyword-expression.js';
import { compileExpression, type KeywordMatcher } from '../keywords/match-keyword-expression.js';
import { parseKeywordExpression } from '../keywords/parse-keyword-expression.js';
import type { TokenizedText } from '../keywords/tokenize-text.js';

/** Words remembered between documents; patent vocabularies are large but this bounds the memory. */
const WORD_CACHE_LIMIT = 200_000;

/** What one word means to the index: the expressions it may start, the term keys it satisfies. */
interface WordEntry {
  expressions: readonly number[];
  terms: readonly string[];
}
const NOTHING: WordEntry = { expressions: [], terms: [] };

/**
 * Every English keyword expression of a taxonomy, with an index of its words. A document is scanned once,
 * one map lookup per word (remembered across documents): that gives the expressions it could possibly
 * satisfy (an expression needs one of its positive terms) and the positions of every term, so the
 * expressions run look their terms up instead of scanning the words again.
 */
export class KeywordIndex {
  private readonly matchers: KeywordMatcher[] = [];
  /** Anchors: word or stem -> expression ids. */
  private readonly exact = new Map<string, number[]>();
  private readonly stems = new Map<string, number[]>();
  /** Every term: word or stem -> term keys. */
  private readonly exactTerms = new Map<string, string[]>();
  private readonly stemTerms = new Map<string, string[]>();
  private stemLengths: number[] = [];
  private readonly always: number[] = [];
  private readonly wordCache = new Map<string, WordEntry>();

  /** Parse and add an expression (throws a PatlasError on bad syntax); returns its id. */
  add(expression: string): number {
    const tree = parseKeywordExpression(expression);
    const id = this.matchers.length;
    this.matchers.push(compileExpression(tree));
    const anchors = positiveTerms(tree);
    if (anchors.length === 0) this.always.push(id);
    for (const anchor of anchors) addTo(anchor.stem ? this.stems : this.exact, anchor.word, id);
    for (const term of allTerms(tree)) {
      const key = termKey(term);
      const map = term.truncated ? this.stemTerms : this.exactTerms;
      if (!map.get(term.word)?.includes(key)) addTo(map, term.word, key);
    }
    const lengths = [...this.stems.keys(), ...this.stemTerms.keys()].map((stem) => stem.length);
    this.stemLengths = [...new Set(lengths)].sort((a, b) => a - b);
    this.wordCache.clear();
    return id;
  }

  /**
   * The ids of the expressions that may match the document (a superset of those that do); fills the
   * document's `termPositions` on the way.
   */
  candidates(doc: TokenizedText): Set<number> {
    const found = new Set<number>(this.always);
    const positions = new Map<string, number[]>();
    const { words } = doc;
    for (let i = 0; i < words.length; i += 1) {
      const entry = this.entryOf(words[i]!);
      for (const id of entry.expressions) found.add(id);
      for (const key of entry.terms) {
        const list = positions.get(key);
        if (list) list.push(i);
        else positions.set(key, [i]);
      }
    }
    doc.termPositions = positions;
    return found;
  }

  run(id: number, doc: TokenizedText): string[] | null {
    const result = this.matchers[id]!(doc);
    return result.matched ? result.evidence : null;
  }

  private entryOf(word: string): WordEntry {
    const cached = this.wordCache.get(word);
    if (cached) return cached;
    const expressions: number[] = [...(this.exact.get(word) ?? [])];
    const terms: string[] = [...(this.exactTerms.get(word) ?? [])];
    for (const length of this.stemLengths) {
      if (length > word.length) break;
      const stem = word.slice(0, length);
      expressions.push(...(this.stems.get(stem) ?? []));
      terms.push(...(this.stemTerms.get(stem) ?? []));
    }
    const entry = expressions.length === 0 && terms.length === 0 ? NOTHING : { expressions, terms };
    if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
    this.wordCache.set(word, entry);
    return entry;
  }
}

type Anchor = { word: string; stem: boolean };

/** Every term the matchers look up by position: terms, the first word of phrases, compound prefixes. */
function allTerms(node: KeywordExpression): KeywordTerm[] {
  switch (node.kind) {
    case 'term':
      return [node];
    case 'phrase':
      return [node.words[0]!];
    case 'compound':
      return [{ kind: 'term', word: node.parts[0]!.word, truncated: true }];
    case 'near':
      return [...allTerms(node.left), ...allTerms(node.right)];
    case 'and':
    case 'or':
      return node.operands.flatMap(allTerms);
    case 'not':
      return allTerms(node.operand);
  }
}

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

function addTo<T>(map: Map<string, T[]>, key: string, id: T): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
