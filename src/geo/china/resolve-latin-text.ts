import { latinKey } from './china-divisions.js';
import { consistentRefs, type PlaceEvidence, provinceEvidence, singleCity } from './place-evidence.js';
import { type PlaceRef, placeIndex } from './place-index.js';

/** Words that make a part an address line (street, building), whose words must not be read as places. */
const STREET_WORDS =
  /\b(road|rd|street|str|st|avenue|ave|lu|jie|dajie|hutong|lane|building|bldg|floor|fl|room|rm|no|park|zone|tower|plaza|center|centre|industrial|development|dev|hi|tech|science|university|institute|campus|box)\b/;
/** Administrative words dropped before lookup: 'Haidian District' -> haidian, 'Lan County' -> lan. */
const ADMIN_WORDS =
  /\b(city|shi|province|sheng|district|qu|county|municipality|autonomous|region|prefecture|sar|new area|zizhiqu)\b/g;
const COUNTRY_WORDS = /\b(people'?s republic of china|p\.?\s?r\.?\s?china|prc|china|zhongguo)\b/g;

/**
 * Province and city named by latin text (pinyin / English): 'Shenzhen, Guangdong', 'Beijing 100176',
 * 'Hi-tech Development Zone\nChengdu Sichuan 611731'. Every part may name a province, a city or an area;
 * a city is kept only when the parts agree on exactly one.
 */
export function resolveLatinPlace(texts: readonly string[]): PlaceEvidence | null {
  const refs = texts.flatMap((text) => text.split(/[,;\n\r/|]+/)).flatMap(partRefs);
  const provinces = new Set(refs.filter((ref) => ref.level === 'province').map((ref) => ref.provinceCode));
  const known = provinces.size === 1 ? provinceEvidence([...provinces][0] ?? '') : null;
  const readings = consistentRefs(refs, known);
  const city =
    singleCity(readings.filter((ref) => ref.level === 'city')) ??
    singleCity(intersectCities(readings)) ??
    (readings.some((ref) => ref.level === 'city') ? null : singleCity(readings));
  if (city) return city;
  return known;
}

/** Area readings whose city is also named as a city ('Kunshan, Suzhou' -> Suzhou, Jiangsu). */
function intersectCities(refs: readonly PlaceRef[]): PlaceRef[] {
  const cityKeys = new Set(refs.filter((ref) => ref.level === 'city').map((ref) => ref.cityKey));
  return refs.filter((ref) => ref.level === 'area' && cityKeys.has(ref.cityKey));
}

function partRefs(part: string): PlaceRef[] {
  const cleaned = part
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\d+/g, ' ')
    .replace(COUNTRY_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return [];
  const latin = placeIndex().latin;
  const withoutAdmin = cleaned.replace(ADMIN_WORDS, ' ').replace(/\s+/g, ' ').trim();
  for (const candidate of [cleaned, withoutAdmin]) {
    const whole = latin.get(latinKey(candidate));
    if (whole) return whole;
  }
  if (STREET_WORDS.test(cleaned)) return [];
  const words = withoutAdmin.split(' ').filter(Boolean);
  const found: PlaceRef[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const pair = latin.get(latinKey(`${words[index]}${words[index + 1] ?? ''}`));
    if (pair && index + 1 < words.length) {
      found.push(...pair);
      index += 1;
      continue;
    }
    found.push(...(latin.get(latinKey(words[index] ?? '')) ?? []));
  }
  return found;
}
