import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ipcTitle } from './ipc-titles.js';
import { referenceFile } from './reference-directory.js';

// Titles copied by eye from /work/shared/data/reference/ipc_section_class_subclass_titles_en.csv.
const G06N = 'COMPUTING ARRANGEMENTS BASED ON SPECIFIC COMPUTATIONAL MODELS [7]';
const G06 = 'COMPUTING; CALCULATING OR COUNTING';

describe('ipcTitle', () => {
  it('gives the subclass title for a subclass or any symbol in it', () => {
    expect(ipcTitle('G06N')).toBe(G06N);
    expect(ipcTitle('G06N3/08')).toBe(G06N);
    expect(ipcTitle('G06N 3/08')).toBe(G06N);
    expect(ipcTitle('G06V10/82')).toBe('IMAGE OR VIDEO RECOGNITION OR UNDERSTANDING [2022.01]');
  });

  it('keeps quoted commas of the CSV inside the title', () => {
    expect(ipcTitle('A01D')).toBe('HARVESTING; MOWING');
    expect(ipcTitle('A01B1/00')).toMatch(
      /^SOIL WORKING IN AGRICULTURE OR FORESTRY; PARTS, DETAILS, OR ACCESSORIES OF AGRICULTURAL MACHINES/,
    );
  });

  it('gives class and section titles for class and section codes', () => {
    expect(ipcTitle('G06')).toBe(G06);
    expect(ipcTitle('G')).toBe('PHYSICS');
    expect(ipcTitle('H')).toBe('ELECTRICITY');
  });

  it('falls back to the class title for a subclass the file does not know', () => {
    expect(ipcTitle('G06X1/00')).toBe(G06);
    // E99Z has an empty title in the source file.
    expect(ipcTitle('E99Z')).toBe('SUBJECT MATTER NOT OTHERWISE PROVIDED FOR IN THIS SECTION [2006.01]');
  });

  it('returns null for CPC-only Y codes and for text that is not a code', () => {
    expect(ipcTitle('Y10S706/00')).toBeNull();
    expect(ipcTitle('neural')).toBeNull();
  });

  it('ships the reference file unchanged', () => {
    const shared = new URL(
      '../../../../shared/data/reference/ipc_section_class_subclass_titles_en.csv',
      import.meta.url,
    );
    expect(readFileSync(referenceFile('ipc-titles-en.csv'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
