import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { patsnapWorkbook } from '../helpers/patsnap-workbook.js';
import { lastJson, REPO_ROOT, runCli } from '../helpers/run-cli.js';

it('ingests a PatSnap-style XLSX with Chinese headers without flags, and a GB18030 incoPat CSV', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'patlas-xlsx-'));
  // Rows of real CN publications (test/fixtures/mapped/README.md says where each value comes from).
  const { workbook } = patsnapWorkbook();
  const xlsx = join(dir, 'patsnap-export.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  const csv = join(REPO_ROOT, 'test/fixtures/mapped/incopat-export.gb18030.csv');

  const db = join(dir, 'cn.duckdb');
  const result = await runCli(['ingest', xlsx, csv, '--db', db, '--json']);
  const summary = lastJson<{ documents: number; inserted: number; unchanged: number; rejected: number }>(
    result,
  );
  // XLSX: 4 rows, the last without a publication number; CSV: 5 rows, the last without one. CN111504366B is
  // in both files: stored once.
  expect(summary).toMatchObject({ documents: 9, rejected: 2, inserted: 6, unchanged: 1 });
  const show = lastJson<{ titles: Record<string, string>; source: { formatVersion: string } }>(
    await runCli(['show', 'CN118866379A', '--db', db, '--json']),
  );
  expect(show.titles.zh).toBe('一种用于心理障碍测评的数据处理及管理方法及系统');
  expect(show.source.formatVersion).toBe('patsnap-zh');
});
