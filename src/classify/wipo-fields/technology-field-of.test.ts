import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PatlasError } from '../../domain/patlas-error.js';
import { loadConcordance } from './load-concordance.js';
import { EXTENSIONS_FILE, referenceDirectory } from './reference-files.js';
import { technologyFieldOf } from './technology-field-of.js';

// Expected fields copied from data/reference/wipo-ipc-technology-concordance.csv.
const COMPUTER = { fieldNr: 6, fieldName: 'Computer technology', sector: 'Electrical engineering' };
const DIGITAL = { fieldNr: 4, fieldName: 'Digital communication', sector: 'Electrical engineering' };
const AUDIO_VISUAL = { fieldNr: 2, fieldName: 'Audio-visual technology', sector: 'Electrical engineering' };

describe('technologyFieldOf', () => {
  it('maps a symbol through its subclass row', () => {
    expect(technologyFieldOf('G06N3/08')).toEqual(COMPUTER);
    expect(technologyFieldOf('G06N 3/08 (2006.01)')).toEqual(COMPUTER);
    expect(technologyFieldOf('A01K47/00')).toEqual({
      fieldNr: 29,
      fieldName: 'Other special machines',
      sector: 'Mechanical engineering',
    });
  });

  it('prefers the PATSTAT-padded main-group row over the subclass', () => {
    expect(technologyFieldOf('H04N21/2343')).toEqual(DIGITAL);
    expect(technologyFieldOf('H04N1/00')?.fieldName).toBe('Telecommunications');
    expect(technologyFieldOf('G01N33/53')?.fieldName).toBe('Analysis of biological materials');
    expect(technologyFieldOf('G01N21/00')?.fieldName).toBe('Measurement');
  });

  it('applies the local extensions where the table has no row', () => {
    expect(technologyFieldOf('G06V10/82')).toEqual(COMPUTER);
    expect(technologyFieldOf('G06F40/30')).toEqual(COMPUTER);
    expect(technologyFieldOf('H04N23/60')).toEqual(AUDIO_VISUAL);
    expect(technologyFieldOf('G16B40/00')?.fieldName).toBe('Biotechnology');
    expect(technologyFieldOf('G16H50/20')?.fieldName).toBe('Medical technology');
  });

  it('keeps the table values the METHODS warn about and trims padded names', () => {
    expect(technologyFieldOf('A62D3/00')?.fieldName).toBe('Machine tools');
    expect(technologyFieldOf('C09K11/06')?.fieldName).toBe('Basic materials chemistry');
  });

  it('returns null for symbols without a row and for non-symbols', () => {
    expect(technologyFieldOf('Y02E10/50')).toBeNull();
    expect(technologyFieldOf('A61K40/11')).toBeNull();
    expect(technologyFieldOf('not a symbol')).toBeNull();
  });
});

describe('loadConcordance', () => {
  it('holds the 761 WIPO rows and the seven extensions', () => {
    const entries = loadConcordance();
    expect(entries.filter((e) => e.origin === 'wipo')).toHaveLength(761);
    expect(entries.filter((e) => e.origin === 'extension').map((e) => e.key)).toEqual([
      'G06V',
      'G06F40',
      'H04N',
      'G16B',
      'G16C',
      'G16Y',
      'G16Z',
    ]);
    expect(new Set(entries.map((e) => e.fieldNr)).size).toBe(35);
  });

  it('rejects an extension without a reason, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'patlas-wipo-'));
    writeFileSync(
      join(dir, 'wipo-ipc-technology-concordance.csv'),
      'ipc_maingroup_symbol;field_nr;sector;field_name\nG06F;6;Electrical engineering;Computer technology\n',
    );
    const bad = { description: 'x', extensions: [{ symbol: 'G06V', fieldNr: 6, reason: '' }], warnings: [] };
    writeFileSync(join(dir, EXTENSIONS_FILE), JSON.stringify(bad));
    expect(() => loadConcordance(dir)).toThrow(PatlasError);
    expect(() => loadConcordance(dir)).toThrow(/wipo-field-extensions\.json.*reason/);
    expect(referenceDirectory()).not.toBe(dir);
  });

  it('rejects a damaged table row with its row number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'patlas-wipo-'));
    writeFileSync(
      join(dir, 'wipo-ipc-technology-concordance.csv'),
      'ipc_maingroup_symbol;field_nr;sector;field_name\nG06F;six;Electrical engineering;Computer technology\n',
    );
    writeFileSync(
      join(dir, EXTENSIONS_FILE),
      JSON.stringify({ description: 'x', extensions: [], warnings: [] }),
    );
    expect(() => loadConcordance(dir)).toThrow(/row 2: field_nr/);
  });
});
