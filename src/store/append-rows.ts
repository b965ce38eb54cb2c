import type { Store } from './open-store.js';
import { storeError } from './open-store.js';

export type AppendCell = string | number | null;

/** Append rows to a table through a DuckDB appender (columns in table order; numbers as DOUBLE). */
export async function appendRows(
  store: Store,
  table: string,
  rows: Iterable<readonly AppendCell[]>,
): Promise<void> {
  const appender = await store.connection.createAppender(table);
  try {
    for (const row of rows) {
      for (const cell of row) {
        if (cell === null) appender.appendNull();
        else if (typeof cell === 'number') appender.appendDouble(cell);
        else appender.appendVarchar(cell);
      }
      appender.endRow();
    }
    appender.closeSync();
  } catch (error) {
    throw storeError(`append to ${table}`, error);
  }
}
