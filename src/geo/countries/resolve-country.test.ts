import { describe, expect, it } from 'vitest';
import { resolveCountry } from './resolve-country.js';
import { countryName, worldRegion } from './world-region.js';

describe('resolveCountry', () => {
  it.each([
    ['cn', 'CN'],
    ['CHN', 'CN'],
    ['deu', 'DE'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
  ])('reads the ISO code %s', (value, code) => {
    expect(resolveCountry(value)).toEqual({ code, method: 'iso-code' });
  });

  it.each([
    ['P.R. China', 'CN'],
    ["People's Republic of China", 'CN'],
    ['中华人民共和国', 'CN'],
    ['中国', 'CN'],
    ['Taiwan, Province of China', 'TW'],
    ['台湾', 'TW'],
    ['Korea, Republic of', 'KR'],
    ['韩国', 'KR'],
    ['south korea', 'KR'],
    ['England', 'GB'],
    ['united kingdom', 'GB'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['ドイツ', 'DE'],
    ['독일', 'DE'],
    ['Германия', 'DE'],
    ['Côte d’Ivoire', 'CI'],
    ['the Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['macau', 'MO'],
  ])('reads the name %s', (value, code) => {
    expect(resolveCountry(value)).toEqual({ code, method: 'name' });
  });

  it.each([
    ['UK', 'GB'],
    ['EL', 'GR'],
    ['SU', 'RU'],
    ['DD', 'DE'],
    ['ZR', 'CD'],
    ['BU', 'MM'],
    ['TP', 'TL'],
    ['YU', 'RS'],
    ['CS', 'CZ'],
    ['AN', 'CW'],
  ])('normalises the old code %s', (value, code) => {
    expect(resolveCountry(value)).toEqual({ code, method: 'old-code' });
  });

  it('says why a value is not a country', () => {
    for (const office of ['EP', 'WO', 'EA', 'AP', 'OA', 'GC', 'EM', 'IB']) {
      expect(resolveCountry(office)).toEqual({ code: null, reason: 'office' });
    }
    expect(resolveCountry('')).toEqual({ code: null, reason: 'empty' });
    expect(resolveCountry(null)).toEqual({ code: null, reason: 'empty' });
    expect(resolveCountry('  - ')).toEqual({ code: null, reason: 'empty' });
    expect(resolveCountry('XX')).toEqual({ code: null, reason: 'unknown' });
    expect(resolveCountry('Atlantis')).toEqual({ code: null, reason: 'unknown' });
  });
});

describe('worldRegion and countryName', () => {
  it('groups countries as WIPO does', () => {
    expect(worldRegion('US')).toBe('north-america');
    expect(worldRegion('ca')).toBe('north-america');
    expect(worldRegion('MX')).toBe('latin-america-caribbean');
    expect(worldRegion('BR')).toBe('latin-america-caribbean');
    expect(worldRegion('JM')).toBe('latin-america-caribbean');
    expect(worldRegion('RU')).toBe('europe');
    expect(worldRegion('IL')).toBe('asia');
    expect(worldRegion('SA')).toBe('asia');
    expect(worldRegion('CN')).toBe('asia');
    expect(worldRegion('NG')).toBe('africa');
    expect(worldRegion('NZ')).toBe('oceania');
    expect(worldRegion('AQ')).toBeNull();
    expect(worldRegion('ZZ')).toBeNull();
  });

  it('names countries in English and Chinese', () => {
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('DE', 'zh')).toBe('德国');
    expect(countryName('cn', 'zh')).toBe('中国');
    expect(countryName('ZZ', 'en')).toBe('ZZ');
  });
});
