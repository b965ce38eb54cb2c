import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import type { OrphanCount } from './group-cursor.js';
import { type JoinEngineOptions, openJoinEngine } from './join-engine.js';
import { mergeTables } from './merge-tables.js';
import { orphanRejects } from './orphan-rejects.js';
import { identifyPatentsViewTable, PATENTSVIEW_TABLES, type PatentsViewTable } from './patentsview-tables.js';
import { readTsvHeader } from './read-tsv-header.js';
import { scanRejects } from './scan-rejects.js';
import { sortTables } from './sort-tables.js';
import type { ChildTable, TableSet } from './sorted-table-sql.js';
import { SAFE_COLUMN } from './table-scan.js';
import { joinedRowToItem } from './to-patent-record.js';

export interface PatentsViewReadOptions extends JoinEngineOptions {
  /** Report child-table rows whose patent_id has no g_patent row (reads them to the end). Default true. */
  checkOrphans?: boolean;
}

/**
 * Join PatentsView bulk tables into canonical records, one per g_patent row, in patent_id order.
 * Values are paths to plain `.tsv` or `.tsv.gz` files; g_patent is required, the others are optional.
 * Each table is first sorted by patent_id into a Parquet file in the temp directory (one at a time,
 * spilling as needed), then the sorted files are merged a chunk at a time: memory stays bounded
 * whatever the table sizes, and the temp directory needs room for a compressed copy of the tables.
 * @example readPatentsViewTables({ g_patent: 'g_patent.tsv', g_cpc_current: 'g_cpc_current.tsv.gz' })
 */
export async function* readPatentsViewTables(
  tables: Partial<Record<PatentsViewTable, string>>,
  options: PatentsViewReadOptions = {},
): AsyncIterable<ReadItem> {
  const resolved = await resolveTables(tables);
  const engine = await openJoinEngine(options);
  const failed = joinFailed(Object.values(tables).join(', '));
  try {
    const files = await sortTables(engine.connection, resolved, engine.workDirectory).catch(failed);
    const patentFile = resolved.g_patent!.path;
    const context = { hasCitations: resolved.g_us_patent_citation !== undefined };
    const orphans = options.checkOrphans === false ? null : new Map<ChildTable, OrphanCount>();
    const rows = mergeTables(engine.connect, files, orphans);
    while (true) {
      const next = await rows.next().catch(failed);
      if (next.done) break;
      yield joinedRowToItem(next.value, patentFile, context);
    }
    if (orphans !== null) yield* orphanRejects(orphans, resolved);
    yield* await scanRejects(engine.connection).catch(failed);
  } finally {
    await engine.close();
  }
}

async function resolveTables(tables: Partial<Record<PatentsViewTable, string>>): Promise<TableSet> {
  if (!tables.g_patent) {
    throw new PatlasError('usage', 'PatentsView: the g_patent table is required', {
      hint: 'Give the path of g_patent.tsv (unzipped) together with the other tables.',
    });
  }
  const resolved: TableSet = {};
  for (const table of PATENTSVIEW_TABLES) {
    const path = tables[table];
    if (path === undefined) continue;
    if (/\.zip$/i.test(path)) {
      throw new PatlasError('unreadable-file', `${path}: zip archives are not read directly`, {
        hint: 'Unzip the .tsv.zip (or recompress it as .tsv.gz) and give the .tsv path.',
      });
    }
    const columns = await readTsvHeader(path);
    const found = identifyPatentsViewTable(columns);
    if (found !== table) {
      throw new PatlasError(
        'unknown-format',
        `${path}: the header is not that of PatentsView ${table}` +
          (found ? ` (it looks like ${found})` : '') +
          `: ${columns.slice(0, 8).join(', ')}`,
      );
    }
    const bad = columns.find((c) => !SAFE_COLUMN.test(c));
    if (bad !== undefined || new Set(columns).size !== columns.length) {
      throw new PatlasError('unknown-format', `${path}: unexpected column name "${bad ?? 'duplicate'}"`);
    }
    resolved[table] = { table, path, columns };
  }
  return resolved;
}

function joinFailed(files: string): (cause: unknown) => never {
  return (cause) => {
    const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new PatlasError('unreadable-file', `PatentsView tables ${files}: ${message}`, { cause });
  };
}
