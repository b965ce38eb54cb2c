/** Add one occurrence of a token. */
export function countToken(counts: Map<string, number>, token: string): void {
  counts.set(token, (counts.get(token) ?? 0) + 1);
}
