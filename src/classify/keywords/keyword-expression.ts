/** One search word: lower-cased letters and digits; `truncated` when it ended in `*` (right truncation). */
export type KeywordTerm = { kind: 'term'; word: string; truncated: boolean };

/**
 * A parsed keyword expression.
 * - `phrase`: a quoted phrase or a hyphenated word (`"neural network"`, `neural-network`): consecutive words
 * - `compound`: words joined by `(?)`, `(-)` or `?` (`Neural(?)Net*`): consecutive words, or the same parts
 *   written together as one word (`neuralnet`), or any mix of the two
 * - `near`: `left +Nw right` (right starts 1..N words after left ends) or, when not `ordered`,
 *   `left /Nw right` (the same in either order)
 * - `not` with one operand; `a NOT b` parses as `a AND NOT b`
 */
export type KeywordExpression =
  | KeywordTerm
  | { kind: 'phrase'; words: KeywordTerm[] }
  | { kind: 'compound'; parts: KeywordTerm[] }
  | { kind: 'near'; left: KeywordExpression; right: KeywordExpression; distance: number; ordered: boolean }
  | { kind: 'and'; operands: KeywordExpression[] }
  | { kind: 'or'; operands: KeywordExpression[] }
  | { kind: 'not'; operand: KeywordExpression };

/** True for nodes that match at word positions (and so can stand beside a proximity operator). */
export function isPositional(node: KeywordExpression): boolean {
  if (node.kind === 'and' || node.kind === 'not') return false;
  if (node.kind === 'or') return node.operands.every(isPositional);
  return true;
}

/** A term's identity for position lookups: the word, with `*` when truncated (`learn*`, `svm`). */
export function termKey(term: KeywordTerm): string {
  return term.truncated ? `${term.word}*` : term.word;
}
