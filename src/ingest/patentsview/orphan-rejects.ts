import type { ReadItem } from '../../domain/read-item.js';
import type { OrphanCount } from './group-cursor.js';
import type { ChildTable, TableSet } from './sorted-table-sql.js';

/**
 * Child-table rows whose patent_id has no g_patent row join no record. They are summed up as one
 * reject per table (a g_patent subset with full child tables would otherwise give millions of
 * rejects), pointing at the first such row of the file.
 */
export function orphanRejects(orphans: Map<ChildTable, OrphanCount>, tables: TableSet): ReadItem[] {
  return [...orphans].map(([name, count]) => ({
    kind: 'reject',
    file: tables[name]?.path ?? name,
    position: { byteOffset: null, line: count.firstRow + 1 },
    reason:
      `${count.rows} row(s) of ${name} for ${count.patents} patent_id(s) have no g_patent row, ` +
      `first: "${count.firstPatentId}"`,
    excerpt: count.firstPatentId,
  }));
}
