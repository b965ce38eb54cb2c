import { parsePublicationNumber } from '../../domain/publication-number.js';

/**
 * The publication number in an EPO title-page citation (`B561`), which EPASYS writes as
 * country - kind - number with spaces as thousands separators:
 * `EP-A- 0 460 575`, `WO-A1-00/20705`, `US-A1- 2007 204 872`, `DE-A1-102009 041 527`, `US-E- R E36 154`.
 * Returns the normalised number (`EP0460575A`, `WO2000020705A1`, `US20070204872A1`) or null.
 */
const CITATION = /^([A-Z]{2})\s*-\s*([A-Z]\d?)\s*-\s*(\S.*)$/;

export function parseEpoCitationNumber(raw: string): string | null {
  const m = CITATION.exec(raw.trim().toUpperCase());
  if (!m) return parsePublicationNumber(raw)?.publicationNumber ?? null;
  const country = m[1]!;
  // WO numbers keep their `YY/NNNNN` slash, which parsePublicationNumber expands to `WOYYYYNNNNNN`.
  const number = country === 'WO' ? ` ${m[3]!.replace(/\s+/g, '')}` : m[3]!.replace(/[\s/]+/g, '');
  return parsePublicationNumber(`${country}${number}`, { kind: m[2]! })?.publicationNumber ?? null;
}
