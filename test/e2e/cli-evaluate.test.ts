import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastJson, runCli, SHARED_DATA } from '../helpers/run-cli.js';

interface EvaluateJson {
  out: string;
  classification: {
    taxonomies: { id: string }[];
    istat: {
      records: number;
      distinct: number;
      recall: { definition: string; found: number; total: number; recall: number }[];
    };
    cset: { joined: number; comparison: { cset: string; taxonomy: string; csetPositive: number }[] };
    chinese: {
      titles: number;
      farFromComputing: number;
      falsePositives: { taxonomy: string; rate: number }[];
    };
  };
}

describe('patlas evaluate on ../shared/data', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'patlas-evaluate-')), 'evaluation.md');
  let result: EvaluateJson;
  beforeAll(async () => {
    const run = await runCli(['evaluate', '--data', SHARED_DATA, '--out', out, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    result = lastJson<EvaluateJson>(run);
  }, 120_000);

  it('reads every istat AI patent (8,807 rows, one id twice: checked with a CSV reader) and every CN title', () => {
    expect(result.classification.istat.records).toBe(8807);
    expect(result.classification.istat.distinct).toBe(8806);
    const titles = parse(readFileSync(join(SHARED_DATA, 'cn-titles-ipc/oof_predictions.csv')), {
      columns: true,
      bom: true,
    });
    expect(result.classification.chinese.titles).toBe(titles.length);
  });

  it('measures every shipped taxonomy; cnipa-sei, which has no keyword rules, finds nothing in text', () => {
    const ids = result.classification.taxonomies.map((t) => t.id).sort();
    expect(ids).toEqual(['aipd', 'cnipa-sei', 'techstack', 'wipo2019']);
    const sei = result.classification.istat.recall.find((r) => r.definition === 'cnipa-sei');
    expect(sei).toMatchObject({ found: 0, total: 8806 });
    for (const row of result.classification.istat.recall) expect(row.found).toBeLessThanOrEqual(row.total);
  });

  it('compares with CSET on the patents both hold, and keeps the Chinese false-positive rate under 2 %', () => {
    expect(result.classification.cset.joined).toBeGreaterThan(1000); // DATA.md: over 1,000 istat patents in CSET
    const ml = result.classification.cset.comparison.find(
      (r) => r.cset === 'Machine_Learning' && r.taxonomy === 'wipo2019',
    );
    expect(ml?.csetPositive).toBeGreaterThan(0);
    for (const row of result.classification.chinese.falsePositives) expect(row.rate).toBeLessThan(0.02);
  });

  it('writes the report with its tables', () => {
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain('### Recall on the istat AI patents (title + abstract)');
    expect(markdown).toContain("### Against CSET's labels");
    expect(markdown).toContain('### Chinese keyword rules: false positives and recall on CN titles');
    expect(markdown).toMatch(/\| wipo2019 \| [\d,]+ \| 8,806 \| \*\*[\d.]+ %\*\*/);
  });
});
