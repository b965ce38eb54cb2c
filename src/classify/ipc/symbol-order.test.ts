import { describe, expect, it } from 'vitest';
import { compareSubgroups, compareSymbols, symbolKey } from './symbol-order.js';

describe('compareSymbols', () => {
  it('orders subgroups as decimal fractions within a main group', () => {
    const shuffled = ['G06N5/00', 'G06N3/126', 'G06N3/02', 'G06N3/08', 'G06N3/045'];
    expect([...shuffled].sort(compareSymbols)).toEqual([
      'G06N3/02',
      'G06N3/045',
      'G06N3/08',
      'G06N3/126',
      'G06N5/00',
    ]);
  });

  it('orders main groups numerically, not as text', () => {
    expect(compareSymbols('G06F9/44', 'G06F17/27')).toBeLessThan(0);
    expect(compareSymbols('G06F40/00', 'G06F17/28')).toBeGreaterThan(0);
  });

  it('orders by section, class and subclass first', () => {
    expect(compareSymbols('A61B5/0476', 'G06N3/00')).toBeLessThan(0);
    expect(compareSymbols('G05B15/02', 'G06F9/44')).toBeLessThan(0);
    expect(compareSymbols('G06K9/66', 'G06N3/00')).toBeLessThan(0);
    expect(compareSymbols('G06V10/00', 'G06N20/00')).toBeGreaterThan(0);
  });

  it('puts a bare subclass before its groups and equal symbols at 0', () => {
    expect(compareSymbols('G06N', 'G06N1/00')).toBeLessThan(0);
    expect(compareSymbols('G06N3/08', 'G06N3/08')).toBe(0);
  });

  it('rejects text that is not a symbol, naming it', () => {
    expect(() => compareSymbols('G06N3/08', 'X99Z')).toThrow(/"X99Z"/);
  });
});

describe('compareSubgroups', () => {
  it('reads digits after a decimal point', () => {
    expect(compareSubgroups('0476', '0478')).toBeLessThan(0);
    expect(compareSubgroups('063', '067')).toBeLessThan(0);
    expect(compareSubgroups('12', '126')).toBeLessThan(0);
    expect(compareSubgroups('2795', '28')).toBeLessThan(0);
  });
});

describe('symbolKey', () => {
  it('splits a symbol into its order key', () => {
    expect(symbolKey('G06N3/045')).toEqual({ subclass: 'G06N', mainGroup: 3, subgroup: '045' });
    expect(symbolKey('G06N')).toEqual({ subclass: 'G06N', mainGroup: -1, subgroup: '' });
    expect(symbolKey('not a symbol')).toBeNull();
  });
});
