import { openStore, type Store } from '../../src/store/open-store.js';

/** Run `fn` against a fresh in-memory store, closed afterwards. */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(':memory:', { create: true });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
