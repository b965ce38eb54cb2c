import { isPositional, type KeywordExpression, type KeywordTerm, termKey } from './keyword-expression.js';
import type { TokenizedText } from './tokenize-text.js';

/** The outcome for one document; `evidence` holds the matched words and phrases as they read in the text. */
export type KeywordMatch = { matched: boolean; evidence: string[] };
export type KeywordMatcher = (doc: TokenizedText) => KeywordMatch;

/** First and last word index (inclusive) of one occurrence. */
type Span = { start: number; end: number };
type SpanFinder = (doc: TokenizedText) => Span[];
type Test = (doc: TokenizedText, evidence: string[]) => boolean;

/**
 * Compile a parsed expression once into a matcher for many documents.
 * @example compileExpression(parseKeywordExpression('neural +1w net*'))(tokenizeText('A neural-network chip'))
 *   // { matched: true, evidence: ['neural-network'] }
 */
export function compileExpression(tree: KeywordExpression): KeywordMatcher {
  const test = compileTest(tree);
  return (doc) => {
    const evidence: string[] = [];
    const matched = test(doc, evidence);
    return { matched, evidence: matched ? [...new Set(evidence)] : [] };
  };
}

function compileTest(node: KeywordExpression): Test {
  if (node.kind === 'and') {
    const operands = node.operands.map(compileTest);
    return (doc, evidence) => {
      const found: string[] = [];
      for (const operand of operands) if (!operand(doc, found)) return false;
      evidence.push(...found);
      return true;
    };
  }
  if (node.kind === 'or' && !node.operands.every(isPositional)) {
    const operands = node.operands.map(compileTest);
    return (doc, evidence) => {
      let matched = false;
      for (const operand of operands) if (operand(doc, evidence)) matched = true;
      return matched;
    };
  }
  if (node.kind === 'not') {
    const operand = compileTest(node.operand);
    return (doc) => !operand(doc, []);
  }
  const find = compileSpans(node);
  return (doc, evidence) => {
    const spans = find(doc);
    for (const span of spans) evidence.push(doc.text.slice(doc.starts[span.start], doc.ends[span.end]));
    return spans.length > 0;
  };
}

function compileSpans(node: KeywordExpression): SpanFinder {
  switch (node.kind) {
    case 'term': {
      const positions = positionFinder(node);
      return (doc) => positions(doc).map((i) => ({ start: i, end: i }));
    }
    case 'phrase':
      return phraseFinder(node.words);
    case 'compound':
      return compoundFinder(node.parts);
    case 'near':
      return nearFinder(compileSpans(node.left), compileSpans(node.right), node.distance, node.ordered);
    case 'or': {
      const operands = node.operands.map(compileSpans);
      return (doc) => operands.flatMap((operand) => operand(doc));
    }
    default:
      throw new Error(`${node.kind} has no word positions`);
  }
}

function wordTest(term: KeywordTerm): (word: string) => boolean {
  const { word } = term;
  return term.truncated ? (candidate) => candidate.startsWith(word) : (candidate) => candidate === word;
}

/** The word indexes where a term occurs: looked up when the document carries term positions, else scanned. */
function positionFinder(term: KeywordTerm): (doc: TokenizedText) => readonly number[] {
  const accepts = wordTest(term);
  const key = termKey(term);
  return (doc) => {
    if (doc.termPositions) return doc.termPositions.get(key) ?? [];
    const found: number[] = [];
    const { words } = doc;
    for (let i = 0; i < words.length; i += 1) if (accepts(words[i]!)) found.push(i);
    return found;
  };
}

function phraseFinder(terms: KeywordTerm[]): SpanFinder {
  const tests = terms.map(wordTest);
  const firsts = positionFinder(terms[0]!);
  return (doc) => {
    const spans: Span[] = [];
    const { words } = doc;
    const last = words.length - tests.length;
    for (const i of firsts(doc)) {
      if (i > last) break;
      let k = 1;
      while (k < tests.length && tests[k]!(words[i + k]!)) k += 1;
      if (k === tests.length) spans.push({ start: i, end: i + tests.length - 1 });
    }
    return spans;
  };
}

/** Parts may be separate consecutive words or run together: `knowledge(-)graph*` reads `knowledgegraphs` too. */
function compoundFinder(parts: KeywordTerm[]): SpanFinder {
  const texts = parts.map((part) => part.word);
  const truncated = parts[parts.length - 1]!.truncated;
  const initial = texts[0]!;
  const endOf = (words: string[], at: number, part: number): number => {
    const word = words[at];
    if (word === undefined) return -1;
    let joined = '';
    for (let k = part; k < texts.length; k += 1) {
      joined += texts[k];
      const lastPart = k === texts.length - 1;
      if (lastPart) return (truncated ? word.startsWith(joined) : word === joined) ? at : -1;
      if (word === joined) {
        const end = endOf(words, at + 1, k + 1);
        if (end >= 0) return end;
      }
      if (!word.startsWith(joined)) return -1;
    }
    return -1;
  };
  const starts = positionFinder({ kind: 'term', word: initial, truncated: true });
  return (doc) => {
    const spans: Span[] = [];
    const { words } = doc;
    for (const i of starts(doc)) {
      const end = endOf(words, i, 0);
      if (end >= 0) spans.push({ start: i, end });
    }
    return spans;
  };
}

function nearFinder(left: SpanFinder, right: SpanFinder, distance: number, ordered: boolean): SpanFinder {
  const within = (gap: number) => gap >= 1 && gap <= distance;
  return (doc) => {
    const lefts = left(doc);
    if (lefts.length === 0) return [];
    const rights = right(doc);
    const spans: Span[] = [];
    for (const a of lefts) {
      for (const b of rights) {
        if (within(b.start - a.end)) spans.push({ start: a.start, end: b.end });
        else if (!ordered && within(a.start - b.end)) spans.push({ start: b.start, end: a.end });
      }
    }
    return spans;
  };
}
