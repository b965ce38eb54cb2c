import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import type { ClassificationEntry } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';

const SUBCLASS = /^[A-HY]\d{2}[A-Z]/;
const SLASHED = /^([A-HY]\d{2}[A-Z])?\s*(\d{1,4})\s*\/\s*(\d{1,6})\s*$/;
// Fixed-width edition form: 4-character subclass, main group right-aligned in 3, then the subgroup.
const FIXED_WIDTH = /^([A-HY]\d{2}[A-Z])([ \d]{3})(\d{2,6})\s*$/;
const COLLAPSED = /^([A-HY]\d{2}[A-Z]) ?(\d{1,2})(\d{2})$/;

/**
 * Normalise an IPC symbol in the forms of the pre-IPCR USPTO sources: `H04N 5/225`, `G06F015/16`,
 * a subclass-less continuation ` 5/225` (which takes the subclass of `previousSubclass`), and the
 * fixed-width APS / ST.32 form `B60R  900` (B60R 9/00), `G06F 1516` (G06F 15/16).
 * Whitespace inside the text matters: do not collapse it. Returns null when the text is not a symbol.
 * @example ipcEditionSymbol('B60R  900') // 'B60R9/00'
 */
export function ipcEditionSymbol(raw: string, previousSubclass: string | null = null): string | null {
  const trimmed = raw.trim().toUpperCase();
  if (trimmed === '') return null;
  const slashed = SLASHED.exec(trimmed);
  if (slashed) {
    const subclass = slashed[1] ?? previousSubclass;
    return subclass ? normaliseClassificationSymbol(`${subclass}${slashed[2]}/${slashed[3]}`) : null;
  }
  const fixed = FIXED_WIDTH.exec(trimmed);
  if (fixed) {
    const main = fixed[2]!.trim();
    return main === '' ? null : normaliseClassificationSymbol(`${fixed[1]}${main}/${fixed[3]}`);
  }
  // Padding collapsed by a reformatter (`E03C 104`): take the usual two-digit subgroup.
  const collapsed = COLLAPSED.exec(trimmed);
  if (collapsed) return normaliseClassificationSymbol(`${collapsed[1]}${collapsed[2]}/${collapsed[3]}`);
  return /^[A-HY]\d{2}[A-Z]$/.test(trimmed) ? trimmed : null;
}

/**
 * Append one edition-form IPC symbol to `entries`: a continuation takes the subclass of the entry
 * before it; a text that is no symbol becomes a warning instead.
 */
export function pushEditionIpc(
  entries: ClassificationEntry[],
  raw: string,
  isFirst: boolean,
  version: string | null,
  warnings: RecordWarning[],
): void {
  const symbol = ipcEditionSymbol(raw, subclassOf(entries[entries.length - 1]?.symbol ?? null));
  if (symbol) entries.push({ scheme: 'ipc', symbol, value: null, isFirst, version });
  else warnings.push({ field: 'classifications', reason: `not an IPC symbol: "${raw.trim()}"` });
}

/** The subclass (`H04N`) a normalised symbol starts with, for continuations that omit it. */
export function subclassOf(symbol: string | null): string | null {
  return symbol ? (SUBCLASS.exec(symbol)?.[0] ?? null) : null;
}
