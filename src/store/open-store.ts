import { existsSync } from 'node:fs';
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { PatlasError } from '../domain/patlas-error.js';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';

export type SqlParams = DuckDBValue[];
export type Row = Record<string, unknown>;

/** An open Patlas store: one DuckDB file (or `:memory:` in tests) with the Patlas schema. */
export class Store {
  constructor(
    readonly path: string,
    readonly connection: DuckDBConnection,
    private readonly instance: DuckDBInstance,
    /** False for a store from `connect()`: it closes its connection, not the database it shares. */
    private readonly ownsInstance = true,
  ) {}

  /**
   * Another connection to the same open database, for work side by side (each connection has its own temporary
   * tables). One database opened twice in one process crashed DuckDB under concurrent queries; connections of
   * one instance are what DuckDB supports. Close it before the store it came from.
   */
  async connect(): Promise<Store> {
    return new Store(this.path, await this.instance.connect(), this.instance, false);
  }

  /** Run a statement; store errors are re-thrown with the SQL and the original error as `cause`. */
  async run(sql: string, params: SqlParams = []): Promise<void> {
    try {
      await this.connection.run(sql, params);
    } catch (error) {
      throw storeError(sql, error);
    }
  }

  /** Rows as plain objects, BIGINT converted to number. */
  async all<T extends Row = Row>(sql: string, params: SqlParams = []): Promise<T[]> {
    try {
      const reader = await this.connection.runAndReadAll(sql, params);
      return reader.getRowObjectsJS().map(plainNumbers) as T[];
    } catch (error) {
      throw storeError(sql, error);
    }
  }

  async one<T extends Row = Row>(sql: string, params: SqlParams = []): Promise<T | null> {
    return (await this.all<T>(sql, params))[0] ?? null;
  }

  close(): void {
    this.connection.closeSync();
    if (this.ownsInstance) this.instance.closeSync();
  }
}

export interface OpenStoreOptions {
  readOnly?: boolean;
  /** Create the file when missing (ingest does; info/show/export refuse a missing store). */
  create?: boolean;
}

/** Open (and if asked create) a store; a lock held by another process becomes a clear `store-locked` error. */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (path !== ':memory:' && !options.create && !existsSync(path)) {
    throw new PatlasError('file-not-found', `${path}: no such store`, {
      hint: 'create it with `patlas ingest <files> --db <file>` first',
    });
  }
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      // Bounded memory: an ingest's uncommitted rows spill to disk instead of growing with the input.
      memory_limit: process.env.PATLAS_MEMORY_LIMIT ?? '512MB',
      preserve_insertion_order: 'false',
      ...(options.readOnly ? { access_mode: 'READ_ONLY' } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/lock/i.test(message)) {
      throw new PatlasError('store-locked', `${path}: the store is in use by another process`, {
        hint: 'wait for the other patlas command to finish, or use another --db file',
        cause: error,
      });
    }
    throw new PatlasError('store-error', `${path}: cannot open the store: ${message}`, { cause: error });
  }
  const store = new Store(path, await instance.connect(), instance);
  if (!options.readOnly) await ensureSchema(store);
  return store;
}

async function ensureSchema(store: Store): Promise<void> {
  await store.run(SCHEMA_SQL);
  const version = await store.one<{ value: string }>(
    `SELECT value FROM patlas_meta WHERE key = 'schema_version'`,
  );
  if (!version) {
    await store.run(`INSERT INTO patlas_meta VALUES ('schema_version', ?)`, [String(SCHEMA_VERSION)]);
  } else if (Number(version.value) !== SCHEMA_VERSION) {
    throw new PatlasError(
      'store-error',
      `${store.path}: store schema v${version.value}, this Patlas needs v${SCHEMA_VERSION}`,
    );
  }
}

/** Wrap a DuckDB error with its SQL; a full disk gets its own code. */
export function storeError(sql: string, error: unknown): PatlasError {
  const message = error instanceof Error ? error.message : String(error);
  const short = sql.replace(/\s+/g, ' ').trim().slice(0, 160);
  if (/no space left|disk is full|ENOSPC|could not write/i.test(message)) {
    return new PatlasError('disk-full', `the disk is full: ${message}`, {
      hint: 'free some space or put --db on another disk; the store was left as it was before',
      cause: error,
    });
  }
  return new PatlasError('store-error', `${message}\n  while running: ${short}`, { cause: error });
}

/** BIGINT arrives as `bigint`; counts and offsets here stay far below 2^53, so they become numbers. */
function plainNumbers(row: Record<string, unknown>): Row {
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (typeof value === 'bigint') row[key] = Number(value);
  }
  return row;
}
