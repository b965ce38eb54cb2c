import { readFileSync } from 'node:fs';
import { PatlasError } from '../../domain/patlas-error.js';
import { checkTaxonomyText, type TaxonomyProblem } from './check-taxonomy-text.js';
import type { TaxonomyFile } from './taxonomy-schema.js';

/** A checked taxonomy: the file it came from, its content (defaults applied) and its text, for hashing. */
export type LoadedTaxonomy = { file: string; taxonomy: TaxonomyFile; text: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Read and check a taxonomy file (YAML or JSON, UTF-8; a byte-order mark is dropped from `text`). Throws one
 * `bad-taxonomy` PatlasError listing every problem as `<file>:<line>: <reason>`, `file-not-found` or
 * `unreadable-file` when the file cannot be read.
 * @example loadTaxonomy('my-drones.yaml').taxonomy.categories
 */
export function loadTaxonomy(file: string): LoadedTaxonomy {
  const text = readText(file);
  const check = checkTaxonomyText(text);
  if (check.taxonomy === null) throw taxonomyError(file, check.problems);
  return { file, taxonomy: check.taxonomy, text };
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new PatlasError('file-not-found', `${file}: taxonomy file not found`, { cause });
    throw new PatlasError('unreadable-file', `${file}: cannot read the taxonomy file (${code})`, { cause });
  }
  try {
    return UTF8.decode(bytes);
  } catch (cause) {
    throw new PatlasError('unreadable-file', `${file}: the taxonomy file is not UTF-8 text`, {
      cause,
      hint: 'save the file as UTF-8',
    });
  }
}

function taxonomyError(file: string, problems: readonly TaxonomyProblem[]): PatlasError {
  const lines = problems.map(({ line, reason }) => `${file}:${line}: ${reason}`);
  const message =
    lines.length === 1
      ? lines[0]!
      : [`${file}: ${lines.length} problems in the taxonomy`, ...lines].join('\n');
  return new PatlasError('bad-taxonomy', message, {
    hint: 'the taxonomy format is described in docs/taxonomy-format.md',
  });
}
