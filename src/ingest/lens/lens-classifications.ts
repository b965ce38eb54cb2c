import type { ClassificationEntry, ClassificationScheme } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { classificationEntry } from '../record-parts/classification-entry.js';
import { uniqueClassifications } from '../record-parts/unique-classifications.js';

/**
 * Classification entries from a list of symbols as Lens writes them (`A01K47/00`). Lens marks neither
 * the main symbol nor inventive/additional, so `isFirst` is false and `value` null; repeats are dropped
 * (current exports list some CPC symbols twice). A symbol that does not parse is a warning.
 */
export function classificationsOf(
  symbols: string[],
  scheme: ClassificationScheme,
  warnings: RecordWarning[],
): ClassificationEntry[] {
  const entries = symbols.map((raw) =>
    classificationEntry(scheme, raw, { value: null, isFirst: false, version: null }, warnings),
  );
  return uniqueClassifications(entries.filter((e): e is ClassificationEntry => e !== null));
}
