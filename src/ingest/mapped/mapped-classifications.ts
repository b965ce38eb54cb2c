import type { ClassificationEntry, ClassificationScheme } from '../../domain/patent-record.js';
import { classificationEntry } from '../record-parts/classification-entry.js';
import { uniqueClassifications } from '../record-parts/unique-classifications.js';
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
  const add = (raw: string, isFirst: boolean) => {
    const entry = classificationEntry(scheme, raw, { value: null, isFirst, version: null }, values.warnings);
    if (entry) entries.push(entry);
  };
  const [first] = values.list(main);
  if (first !== undefined) add(first, true);
  for (const raw of values.list(all)) add(raw, false);
  return uniqueClassifications(entries);
}
