import { dateField } from '../../domain/patent-date.js';
import type { PriorityClaim } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';

/**
 * `Priority Data` as PATENTSCOPE writes it: `[200402236U 2004-10-01T23:59:59.000Z ES]`, several claims
 * comma-separated inside the brackets, dates as ISO timestamps or dd.mm.yyyy, sometimes without a date
 * (`[10/654 769  US, ...]`), sometimes country-first (`US 20130225 61/768,603`), sometimes only a number.
 * Placeholders (`null 30.12.1899 null`) are dropped; a claim given twice is kept once, with its date.
 */
const NUMBER_DATE_COUNTRY =
  /^(.+?)\s+(?:(\d{4}-\d{2}-\d{2}T[\d:.]+Z|\d{1,2}\.\d{1,2}\.\d{4})\s+)?([A-Z]{2})$/;
const COUNTRY_DATE_NUMBER = /^([A-Z]{2})\s+(\d{8})\s+(.+)$/;

export function patentscopePriorities(cell: string, warnings: RecordWarning[]): PriorityClaim[] {
  const text = cell.trim();
  if (text === '' || text === 'NA') return [];
  const inner = /^\[(.*)\]$/s.exec(text);
  if (!inner) {
    warnings.push({ field: 'priorities', reason: `priority data not in brackets: "${text}"` });
    return [];
  }
  const claims: PriorityClaim[] = [];
  inner[1]!.split(/,\s+/).forEach((piece, i) => {
    const claim = parseClaim(piece.trim(), `priorities[${i}].date`, warnings);
    if (claim === null) return;
    const same = claims.find((c) => c.country === claim.country && c.number === claim.number);
    if (same) same.date ??= claim.date;
    else claims.push({ ...claim, sequence: claims.length + 1 });
  });
  return claims;
}

function parseClaim(piece: string, field: string, warnings: RecordWarning[]): PriorityClaim | null {
  if (piece === '' || /^null\b/i.test(piece)) return null;
  const countryFirst = COUNTRY_DATE_NUMBER.exec(piece);
  if (countryFirst) {
    const date = dateField(countryFirst[2], field, warnings);
    return { sequence: 0, country: countryFirst[1]!, number: collapse(countryFirst[3]!), date };
  }
  const countryLast = NUMBER_DATE_COUNTRY.exec(piece);
  if (countryLast) {
    const date = dateField(countryLast[2], field, warnings, 'dmy');
    return { sequence: 0, country: countryLast[3]!, number: collapse(countryLast[1]!), date };
  }
  return { sequence: 0, country: null, number: collapse(piece), date: null };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
