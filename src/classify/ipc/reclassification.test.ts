import { describe, expect, it } from 'vitest';
import { expandForReclassification, loadReclassifications } from './reclassification.js';
import { matchesPattern, parseSymbolPattern } from './symbol-pattern.js';

const expand = (rule: string) => expandForReclassification(parseSymbolPattern(rule)).map((p) => p.text);
/** Whether a rule, with its expansion, hits a symbol. */
const hits = (rule: string, symbol: string) => {
  const pattern = parseSymbolPattern(rule);
  return [pattern, ...expandForReclassification(pattern)].some((p) => matchesPattern(symbol, p));
};

describe('loadReclassifications', () => {
  it('reads the three moves named in METHODS §1.1', () => {
    const moves = loadReclassifications();
    expect(moves.map((m) => [m.id, m.effective])).toEqual([
      ['nlp-to-g06f40', '2020.01'],
      ['image-recognition-to-g06v', '2022.01'],
      ['network-architecture-to-g06n3-045', '2023.01'],
    ]);
  });
});

describe('expandForReclassification', () => {
  it('lets a rule on G06V also hit the old G06K9 symbols', () => {
    expect(expand('G06V')).toEqual(['G06K9']);
    expect(hits('G06V', 'G06K9/66')).toBe(true);
    expect(hits('G06V', 'G06K7/10')).toBe(false);
  });

  it('lets a rule on G06K9 (the WIPO 2019 vision codes) also hit G06V', () => {
    expect(expand('G06K 9/*')).toEqual(['G06V']);
    expect(hits('G06K9*', 'G06V10/82')).toBe(true);
  });

  it('lets a rule on G06F40 also hit G06F17/27* and G06F17/28*', () => {
    expect(expand('G06F40')).toEqual(['G06F17/27*', 'G06F17/28*']);
    expect(expand('G06F40*')).toEqual(['G06F17/27*', 'G06F17/28*']);
    expect(hits('G06F40', 'G06F17/2795')).toBe(true);
    expect(hits('G06F40', 'G06F17/289')).toBe(true);
    expect(hits('G06F40', 'G06F17/30')).toBe(false);
  });

  it('maps the 2019 language rule G06F17/2* to G06F40', () => {
    expect(expand('G06F 17/2*')).toEqual(['G06F40']);
    expect(hits('G06F17/2*', 'G06F40/30')).toBe(true);
  });

  it('adds the 2023 G06N3/045 family to a rule on G06N3/04 but not the reverse', () => {
    expect(expand('G06N3/04')).toEqual(['G06N3/045*']);
    expect(hits('G06N3/04', 'G06N3/0455')).toBe(true);
    expect(expand('G06N3/045*')).toEqual([]);
    expect(hits('G06N3/045', 'G06N3/04')).toBe(false);
  });

  it('adds nothing a rule already covers, nor for unrelated or partial rules', () => {
    expect(expand('G06N3')).toEqual([]);
    expect(expand('G06N3/02-G06N3/126')).toEqual([]);
    expect(expand('G06N')).toEqual([]);
    expect(expand('G06K9/66')).toEqual([]);
    expect(expand('G06V10/82')).toEqual([]);
  });
});
