import { chinaDivisions, latinKey } from './china-divisions.js';
import { PlaceTrie } from './place-trie.js';

/** One reading of a place name: a province, a prefecture (city) or a county-level area inside a city. */
export interface PlaceRef {
  level: 'province' | 'city' | 'area';
  provinceCode: string;
  /** The city (key of `chinaDivisions().cities`) the name implies; null for a province. */
  cityKey: string | null;
  /** Matched by its short form (深圳 rather than 深圳市): rejected when a street word follows. */
  short: boolean;
}

export interface PlaceIndex {
  zh: PlaceTrie<PlaceRef>;
  latin: Map<string, PlaceRef[]>;
}

/** Extra latin spellings of provinces beyond the GB/T table's English names. */
const PROVINCE_LATIN: Record<string, string[]> = {
  '15': ['neimenggu', 'neimongol'],
  '45': ['guangxizhuang'],
  '54': ['xizang'],
  '64': ['ningxiahui'],
  '65': ['xinjianguygur', 'xinjianguyghur'],
  '81': ['hongkongsar'],
  '82': ['macau', 'macausar', 'macaosar'],
};

let index: PlaceIndex | null = null;

/** The trie of Chinese names and the map of latin spellings over all provinces, cities and areas. */
export function placeIndex(): PlaceIndex {
  if (index) return index;
  const { provinces, cities, areas } = chinaDivisions();
  const zh = new PlaceTrie<PlaceRef>();
  const latin = new Map<string, PlaceRef[]>();
  const addLatin = (key: string, ref: PlaceRef): void => {
    if (key.length < 3) return;
    const list = latin.get(key) ?? [];
    if (
      !list.some(
        (r) => r.level === ref.level && r.cityKey === ref.cityKey && r.provinceCode === ref.provinceCode,
      )
    ) {
      list.push(ref);
    }
    latin.set(key, list);
  };
  for (const province of provinces.values()) {
    const ref: PlaceRef = { level: 'province', provinceCode: province.code, cityKey: null, short: false };
    zh.add(province.fullZh, ref);
    if (province.zh !== province.fullZh) zh.add(province.zh, { ...ref, short: true });
    for (const key of [latinKey(province.en), ...(PROVINCE_LATIN[province.code] ?? [])]) addLatin(key, ref);
  }
  for (const city of cities.values()) {
    const ref: PlaceRef = {
      level: 'city',
      provinceCode: city.provinceCode,
      cityKey: city.code,
      short: false,
    };
    zh.add(city.fullZh, ref);
    if (city.zh !== city.fullZh) zh.add(city.zh, { ...ref, short: true });
    for (const key of city.latin) addLatin(key, ref);
  }
  for (const area of areas) {
    const ref: PlaceRef = {
      level: 'area',
      provinceCode: area.provinceCode,
      cityKey: area.cityCode,
      short: false,
    };
    zh.add(area.fullZh, ref);
    addLatin(area.latin, ref);
  }
  index = { zh, latin };
  return index;
}
