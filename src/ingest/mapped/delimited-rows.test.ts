import { describe, expect, it } from 'vitest';
import { bufferInput } from '../file-input.js';
import { openDelimitedRows, sniffDelimiter } from './delimited-rows.js';
import { isFailure, type TableFailure, type TableRow } from './table-source.js';

describe('sniffDelimiter', () => {
  it('picks the most frequent of comma, semicolon and tab outside quotes on the first line', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(sniffDelimiter('a;b;"c,d,e"\r1;2;3')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('title')).toBe(',');
  });
});

describe('openDelimitedRows', () => {
  it('gives each row the line it starts on, across CR line ends, empty lines and quoted line breaks', async () => {
    const text = 'No;Title\r1;"two\rlines"\r\r2;x\r';
    const source = await openDelimitedRows(bufferInput('t.csv', Buffer.from(text)));
    expect(source.header).toEqual(['No', 'Title']);
    const rows: (TableRow | TableFailure)[] = [];
    for await (const row of source.rows) rows.push(row);
    expect(rows.filter((r) => !isFailure(r))).toEqual([
      { line: 2, cells: ['1', 'two\rlines'] },
      { line: 5, cells: ['2', 'x'] },
    ]);
  });
});
