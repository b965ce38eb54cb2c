import { type ConfigKind, readConfigFile } from '../../../domain/read-config-file.js';
import { shippedDataFile } from '../../../harmonize/applicants/harmonize-data-file.js';
import { type ScoringFile, scoringFileSchema } from './scoring-schema.js';

export const DEFAULT_SCORING_FILE = 'scoring/innovation-potential.yaml';

export interface LoadedScoring {
  file: string;
  scoring: ScoringFile;
}

const SCORING_FILE: ConfigKind = {
  name: 'scoring file',
  hint: 'each factor needs id, name {en, zh}, measure, source, normalisation and weight; see data/scoring/README.md',
};

/**
 * Read and check a scoring file (default: the shipped data/scoring/innovation-potential.yaml). Every problem is
 * reported at once as `file: path: reason` in one `bad-mapping` error.
 * @example loadScoring().scoring.factors.map((f) => f.weight) // sums to 1
 */
export function loadScoring(file: string = shippedDataFile(DEFAULT_SCORING_FILE)): LoadedScoring {
  return { file, scoring: readConfigFile(file, scoringFileSchema, SCORING_FILE) };
}
