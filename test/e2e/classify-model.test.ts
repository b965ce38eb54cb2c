import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerClassify } from '../../src/cli/commands/classify.js';
import { registerModelCommands } from '../../src/cli/commands/classify-model.js';
import { EXIT, type ExitCode } from '../../src/cli/exit-codes.js';
import { fail } from '../../src/cli/fail.js';
import type { PatentRecord } from '../../src/domain/patent-record.js';
import { fileInput } from '../../src/ingest/file-input.js';
import { readIstatCsv } from '../../src/ingest/istat/index.js';
import { openStore } from '../../src/store/open-store.js';
import { type CliResult, lastJson, REPO_ROOT, runCli, SHARED_DATA } from '../helpers/run-cli.js';

/**
 * The built CLI once main.ts registers the model commands; until then a program put together the way
 * main.ts does (`classify` from registerClassify, the model subcommands added to it), run in-process.
 */
const REGISTERED = readFileSync(join(REPO_ROOT, 'src/cli/main.ts'), 'utf8').includes('registerModelCommands');

async function patlas(args: string[]): Promise<CliResult> {
  if (REGISTERED || args[0] !== 'classify') return runCli(args);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  let code: ExitCode = EXIT.ok;
  const setExit = (c: ExitCode) => {
    code = c;
  };
  try {
    const program = new Command('patlas').exitOverride();
    registerModelCommands(registerClassify(program, setExit), setExit);
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    code = fail(error, args.includes('--json'));
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { code, stdout, stderr };
}

interface EvaluateJson {
  model: string;
  definition: { positives: string; negatives: string; holdout: string };
  precision: number;
  recall: number;
  f1: number;
  confusion: { tp: number; fp: number; fn: number; tn: number };
  threshold: number;
  heldOut: { size: number; positives: number; negatives: number };
  trainSize: number;
}

const ISTAT = join(SHARED_DATA, 'ai-text-istat/sample');
const DRONES = join(SHARED_DATA, 'lens/drones_tac_1695_cleaned.csv');

// Positives: the 1,606 istat AI patents (titles + abstracts); negatives: 1,695 Lens drone families (titles + codes).
describe('patlas classify train / evaluate / apply on real AI and drone patents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'patlas-model-'));
  const db = join(dir, 'store.duckdb');
  const seedFile = join(dir, 'ai.txt');
  let seeds: string[] = [];

  beforeAll(async () => {
    const ingest = await runCli(['ingest', ISTAT, DRONES, '--db', db, '--json']);
    expect(ingest.code, ingest.stderr).toBeLessThanOrEqual(EXIT.problems);
    const records: PatentRecord[] = [];
    for (const file of readdirSync(ISTAT))
      for await (const item of readIstatCsv(fileInput(join(ISTAT, file))))
        if (item.kind === 'record') records.push(item.record);
    seeds = [...new Set(records.map((r) => r.publicationNumber))];
    // As a user would write them: istat's own spelling (US-6587739-B1) plus one number the store lacks.
    writeFileSync(seedFile, `# AI patents\n${seeds.join('\n')}\nUS-1-B1\n`);
  }, 60_000);

  it('trains a model from a seed file, evaluates it on its held-out split and applies it', async () => {
    const train = await patlas([
      'classify',
      'train',
      '--db',
      db,
      '--name',
      'ai',
      '--seed-file',
      seedFile,
      '--json',
    ]);
    expect(train.code, train.stderr).toBe(EXIT.ok);
    const trained = lastJson<{
      target: { seedPublications: number; seedUnknown: number };
      params: { expansion: { antiSeed: number; antiSeedCandidates: number } };
    }>(train);
    expect(trained.target.seedPublications).toBeGreaterThanOrEqual(seeds.length);
    expect(trained.target.seedUnknown).toBe(1);
    // Fewer than 15,000 publications lie outside the seed: all of them are the anti-seed.
    expect(trained.params.expansion.antiSeed).toBe(trained.params.expansion.antiSeedCandidates);

    const evaluate = await patlas(['classify', 'evaluate', '--db', db, '--model', 'ai', '--json']);
    expect(evaluate.code, evaluate.stderr).toBe(EXIT.ok);
    const e = lastJson<EvaluateJson>(evaluate);
    const { tp, fp, fn, tn } = e.confusion;
    expect(tp + fp + fn + tn).toBe(e.heldOut.size);
    expect(tp + fn).toBe(e.heldOut.positives);
    expect(e.heldOut.positives).toBe(Math.round(trained.target.seedPublications * 0.2));
    expect(e.threshold).toBe(0.5);
    // Titles alone already separate these sets at F1 > 0.8 (train-classifier.test.ts); with the abstracts the
    // positives carry, a working pipeline does clearly better.
    expect(e.f1).toBeGreaterThan(0.9);
    expect(e.precision).toBeGreaterThan(0.9);
    expect(e.recall).toBeGreaterThan(0.9);
    expect(e.definition.positives).toContain(seedFile);

    const text = await patlas(['classify', 'evaluate', '--db', db, '--model', 'ai']);
    expect(text.stdout).toMatch(/precision \d\.\d{3} {2}recall \d\.\d{3} {2}F1 \d\.\d{3}/);
    expect(text.stdout).toMatch(/actual \+ +[\d,]+ +[\d,]+\nactual - +[\d,]+ +[\d,]+/);
    expect(text.stdout).toContain('held out: 20% stratified');

    const apply = await patlas(['classify', 'apply', '--db', db, '--model', 'ai', '--json']);
    expect(apply.code, apply.stderr).toBe(EXIT.ok);
    const applied = lastJson<{ labelled: number; taxonomyId: string; taxonomyVersion: string }>(apply);
    expect(applied.taxonomyId).toBe('model:ai');
    const store = await openStore(db, { readOnly: true });
    try {
      const rows = await store.all<{ n: number; evidence: string; score: number }>(
        `SELECT count(*) OVER () AS n, evidence, score FROM labels
         WHERE taxonomy_id = 'model:ai' AND method = 'model' AND taxonomy_version = ? ORDER BY score DESC LIMIT 1`,
        [applied.taxonomyVersion],
      );
      expect(rows[0]?.n).toBe(applied.labelled);
      expect(rows[0]?.score).toBeGreaterThan(0.5);
      expect(rows[0]?.evidence).toMatch(/ \+\d+\.\d\d/);
    } finally {
      store.close();
    }
    // Most seeds score above 0.5 (they are the training positives); far from every publication does.
    expect(applied.labelled).toBeGreaterThan(seeds.length * 0.9);
    expect(applied.labelled).toBeLessThan(seeds.length * 1.2);
  });

  it('refuses to overwrite a model without --replace, and replaces it with', async () => {
    const again = await patlas(['classify', 'train', '--db', db, '--name', 'ai', '--seed-file', seedFile]);
    expect(again.code).toBe(EXIT.usage);
    expect(again.stderr).toContain('already has a model named "ai"');
    expect(again.stderr).toContain('--replace');
    const replaced = await patlas([
      'classify',
      'train',
      '--db',
      db,
      '--name',
      'ai',
      '--seed-file',
      seedFile,
      '--replace',
    ]);
    expect(replaced.code, replaced.stderr).toBe(EXIT.ok);
    expect(replaced.stdout).toContain('Trained model "ai"');
  });

  it('seeds from the labels of a taxonomy, and says how to get them when there are none', async () => {
    const none = await patlas([
      'classify',
      'train',
      '--db',
      db,
      '--name',
      'w',
      '--seed-taxonomy',
      'wipo2019:ai',
    ]);
    expect(none.code).toBe(EXIT.problems);
    expect(none.stderr).toContain('no publication has label wipo2019:ai');
    expect(none.stderr).toContain('patlas classify --taxonomy wipo2019');
    const rules = await patlas(['classify', '--db', db, '--taxonomy', 'wipo2019', '--json']);
    expect(rules.code, rules.stderr).toBe(EXIT.ok);
    const train = await patlas([
      'classify',
      'train',
      '--db',
      db,
      '--name',
      'w',
      '--seed-taxonomy',
      'wipo2019:ai',
    ]);
    expect(train.code, train.stderr).toBe(EXIT.ok);
    expect(train.stdout).toContain('publications labelled wipo2019:ai');
  });

  it('gives clear errors for an unknown model, bad options and an empty store', async () => {
    const unknown = await patlas(['classify', 'evaluate', '--db', db, '--model', 'nope', '--json']);
    expect(unknown.code).toBe(EXIT.problems);
    expect(JSON.parse(unknown.stderr.trim())).toMatchObject({ error: { code: 'not-found' } });
    const both = await patlas(['classify', 'train', '--db', db, '--name', 'x']);
    expect(both.code).toBe(EXIT.usage);
    expect(both.stderr).toContain('exactly one of --seed-taxonomy and --seed-file');
    const holdout = await patlas([
      'classify',
      'train',
      '--db',
      db,
      '--name',
      'x',
      '--seed-file',
      seedFile,
      '--holdout',
      '1.5',
    ]);
    expect(holdout.code).toBe(EXIT.usage);
    const empty = join(dir, 'empty.duckdb');
    (await openStore(empty, { create: true })).close();
    const nothing = await patlas([
      'classify',
      'train',
      '--db',
      empty,
      '--name',
      'x',
      '--seed-file',
      seedFile,
    ]);
    expect(nothing.code).toBe(EXIT.problems);
    expect(nothing.stderr).toContain('holds no publications');
  });
});
