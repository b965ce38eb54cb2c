import {
  consistentRefs,
  type PlaceEvidence,
  provinceEvidence,
  singleCity,
  singleProvince,
} from './place-evidence.js';
import { type PlaceRef, placeIndex } from './place-index.js';

/** A short name followed by a street word is a street (四平路, 北京东路), not the place. */
const STREET_AFTER = /^[东西南北中]?[路街道巷弄里]/;
const LEADING_NOISE = /^[\d\s,，、:：()（）[\]【】-]*(中华人民共和国|中国)?[\s,，、]*/;

/**
 * Province and city named by Chinese text, reading its place names left to right as an address does
 * (province, city, district): each further name must agree with what came before, and the scan stops at the
 * first name that does not (a street named after another city). The first name must open the text.
 */
export function resolveZhAddress(text: string): PlaceEvidence | null {
  const body = text.normalize('NFKC').replace(/\s+/g, '').replace(LEADING_NOISE, '');
  return readMatches(body, true);
}

/**
 * Province and city from an applicant's name: a place at its start (北京百度网讯科技有限公司) or a place
 * alone in brackets (百度在线网络技术(北京)有限公司).
 */
export function resolveZhName(name: string): PlaceEvidence | null {
  const body = name.normalize('NFKC').replace(/\s+/g, '');
  for (const inner of body.matchAll(/\(([^()]{2,12})\)/g)) {
    const place = inner[1] ?? '';
    const match = placeIndex().zh.longestAt(place, 0);
    if (match && match.end === place.length) {
      const evidence = readMatches(place, false);
      if (evidence) return evidence;
    }
  }
  return readMatches(body, true);
}

function readMatches(body: string, mustOpen: boolean): PlaceEvidence | null {
  let known: PlaceEvidence | null = null;
  for (const match of placeIndex().zh.scan(body)) {
    if (mustOpen && !known && match.start !== 0) return null;
    const streetFollows = STREET_AFTER.test(body.slice(match.end));
    const refs = consistentRefs(
      match.values.filter((ref) => !(ref.short && streetFollows)),
      known,
    );
    const next = step(refs, known);
    if (!next) break;
    known = next;
    if (known.cityKey !== null) break;
  }
  return known;
}

function step(refs: PlaceRef[], known: PlaceEvidence | null): PlaceEvidence | null {
  if (refs.length === 0) return null;
  const province = refs.find((ref) => ref.level === 'province');
  // 吉林 is a province and a city: the province reading wins (its city stays open); municipalities fill both.
  if (province && !known) return provinceEvidence(province.provinceCode);
  const city = singleCity(refs.filter((ref) => ref.level === 'city')) ?? singleCity(refs);
  if (city) return city;
  if (!known) {
    const provinceCode = singleProvince(refs);
    return provinceCode ? provinceEvidence(provinceCode) : null;
  }
  return null;
}
