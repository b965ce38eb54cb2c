import type { ColumnMapping } from './column-mapping.js';
import { findColumn, headerIndex } from './header-key.js';

/**
 * The mapping whose required columns are all in the header, so a table needs no flag to be read.
 * When several match, the one with the most required columns wins (the most specific), then the
 * earlier one in the list.
 */
export function matchMapping(header: string[], mappings: readonly ColumnMapping[]): ColumnMapping | null {
  const index = headerIndex(header);
  let best: ColumnMapping | null = null;
  for (const mapping of mappings) {
    const required = mapping.detect.requiredColumns;
    if (!required.every((column) => findColumn(index, column) !== undefined)) continue;
    if (best === null || required.length > best.detect.requiredColumns.length) best = mapping;
  }
  return best;
}
