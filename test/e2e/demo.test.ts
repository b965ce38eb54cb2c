import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

it('patlas demo builds, classifies and indexes a store from every bundled file and writes the zh and en report', async () => {
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
  // The report in both languages, with its tables as XLSX (PDF needs /usr/bin/chromium, which CI installs).
  for (const lang of ['zh', 'en']) {
    for (const ext of ['html', 'xlsx', 'pdf']) {
      expect(existsSync(join(out, 'report', `report.${lang}.${ext}`)), `report.${lang}.${ext}`).toBe(true);
    }
  }
  expect(readFileSync(join(out, 'report', 'report.zh.html'), 'utf8')).toContain('专利申请趋势');
  expect(readFileSync(join(out, 'report', 'report.en.html'), 'utf8')).toContain('Filing trend');
  expect(result.stdout).toContain(join(out, 'report', 'report.zh.html'));
  // The text index: the one bundled Chinese title with both 障碍物 and 检测 (cn-titles-ipc.csv.gz, row 1233) first.
  const match = await runCli(['match', '--db', join(out, 'patlas-demo.duckdb'), '障碍物检测', '--json']);
  expect(match.code, match.stderr).toBe(0);
  expect(JSON.parse(match.stdout).patents[0].publicationNumber).toBe('CN113963327A');
}, 180_000);
