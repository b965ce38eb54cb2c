import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PatlasError } from '../../domain/patlas-error.js';
import { bufferInput, fileInput } from '../file-input.js';
import {
  type DelimitedItem,
  normaliseLineEnds,
  readDelimitedCells,
  readDelimitedRows,
} from './read-delimited.js';

const data = (path: string): string =>
  fileURLToPath(new URL(`../../../../shared/data/${path}`, import.meta.url));

async function collect<T = DelimitedItem>(rows: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of rows) items.push(item);
  return items;
}

const rowsOf = (items: DelimitedItem[]) => items.filter((i) => i.kind === 'row');

describe('readDelimitedRows on real exports', () => {
  it('reads the CR-only cp1252 Lens 2015 export: 1,000 records on lines 2..1001', async () => {
    const table = await readDelimitedRows(fileInput(data('lens/pizza_lens_1000_raw.csv')));
    const rows = rowsOf(await collect(table.rows));
    expect(rows).toHaveLength(1000);
    expect(rows[0]!.line).toBe(2);
    expect(rows[0]!.fields['Publication Number']).toBe('US 2013/0101709 A1');
    expect(rows[999]!.line).toBe(1001);
    expect(table.encoding).toBe('windows-1252');
  });

  it('reads the UTF-16LE Lens export with its leading-space header names trimmed', async () => {
    const table = await readDelimitedRows(fileInput(data('lens/drone_drones_tac_1695_families.csv')));
    expect(table.encoding).toBe('utf-16le');
    expect(table.header[1]).toBe('applicants_use_me');
    const rows = rowsOf(await collect(table.rows));
    expect(rows).toHaveLength(1606);
    expect(rows[0]!.fields.publication_number).toBe('AR 021856 A1');
  });

  it('gives a record spanning two lines its first line (PATENTSCOPE line 7428-7429)', async () => {
    const table = await readDelimitedRows(fileInput(data('patentscope/pizza_medium.csv')));
    const rows = rowsOf(await collect(table.rows));
    expect(rows).toHaveLength(10000);
    const index = rows.findIndex((r) => r.fields['Publication Number'] === 'US20100293054');
    expect(rows[index]!.line).toBe(7428);
    expect(rows[index]!.fields.Title).toBe(
      'Method of Customizing Webpages for Content/Advertising by Using Cost per\nAction Fees and Rebates',
    );
    expect(rows[index + 1]!.line).toBe(7430);
    expect(rows[index + 1]!.fields['Publication Number']).toBe('US20100056117');
  });
});

