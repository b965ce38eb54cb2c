import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patsnapWorkbook } from '../../../test/helpers/patsnap-workbook.js';
import type { PatentRecord } from '../../domain/patent-record.js';
import type { ReadItem } from '../../domain/read-item.js';
import { fileInput } from '../file-input.js';
import { openText } from '../text/open-text.js';
import type { ColumnMapping } from './column-mapping.js';
import { readMappedTable, readMappedTableAuto } from './from-mapped-table.js';
import { loadShippedMappings } from './shipped-mappings.js';

// Expected values are copied from the source files named in test/fixtures/mapped/README.md:
// cn-titles-ipc/oof_predictions.csv, cn-cpc-samples/sample_test.csv and the USPTO XML samples.
const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/mapped/', import.meta.url));
const INCOPAT_CSV = join(FIXTURES, 'incopat-export.gb18030.csv');
const GENERIC_CSV = join(FIXTURES, 'generic-en-uspto.csv');

async function readAll(items: AsyncIterable<ReadItem>) {
  const all: ReadItem[] = [];
  for await (const item of items) all.push(item);
  const records = all.flatMap((i) => (i.kind === 'record' ? [i.record] : []));
  const rejects = all.flatMap((i) => (i.kind === 'reject' ? [i] : []));
  return { all, records, rejects };
}

const symbols = (r: PatentRecord, scheme: 'ipc' | 'cpc') =>
  r.classifications.filter((c) => c.scheme === scheme).map((c) => c.symbol);

let mappings: ColumnMapping[];
let dir: string;
let xlsxPath: string;

beforeAll(async () => {
  mappings = await loadShippedMappings();
  dir = await mkdtemp(join(tmpdir(), 'patlas-mapped-'));
  const { workbook, sheet, rows } = patsnapWorkbook();
  // Exports style titles as rich text; the reader must join the runs.
  const title = rows[0]![1]!;
  sheet.getCell('B2').value = {
    richText: [{ text: title.slice(0, 4), font: { bold: true } }, { text: title.slice(4) }],
  };
  workbook.addWorksheet('检索式').addRow(['公开(公告)号', '申请(专利权)人']);
  xlsxPath = join(dir, 'patsnap-export.xlsx');
  await workbook.xlsx.writeFile(xlsxPath);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an incoPat CSV in GB18030, recognised without flags', () => {
  it('is decoded as GB18030', async () => {
    expect((await openText(fileInput(INCOPAT_CSV))).encoding).toBe('gb18030');
  });

  it('gives the publication numbers, Chinese titles and IPC symbols of the rows', async () => {
    const { records } = await readAll(readMappedTableAuto(fileInput(INCOPAT_CSV), mappings));
    expect(records.map((r) => r.publicationNumber)).toEqual([
      'CN114081026A',
      'CN111504366B',
      'CN215792497U',
      'CN114129661A',
    ]);
    expect(records[0]!.titles).toEqual({ zh: '一种水电站高压输电线路驱鸟保护装置' });
    expect(records[2]!.titles).toEqual({ zh: '一种膜纸自动化印刷技术生产线结构' });
    expect(symbols(records[0]!, 'ipc')).toEqual(['A01M', 'G06F', 'H02G']);
    expect(symbols(records[3]!, 'ipc')).toEqual(['A61K', 'A61P']);
    expect(records.map((r) => r.documentType)).toEqual([
      'application',
      'grant',
      'utility-model',
      'application',
    ]);
    expect(records[1]!.source).toEqual({
      file: INCOPAT_CSV,
      byteOffset: null,
      line: 3,
      format: 'mapped-table',
      formatVersion: 'incopat-zh',
    });
  });

  it('rejects the row without a publication number, with its line', async () => {
    const { rejects } = await readAll(readMappedTableAuto(fileInput(INCOPAT_CSV), mappings));
    expect(rejects).toEqual([
      {
        kind: 'reject',
        file: INCOPAT_CSV,
        position: { byteOffset: null, line: 6 },
        reason: 'row without a publication number',
        excerpt: expect.stringContaining('一种胶膜平整机构及光伏组件生产线'),
      },
    ]);
  });
});

