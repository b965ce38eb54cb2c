import { describe, expect, it } from 'vitest';
import { ipcEditionSymbol, subclassOf } from './ipc-edition-symbol.js';

describe('ipcEditionSymbol', () => {
  it('reads slashed forms with and without zero padding', () => {
    expect(ipcEditionSymbol('H04N 5/225')).toBe('H04N5/225');
    expect(ipcEditionSymbol('G06F015/16')).toBe('G06F15/16');
    expect(ipcEditionSymbol('A61B005/00')).toBe('A61B5/00');
  });

  it('gives a subclass-less continuation the previous subclass', () => {
    expect(ipcEditionSymbol(' 5/228', 'H04N')).toBe('H04N5/228');
    expect(ipcEditionSymbol(' 5/228')).toBeNull();
  });

  it('reads the fixed-width APS / ST.32 form: main group right-aligned in 3, then the subgroup', () => {
    expect(ipcEditionSymbol('B60R  900')).toBe('B60R9/00');
    expect(ipcEditionSymbol('G06F 1516')).toBe('G06F15/16');
    expect(ipcEditionSymbol('A47L  514')).toBe('A47L5/14');
    expect(ipcEditionSymbol('H04N  5225')).toBe('H04N5/225');
    expect(ipcEditionSymbol('C07D21355')).toBe('C07D213/55');
  });

  it('reads the fixed-width form with its padding collapsed by a reformatter', () => {
    expect(ipcEditionSymbol('E03C 104')).toBe('E03C1/04'); // go-uspto/grant/v2-5-B1.xml
  });

  it('keeps a lone subclass and refuses what is not IPC', () => {
    expect(ipcEditionSymbol('G06F')).toBe('G06F');
    expect(ipcEditionSymbol('1402')).toBeNull(); // a Locarno class in a design patent's B511
    expect(ipcEditionSymbol('')).toBeNull();
    expect(subclassOf('H04N5/225')).toBe('H04N');
  });
});
