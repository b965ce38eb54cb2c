/**
 * Publication numbers in DOCDB-like form: country + number + kind, no separators (`US8926509B2`).
 *
 * Choices (documented in docs/data-model.md):
 * - US grants lose leading zeros (`US08926509` -> `US8926509`); prefixes D, RE, PP, H, T keep theirs
 *   (`USD435854S1`).
 * - US pre-grant publications keep the 11-digit `YYYYNNNNNNN` form used by USPTO, Lens and Google
 *   (`US20130101709A1`); DOCDB's 10-digit `YYYYNNNNNN` spelling is widened to it.
 * - EP numbers are 7 digits (`EP0123456`), WO numbers `WO` + 4-digit year + 6-digit serial
 *   (`WO 99/12345` -> `WO1999012345`).
 * - KR 13-digit KIPO numbers (`KR1020010067590`) become DOCDB's 11 digits (`KR20010067590`).
 * - Other offices keep their digits (and letter prefixes such as JP `H`, TW `I`, BR `PI`) as given.
 */
export interface PublicationNumber {
  publicationNumber: string;
  country: string;
  docNumber: string;
  kind: string | null;
}

const US_PREFIXES = ['RE', 'PP', 'D', 'H', 'T', 'X'] as const;
const SHAPE = /^([A-Z]{2})([A-Z]{0,2}\d+)([A-Z]\d?)?$/;

/**
 * Parse a user- or source-spelled publication number; `null` when it is not one.
 * @example parsePublicationNumber('US 8,926,509 B2') // { publicationNumber: 'US8926509B2', ... }
 */
export function parsePublicationNumber(
  raw: string,
  defaults: { country?: string | null; kind?: string | null } = {},
): PublicationNumber | null {
  let text = raw.trim().toUpperCase();
  if (text === '') return null;
  const wo = /^WO\s*[-/]?\s*(\d{2}|\d{4})\s*\/\s*(\d{1,6})\s*([A-Z]\d?)?$/.exec(text);
  if (wo) text = `WO${expandYear(wo[1]!)}${wo[2]!.padStart(6, '0')}${wo[3] ?? ''}`;
  text = text.replace(/[\s\-/,._]/g, '');
  if (defaults.country && /^\d/.test(text)) text = defaults.country.toUpperCase() + text;
  if (defaults.kind && !/\d[A-Z]\d?$/.test(text)) text += defaults.kind.toUpperCase();

  const match = SHAPE.exec(text);
  if (!match) return null;
  const country = match[1]!;
  const kind = match[3] ?? null;
  const docNumber = normaliseDocNumber(country, match[2]!);
  if (docNumber === null) return null;
  return { publicationNumber: `${country}${docNumber}${kind ?? ''}`, country, docNumber, kind };
}

function expandYear(year: string): string {
  if (year.length === 4) return year;
  const yy = Number(year);
  return String(yy >= 70 ? 1900 + yy : 2000 + yy);
}

function normaliseDocNumber(country: string, number: string): string | null {
  const prefix = /^[A-Z]+/.exec(number)?.[0] ?? '';
  const digits = number.slice(prefix.length);
  // Letter prefixes are real parts of numbers elsewhere (JP era S/H, TW I/M, BR PI/MU); in the US only these.
  if (prefix && country === 'US' && !(US_PREFIXES as readonly string[]).includes(prefix)) return null;
  if (/^0+$/.test(digits)) return null;
  switch (country) {
    case 'US':
      if (prefix) return prefix + stripZeros(digits);
      if (/^(19|20)\d{9}$/.test(digits)) return digits;
      if (/^20\d{8}$/.test(digits)) return `${digits.slice(0, 4)}0${digits.slice(4)}`;
      return stripZeros(digits);
    case 'EP':
      return stripZeros(digits).padStart(7, '0');
    case 'KR':
      // KIPO's 13-digit form (10 = patent, 20 = utility model, then year and serial) -> DOCDB's 11 digits.
      if (!prefix && /^(10|20)(19|20)\d{9}$/.test(digits)) return digits.slice(2);
      return prefix + digits;
    case 'WO':
      if (/^\d{7}$/.test(digits)) return `${expandYear(digits.slice(0, 2))}0${digits.slice(2)}`;
      return digits;
    default:
      return prefix + digits;
  }
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/** Country + number with the kind removed, for matching a kind-less spelling (`US20090208610`). */
export function publicationKeyWithoutKind(id: PublicationNumber): string {
  return `${id.country}${id.docNumber}`;
}
