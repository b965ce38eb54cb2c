import { openStore, type Store } from '../store/open-store.js';

/**
 * Read-only stores a server shares between requests. DuckDB runs one statement at a time per connection and an
 * indicator scope keeps temporary tables on its connection, so each request leases one store for its whole work;
 * with several stores a quick request (a patent's detail) need not wait behind a slow indicator.
 */
export class StorePool {
  private readonly idle: Store[];
  private readonly waiting: ((store: Store) => void)[] = [];
  private readonly busy = new Set<Store>();
  private readonly drained: (() => void)[] = [];

  constructor(private readonly stores: readonly Store[]) {
    if (stores.length === 0) throw new Error('a store pool needs at least one store');
    this.idle = [...stores];
  }

  get size(): number {
    return this.stores.length;
  }

  /** Run `work` with a store no other request is using; waits (first come, first served) when all are busy. */
  async use<T>(work: (store: Store) => Promise<T>): Promise<T> {
    const store = this.idle.pop() ?? (await new Promise<Store>((resolve) => this.waiting.push(resolve)));
    this.busy.add(store);
    try {
      return await work(store);
    } finally {
      this.busy.delete(store);
      const next = this.waiting.shift();
      if (next) next(store);
      else this.idle.push(store);
      if (this.busy.size === 0) for (const done of this.drained.splice(0)) done();
    }
  }

  /**
   * Interrupt the statements still running (a background warm-up, a slow indicator), wait until every store is
   * back, then close them: closing a DuckDB instance under a running query can hang the process.
   */
  async close(): Promise<void> {
    for (const store of this.busy) store.connection.interrupt();
    if (this.busy.size > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
    for (const store of this.stores) store.close();
  }
}

/**
 * `size` connections to one read-only database: the first store owns the DuckDB instance, the others are more
 * connections to it (one file opened as two instances in one process crashed under concurrent queries).
 */
export async function openStorePool(path: string, size: number): Promise<StorePool> {
  const first = await openStore(path, { readOnly: true });
  const stores: Store[] = [];
  try {
    for (let i = 1; i < size; i += 1) stores.push(await first.connect());
  } catch (error) {
    for (const store of stores) store.close();
    first.close();
    throw error;
  }
  // Closed in this order: the extra connections, then the store that owns the instance.
  return new StorePool([...stores, first]);
}
