/** Letters that NFKD does not decompose into a base letter plus accent. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};
/** Japanese and Korean administrative suffixes: Kawasaki-shi, Minato-ku, Tokyo-to, Suwon-si, Gangnam-gu. */
const SUFFIXES: Record<string, RegExp> = {
  JP: /[\s-](shi|ku|to|fu|ken|cho|machi|mura|gun)$/,
  KR: /[\s-](si|gu|gun|do|eup|myeon)$/,
};
const GENERIC_SUFFIX = /\s(city|shi)$/;

function fold(value: string): string {
  return value
    .toLowerCase()
    .replace(/[ßøæœłđıþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '');
}

function compact(value: string): string {
  return value.replace(/[^a-z0-9]/g, '');
}

/**
 * Lookup keys of a city name: lower-case ascii without spaces or punctuation, with and without an
 * administrative suffix, and with umlauts also as ae/oe/ue (Köln: koln, koeln).
 */
export function cityKeys(name: string, country: string | null): string[] {
  const umlauts = name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  const keys = new Set<string>();
  for (const variant of [fold(name), fold(umlauts)]) {
    const spaced = variant.replace(/[^a-z0-9-]+/g, ' ').trim();
    keys.add(compact(spaced));
    const suffix = country ? SUFFIXES[country] : undefined;
    if (suffix?.test(spaced)) keys.add(compact(spaced.replace(suffix, '')));
    if (GENERIC_SUFFIX.test(spaced)) keys.add(compact(spaced.replace(GENERIC_SUFFIX, '')));
  }
  keys.delete('');
  return [...keys];
}
