import type { ClassificationEntry } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { classificationEntry, classificationValue } from '../record-parts/classification-entry.js';
import type { CpcItem, IpcItem } from './joined-row.js';
import { clean } from './pv-values.js';

/** IPC at issue: one entry per row; sequence 0 is the first symbol of the grant (position F). */
export function ipcEntries(items: IpcItem[] | null, warnings: RecordWarning[]): ClassificationEntry[] {
  const entries: ClassificationEntry[] = [];
  for (const item of items ?? []) {
    const subclass = `${clean(item.section) ?? ''}${clean(item.class) ?? ''}${clean(item.subclass) ?? ''}`;
    const group = clean(item.main_group);
    const raw = group ? `${subclass} ${group}/${clean(item.subgroup) ?? '00'}` : subclass;
    const entry = classificationEntry(
      'ipc',
      raw,
      {
        value: classificationValue(clean(item.value)),
        isFirst: clean(item.seq) === '0',
        version: clean(item.version)?.replace(/-/g, '') ?? null,
      },
      warnings,
    );
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Current CPC: `cpc_group` holds the full symbol (`G03F7/2004`); type inventional / additional. */
export function cpcEntries(items: CpcItem[] | null, warnings: RecordWarning[]): ClassificationEntry[] {
  const entries: ClassificationEntry[] = [];
  for (const item of items ?? []) {
    const raw = clean(item.symbol) ?? '';
    const entry = classificationEntry(
      'cpc',
      raw,
      { value: classificationValue(clean(item.type)), isFirst: clean(item.seq) === '0', version: null },
      warnings,
    );
    if (entry) entries.push(entry);
  }
  return entries;
}
