import { readGeoTable } from '../countries/geo-data-file.js';

let prefixes: Map<string, string> | null = null;

/** The six-digit PRC postal code in a text ('200092上海市…', 'Beijing 100176'), or null. */
export function findPostcode(text: string): string | null {
  return /(?:^|\D)(\d{6})(?:\D|$)/.exec(text.normalize('NFKC'))?.[1] ?? null;
}

/** GB/T 2260 province code of a PRC postal code, from its first two digits (data/geo/cn-postcode-prefixes.csv). */
export function provinceOfPostcode(postcode: string): string | null {
  prefixes ??= new Map(
    readGeoTable('cn-postcode-prefixes.csv').map(([prefix, province]) => [prefix ?? '', province ?? '']),
  );
  const code = postcode.normalize('NFKC').trim();
  if (!/^\d{6}$/.test(code)) return null;
  return prefixes.get(code.slice(0, 2)) ?? null;
}
