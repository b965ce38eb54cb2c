import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchesPattern, parseSymbolPattern } from './symbol-pattern.js';

const matches = (symbol: string, pattern: string) => matchesPattern(symbol, parseSymbolPattern(pattern));

describe('parseSymbolPattern', () => {
  it('recognises each kind of pattern', () => {
    expect(parseSymbolPattern('G06N')).toMatchObject({ kind: 'subclass', subclass: 'G06N' });
    expect(parseSymbolPattern('G06N3')).toMatchObject({ kind: 'group', subclass: 'G06N', mainGroup: 3 });
    expect(parseSymbolPattern('G06N 3/*')).toMatchObject({ kind: 'group', mainGroup: 3 });
    expect(parseSymbolPattern('G06N3/00')).toMatchObject({ kind: 'exact', symbol: 'G06N3/00' });
    expect(parseSymbolPattern('G06N 3/08')).toMatchObject({ kind: 'exact', symbol: 'G06N3/08' });
    expect(parseSymbolPattern('G06F17/27*')).toMatchObject({
      kind: 'truncation',
      mainGroup: 17,
      prefix: '27',
    });
    expect(parseSymbolPattern('B01*')).toMatchObject({ kind: 'class', cls: 'B01' });
    expect(parseSymbolPattern('G06N3/02-G06N3/126')).toMatchObject({ kind: 'range' });
  });

  it.each([
    ['G06N3/02-G06K9/00', /"G06N3\/02-G06K9\/00".*reversed/],
    ['X99Z', /"X99Z"/],
    ['G06F17/27**', /"G06F17\/27\*\*"/],
    ['', /""/],
  ])('rejects %s with an error naming it', (text, message) => {
    expect(() => parseSymbolPattern(text)).toThrow(message);
    expect(() => parseSymbolPattern(text)).toThrow(expect.objectContaining({ code: 'bad-mapping' }));
  });
});

describe('matchesPattern', () => {
  it('matches a subclass and everything in it', () => {
    expect(matches('G06N', 'G06N')).toBe(true);
    expect(matches('G06N3/08', 'G06N')).toBe(true);
    expect(matches('G06N20/00', 'G06N')).toBe(true);
    expect(matches('G06K9/66', 'G06N')).toBe(false);
    expect(matches('G06Q10/00', 'G06N')).toBe(false);
  });

  it('matches a whole main group for G06N3 and G06N3/*, only the group head for G06N3/00', () => {
    for (const pattern of ['G06N3', 'G06N3/*']) {
      expect(matches('G06N3/00', pattern)).toBe(true);
      expect(matches('G06N3/126', pattern)).toBe(true);
      expect(matches('G06N5/00', pattern)).toBe(false);
      expect(matches('G06N', pattern)).toBe(false);
    }
    expect(matches('G06N3/00', 'G06N3/00')).toBe(true);
    expect(matches('G06N3/08', 'G06N3/00')).toBe(false);
    expect(matches('G06N30/00', 'G06N3')).toBe(false);
  });

  it('matches an exact symbol only', () => {
    expect(matches('G06N3/08', 'G06N3/08')).toBe(true);
    expect(matches('G06N3/04', 'G06N3/045')).toBe(false);
    expect(matches('G06N3/045', 'G06N3/04')).toBe(false);
  });

  it('matches a truncation on the subgroup digits', () => {
    for (const symbol of ['G06F17/27', 'G06F17/271', 'G06F17/2795'])
      expect(matches(symbol, 'G06F17/27*')).toBe(true);
    for (const symbol of ['G06F17/28', 'G06F17/26', 'G06F17/2', 'G06F40/27', 'G06F17/00']) {
      expect(matches(symbol, 'G06F17/27*')).toBe(false);
    }
    expect(matches('G06F17/2809', 'G06F17/2*')).toBe(true);
    expect(matches('G06F17/30', 'G06F17/2*')).toBe(false);
    expect(matches('G06F18/00', 'G06F17/9*')).toBe(false);
    expect(matches('G06F17/99', 'G06F17/9*')).toBe(true);
  });

  it('matches an inclusive range in IPC order within a main group', () => {
    const range = 'G06N3/02-G06N3/126';
    for (const symbol of ['G06N3/02', 'G06N3/045', 'G06N3/08', 'G06N3/12', 'G06N3/126']) {
      expect(matches(symbol, range)).toBe(true);
    }
    for (const symbol of ['G06N3/00', 'G06N3/1265', 'G06N3/13', 'G06N5/00'])
      expect(matches(symbol, range)).toBe(false);
  });

  it('lets a range cross main groups, ending at the last subgroup of a truncated or group end', () => {
    expect(matches('G06N4/00', 'G06N3/02-G06N5/00')).toBe(true);
    expect(matches('G06N5/02', 'G06N3/02-G06N5/00')).toBe(false);
    expect(matches('G06N5/02', 'G06N3/02-G06N5')).toBe(true);
    expect(matches('G06N3/1265', '>=G06N 3/02* AND <=G06N 3/126*')).toBe(true);
    expect(matches('C08F2/00', '>=C07* AND <=C10*')).toBe(true);
    expect(matches('C11D1/00', '>=C07* AND <=C10*')).toBe(false);
  });

  it('returns false for text that is not a symbol', () => {
    expect(matches('neural network', 'G06N')).toBe(false);
  });
});

describe('patterns of the shipped reference files', () => {
  const root = new URL('../../../../shared/data/reference/', import.meta.url);

  it('parses every IPC code of the CNIPA SEI AI excerpt', () => {
    const excerpt = JSON.parse(readFileSync(new URL('cnipa_sei_ai_excerpt.json', root), 'utf8')) as {
      ai_excerpt_rows: { ipc: string[] }[];
    };
    const codes = excerpt.ai_excerpt_rows.flatMap((row) => row.ipc);
    expect(codes).toContain('G06F40*');
    for (const code of codes) expect(() => parseSymbolPattern(code)).not.toThrow();
    expect(matches('G06F40/20', 'G06F40*')).toBe(true);
  });

  it('parses the CSET/WIPO range rules and rejects the two written backwards in the source', () => {
    const text = readFileSync(new URL('wipo2019_ai_query_cset_adaptation.json', root), 'utf8');
    const ranges = [...text.matchAll(/"(>=[^"]+)"/g)].map((m) => m[1]!);
    expect(ranges).toHaveLength(29);
    expect(ranges).toContain('>=G06N 3/02* AND <=G06N 3/126*');
    const bad = ranges.filter((range) => {
      try {
        parseSymbolPattern(range);
        return false;
      } catch {
        return true;
      }
    });
    expect(bad).toEqual(['>=F03G* AND <=F02H*', '>=H04L 31/04* AND <=H01L 31/07*']);
  });
});
