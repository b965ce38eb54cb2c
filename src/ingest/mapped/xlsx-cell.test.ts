import { describe, expect, it } from 'vitest';
import { cellText } from './xlsx-cell.js';

describe('cellText', () => {
  it('turns Excel cell values into text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('CN114081026A')).toBe('CN114081026A');
    expect(cellText(12)).toBe('12');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(202110123456)).toBe('202110123456');
    expect(cellText(new Date(Date.UTC(2022, 2, 4)))).toBe('2022-03-04');
    expect(cellText({ richText: [{ text: '一种' }, { text: '装置' }] })).toBe('一种装置');
    expect(cellText({ text: 'CN1', hyperlink: 'https://example.org' })).toBe('CN1');
    expect(cellText({ formula: 'A1+1', result: 3 })).toBe('3');
    expect(cellText({ error: '#N/A' })).toBe('');
    expect(cellText(true)).toBe('TRUE');
  });
});
