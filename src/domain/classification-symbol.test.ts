import { describe, expect, it } from 'vitest';
import { normaliseClassificationSymbol, parseClassificationSymbol } from './classification-symbol.js';

describe('normaliseClassificationSymbol', () => {
  it.each([
    ['G06N 3/08', 'G06N3/08'],
    ['G06N   3/08', 'G06N3/08'],
    ['G06N0003080000', 'G06N3/08'],
    ['G06N3/08', 'G06N3/08'],
    ['g06n 3/08 (2006.01)', 'G06N3/08'],
    ['H04B   1/711', 'H04B1/711'],
    ['G06N3/0455', 'G06N3/0455'],
    ['B60R2011/0043', 'B60R2011/0043'],
    ['A21D 13/00', 'A21D13/00'],
    ['G06N', 'G06N'],
    ['H04N0021234300', 'H04N21/2343'],
    ['Y02E 10/50', 'Y02E10/50'],
    ['A21D 8/2', 'A21D8/02'],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseClassificationSymbol(raw)).toBe(expected);
  });

  it.each(['', '426/231', 'not a code', 'G06N 3/08/1'])('rejects %j', (raw) => {
    expect(normaliseClassificationSymbol(raw)).toBeNull();
  });

  it('gives the hierarchy', () => {
    expect(parseClassificationSymbol('G06N 3/08')).toEqual({
      section: 'G',
      cls: 'G06',
      subclass: 'G06N',
      mainGroup: '3',
      subgroup: '08',
    });
  });
});
