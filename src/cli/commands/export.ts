import type { Command } from 'commander';
import { PatlasError } from '../../domain/patlas-error.js';
import { type ExportFormat, exportTables } from '../../store/export-tables.js';
import { openStore } from '../../store/open-store.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatCount } from '../format-number.js';

export function registerExport(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('export')
    .description('write every table of the store as Parquet or CSV files')
    .requiredOption('--db <file>', 'the store')
    .requiredOption('--out <dir>', 'the folder to write to (created when missing)')
    .option('--format <format>', 'parquet or csv', 'parquet')
    .option('--json', 'print JSON')
    .action(async (options: { db: string; out: string; format: string; json?: boolean }) => {
      if (options.format !== 'parquet' && options.format !== 'csv') {
        throw new PatlasError('usage', `--format takes parquet or csv, not "${options.format}"`);
      }
      const store = await openStore(options.db, { readOnly: true });
      try {
        const written = await exportTables(store, options.out, options.format as ExportFormat);
        if (options.json) process.stdout.write(`${JSON.stringify({ tables: written })}\n`);
        else for (const w of written) process.stdout.write(`${w.file}  ${formatCount(w.rows)} rows\n`);
        setExit(EXIT.ok);
      } finally {
        store.close();
      }
    });
}
