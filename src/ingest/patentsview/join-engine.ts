// DuckDB here is a join engine for the PatentsView source tables, not the Patlas store: this is the
// one place outside src/store that imports it. The tables have tens of millions of rows, so the
// per-patent aggregation runs in DuckDB (spilling to disk) and only finished records reach JS.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export interface JoinEngineOptions {
  /** Where DuckDB spills intermediate results; a fresh temporary directory when not given. */
  tempDirectory?: string;
  /** DuckDB memory limit, e.g. `4GB`; DuckDB's default (80 % of RAM) when not given. */
  memoryLimit?: string;
  threads?: number;
}

export interface JoinEngine {
  connection: DuckDBConnection;
  close(): Promise<void>;
}

/** An in-memory DuckDB with extension downloads switched off and a spill directory. */
export async function openJoinEngine(options: JoinEngineOptions = {}): Promise<JoinEngine> {
  const ownTemp = options.tempDirectory === undefined;
  const tempDirectory = options.tempDirectory ?? (await mkdtemp(join(tmpdir(), 'patlas-pv-')));
  const config: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    temp_directory: tempDirectory,
  };
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  if (options.threads) config.threads = String(options.threads);
  const instance = await DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  return {
    connection,
    async close() {
      connection.closeSync();
      instance.closeSync();
      if (ownTemp) await rm(tempDirectory, { recursive: true, force: true });
    },
  };
}
