import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { shippedDataFile } from '../../../harmonize/applicants/harmonize-data-file.js';
import { DEFAULT_SCORING_FILE, loadScoring } from './load-scoring.js';

const shipped = shippedDataFile(DEFAULT_SCORING_FILE);
const dir = mkdtempSync(join(tmpdir(), 'patlas-scoring-'));

/** The shipped file with a change applied, written to a temporary file. */
function variant(
  name: string,
  change: (data: { factors: Record<string, unknown>[] } & Record<string, unknown>) => void,
): string {
  const data = parse(readFileSync(shipped, 'utf8'));
  change(data);
  const file = join(dir, name);
  writeFileSync(file, stringify(data));
  return file;
}

describe('loadScoring', () => {
  it('loads the shipped file: nine factors whose weights sum to 1', () => {
    const { scoring } = loadScoring();
    expect(scoring.factors).toHaveLength(9);
    expect(scoring.factors.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 12);
    expect(scoring.factors.find((f) => f.measure === 'technical-effects')?.effects).toEqual([
      'accuracy',
      'efficiency',
      'cost',
    ]);
  });

  it('reports every problem as file: path: reason', () => {
    const file = variant('bad.yaml', (data) => {
      (data.factors[0] as Record<string, unknown>).weight = 0.5;
      (data.factors[1] as Record<string, unknown>).measure = 'patents';
      (data.factors[2] as Record<string, unknown>).years = 2;
      (data.factors[3] as Record<string, unknown>).id = 'recent-activity';
      (data.factors[5] as Record<string, unknown>).effects = ['speed'];
      data.minUnits = 0;
    });
    let message = '';
    try {
      loadScoring(file);
    } catch (error) {
      message = (error as Error).message;
      expect(error).toMatchObject({ code: 'bad-mapping' });
    }
    expect(message).toContain(`${file}: minUnits: must be at least 1`);
    expect(message).toContain(`${file}: factors.1.measure: must be one of recent-activity`);
    expect(message).toContain(`${file}: factors.5.effects.0: must be one of accuracy`);
    // Weight and duplicate checks run once the fields themselves are valid.
    const second = variant('weights.yaml', (data) => {
      (data.factors[0] as Record<string, unknown>).weight = 0.5;
      (data.factors[2] as Record<string, unknown>).years = 2;
      (data.factors[3] as Record<string, unknown>).id = 'recent-activity';
    });
    expect(() => loadScoring(second)).toThrow(`${second}: factors: weights must sum to 1 (they sum to 1.35)`);
    expect(() => loadScoring(second)).toThrow(
      `${second}: factors.2.years: only recent-activity and growth take years`,
    );
    expect(() => loadScoring(second)).toThrow(
      `${second}: factors.3.id: "recent-activity" is used by an earlier factor`,
    );
  });

  it('names a missing file and a file that is not YAML', () => {
    expect(() => loadScoring(join(dir, 'none.yaml'))).toThrow(/none\.yaml: scoring file not found/);
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'factors: [\n');
    expect(() => loadScoring(broken)).toThrow(`${broken}: (file): not valid YAML`);
  });
});
