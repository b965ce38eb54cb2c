import { chinaDivisions } from './china-divisions.js';
import { findPostcode, provinceOfPostcode } from './cn-postcode.js';
import { type PlaceEvidence, provinceEvidence } from './place-evidence.js';
import { resolveLatinPlace } from './resolve-latin-text.js';
import { resolveZhAddress, resolveZhName } from './resolve-zh-text.js';

export interface ChinaPlace {
  /** GB/T 2260 two digits (71 Taiwan, 81 Hong Kong, 82 Macao as the text says). */
  provinceCode: string;
  province: { zh: string; en: string };
  /** Four digits; a municipality's own code (1101, 1201, 3101, 5001) for all its districts and counties. */
  cityCode: string | null;
  city: { zh: string; en: string } | null;
  method: 'address-zh' | 'address-en' | 'postcode' | 'name-prefix' | 'province-code';
}

export interface ChinaPlaceInput {
  address?: string | null;
  city?: string | null;
  state?: string | null;
  postcode?: string | null;
  name?: string | null;
}

const HAN = /\p{Script=Han}/u;

/**
 * Province and prefecture of a Chinese party, from the most specific evidence: a Chinese address, then latin
 * city/state/address fields, then the postcode (province only), then a place in the applicant's name.
 * Evidence that only names a province is completed by a later piece naming a city in that province.
 * Ambiguous names (Suzhou: 苏州 or 宿州) are left unresolved unless another field settles them.
 * @example resolveChinaPlace({ address: '深圳市南山区科技园' }) // 44 广东 / 4403 深圳, 'address-zh'
 */
export function resolveChinaPlace(input: ChinaPlaceInput): ChinaPlace | null {
  const candidates = evidenceInOrder(input);
  const first = candidates[0];
  if (!first) return null;
  const withCity = first.evidence.cityKey
    ? first.evidence
    : (candidates.find((c) => c.evidence.cityKey && c.evidence.provinceCode === first.evidence.provinceCode)
        ?.evidence ?? first.evidence);
  return toPlace(withCity, first.method);
}

/** A GB/T 2260 province code (e.g. CNIPA's 国省代码) as a place, or null when it is not one. */
export function chinaPlaceOfProvinceCode(code: string): ChinaPlace | null {
  return chinaDivisions().provinces.has(code) ? toPlace(provinceEvidence(code), 'province-code') : null;
}

function evidenceInOrder(
  input: ChinaPlaceInput,
): { evidence: PlaceEvidence; method: ChinaPlace['method'] }[] {
  const found: { evidence: PlaceEvidence; method: ChinaPlace['method'] }[] = [];
  const texts = [input.address, input.city, input.state].filter((t): t is string => !!t && t.trim() !== '');
  for (const text of texts.filter((t) => HAN.test(t))) {
    const evidence = resolveZhAddress(text);
    if (evidence) found.push({ evidence, method: 'address-zh' });
  }
  const latin = texts.filter((t) => !HAN.test(t));
  const fromLatin = latin.length > 0 ? resolveLatinPlace(latin) : null;
  if (fromLatin) found.push({ evidence: fromLatin, method: 'address-en' });
  const postcode = input.postcode?.trim() || texts.map(findPostcode).find((p) => p !== null);
  const postProvince = postcode ? provinceOfPostcode(postcode) : null;
  if (postProvince) found.push({ evidence: provinceEvidence(postProvince), method: 'postcode' });
  const fromName = input.name ? resolveZhName(input.name) : null;
  if (fromName) found.push({ evidence: fromName, method: 'name-prefix' });
  return found;
}

function toPlace(evidence: PlaceEvidence, method: ChinaPlace['method']): ChinaPlace | null {
  const { provinces, cities } = chinaDivisions();
  const province = provinces.get(evidence.provinceCode);
  if (!province) return null;
  const city = evidence.cityKey ? cities.get(evidence.cityKey) : undefined;
  return {
    provinceCode: province.code,
    province: { zh: province.zh, en: province.en },
    cityCode: city ? city.code.slice(0, 4) : null,
    city: city ? { zh: city.zh, en: city.en } : null,
    method,
  };
}
