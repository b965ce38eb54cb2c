import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PatlasError } from '../../domain/patlas-error.js';
import { patternCovers } from './pattern-interval.js';
import { referenceFile } from './reference-directory.js';
import { parseSymbolPattern, type SymbolPattern } from './symbol-pattern.js';

export const RECLASSIFICATION_FILE = 'cpc-reclassification.json';

/** Codes that moved: `old` patterns went to `new` ones in the `effective` IPC/CPC version. */
export interface Reclassification {
  id: string;
  effective: string;
  old: SymbolPattern[];
  new: SymbolPattern[];
  /** False when `new` holds only part of `old` (a split), so a rule on `new` must not pull in all of `old`. */
  bothWays: boolean;
}

const Patterns = z.array(z.string()).min(1);
const File = z.object({
  _source: z.string().min(1),
  moves: z.array(
    z.object({
      id: z.string().min(1),
      effective: z.string().regex(/^\d{4}\.\d{2}$/),
      old: Patterns,
      new: Patterns,
      bothWays: z.boolean(),
      source: z.string().min(1),
    }),
  ),
});

let moves: Reclassification[] | null = null;

/**
 * The extra patterns a rule needs so that symbols from before and after a reclassification both hit.
 * A rule that covers a whole side of a move (old or new) gets the other side; patterns the rule
 * already covers are left out.
 * @example expandForReclassification(parseSymbolPattern('G06V')) // [G06K9]
 */
export function expandForReclassification(pattern: SymbolPattern): SymbolPattern[] {
  const extra: SymbolPattern[] = [];
  const add = (candidates: SymbolPattern[]) => {
    for (const candidate of candidates) {
      if (patternCovers(pattern, candidate)) continue;
      if (extra.some((known) => known.text === candidate.text)) continue;
      extra.push(candidate);
    }
  };
  for (const move of loadReclassifications()) {
    if (move.old.some((side) => patternCovers(pattern, side))) add(move.new);
    if (move.bothWays && move.new.some((side) => patternCovers(pattern, side))) add(move.old);
  }
  return extra;
}

/** The shipped moves, read and checked once. */
export function loadReclassifications(): Reclassification[] {
  if (moves) return moves;
  const path = referenceFile(RECLASSIFICATION_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new PatlasError('bad-mapping', `${path}: not valid JSON`, { cause });
  }
  const file = File.safeParse(raw);
  if (!file.success) throw new PatlasError('bad-mapping', `${path}: ${z.prettifyError(file.error)}`);
  moves = file.data.moves.map((move) => ({
    id: move.id,
    effective: move.effective,
    old: move.old.map(parseSymbolPattern),
    new: move.new.map(parseSymbolPattern),
    bothWays: move.bothWays,
  }));
  return moves;
}
