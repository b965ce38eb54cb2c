import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open-store.js';
import { evaluateHarmonization, type HanEvaluation, hanEvaluationMarkdown } from './han-evaluation.js';

const dataDir = fileURLToPath(new URL('../../../../shared/data', import.meta.url));
const file = resolve(dataDir, 'cn-inventors-patstat/CN_applt.parquet');

let evaluation: HanEvaluation;
let personsInFile: number;

beforeAll(async () => {
  evaluation = await evaluateHarmonization(dataDir);
  const store = await openStore(':memory:', { create: true });
  const row = await store.one<{ n: number }>('SELECT count(*) AS n FROM read_parquet(?)', [file]);
  store.close();
  personsInFile = row?.n ?? -1;
}, 30_000);

const row = (level: string, subset: string, weighting: string, reference: string) => {
  const found = evaluation.rows.find(
    (r) => r.level === level && r.subset === subset && r.weighting === weighting && r.reference === reference,
  );
  if (!found) throw new Error(`no row ${level} ${subset} ${weighting} ${reference}`);
  return found;
};

describe('evaluateHarmonization against OECD HAN', () => {
  it('reads every applicant person of the extract', () => {
    expect(personsInFile).toBe(60_519);
    expect(evaluation.persons).toBe(personsInFile);
  });

  it('reaches the precision target for organisations and for patents', () => {
    expect(row('match key', 'organisations', 'persons', 'han-normalised').precision).toBeGreaterThanOrEqual(
      0.98,
    );
    expect(row('match key', 'all', 'patents', 'han').precision).toBeGreaterThanOrEqual(0.98);
    // Recall is 1 by construction: equal HAN names always get equal keys.
    expect(row('match key', 'all', 'persons', 'han').recall).toBe(1);
  });

  it('measures groups apart from match keys and lists what they merge', () => {
    expect(row('group', 'organisations', 'persons', 'han').precision).toBeLessThan(
      row('match key', 'organisations', 'persons', 'han').precision,
    );
    expect(evaluation.mergedByGroup.map((m) => m.cluster)).toContain('huawei');
    expect(evaluation.mergedByKey).toHaveLength(20);
  });

  it('agrees with the PSN sector for most persons', () => {
    expect(evaluation.sector.agreement).toBeGreaterThan(0.95);
    expect(evaluation.sector.matrix.INDIVIDUAL?.individual).toBeGreaterThan(45_000);
  });

  it('writes a markdown section naming the data file', () => {
    const markdown = hanEvaluationMarkdown(evaluation);
    expect(markdown.startsWith('## Applicant harmonisation against OECD HAN')).toBe(true);
    expect(markdown).toContain(file);
    expect(markdown).toContain('recall is 1 by construction');
  });
});
