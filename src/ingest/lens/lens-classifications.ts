import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import type { ClassificationEntry, ClassificationScheme } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';

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
  const seen = new Set<string>();
  const entries: ClassificationEntry[] = [];
  for (const raw of symbols) {
    const symbol = normaliseClassificationSymbol(raw);
    if (symbol === null) {
      warnings.push({ field: `classifications.${scheme}`, reason: `not an IPC/CPC symbol: "${raw}"` });
      continue;
    }
    if (seen.has(symbol)) continue;
    seen.add(symbol);
    entries.push({ scheme, symbol, value: null, isFirst: false, version: null });
  }
  return entries;
}
