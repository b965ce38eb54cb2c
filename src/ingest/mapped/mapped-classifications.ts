import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import type { ClassificationEntry, ClassificationScheme } from '../../domain/patent-record.js';
import type { RowValues } from './mapped-values.js';
import type { BoundField } from './resolve-mapping.js';

/**
 * The main symbol first (isFirst), then the listed symbols not equal to it. A symbol that does not
 * parse is dropped with a warning.
 */
export function classificationEntries(
  scheme: ClassificationScheme,
  values: RowValues,
  main: BoundField | undefined,
  all: BoundField | undefined,
): ClassificationEntry[] {
  const entries: ClassificationEntry[] = [];
  const seen = new Set<string>();
  const add = (raw: string, isFirst: boolean) => {
    const symbol = normaliseClassificationSymbol(raw);
    if (symbol === null) {
      values.warnings.push({
        field: 'classifications',
        reason: `not ${scheme.toUpperCase()} symbol: "${raw}"`,
      });
      return;
    }
    if (seen.has(symbol)) return;
    seen.add(symbol);
    entries.push({ scheme, symbol, value: null, isFirst, version: null });
  };
  const [first] = values.list(main);
  if (first !== undefined) add(first, true);
  for (const raw of values.list(all)) add(raw, false);
  return entries;
}
