import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastJson, runCli, SHARED_DATA } from '../helpers/run-cli.js';

interface ReportJson {
  files: { lang: string; html: string; pdf: string | null; xlsx: string | null; sheets: string[] }[];
  taxonomy: string | null;
  sections: { id: string; shown: boolean; missing: string | null }[];
  figures: number;
  tables: number;
  snapshotHash: string;
  seconds: Record<string, number>;
}

const ISTAT = join(SHARED_DATA, 'ai-text-istat/sample_update_split/patents_sample_update_part_1.csv');
const dir = mkdtempSync(join(tmpdir(), 'patlas-report-'));
const db = join(dir, 'ai.duckdb');
const out = join(dir, 'out');
let report: ReportJson;

beforeAll(async () => {
  const ingest = await runCli(['ingest', ISTAT, '--db', db, '--json']);
  expect(ingest.code, ingest.stderr).toBeLessThanOrEqual(1);
  const classify = await runCli(['classify', '--taxonomy', 'techstack', '--db', db, '--json']);
  expect(classify.code, classify.stderr).toBe(0);
  const result = await runCli([
    'report',
    '--db',
    db,
    '--out',
    out,
    '--lang',
    'both',
    '--pdf',
    '--xlsx',
    '--json',
  ]);
  expect(result.code, result.stderr).toBe(0);
  report = lastJson<ReportJson>(result);
}, 180_000);

describe('patlas report', () => {
  it('writes report.<lang>.html, .pdf and .xlsx for zh and en, on the techstack taxonomy by default', () => {
    expect(report.taxonomy).toBe('techstack');
    expect(report.files.map((f) => f.lang)).toEqual(['zh', 'en']);
    for (const f of report.files) {
      expect(f.html).toBe(join(out, `report.${f.lang}.html`));
      expect(f.pdf).toBe(join(out, `report.${f.lang}.pdf`));
      expect(f.xlsx).toBe(join(out, `report.${f.lang}.xlsx`));
      for (const p of [f.html, f.pdf, f.xlsx]) expect(existsSync(p ?? ''), String(p)).toBe(true);
    }
    expect(report.sections.map((s) => s.id)[0]).toBe('summary');
    expect(report.sections.find((s) => s.id === 'techstack')?.shown).toBe(true);
    for (const s of report.sections) if (!s.shown) expect(s.missing, s.id).toMatch(/\S/);
    expect(report.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the zh HTML is in Chinese with the analyst terms, the en HTML in English', () => {
    const zh = readFileSync(join(out, 'report.zh.html'), 'utf8');
    expect(zh).toContain('<html lang="zh-CN">');
    for (const term of ['专利申请趋势与增长', '申请人', '最早优先权年', '数据截止日', '年均增长率'])
      expect(zh).toContain(term);
    const en = readFileSync(join(out, 'report.en.html'), 'utf8');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Filing trends and growth');
    expect(en).not.toMatch(/\p{Script=Han}{2,}.*Filing trends/u);
  });

  it('the zh HTML quotes no English sentence from the indicators in its missing and definition lines', () => {
    const zh = readFileSync(join(out, 'report.zh.html'), 'utf8');
    const lines = [...zh.matchAll(/<p class="(?:missing|definition)">([^<]*)<\/p>/g)].map((m) => m[1] ?? '');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(line).toMatch(/\p{Script=Han}/u);
      // Three lower-case English words in a row would be an English sentence left in the Chinese report.
      expect(line).not.toMatch(/\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/);
    }
  });

  it('the PDF is a PDF with pages', () => {
    for (const f of report.files) {
      const pdf = readFileSync(f.pdf ?? '');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, f.lang).toBeGreaterThan(5);
    }
  });

  it('the XLSX has a definitions sheet first and every table as a sheet, definition lines on top, numbers as numbers', async () => {
    const file = report.files.find((f) => f.lang === 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file?.xlsx ?? '');
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(file?.sheets);
    expect(names[0]).toBe('definitions');
    expect(names.length).toBe(report.tables);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    const trend = workbook.getWorksheet('filing-trend');
    expect(trend?.getRow(1).getCell(1).value).toBe('Units per year');
    expect(String(trend?.getRow(2).getCell(1).value)).toMatch(
      /^Date basis: earliest priority year · Unit: patent family/,
    );
    expect(trend?.getRow(4).getCell(1).value).toBe('Year');
    expect(typeof trend?.getRow(5).getCell(1).value).toBe('number');
    expect(typeof trend?.getRow(5).getCell(2).value).toBe('number');
    const definitions = workbook.getWorksheet('definitions');
    const ids: string[] = [];
    definitions?.eachRow((row, i) => {
      if (i > 4) ids.push(String(row.getCell(1).value));
    });
    expect(ids).toContain('filing-trend');
    expect(ids).toContain('innovation-potential');
  });

  it('prints paths, sections and seconds as text without --json; a bad --lang is a usage error', async () => {
    const text = await runCli(['report', '--db', db, '--out', join(dir, 'text'), '--lang', 'en']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(join(dir, 'text', 'report.en.html'));
    expect(text.stdout).toMatch(/Sections shown \(\d+\): summary, trends/);
    expect(text.stdout).toMatch(/Time: indicators \d+\.\d s/);
    const bad = await runCli(['report', '--db', db, '--out', dir, '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang must be zh, en or both/);
  }, 60_000);
});
