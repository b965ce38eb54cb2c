import { describe, expect, it } from 'vitest';
import type { RecordWarning } from '../../domain/read-item.js';
import { classificationEntry, classificationValue } from './classification-entry.js';

describe('classificationEntry', () => {
  it('normalises the symbol and keeps the details', () => {
    const warnings: RecordWarning[] = [];
    const details = { value: 'inventive' as const, isFirst: true, version: '20060101' };
    expect(classificationEntry('ipc', 'G06N   3/08', details, warnings)).toEqual({
      scheme: 'ipc',
      symbol: 'G06N3/08',
      ...details,
    });
    expect(warnings).toEqual([]);
  });

  it('warns with the raw text when the symbol does not parse', () => {
    const warnings: RecordWarning[] = [];
    // `A21D 13/` is how PATENTSCOPE's pizza export writes some truncated symbols.
    expect(
      classificationEntry('cpc', 'A21D 13/', { value: null, isFirst: false, version: null }, warnings),
    ).toBeNull();
    expect(warnings).toEqual([{ field: 'classifications', reason: 'not a CPC symbol: "A21D 13/"' }]);
  });
});

describe('classificationValue', () => {
  it.each([
    ['I', 'inventive'],
    ['N', 'additional'],
    ['A', 'additional'],
    ['inventional', 'inventive'],
    ['additional', 'additional'],
    ['L', null],
    [null, null],
  ] as const)('%s -> %s', (raw, expected) => {
    expect(classificationValue(raw)).toBe(expected);
  });
});
