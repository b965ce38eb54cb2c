import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { openStorePool } from './store-pool.js';

describe('StorePool', () => {
  it('gives connections of one database: side by side, each with its own temporary tables', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'patlas-pool-')), 'pool.duckdb');
    (await openStore(path, { create: true })).close();
    const pool = await openStorePool(path, 2);
    try {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // The first lease holds its store; the second runs meanwhile on the other connection.
      const first = pool.use(async (store) => {
        await store.run('CREATE TEMP TABLE mine AS SELECT 1 AS x');
        await held;
        return store.one<{ n: number }>('SELECT count(*) AS n FROM mine');
      });
      const second = await pool.use(async (store) =>
        store.all("SELECT table_name FROM duckdb_tables() WHERE table_name = 'mine'"),
      );
      expect(second).toEqual([]);
      release();
      expect(Number((await first)?.n)).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('closes while a statement is running: interrupts it, waits for its store, then closes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'patlas-pool-')), 'pool.duckdb');
    (await openStore(path, { create: true })).close();
    const pool = await openStorePool(path, 2);
    // A statement that would run for minutes.
    const slow = pool.use((store) => store.all('SELECT count(*) AS n FROM range(100000000000) a'));
    const outcome = slow.then(
      () => 'finished',
      (error: unknown) => String(error),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Without the interrupt this waits for the statement (minutes): the test's timeout fails it.
    await pool.close();
    expect(await outcome).toMatch(/interrupt/i);
  });
});
