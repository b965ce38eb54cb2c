/**
 * Google Patents joins several assignees or inventors with ", " inside one field, and company names
 * carry their own commas (`Hmicro, Inc.`, `BOE TECHNOLOGY GROUP CO., LTD.`). A piece that is only a
 * legal form or a generational suffix belongs to the name before it.
 */
const SUFFIX =
  /^(inc|incorporated|ltd|limited|llc|l\.l\.c|llp|l\.l\.p|lp|l\.p|plc|co|corp|corporation|company|gmbh|ag|kg|sa|s\.a|sas|sarl|srl|s\.r\.l|spa|s\.p\.a|nv|n\.v|bv|b\.v|ab|oy|oyj|as|a\/s|kk|k\.k|pte|pty|jr|sr|ii|iii|iv)\.?$/i;

export function splitGoogleNames(cell: string): string[] {
  const names: string[] = [];
  for (const piece of cell.split(/,\s*/).map((p) => p.trim())) {
    if (piece === '') continue;
    if (names.length > 0 && SUFFIX.test(piece)) names[names.length - 1] += `, ${piece}`;
    else names.push(piece);
  }
  return names;
}
