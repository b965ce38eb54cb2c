import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { runInfoCommand } from './info.js';
import { runIngestCommand } from './ingest.js';

/** The bundled real sample (see data/demo/SOURCES.md). */
export const DEMO_DATA_DIR = fileURLToPath(new URL('../../../data/demo/', import.meta.url));

export function registerDemo(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('demo')
    .description('build a store from the bundled real sample and show what it holds')
    .option('--out <dir>', 'where to write the demo store', 'out/demo')
    .option('--json', 'print JSON')
    .action(async (options: { out: string; json?: boolean }) => {
      mkdirSync(options.out, { recursive: true });
      const db = resolve(options.out, 'patlas-demo.duckdb');
      rmSync(db, { force: true });
      rmSync(`${db}.wal`, { force: true });
      const json = options.json === true;
      const ingested = await runIngestCommand([DEMO_DATA_DIR], { db, json });
      if (!json) process.stdout.write('\n');
      await runInfoCommand({ db, json });
      if (!json)
        process.stdout.write(`\nThe demo store is ${db}: try \`patlas show EP3782854A1 --db ${db}\`\n`);
      setExit(ingested === EXIT.ok ? EXIT.ok : ingested);
    });
}