describe('a PatSnap XLSX, recognised without flags', () => {
  it('gives publication numbers, titles (rich text joined), abstracts and classifications', async () => {
    const { records, rejects } = await readAll(readMappedTableAuto(fileInput(xlsxPath), mappings));
    expect(records.map((r) => r.publicationNumber)).toEqual(['CN118866379A', 'CN116842782A', 'CN111504366B']);
    expect(records.map((r) => r.source.formatVersion)).toEqual(['patsnap-zh', 'patsnap-zh', 'patsnap-zh']);
    expect(records[0]!.titles).toEqual({ zh: '一种用于心理障碍测评的数据处理及管理方法及系统' });
    expect(records[0]!.abstracts.zh).toMatch(/^本发明提出了一种用于心理障碍测评的数据处理及管理方法及系统。/);
    expect(symbols(records[0]!, 'cpc')).toEqual(['G06F18/2433', 'G06F40/216']);
    expect(records[1]!.titles.zh).toBe('基于卷积神经网络的双输出水电机组下机架结构仿真方法');
    expect(symbols(records[1]!, 'cpc')).toEqual(['G06F30/23', 'G06F30/27', 'G06F2119/14']);
    expect(records[2]!.titles.zh).toBe('基于人工智能的流体输送系统精确计量方法及计量装置');
    expect(symbols(records[2]!, 'ipc')).toEqual(['G01D', 'G01F']);
    expect(rejects).toMatchObject([{ position: { line: 5 }, reason: 'row without a publication number' }]);
    expect(rejects[0]!.excerpt).toContain('一种废水循环利用的自动洗车装置');
  });
});

describe('a generic English CSV', () => {
  it('reads dates, claim counts and multi-valued parties', async () => {
    const { records, rejects } = await readAll(readMappedTableAuto(fileInput(GENERIC_CSV), mappings));
    expect(rejects).toEqual([]);
    const [sip, older] = records;
    expect(sip).toMatchObject({
      publicationNumber: 'US8930553B2',
      applicationDate: '2012-10-09',
      publicationDate: '2015-01-06',
      publicationYear: 2015,
      claimsCount: 8,
      titles: { en: 'Managing mid-dialog session initiation protocol (SIP) messages' },
    });
    expect(sip!.applicants.map((p) => p.name)).toEqual(['International Business Machines Corporation']);
    expect(sip!.inventors.map((p) => p.name)).toEqual(['Nissim, Nitzan', 'Pulito, Brian', 'Zinger, Asaf']);
    expect(symbols(older!, 'ipc')).toEqual(['G06F15/13']);
    expect(older!.inventors).toHaveLength(4);
  });

  it('reads with an explicitly given mapping, and stops with a reject at a quote that never closes', async () => {
    const generic = mappings.find((m) => m.id === 'generic-en')!;
    const broken = join(dir, 'broken.csv');
    const lines = (await readFile(GENERIC_CSV, 'utf8')).trimEnd().split('\n');
    await writeFile(broken, [lines[0], lines[1], `${lines[2]},"no closing quote`, ''].join('\n'));
    const { records, rejects } = await readAll(readMappedTable(fileInput(broken), generic));
    expect(records.map((r) => r.publicationNumber)).toEqual(['US8930553B2']);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({
      position: { line: 3 },
      reason: expect.stringMatching(/reading stopped/),
    });
  });

  it('finds the header below a title line and reads rows that lack trailing cells', async () => {
    const titled = join(dir, 'titled.csv');
    const lines = (await readFile(GENERIC_CSV, 'utf8')).trimEnd().split('\n');
    // The second data row loses its last cell (Claims Count), as hand-edited tables do.
    await writeFile(
      titled,
      ['Exported patents', lines[0], lines[1], lines[2]!.replace(/,\d+$/, ''), ''].join('\n'),
    );
    const { records, rejects } = await readAll(readMappedTableAuto(fileInput(titled), mappings));
    expect(rejects).toEqual([]);
    // File lines 3 and 4 hold US08930553B2 and US07272630B2.
    expect(records.map((r) => [r.publicationNumber, r.source.line])).toEqual([
      ['US8930553B2', 3],
      ['US7272630B2', 4],
    ]);
    expect(records.map((r) => r.claimsCount)).toEqual([8, null]);
  });

  it('refuses a table no mapping matches', async () => {
    const other = join(dir, 'other.csv');
    await writeFile(other, 'id;title;year\n1;x;2020\n');
    await expect(readAll(readMappedTableAuto(fileInput(other), mappings))).rejects.toMatchObject({
      code: 'unknown-format',
      message: expect.stringContaining('other.csv'),
    });
  });
});
