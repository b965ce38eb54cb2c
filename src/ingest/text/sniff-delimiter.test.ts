import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  identifyDelimitedFormat,
  readDelimitedHead,
  sniffDelimiter,
  splitHeadRecords,
} from './sniff-delimiter.js';

const data = (path: string): string =>
  fileURLToPath(new URL(`../../../../shared/data/${path}`, import.meta.url));
const head = (path: string, encoding: BufferEncoding = 'utf8'): string =>
  readFileSync(data(path))
    .subarray(0, 64 * 1024)
    .toString(encoding);

describe('sniffDelimiter', () => {
  it('finds the semicolon of the istat sample although abstracts are full of commas', () => {
    expect(sniffDelimiter(head('ai-text-istat/sample/patents_sample_part1.csv'))).toBe(';');
  });

  it('finds the comma of the istat update files', () => {
    expect(sniffDelimiter(head('ai-text-istat/sample_update_split/patents_sample_update_part_1.csv'))).toBe(
      ',',
    );
  });

  it('reads CR-only line ends (Lens 2015 pizza export)', () => {
    expect(sniffDelimiter(head('lens/pizza_lens_1000_raw.csv', 'latin1'))).toBe(',');
  });

  it('respects quotes: delimiters inside quoted fields do not count', () => {
    expect(sniffDelimiter('a;b;c\n"x,y,z";2;3\n"p,q";5;6\n')).toBe(';');
    expect(sniffDelimiter('a,b\n"x;y;z",2\n"p;q",5\n')).toBe(',');
  });

  it('picks comma, semicolon or tab from the first line alone, and comma for a single column', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(sniffDelimiter('a;b;"c,d,e"\r1;2;3')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('title')).toBe(',');
  });

  it('finds tabs', () => {
    expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
  });
});

describe('splitHeadRecords', () => {
  it('keeps a quoted line break and doubled quotes inside a field, and drops a cut-off last record', () => {
    expect(splitHeadRecords('a,b\n"x\ny","say ""hi"""\n1,2\n3,', ',')).toEqual([
      ['a', 'b'],
      ['x\ny', 'say "hi"'],
      ['1', '2'],
    ]);
  });
});

describe('readDelimitedHead', () => {
  it('trims the leading spaces of the UTF-16 Lens export header', () => {
    const text = readFileSync(data('lens/drone_drones_tac_1695_families.csv')).toString('utf16le');
    const { header, delimiter } = readDelimitedHead(text);
    expect(delimiter).toBe(',');
    // The file's first line reads "applicants_organisations_only, applicants_use_me, cpc_codes_useme, ..."
    expect(header.slice(0, 3)).toEqual([
      'applicants_organisations_only',
      'applicants_use_me',
      'cpc_codes_useme',
    ]);
    expect(header).toHaveLength(22);
  });

  it('skips a Google search URL line when asked', () => {
    const text = 'search URL:,https://patents.google.com/?q=drone\nid,title,assignee\nUS-1-B2,"A, b",X\n';
    const result = readDelimitedHead(text, /^search URL:/);
    expect(result.preambleLines).toBe(1);
    expect(result.firstLine).toBe('search URL:,https://patents.google.com/?q=drone');
    expect(result.header).toEqual(['id', 'title', 'assignee']);
  });

  it('finds a header below title lines when searching, and keeps the first line when none matches', () => {
    const text = 'Search results\r\n\r\nNo;Title;Year\r\n1;x;2020\r\n';
    const isHeader = (header: string[]) => header.includes('Title');
    const found = readDelimitedHead(text, undefined, { maxSkippedLines: 3, isHeader });
    expect(found).toEqual({
      firstLine: 'Search results',
      preambleLines: 2,
      delimiter: ';',
      header: ['No', 'Title', 'Year'],
    });
    const notFound = readDelimitedHead(text, undefined, { maxSkippedLines: 1, isHeader });
    expect(notFound.preambleLines).toBe(0);
    expect(notFound.header).toEqual(['Search results']);
  });
});

describe('identifyDelimitedFormat', () => {
  const identify = (path: string, encoding: BufferEncoding = 'utf8') => {
    const { header, firstLine } = readDelimitedHead(head(path, encoding));
    return identifyDelimitedFormat(header, firstLine);
  };

  it('tells the Lens column sets apart', () => {
    expect(identify('lens/pizza_lens_1000_raw.csv', 'latin1')).toEqual({
      format: 'lens-csv',
      formatVersion: '2015 column set',
    });
    expect(identify('lens/drones_fulltext_families_5884_raw.csv')?.formatVersion).toBe('2016 column set');
    expect(identify('lens/lens_current_layout_8_records.csv')?.formatVersion).toBe('current column set');
    expect(identify('lens/drones_tac_1695_cleaned.csv')?.formatVersion).toBe('cleaned snake_case column set');
  });

  it('recognises PATENTSCOPE, istat and CSET', () => {
    expect(identify('patentscope/pizza_medium.csv', 'latin1')?.format).toBe('patentscope-csv');
    expect(identify('ai-text-istat/sample/patents_sample_part2.csv')).toEqual({
      format: 'istat-ai-csv',
      formatVersion: 'sample',
    });
    expect(
      identify('ai-text-istat/sample_update_split/patents_sample_update_part_2.csv')?.formatVersion,
    ).toBe('sample_update');
    const cset = 'Publication_country,Publication_number,Simple_family_ID,Publication_type,Patent_Type';
    expect(identifyDelimitedFormat(cset.split(','), cset)?.format).toBe('cset-ai-csv');
  });

  it('recognises Google Patents from the search URL line or from its header', () => {
    const header = ['id', 'title', 'assignee', 'inventor/author', 'priority date', 'result link'];
    expect(identifyDelimitedFormat(header, 'search URL:,https://patents.google.com/?q=x')?.format).toBe(
      'google-patents-csv',
    );
    expect(identifyDelimitedFormat(header, header.join(','))?.format).toBe('google-patents-csv');
  });

  it('returns null for an unknown header', () => {
    expect(identifyDelimitedFormat(['a', 'b'], 'a,b')).toBeNull();
  });
});
