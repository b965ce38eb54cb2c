// DuckDB here is a join engine for the PatentsView source tables, not the Patlas store: this is the
// one place outside src/store that imports it. The tables have tens of millions of rows, so sorting
// and spilling happen in DuckDB and only finished records reach JS.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export interface JoinEngineOptions {
  /** Where DuckDB spills and the sorted tables go; a fresh directory under the OS temp dir if not given. */
  tempDirectory?: string;
  /** DuckDB memory limit, e.g. `4GB`; DuckDB's default (80 % of RAM) when not given. */
  memoryLimit?: string;
  threads?: number;
}

export interface JoinEngine {
  connection: DuckDBConnection;
  /** Another connection to the same database (one per concurrently streamed result). */
  connect(): Promise<DuckDBConnection>;
  /** A directory of this engine's own, removed on close. */
  workDirectory: string;
  close(): Promise<void>;
}

/** An in-memory DuckDB with extension downloads switched off and a spill directory. */
export async function openJoinEngine(options: JoinEngineOptions = {}): Promise<JoinEngine> {
  const base = options.tempDirectory ?? tmpdir();
  await mkdir(base, { recursive: true });
  const workDirectory = await mkdtemp(join(base, 'patlas-pv-'));
  const config: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    temp_directory: join(workDirectory, 'spill'),
  };
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  if (options.threads) config.threads = String(options.threads);
  const instance = await DuckDBInstance.create(':memory:', config);
  const connections: DuckDBConnection[] = [await instance.connect()];
  return {
    connection: connections[0]!,
    async connect() {
      const connection = await instance.connect();
      connections.push(connection);
      return connection;
    },
    workDirectory,
    async close() {
      for (const connection of connections) connection.closeSync();
      instance.closeSync();
      await rm(workDirectory, { recursive: true, force: true });
    },
  };
}
