import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PatlasError } from '../../domain/patlas-error.js';
import { compileLexicon, type EffectLexicon } from './effect-lexicon.js';
import { lexiconSchema } from './lexicon-schema.js';
import { LexiconTermError } from './term-matcher.js';

export const LEXICON_FILE = join('data', 'lexicons', 'technical-effects.json');

/** The shipped lexicon, found by walking up from this module (src or dist) to the package's `data/`. */
export function defaultLexiconPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (true) {
    const candidate = join(dir, LEXICON_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${LEXICON_FILE} not found above the Patlas modules`);
    dir = parent;
  }
}

/**
 * Read, validate and compile a technical-effect lexicon (default: the shipped one). A bad file throws a
 * `bad-mapping` PatlasError that names the file and every problem with its place (`effects.cost.attributes[0]`).
 */
export function loadEffectLexicon(path: string = defaultLexiconPath()): EffectLexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new PatlasError('unreadable-file', `${path}: cannot read the effect lexicon`, { cause });
  }
  return parseEffectLexicon(text, path);
}

/** Validate and compile lexicon JSON text; `path` only names the source in errors. */
export function parseEffectLexicon(text: string, path: string): EffectLexicon {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw bad(path, `not valid JSON: ${message}`, cause);
  }
  const result = lexiconSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw bad(path, `${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  try {
    return compileLexicon(result.data);
  } catch (error) {
    if (error instanceof LexiconTermError) throw bad(path, error.message, error);
    throw error;
  }
}

function bad(path: string, message: string, cause?: unknown): PatlasError {
  return new PatlasError('bad-mapping', `${path}: invalid effect lexicon: ${message}`, {
    hint: 'the format is described in data/lexicons/SOURCES.md; compare with the shipped technical-effects.json',
    cause,
  });
}
