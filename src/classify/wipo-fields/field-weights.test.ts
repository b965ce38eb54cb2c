import { describe, expect, it } from 'vitest';
import { fieldWeights } from './field-weights.js';

const byField = (symbols: string[]) =>
  fieldWeights(symbols).fields.map((f) => [f.fieldNr, f.wholeWeight, f.fractionalWeight]);

describe('fieldWeights', () => {
  it('splits a publication over its fields by its number of symbols in each', () => {
    expect(byField(['G06N3/08', 'G06F40/30', 'H04L29/08'])).toEqual([
      [4, 1, 1 / 3],
      [6, 1, 2 / 3],
    ]);
  });

  it('weights US08926509 by its 14 IPC symbols (9 A61B, 4 H04L/H04W, 1 G06F)', () => {
    // The classification-ipcr entries of /work/shared/data/uspto-xml/xml2014/US08926509.xml, in order.
    const ipc = [
      'A61B5/00',
      'A61B5/0205',
      'A61B5/0404',
      'A61B5/11',
      'H04L29/08',
      'G06F19/00',
      'H04W88/00',
      'H04W52/00',
      'H04W84/00',
      'A61B5/021',
      'A61B5/024',
      'A61B5/0476',
      'A61B5/0488',
      'A61B5/145',
    ];
    expect(byField(ipc)).toEqual([
      [4, 1, 4 / 14],
      [6, 1, 1 / 14],
      [13, 1, 9 / 14],
    ]);
  });

  it('leaves unmapped symbols out of the weights and counts a repeated symbol once', () => {
    const result = fieldWeights(['Y02E10/50', 'G06N3/08', 'G06N 3/08 (2006.01)', 'G06Q10/06', 'junk']);
    expect(result.unmapped).toEqual(['Y02E10/50', 'junk']);
    expect(result.fields.map((f) => [f.fieldName, f.symbols, f.fractionalWeight])).toEqual([
      ['Computer technology', 1, 0.5],
      ['IT methods for management', 1, 0.5],
    ]);
  });

  it('gives no fields when nothing maps', () => {
    expect(fieldWeights(['Y10S901/00'])).toEqual({ fields: [], unmapped: ['Y10S901/00'] });
    expect(fieldWeights([])).toEqual({ fields: [], unmapped: [] });
  });
});
