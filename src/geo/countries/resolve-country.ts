import countries from 'i18n-iso-countries';
import { countryKey } from './country-key.js';
import { countryNameIndex } from './country-names.js';
import { readGeoTable } from './geo-data-file.js';

export type CountryResolution =
  | { code: string; method: 'iso-code' | 'old-code' | 'name' }
  | { code: null; reason: 'empty' | 'office' | 'unknown' };

let oldCodes: Map<string, string> | null = null;
let officeTable: Set<string> | null = null;

function tables(): { old: Map<string, string>; offices: Set<string> } {
  oldCodes ??= new Map(readGeoTable('old-country-codes.csv').map(([code, iso2]) => [code ?? '', iso2 ?? '']));
  officeTable ??= new Set(readGeoTable('office-codes.csv').map(([code]) => code ?? ''));
  return { old: oldCodes, offices: officeTable };
}

/** Letters of a code-like value ('u.s.a.' -> 'USA'), or null when it has anything but letters, dots and spaces. */
function codeLetters(value: string): string | null {
  if (!/^[A-Za-z][A-Za-z.\s]*$/.test(value)) return null;
  const letters = value.replace(/[.\s]/g, '').toUpperCase();
  return letters.length === 2 || letters.length === 3 ? letters : null;
}

/**
 * Resolve a country value (ISO alpha-2/alpha-3 code, old code, or a name in any language) to ISO 3166-1
 * alpha-2. Office codes (EP, WO ...) are not countries and say so.
 * @example resolveCountry('P.R. China') // { code: 'CN', method: 'name' }
 */
export function resolveCountry(value: string | null | undefined): CountryResolution {
  const trimmed = (value ?? '').normalize('NFKC').trim();
  if (trimmed === '' || /^[-–—?.\s]+$/.test(trimmed)) return { code: null, reason: 'empty' };
  const { old, offices } = tables();
  const letters = codeLetters(trimmed);
  if (letters?.length === 2) {
    if (offices.has(letters)) return { code: null, reason: 'office' };
    const renamed = old.get(letters);
    if (renamed) return { code: renamed, method: 'old-code' };
    if (countries.isValid(letters)) return { code: letters, method: 'iso-code' };
  }
  if (letters?.length === 3) {
    const iso2 = countries.alpha3ToAlpha2(letters);
    if (iso2) return { code: iso2, method: 'iso-code' };
  }
  const byName = countryNameIndex().get(countryKey(trimmed));
  if (byName) return { code: byName, method: 'name' };
  return { code: null, reason: 'unknown' };
}

/** WIPO ST.3 codes of international and regional offices (data/geo/office-codes.csv): never a country of origin. */
export function officeCodes(): string[] {
  return [...tables().offices];
}
