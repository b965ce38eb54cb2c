import { isPositional, type KeywordExpression, type KeywordTerm } from './keyword-expression.js';
import { type KeywordToken, keywordSyntaxError, lexKeywordExpression } from './lex-keyword-expression.js';

const TERM = /^[\p{L}\p{N}]+\*?$/u;
const JOINERS = /\(\?\)|\(-\)|\?/;

/**
 * Parse a keyword expression into its AST. Binding, tightest first: proximity (`+Nw`, `/Nw`, left to right),
 * `NOT`, `AND` (and `a NOT b` = `a AND NOT b`), `OR`. Operators are case-insensitive; words are matched
 * case-insensitively. Two words side by side without an operator are an error: write a phrase in quotes.
 * Throws a `bad-mapping` PatlasError naming the expression and the character position.
 * @example parseKeywordExpression('support +1w vector +1w machine*')
 */
export function parseKeywordExpression(expression: string): KeywordExpression {
  const tokens = lexKeywordExpression(expression);
  let next = 0;
  const peek = (): KeywordToken | undefined => tokens[next];
  const fail = (problem: string, token = peek()): never => {
    throw keywordSyntaxError(expression, token?.at ?? expression.length, problem);
  };

  const parseOr = (): KeywordExpression => {
    const operands = [parseAnd()];
    while (peek()?.kind === 'or') {
      next += 1;
      operands.push(parseAnd());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  };

  const parseAnd = (): KeywordExpression => {
    const operands = [parseUnary()];
    for (let token = peek(); token?.kind === 'and' || token?.kind === 'not'; token = peek()) {
      next += 1;
      const operand = parseUnary();
      operands.push(token.kind === 'not' ? { kind: 'not', operand } : operand);
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  };

  const parseUnary = (): KeywordExpression => {
    if (peek()?.kind !== 'not') return parseNear();
    next += 1;
    return { kind: 'not', operand: parseUnary() };
  };

  const parseNear = (): KeywordExpression => {
    let left = parsePositional();
    for (let token = peek(); token?.kind === 'near'; token = peek()) {
      next += 1;
      if (token.distance < 1) fail('the proximity distance must be at least 1', token);
      const right = parsePositional();
      left = { kind: 'near', left, right, distance: token.distance, ordered: token.ordered };
    }
    return left;
  };

  const parsePositional = (): KeywordExpression => {
    const first = peek();
    const node = parsePrimary();
    const after = peek();
    if (after?.kind === 'near' && !isPositional(node)) {
      fail('AND / NOT cannot stand beside a proximity operator', first);
    }
    return node;
  };

  const parsePrimary = (): KeywordExpression => {
    const token = peek();
    if (!token) return fail('the expression ends where a word was expected');
    next += 1;
    if (token.kind === 'open') {
      const inner = parseOr();
      if (peek()?.kind !== 'close') fail('missing ")"');
      next += 1;
      return inner;
    }
    if (token.kind === 'word') return parseWord(expression, token.text, token.at);
    if (token.kind === 'quoted') return parsePhrase(expression, token.text, token.at);
    return fail(`a word was expected, not ${describe(token)}`, token);
  };

  const tree = parseOr();
  const rest = peek();
  if (rest) {
    fail(
      rest.kind === 'close'
        ? 'unbalanced ")"'
        : `${describe(rest)} follows without an operator (quote a phrase, or use AND / OR)`,
      rest,
    );
  }
  if (tree.kind === 'not') throw keywordSyntaxError(expression, 0, 'the expression only excludes (NOT ...)');
  return tree;
}

function describe(token: KeywordToken): string {
  if (token.kind === 'word' || token.kind === 'quoted') return `"${token.text}"`;
  if (token.kind === 'near') return `${token.ordered ? '+' : '/'}${token.distance}w`;
  if (token.kind === 'open' || token.kind === 'close') return `"${token.kind === 'open' ? '(' : ')'}"`;
  return token.kind.toUpperCase();
}

function parseWord(expression: string, text: string, at: number): KeywordExpression {
  const parts = text.split(JOINERS);
  if (parts.length > 1) {
    if (text.includes('-') && !text.includes('(-)')) {
      throw keywordSyntaxError(expression, at, `"${text}" mixes a hyphen with (?) joiners`);
    }
    return { kind: 'compound', parts: parts.map((part) => parseTerm(expression, part, at)) };
  }
  const words = text.split('-');
  if (words.length === 1) return parseTerm(expression, text, at);
  return { kind: 'phrase', words: words.map((word) => parseTerm(expression, word, at)) };
}

function parsePhrase(expression: string, text: string, at: number): KeywordExpression {
  const words = text.split(/[\s-]+/u).filter((word) => word !== '');
  if (words.length === 0) throw keywordSyntaxError(expression, at, 'the quoted phrase is empty');
  const terms = words.map((word) => parseTerm(expression, word, at));
  return terms.length === 1 ? terms[0]! : { kind: 'phrase', words: terms };
}

function parseTerm(expression: string, raw: string, at: number): KeywordTerm {
  const text = raw.normalize('NFKC').toLowerCase();
  if (!TERM.test(text)) {
    const problem =
      raw === '' ? 'an empty word' : `"${raw}" is not a word (letters and digits, optional * at the end)`;
    throw keywordSyntaxError(expression, at, problem);
  }
  const truncated = text.endsWith('*');
  return { kind: 'term', word: truncated ? text.slice(0, -1) : text, truncated };
}
