import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import type { ClassificationEntry, ClassificationScheme } from '../../domain/patent-record.js';
import { classificationValue } from '../record-parts/classification-entry.js';

/**
 * One `classification-ipcr` / `classification-cpc` `<text>` in the WIPO ST.8 50-position layout:
 *
 *   1-19 symbol (subclass, main group right-aligned, `/`, subgroup) | 20-27 version date |
 *   28 level C/A/S (blank for CPC) | 29 position F(irst)/L(ater) | 30 value | 31-38 action date |
 *   39 B/R/V/D | 40 source H/M/G | 41-42 generating office
 *
 * e.g. `G06N   3/08        20060101AFI20190101BHEP`. Position 30 is I (inventive) or N
 * (non-inventive) for IPC and I or A (additional) for CPC; N and A both map to `additional`.
 * `isFirst` is true only for F in position 29. The version date becomes `version`.
 *
 * Real files also collapse the padding (`E04B 1/88 20060101AFI20070316BHEP`) or, in converted
 * old documents, carry only level and value (`B05B 7/ 00 A I`), so the parts are matched in order
 * rather than by column.
 */
const LAYOUT =
  /^([A-HY]\d{2}[A-Z])(?:\s*(\d{1,4})\s*\/\s*(\d{1,6}))?\s*(\d{8})?\s?([ACS])?\s?([FL])?\s?([INA])?(?:\d{8})?/;

export function parseClassificationText(
  raw: string,
  scheme: ClassificationScheme,
): ClassificationEntry | null {
  const m = LAYOUT.exec(raw.trim().toUpperCase());
  if (!m) return null;
  const symbol = normaliseClassificationSymbol(m[2] === undefined ? m[1]! : `${m[1]}${m[2]}/${m[3]}`);
  if (symbol === null) return null;
  return {
    scheme,
    symbol,
    value: classificationValue(m[7]),
    isFirst: m[6] === 'F',
    version: m[4] ?? null,
  };
}

/** ST.8 position 30: I inventive; N (IPC) and A (CPC) additional. */
/**
 * A pre-2006 `B511`-`B515` symbol, e.g. ` 7C 07C  29/44   A` (edition, section, class + subclass,
 * group, trailing type letter): the edition prefix and the trailing letter are not part of the symbol.
 */
const LEGACY = /^\s*\d*\s*([A-H])\s*(\d{2})\s*([A-Z])\s*(\d{1,4})\s*\/\s*(\d{1,6})/;

export function parseLegacyIpc(raw: string): string | null {
  const m = LEGACY.exec(raw.toUpperCase());
  if (!m) return null;
  return normaliseClassificationSymbol(`${m[1]}${m[2]}${m[3]}${m[4]}/${m[5]}`);
}
