import { type PublicationNumber, parsePublicationNumber } from '../../domain/publication-number.js';

/**
 * Publication numbers of the CSET AI patent database: country, number and kind in three columns.
 * The numbers went through integer and spreadsheet conversions:
 * - DE, BR and IT numbers appear in scientific notation (`1.02E+11`): the digits are lost, the row is refused.
 * - Old-style WO numbers (`WO 02/058554`, DOCDB `WO02058554`) lost their leading zeros (`2058554`,
 *   `122883`, `3355`); they are rebuilt as year + 6-digit serial (`WO2002058554`). Seven digits starting
 *   70-99 are 19YY + 5-digit serial; otherwise the first digit is the year 200Y, or the year is 2000
 *   when five digits or fewer remain. The rebuilt years fall 1-2 years after the rows' priority years.
 * - Letter prefixes stay as DOCDB writes them (JP `WO2018061239` -> `JPWO2018061239A1`, TW `I417797`,
 *   BR `PI0403322`, MX `PA01001477`); SG check letters and IN `3126DEN2014` have no such spelling and are refused.
 */
export function csetPublicationNumber(
  country: string,
  number: string,
  kind: string,
): PublicationNumber | string {
  const spelled = `${country} ${number} ${kind}`;
  if (/e\+/i.test(number)) {
    return `publication number "${spelled}" was turned into scientific notation by a spreadsheet: its digits are lost`;
  }
  const digits = country === 'WO' && /^\d{1,7}$/.test(number) ? oldWoNumber(number) : number;
  const id = parsePublicationNumber(`${country}${digits}${kind}`);
  if (!id || id.kind !== kind) return `not a publication number Patlas can spell: "${spelled}"`;
  return id;
}

function oldWoNumber(number: string): string {
  if (number.length <= 5) return `2000${number.padStart(6, '0')}`;
  if (number.length === 7 && Number(number.slice(0, 2)) >= 70) {
    return `19${number.slice(0, 2)}${number.slice(2).padStart(6, '0')}`;
  }
  return `200${number[0]}${number.slice(1).padStart(6, '0')}`;
}
