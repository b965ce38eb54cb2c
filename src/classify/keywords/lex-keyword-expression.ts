import { PatlasError } from '../../domain/patlas-error.js';

/** A lexical token of a keyword expression; `at` is its character position in the expression. */
export type KeywordToken =
  | { kind: 'word'; text: string; at: number }
  | { kind: 'quoted'; text: string; at: number }
  | { kind: 'near'; distance: number; ordered: boolean; at: number }
  | { kind: 'and' | 'or' | 'not' | 'open' | 'close'; at: number };

const NEAR = /([+/])(\d+)w/iy;
const WORD_CHAR = /[\p{L}\p{N}*?-]/u;
const JOINER = /^\((?:\?|-)\)/;
const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { and: 'and', or: 'or', not: 'not' };

/** Split an expression into tokens; throws a `bad-mapping` PatlasError at the first unreadable character. */
export function lexKeywordExpression(expression: string): KeywordToken[] {
  const tokens: KeywordToken[] = [];
  let at = 0;
  while (at < expression.length) {
    const char = expression[at]!;
    if (/\s/u.test(char)) {
      at += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close', at });
      at += 1;
    } else if (char === '"' || char === '\u201c') {
      const end = expression.slice(at + 1).search(/["\u201d]/u);
      if (end < 0) throw keywordSyntaxError(expression, at, 'the quoted phrase is not closed');
      tokens.push({ kind: 'quoted', text: expression.slice(at + 1, at + 1 + end), at });
      at += end + 2;
    } else if (char === '+' || char === '/') {
      NEAR.lastIndex = at;
      const near = NEAR.exec(expression);
      if (!near)
        throw keywordSyntaxError(expression, at, `"${char}" must start a proximity operator like ${char}1w`);
      tokens.push({ kind: 'near', distance: Number(near[2]), ordered: char === '+', at });
      at += near[0].length;
    } else if (WORD_CHAR.test(char)) {
      const end = wordEnd(expression, at);
      const text = expression.slice(at, end);
      const operator = OPERATORS[text.toLowerCase()];
      tokens.push(operator ? { kind: operator, at } : { kind: 'word', text, at });
      at = end;
    } else {
      throw keywordSyntaxError(expression, at, `unexpected character "${char}"`);
    }
  }
  return tokens;
}

/** A word runs over word characters and over `(?)` / `(-)` joiners written between two word characters. */
function wordEnd(expression: string, start: number): number {
  let at = start;
  while (at < expression.length) {
    const char = expression[at]!;
    if (WORD_CHAR.test(char)) {
      at += 1;
    } else if (char === '(' && JOINER.test(expression.slice(at, at + 3)) && at > start) {
      at += 3;
    } else {
      break;
    }
  }
  return at;
}

/** The error for an unreadable expression: names the expression and the 1-based character position. */
export function keywordSyntaxError(expression: string, at: number, problem: string): PatlasError {
  return new PatlasError(
    'bad-mapping',
    `keyword expression "${expression}": ${problem} at character ${at + 1}`,
    {
      hint: 'operators: AND, OR, NOT, +Nw (in order), /Nw (either order), * (right truncation), "phrase", (?) joiner',
    },
  );
}
