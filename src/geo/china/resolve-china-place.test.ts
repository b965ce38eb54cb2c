import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinaPlaceOfProvinceCode, resolveChinaPlace } from './resolve-china-place.js';

const EPO_XML = new URL('../../../../shared/data/epo-xml/application/v1-5-A1.xml', import.meta.url);

function brief(input: Parameters<typeof resolveChinaPlace>[0]): string | null {
  const place = resolveChinaPlace(input);
  return place
    ? `${place.provinceCode} ${place.province.zh} ${place.cityCode} ${place.city?.zh} ${place.method}`
    : null;
}

describe('resolveChinaPlace', () => {
  it('reads Chinese addresses, postcode prefixes and districts up to their city', () => {
    expect(brief({ address: '200092上海市四平路1239号' })).toBe('31 上海 3101 上海 address-zh');
    expect(brief({ address: '深圳市南山区科技园' })).toBe('44 广东 4403 深圳 address-zh');
    expect(brief({ address: '徐汇区漕溪北路' })).toBe('31 上海 3101 上海 address-zh');
    expect(brief({ address: '江苏省苏州市工业园区' })).toBe('32 江苏 3205 苏州 address-zh');
    expect(brief({ address: '湖北省仙桃市' })).toBe('42 湖北 4290 仙桃 address-zh');
    expect(brief({ address: '香港九龙' })).toBe('81 香港 null undefined address-zh');
  });

  it('does not read a street named after a city as the city', () => {
    expect(resolveChinaPlace({ address: '四平路1239号' })).toBeNull();
  });

  it('reads latin city and state fields', () => {
    expect(brief({ city: 'Shenzhen, Guangdong' })).toBe('44 广东 4403 深圳 address-en');
    expect(brief({ city: 'Shenzhen', state: 'Guangdong' })).toBe('44 广东 4403 深圳 address-en');
    expect(brief({ city: 'Hangzhou, Zhejiang' })).toBe('33 浙江 3301 杭州 address-en');
    expect(brief({ city: 'beijing, china' })).toBe('11 北京 1101 北京 address-en');
    expect(brief({ city: 'Harbin' })).toBe('23 黑龙江 2301 哈尔滨 address-en');
    expect(brief({ city: "xi'an" })).toBe('61 陕西 6101 西安 address-en');
    expect(brief({ city: 'Haidian District, Beijing' })).toBe('11 北京 1101 北京 address-en');
  });

  it('leaves Suzhou alone unresolved: 苏州 (Jiangsu) and 宿州 (Anhui) share the spelling', () => {
    expect(resolveChinaPlace({ city: 'Suzhou' })).toBeNull();
    expect(brief({ city: 'Suzhou', state: 'Jiangsu' })).toBe('32 江苏 3205 苏州 address-en');
    expect(brief({ city: 'Suzhou, Anhui' })).toBe('34 安徽 3413 宿州 address-en');
  });

  it('reads the CN parties of an EPO application (EP3782854, v1-5-A1.xml)', () => {
    const xml = readFileSync(EPO_XML, 'utf8');
    const cnCities = [...xml.matchAll(/<city>([^<]*)<\/city><ctry>CN<\/ctry>/g)].map((m) => m[1] ?? '');
    expect(cnCities).toContain('Beijing 100176');
    expect(cnCities).toContain('Beijing 100015');
    expect(cnCities).toContain('Hi-tech Development Zone\nChengdu Sichuan 611731');
    expect(brief({ city: 'Beijing 100176' })).toBe('11 北京 1101 北京 address-en');
    expect(brief({ city: 'Hi-tech Development Zone\nChengdu Sichuan 611731' })).toBe(
      '51 四川 5101 成都 address-en',
    );
  });

  it('falls back to the postcode (province only) and the applicant name', () => {
    expect(brief({ postcode: '518057' })).toBe('44 广东 null undefined postcode');
    expect(brief({ postcode: '610041' })).toBe('51 四川 null undefined postcode');
    expect(brief({ name: '北京百度网讯科技有限公司' })).toBe('11 北京 1101 北京 name-prefix');
    expect(brief({ name: '百度在线网络技术(北京)有限公司' })).toBe('11 北京 1101 北京 name-prefix');
    expect(brief({ city: 'Guangdong', name: '深圳市腾讯计算机系统有限公司' })).toBe(
      '44 广东 4403 深圳 address-en',
    );
    expect(resolveChinaPlace({ name: '华为技术有限公司' })).toBeNull();
  });

  it('names a province code', () => {
    expect(chinaPlaceOfProvinceCode('13')?.province).toEqual({ zh: '河北', en: 'Hebei' });
    expect(chinaPlaceOfProvinceCode('99')).toBeNull();
  });
});
