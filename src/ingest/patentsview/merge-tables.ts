import type { DuckDBConnection } from '@duckdb/node-api';
import { GroupCursor, type OrphanCount, type SortedRow } from './group-cursor.js';
import type { AssigneeItem, CitationItem, CpcItem, InventorItem, IpcItem, JoinedRow } from './joined-row.js';
import type { SortedFiles } from './sort-tables.js';
import { CHILD_TABLES, type ChildTable } from './sorted-table-sql.js';

type Cursors = Partial<Record<ChildTable | 'cited_by', GroupCursor>>;

/**
 * Merge-join the sorted files: one JoinedRow per g_patent row, in patent_id order, with the rows
 * of every child table for that patent_id. Each cursor reads its own connection a chunk at a time.
 */
export async function* mergeTables(
  connect: () => Promise<DuckDBConnection>,
  files: SortedFiles,
  /** Filled at the end with the child rows that matched no g_patent row; null to skip counting. */
  orphans: Map<ChildTable, OrphanCount> | null,
): AsyncGenerator<JoinedRow> {
  const cursors: Cursors = {};
  for (const name of [...CHILD_TABLES, 'cited_by'] as const) {
    const file = files[name];
    if (file !== undefined) cursors[name] = new GroupCursor(await connect(), file);
  }
  const patents = new GroupCursor(await connect(), files.g_patent!);
  const take = async (name: keyof Cursors, id: string | null): Promise<SortedRow[] | null> => {
    const cursor = cursors[name];
    if (cursor === undefined) return null;
    return id === null ? [] : cursor.take(id);
  };
  for await (const patent of patents.all()) {
    const id = patent.patent_id;
    const application = await take('g_application', id);
    const abstract = await take('g_patent_abstract', id);
    const cited = await take('cited_by', id);
    yield {
      ...(patent as unknown as Pick<JoinedRow, 'pv_row' | 'patent_id' | 'patent_type' | 'patent_date'>),
      patent_title: str(patent.patent_title),
      wipo_kind: str(patent.wipo_kind),
      num_claims: str(patent.num_claims),
      application_id: str(application?.[0]?.application_id),
      filing_date: str(application?.[0]?.filing_date),
      patent_abstract: str(patent.patent_abstract) ?? str(abstract?.[0]?.patent_abstract),
      cpc: items<CpcItem>(await take('g_cpc_current', id)),
      ipc: items<IpcItem>(await take('g_ipc_at_issue', id)),
      assignees: items<AssigneeItem>(await take('g_assignee_disambiguated', id)),
      inventors: items<InventorItem>(await take('g_inventor_disambiguated', id)),
      citations: items<CitationItem>(await take('g_us_patent_citation', id)),
      cited_by: cited === null ? null : (str(cited[0]?.n) ?? '0'),
    };
  }
  if (orphans === null) return;
  for (const name of CHILD_TABLES) {
    const cursor = cursors[name];
    if (cursor === undefined) continue;
    await cursor.drain();
    if (cursor.orphans.rows > 0) orphans.set(name, cursor.orphans);
  }
}

/** The sorted files' columns are named like the item fields (see sorted-table-sql.ts). */
function items<T>(rows: SortedRow[] | null): T[] | null {
  return rows as unknown as T[] | null;
}

function str(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
