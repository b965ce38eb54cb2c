import type { PlaceRef } from './place-index.js';

/** What one piece of text says: a province, and a city inside it when known. */
export interface PlaceEvidence {
  provinceCode: string;
  cityKey: string | null;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** A province reading implies its city for the four municipalities (北京 -> 北京市). */
export function provinceEvidence(provinceCode: string): PlaceEvidence {
  return { provinceCode, cityKey: MUNICIPALITIES.has(provinceCode) ? `${provinceCode}01` : null };
}

/** The readings of `refs` consistent with what is already known. */
export function consistentRefs(refs: readonly PlaceRef[], known: PlaceEvidence | null): PlaceRef[] {
  if (!known) return [...refs];
  return refs.filter(
    (ref) =>
      ref.provinceCode === known.provinceCode &&
      (known.cityKey === null || ref.cityKey === null || ref.cityKey === known.cityKey),
  );
}

/** The one city the readings agree on, or null when there is none or more than one. */
export function singleCity(refs: readonly PlaceRef[]): PlaceEvidence | null {
  const keys = new Set(refs.filter((ref) => ref.cityKey !== null).map((ref) => ref.cityKey));
  if (keys.size !== 1) return null;
  const ref = refs.find((r) => r.cityKey !== null);
  return ref ? { provinceCode: ref.provinceCode, cityKey: ref.cityKey } : null;
}

/** The one province the readings agree on, or null. */
export function singleProvince(refs: readonly PlaceRef[]): string | null {
  const codes = new Set(refs.map((ref) => ref.provinceCode));
  return codes.size === 1 ? (refs[0]?.provinceCode ?? null) : null;
}
