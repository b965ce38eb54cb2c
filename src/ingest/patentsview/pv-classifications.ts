import { normaliseClassificationSymbol } from '../../domain/classification-symbol.js';
import type { ClassificationEntry } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import type { CpcItem, IpcItem } from './joined-row.js';
import { clean } from './pv-values.js';

/** IPC at issue: one entry per row; sequence 0 is the first symbol of the grant (position F). */
export function ipcEntries(items: IpcItem[] | null, warnings: RecordWarning[]): ClassificationEntry[] {
  const entries: ClassificationEntry[] = [];
  for (const item of items ?? []) {
    const subclass = `${clean(item.section) ?? ''}${clean(item.class) ?? ''}${clean(item.subclass) ?? ''}`;
    const group = clean(item.main_group);
    const raw = group ? `${subclass} ${group}/${clean(item.subgroup) ?? '00'}` : subclass;
    const symbol = normaliseClassificationSymbol(raw);
    if (symbol === null) {
      warnings.push({ field: 'classifications', reason: `not an IPC symbol: "${raw}"` });
      continue;
    }
    entries.push({
      scheme: 'ipc',
      symbol,
      value: classificationValue(item.value),
      isFirst: clean(item.seq) === '0',
      version: clean(item.version)?.replace(/-/g, '') ?? null,
    });
  }
  return entries;
}

/** Current CPC: `cpc_group` holds the full symbol (`G03F7/2004`); type inventional / additional. */
export function cpcEntries(items: CpcItem[] | null, warnings: RecordWarning[]): ClassificationEntry[] {
  const entries: ClassificationEntry[] = [];
  for (const item of items ?? []) {
    const raw = clean(item.symbol) ?? '';
    const symbol = normaliseClassificationSymbol(raw);
    if (symbol === null) {
      warnings.push({ field: 'classifications', reason: `not a CPC symbol: "${raw}"` });
      continue;
    }
    entries.push({
      scheme: 'cpc',
      symbol,
      value: classificationValue(item.type),
      isFirst: clean(item.seq) === '0',
      version: null,
    });
  }
  return entries;
}

function classificationValue(raw: string | null): ClassificationEntry['value'] {
  const text = clean(raw)?.toLowerCase();
  if (text === 'i' || text === 'inventional' || text === 'inventive') return 'inventive';
  if (text === 'n' || text === 'additional') return 'additional';
  return null;
}
