import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runCli } from './run-cli.js';

export const DRONES = join(REPO_ROOT, 'data/demo/lens-drones-families-2016.csv.gz');
export const HOSTILE = join(REPO_ROOT, 'test/fixtures/hostile/lens-hostile-names.csv');

/**
 * A store file for the API and dashboard tests, made as a user would: the Lens drones export and the hostile-names
 * fixture ingested, then classified with the techstack taxonomy and
 * given its text index (for search and match).
 */
export async function makeServeStore(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'patlas-serve-')), 'serve.duckdb');
  for (const args of [
    ['ingest', DRONES, HOSTILE, '--db', db, '--json'],
    ['classify', '--db', db, '--taxonomy', 'techstack', '--json'],
    ['index', '--db', db],
  ]) {
    const result = await runCli(args);
    // Exit 1 at ingest: the four Indian numbers of the drones export Patlas cannot spell are rejected.
    if (result.code !== 0 && !(args[0] === 'ingest' && result.code === 1))
      throw new Error(`patlas ${args[0]} failed: ${result.stderr}`);
  }
  return db;
}
