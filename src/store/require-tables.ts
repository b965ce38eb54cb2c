import { PatlasError } from '../domain/patlas-error.js';
import type { Store } from './open-store.js';

/** Stores written by an older Patlas lack newer derived tables: say how to add them instead of a SQL error. */
export async function requireTables(store: Store, tables: readonly string[]): Promise<void> {
  const present = new Set(
    (await store.all<{ name: string }>('SELECT table_name AS name FROM information_schema.tables')).map(
      (r) => r.name,
    ),
  );
  const missing = tables.filter((t) => !present.has(t));
  if (missing.length === 0) return;
  throw new PatlasError(
    'store-error',
    `${store.path}: the store has no ${missing.join(', ')} (made by an older Patlas)`,
    {
      hint: `add them with \`patlas refresh --db ${store.path}\``,
    },
  );
}
