import { describe, expect, it } from 'vitest';
import { sheetName } from './sheet-name.js';

describe('sheetName', () => {
  it('keeps names valid (<= 31 characters, no : \\ / ? * [ ]) and unique, case-insensitively', () => {
    const taken = new Set<string>();
    expect(sheetName('definitions', taken)).toBe('definitions');
    expect(sheetName('Definitions', taken)).toBe('Definitions-2');
    const long = sheetName('a/very:long*name?with[all]the\\bad characters', taken);
    expect(long).toHaveLength(31);
    expect(long).not.toMatch(/[:\\/?*[\]]/);
    expect(sheetName("'quoted'", taken)).toBe('quoted');
  });
});
