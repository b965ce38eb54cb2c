import { decodeHTML } from 'entities';

/** Letters without a decomposition that NFD would turn into base letter + accent. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  Æ: 'AE',
  Ø: 'O',
  Œ: 'OE',
  ß: 'SS',
  ẞ: 'SS',
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Þ: 'TH',
  Ħ: 'H',
  İ: 'I',
  ı: 'I',
};

/**
 * Magerman step 6: accented letters become their unaccented equivalents (Ä -> A, as in the Magerman accent
 * table). NFD covers the whole Latin range, not only the table's Latin-1 letters.
 */
export function removeAccents(upper: string): string {
  return upper
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ÆØŒßẞŁĐÐÞĦİı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** Magerman step 7: keep only A-Z 0-9 - + ' " # * @ ! ? / & ( ) : ; , . and space. */
export function removeSpecialCharacters(text: string): string {
  return text.replace(/[^A-Z0-9\-+'"#*@!?/&():;,. ]/g, '');
}

/** Magerman steps 2-4: HTML line breaks, SGML/HTML entities (either case), proprietary `{UMLAUT OVER (A)}` codes. */
export function replaceCodedCharacters(
  upper: string,
  sgml: readonly { find: string; replace: string }[],
  proprietary: readonly { find: string; replace: string }[],
): string {
  if (!/[<&{]/.test(upper)) return upper;
  let text = upper.replace(/<BR\s*\/?>/g, ' ');
  for (const rule of sgml) text = text.replaceAll(rule.find, rule.replace);
  text = text.replace(/&#?[A-Z0-9]+;/g, (entity) => decodeHTML(entity.toLowerCase()).toUpperCase());
  for (const rule of proprietary) text = text.replaceAll(rule.find, rule.replace);
  return text;
}

/** Magerman steps 8-10: quotes around the whole name, non-alphanumerics at the ends, comma/period irregularities. */
export function tidyPunctuation(text: string): string {
  return squish(
    text
      .replace(/^""\s(.*)"$/, '""$1"')
      .replace(/^"(.*)\s""$/, '"$1""')
      .replace(/^""((?:(?!"").)*)""$/, '$1')
      .replace(/^[^A-Z0-9"@('#!*/]+/, '')
      .replace(/[^A-Z0-9.'")]+$/, '')
      .replace(/,(\S)/g, ', $1')
      .replace(/\s,/g, ',')
      .replace(/([^A-Z0-9])\./g, '$1'),
  );
}

export function squish(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
