/**
 * IPC / CPC symbols normalised to `G06N3/08` (subclass + main group + `/` + subgroup, no spaces).
 * Accepts `G06N 3/08`, PATSTAT padding `G06N   3/08`, the 14-character form `G06N0003080000`,
 * version suffixes `G06N 3/08 (2006.01)` and a lone subclass `G06N`.
 */
export interface ClassificationParts {
  section: string;
  cls: string;
  subclass: string;
  mainGroup: string | null;
  subgroup: string | null;
}

const COMPACT = /^([A-HY]\d{2}[A-Z])(\d{4})(\d{6})$/;
const SPACED = /^([A-HY]\d{2}[A-Z])(?:(\d{1,4})(?:\/(\d{1,6}))?)?$/;

/** Split a symbol into its hierarchy; `null` when it is not an IPC/CPC symbol. */
export function parseClassificationSymbol(raw: string): ClassificationParts | null {
  const text = raw
    .toUpperCase()
    .replace(/\(\s*\d{4}[.-]?\d{2}(?:[.-]?\d{2})?\s*\)/g, '')
    .replace(/\s+/g, '');
  const compact = COMPACT.exec(text);
  if (compact) {
    const subclass = compact[1]!;
    const subgroup = compact[3]!.replace(/0+$/, '').padEnd(2, '0');
    return parts(subclass, String(Number(compact[2])), subgroup);
  }
  const spaced = SPACED.exec(text);
  if (!spaced) return null;
  const main = spaced[2] === undefined ? null : String(Number(spaced[2]));
  // A one-digit subgroup is a number with its leading zero dropped (`A21D 8/2` is 8/02).
  const sub = spaced[3] === undefined ? (main === null ? null : '00') : spaced[3].padStart(2, '0');
  return parts(spaced[1]!, main, sub);
}

function parts(subclass: string, mainGroup: string | null, subgroup: string | null): ClassificationParts {
  return { section: subclass.slice(0, 1), cls: subclass.slice(0, 3), subclass, mainGroup, subgroup };
}

/** The normalised symbol, or `null` when the text is not a symbol. */
export function normaliseClassificationSymbol(raw: string): string | null {
  const p = parseClassificationSymbol(raw);
  if (!p) return null;
  return p.mainGroup === null ? p.subclass : `${p.subclass}${p.mainGroup}/${p.subgroup}`;
}