describe('readDelimitedRows with broken records', () => {
  it('turns a row with a missing field into a problem with its line and keeps reading', async () => {
    const lines = readFileSync(data('lens/drones_fulltext_families_5884_raw.csv'), 'utf8').split('\r\n');
    // Line 4 is record "3" (BE 905621 A1): drop its last field.
    lines[3] = lines[3]!.replace(/,[^,]*$/, '');
    const dir = mkdtempSync(join(tmpdir(), 'patlas-delimited-'));
    const path = join(dir, 'broken.csv');
    writeFileSync(path, lines.join('\r\n'));
    const items = await collect((await readDelimitedRows(fileInput(path))).rows);
    const problems = items.filter((i) => i.kind === 'problem');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4, reason: 'wrong number of fields: expected 26, found 25' });
    expect(problems[0]!.excerpt).toContain('BE 905621 A1');
    expect(items[2]).toBe(problems[0]);
    const rows = rowsOf(items);
    expect(rows).toHaveLength(5883);
    expect(rows[2]).toMatchObject({ line: 5, fields: { '#': '4', 'Publication Number': 'BG 46357 A1' } });
  });

  it('reports an unclosed quote at the line where the record starts', async () => {
    const text = 'a,b\r1,2\r3,"never closed\r4,5\r';
    const items = await collect((await readDelimitedRows(bufferInput('q.csv', Buffer.from(text)))).rows);
    expect(items[0]).toMatchObject({ kind: 'row', line: 2, fields: { a: '1', b: '2' } });
    expect(items[1]).toMatchObject({ kind: 'problem', line: 3 });
    expect(items).toHaveLength(2);
  });

  it('stops with a problem, not silently, when a record outgrows the size limit', async () => {
    const text = `a,b\n1,2\n3,"${'x'.repeat(2000)}\n4,5\n`;
    const input = bufferInput('big.csv', Buffer.from(text));
    const items = await collect((await readDelimitedRows(input, { maxRecordChars: 1000 })).rows);
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ kind: 'problem', line: 3 });
    expect(items[1]?.kind === 'problem' && items[1].reason).toContain('the rest of the file was not read');
  });

  it('keeps stray quotes inside unquoted fields (relaxed quotes) and skips empty lines', async () => {
    const text = 'a,b\n12" pizza,2\n\n3,4\n';
    const items = await collect((await readDelimitedRows(bufferInput('r.csv', Buffer.from(text)))).rows);
    expect(items).toEqual([
      { kind: 'row', line: 2, fields: { a: '12" pizza', b: '2' }, raw: '12" pizza,2\n' },
      { kind: 'row', line: 4, fields: { a: '3', b: '4' }, raw: '\n3,4\n' },
    ]);
  });

  it('counts lines after a skipped preamble line', async () => {
    const text = 'search URL:,https://patents.google.com/?q=x\nid,title\nUS-1-B2,"A, b"\n';
    const table = await readDelimitedRows(bufferInput('g.csv', Buffer.from(text)), {
      preamble: /^search URL:/,
    });
    expect(table.header).toEqual(['id', 'title']);
    expect(rowsOf(await collect(table.rows))[0]).toMatchObject({
      line: 3,
      fields: { id: 'US-1-B2', title: 'A, b' },
    });
  });

  it('refuses an empty file and a binary file', async () => {
    await expect(readDelimitedRows(bufferInput('e.csv', Buffer.alloc(0)))).rejects.toBeInstanceOf(
      PatlasError,
    );
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x41, 0x00]);
    await expect(readDelimitedRows(bufferInput('b.csv', binary))).rejects.toMatchObject({
      code: 'unknown-format',
    });
  });
});

describe('readDelimitedCells', () => {
  it('gives each row the line it starts on, across CR line ends, empty lines and quoted line breaks', async () => {
    const text = 'No;Title\r1;"two\rlines"\r\r2;x\r';
    const table = await readDelimitedCells(bufferInput('t.csv', Buffer.from(text)));
    expect(table.header).toEqual(['No', 'Title']);
    const rows = [];
    for await (const row of table.rows)
      if (row.kind === 'row') rows.push({ line: row.line, cells: row.cells });
    // Line ends inside quoted fields are normalised like all others: the CR becomes LF.
    expect(rows).toEqual([
      { line: 2, cells: ['1', 'two\nlines'] },
      { line: 5, cells: ['2', 'x'] },
    ]);
  });

  it('keeps rows of another length with relaxColumnCount, and finds the header below a title line', async () => {
    const text = 'Patent list\nNo,Title,Year\n1,x\n2,y,2020,extra\n';
    const isHeader = (header: string[]) => header[0] === 'No';
    const table = await readDelimitedCells(bufferInput('r.csv', Buffer.from(text)), {
      relaxColumnCount: true,
      headerSearch: { maxSkippedLines: 10, isHeader },
    });
    expect(table.header).toEqual(['No', 'Title', 'Year']);
    expect(await collect(table.rows)).toEqual([
      { kind: 'row', line: 3, cells: ['1', 'x'] },
      { kind: 'row', line: 4, cells: ['2', 'y', '2020', 'extra'] },
    ]);
  });
});

describe('normaliseLineEnds', () => {
  it('joins a CRLF split across two chunks', async () => {
    async function* chunks() {
      yield 'a\r';
      yield '\nb\rc\r\n';
    }
    let out = '';
    for await (const text of normaliseLineEnds(chunks())) out += text;
    expect(out).toBe('a\nb\nc\n');
  });
});
