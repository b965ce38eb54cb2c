import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

it('patlas demo builds a store from every bundled file and shows what it holds', async () => {
  const out = mkdtempSync(join(tmpdir(), 'patlas-demo-'));
  const result = await runCli(['demo', '--out', out]);
  expect(result.code).toBe(0);
  expect(result.stdout).not.toContain('could not be read');
  expect(result.stdout).toContain('Coverage (share of publications that carry the field)');
  expect(result.stdout).toMatch(/Technical effects found in [\d,]+ of [\d,]+ publications/);
  for (const taxonomy of ['aipd', 'cnipa-sei', 'techstack', 'wipo2019']) {
    expect(result.stdout).toMatch(
      new RegExp(`Classified with ${taxonomy} \\S+: [\\d,]+ publications labelled`),
    );
  }
  // One publication from each kind of bundled source, as numbered in the source files.
  for (const number of ['EP3782854A1', 'US8926509B2', 'US7849036B2', 'JP2017207839A', 'CN114081026A']) {
    const show = await runCli(['show', number, '--db', join(out, 'patlas-demo.duckdb'), '--json']);
    expect(show.code, `${number}: ${show.stderr}`).toBe(0);
  }
}, 180_000);
