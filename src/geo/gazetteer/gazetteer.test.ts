import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveChinaPlace } from '../china/resolve-china-place.js';
import { type Gazetteer, loadGazetteer } from './gazetteer.js';

const EPO_XML = new URL('../../../../shared/data/epo-xml/application/v1-5-A1.xml', import.meta.url);

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

function where(place: Parameters<Gazetteer['geocode']>[0]): string | null {
  const found = gazetteer.geocode(place);
  return found ? `${found.name} ${found.country} ${found.method}` : null;
}

describe('loadGazetteer().geocode', () => {
  it('finds European cities under local, English and transliterated spellings', () => {
    expect(where({ country: 'DE', city: 'Munich' })).toBe('Munich DE city');
    expect(where({ country: 'DE', city: 'München' })).toBe('Munich DE city');
    expect(where({ country: 'DE', city: 'Koeln' })).toBe('Köln DE city');
    expect(where({ country: 'CH', city: 'Zurich' })).toBe('Zürich CH city');
    expect(where({ country: 'AT', city: 'Wien' })).toBe('Vienna AT city');
  });

  it('drops postcodes, also after a country letter, as EPO <city> fields carry them', () => {
    // Inventor and applicant <city> values of the EPO samples (epo-xml/**).
    expect(where({ country: 'DE', city: 'D-5600 Wuppertal 1' })).toBe('Wuppertal DE city');
    expect(where({ country: 'DE', city: 'D- 090 Leverkusen 1' })).toBe('Leverkusen DE city');
    expect(where({ country: 'DE', city: '32825 Blomberg' })).toBe('Blomberg DE city');
  });

  it('strips Japanese suffixes and reads the prefecture or state', () => {
    expect(where({ country: 'JP', city: 'Tokyo-to' })).toBe('Tokyo JP city');
    expect(where({ country: 'JP', city: 'Minato-ku, Tokyo' })).toBe('Tokyo JP city');
    expect(where({ country: 'JP', city: 'Kawasaki-shi, Kanagawa' })).toBe('Kawasaki JP city');
    expect(where({ country: 'KR', city: 'Seoul' })).toBe('Seoul KR city');
    expect(where({ country: 'US', city: 'San Jose, CA' })).toBe('San Jose US city-in-province');
    expect(where({ country: 'US', city: 'Cambridge', state: 'MA' })).toBe('Cambridge US city-in-province');
    expect(where({ country: 'CA', city: 'Waterloo', state: 'ON' })).toBe('Waterloo CA city-in-province');
  });

  it('leaves same-name cities of similar size unresolved', () => {
    expect(gazetteer.geocode({ country: 'US', city: 'Cambridge' })).toBeNull();
    expect(gazetteer.geocode({ country: 'CN', city: 'Taizhou' })).toBeNull();
    expect(gazetteer.geocode({ country: 'DE', city: 'Nowhere-am-See' })).toBeNull();
  });

  it('takes Suzhou alone as 苏州, Jiangsu (26 times the population of 宿州, Anhui in GeoNames)', () => {
    const suzhou = gazetteer.geocode({ country: 'CN', city: 'Suzhou' });
    expect(suzhou?.lon).toBeGreaterThan(120);
    const anhui = gazetteer.geocode({ country: 'CN', city: 'Suzhou', state: 'Anhui' });
    expect(anhui?.lon).toBeLessThan(118);
  });

  it('geocodes Chinese places through their GB/T 2260 city', () => {
    expect(where({ country: 'CN', city: '深圳市南山区科技园' })).toBe('Shenzhen CN city-in-province');
    const place = resolveChinaPlace({ address: '200092上海市四平路1239号' });
    expect(where({ country: 'CN', chinaPlace: place })).toBe('Shanghai CN city-in-province');
    expect(where({ country: 'CN', city: 'Harbin' })).toBe('Harbin CN city-in-province');
    expect(where({ country: 'CN', city: 'zhongshan' })).toBe('Zhongshan CN city-in-province');
  });

  it('geocodes the parties of EP3782854 (v1-5-A1.xml) from their <city> fields', () => {
    const xml = readFileSync(EPO_XML, 'utf8');
    const parties = [...xml.matchAll(/<city>([^<]*)<\/city><ctry>([A-Z]{2})<\/ctry>/g)].map((m) => ({
      city: m[1] ?? '',
      country: m[2] ?? '',
    }));
    expect(parties).toContainEqual({ city: 'Beijing 100176', country: 'CN' });
    expect(parties).toContainEqual({ city: '40009 Düsseldorf', country: 'DE' });
    const names = parties.map((party) => gazetteer.geocode(party)?.name ?? null);
    expect(names).toEqual(['Beijing', 'Chengdu', 'Beijing', 'Beijing', 'Beijing', 'Düsseldorf']);
  });
});
