import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import type { ClassificationEntry } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';

/**
 * The `IPC` column: `;`-separated symbols (`A21D 13/00`), some with the full IPC-R tail
 * (`G07F 9/10 20060101AFI20130528VHKR`: version, level, position F/L/N, value I/N ...), some with a
 * stray flag (`A21C 9/04 A`), some in the old edition-prefixed form (`6 A 23 C 19/00, 19/068, A 21 D 13/08`,
 * where a bare group continues the previous subclass). Repeats are dropped; an unreadable symbol is a warning.
 */
const IPCR_TAIL = /^(.+?\d+\s*\/\s*\d+)\s+(\d{8})[A-Z]([FLN])([IN])\w*$/;

export function patentscopeIpc(cell: string, warnings: RecordWarning[]): ClassificationEntry[] {
  const entries: ClassificationEntry[] = [];
  for (const item of cell.split(';').map((s) => s.trim())) {
    if (item === '' || item === 'NA') continue;
    for (const entry of parseItem(item)) {
      if (entry === null) {
        warnings.push({ field: 'classifications.ipc', reason: `not an IPC symbol: "${item}"` });
      } else if (!entries.some((e) => e.symbol === entry.symbol)) {
        entries.push(entry);
      }
    }
  }
  return entries;
}

function parseItem(item: string): (ClassificationEntry | null)[] {
  const ipcr = IPCR_TAIL.exec(item);
  if (ipcr) {
    const symbol = normaliseClassificationSymbol(ipcr[1]!);
    const value = ipcr[4] === 'I' ? 'inventive' : 'additional';
    return [symbol === null ? null : entry(symbol, { isFirst: ipcr[3] === 'F', value, version: ipcr[2]! })];
  }
  const edition = /^\d\s+(.+)$/.exec(item);
  if (edition) return editionList(edition[1]!);
  const symbol = normaliseClassificationSymbol(item.replace(/\s+[A-Z-]$/, '').replace(/\/{2,}/, '/'));
  return [symbol === null ? null : entry(symbol)];
}

function editionList(text: string): (ClassificationEntry | null)[] {
  let subclass = '';
  return text.split(/,\s*/).map((part) => {
    const full = /^([A-H])\s*(\d{2})\s*([A-Z])\s+(.+)$/.exec(part);
    if (full) subclass = `${full[1]}${full[2]}${full[3]}`;
    const symbol = normaliseClassificationSymbol(full ? `${subclass} ${full[4]}` : `${subclass} ${part}`);
    return symbol === null || subclass === '' ? null : entry(symbol);
  });
}

function entry(
  symbol: string,
  details: Partial<Pick<ClassificationEntry, 'isFirst' | 'value' | 'version'>> = {},
): ClassificationEntry {
  return {
    scheme: 'ipc',
    symbol,
    value: details.value ?? null,
    isFirst: details.isFirst ?? false,
    version: details.version ?? null,
  };
}
