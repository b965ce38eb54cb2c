import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import type { ClassificationEntry, ClassificationScheme } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';

/**
 * The classification value as sources write it: IPC-R/CPC letters (`I` inventive; `N` IPC and `A` CPC
 * additional) or PatentsView's words (`inventional`, `additional`), any case.
 */
export function classificationValue(raw: string | null | undefined): ClassificationEntry['value'] {
  const text = raw?.trim().toLowerCase();
  if (text === 'i' || text === 'inventional' || text === 'inventive') return 'inventive';
  if (text === 'n' || text === 'a' || text === 'additional') return 'additional';
  return null;
}

/**
 * One entry from a symbol as the source spells it; a symbol that does not parse leaves a warning naming it
 * (the record is kept) and gives null.
 */
export function classificationEntry(
  scheme: ClassificationScheme,
  raw: string,
  details: Omit<ClassificationEntry, 'scheme' | 'symbol'>,
  warnings: RecordWarning[],
): ClassificationEntry | null {
  const symbol = normaliseClassificationSymbol(raw);
  if (symbol === null) {
    warnings.push({
      field: 'classifications',
      reason: `not ${scheme === 'ipc' ? 'an IPC' : 'a CPC'} symbol: "${raw}"`,
    });
    return null;
  }
  return { scheme, symbol, ...details };
}
