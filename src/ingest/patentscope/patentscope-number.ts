import { type PublicationNumber, parsePublicationNumber } from '../../domain/publication-number.js';

/**
 * PATENTSCOPE publication numbers: no kind code (kind stays null), lowercase office codes for some
 * national collections (`kr1020010067590`, `za1998/04456`, `il128228`), zero-padded DE and RU numbers
 * (`DE000019826114`, `ru0002444566`: the padding is PATENTSCOPE's, DOCDB writes DE19826114 and RU2444566),
 * and Mexican numbers as `mxMX/a/2008/013315` (year + serial) or `mxPA/a/2005/008192`.
 * The older Mexican `PA` series keeps its letter prefix with a two-digit year, as DOCDB writes it
 * (`mxPA/a/2005/008192` -> `MXPA05008192`).
 */
export function patentscopeNumber(raw: string): PublicationNumber | string {
  let text = raw.trim();
  const mexican = /^mx(MX|PA)\/a\/(\d{4})\/(\d+)$/i.exec(text);
  if (mexican) {
    const series = mexican[1]!.toUpperCase();
    const year = mexican[2]!;
    text = series === 'PA' ? `MXPA${year.slice(2)}${mexican[3]!.padStart(6, '0')}` : `MX${year}${mexican[3]}`;
  }
  const id = parsePublicationNumber(text.replace(/^[a-z]{2}/, (office) => office.toUpperCase()));
  if (!id) return `not a publication number: "${raw}"`;
  if ((id.country === 'DE' || id.country === 'RU') && /^0/.test(id.docNumber)) {
    return (
      parsePublicationNumber(`${id.country}${id.docNumber.replace(/^0+/, '')}`) ??
      `not a publication number: "${raw}"`
    );
  }
  return id;
}
