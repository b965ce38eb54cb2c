/**
 * The comparison key of a country name: NFKC, lower case, accents dropped, everything but letters and
 * digits removed ('P.R. China' -> 'prchina', 'Côte d’Ivoire' -> 'cotedivoire', '中华人民共和国' unchanged).
 */
export function countryKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
