import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PatlasError } from '../../../domain/patlas-error.js';
import { shippedDataFile } from '../../../harmonize/applicants/harmonize-data-file.js';
import { type ScoringFile, scoringFileSchema } from './scoring-schema.js';

export const DEFAULT_SCORING_FILE = 'scoring/innovation-potential.yaml';

export interface LoadedScoring {
  file: string;
  scoring: ScoringFile;
}

/**
 * Read and check a scoring file (default: the shipped data/scoring/innovation-potential.yaml). Every problem is
 * reported at once as `file: path: reason` in one `bad-mapping` error.
 * @example loadScoring().scoring.factors.map((f) => f.weight) // sums to 1
 */
export function loadScoring(file: string = shippedDataFile(DEFAULT_SCORING_FILE)): LoadedScoring {
  const data = readYaml(file);
  const parsed = scoringFileSchema.safeParse(data);
  if (!parsed.success) {
    throw badScoring(
      file,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
    );
  }
  return { file, scoring: parsed.data };
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new PatlasError('file-not-found', `${file}: scoring file not found`, { cause });
    throw new PatlasError('unreadable-file', `${file}: cannot read the scoring file (${code})`, { cause });
  }
  try {
    return parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw badScoring(file, [`(file): not valid YAML: ${message}`]);
  }
}

function badScoring(file: string, problems: readonly string[]): PatlasError {
  const lines = problems.map((problem) => `${file}: ${problem}`);
  const message =
    lines.length === 1
      ? (lines[0] ?? file)
      : [`${file}: ${lines.length} problems in the scoring file`, ...lines].join('\n');
  return new PatlasError('bad-mapping', message, {
    hint: 'each factor needs id, name {en, zh}, measure, source, normalisation and weight; see data/scoring/README.md',
  });
}
