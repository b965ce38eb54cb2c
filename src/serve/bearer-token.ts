import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether an Authorization header carries the token. Both sides are hashed first so the comparison takes the
 * same time whatever the length or content of the guess.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}
