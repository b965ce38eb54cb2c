import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { loadColumnMapping } from '../../ingest/mapped/index.js';
import { type IngestSummary, ingestIntoStore } from '../../store/ingest-into-store.js';
import { openStore } from '../../store/open-store.js';
import { DERIVE_AFTER_INGEST } from '../derive-after-ingest.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatBytes, formatCount } from '../format-number.js';
import { createProgressBar } from '../progress-bar.js';
import { PATLAS_VERSION } from '../version.js';
import { defaultRejectsFile, parseWorkers } from './options.js';

export interface IngestOptions {
  db: string;
  json?: boolean;
  workers?: string;
  rejects?: string;
  mapping?: string[];
}

export function registerIngest(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('ingest')
    .description(
      'read patent files (USPTO/EPO XML, Lens, PATENTSCOPE, Google, PatentsView, CSET, istat, mapped CSV/XLSX) into a store',
    )
    .argument('<paths...>', 'files, directories or globs; .zip and .gz are opened')
    .requiredOption('--db <file>', 'the store (a DuckDB file; created when missing)')
    .option('--json', 'print one JSON object instead of the text summary')
    .option(
      '--workers <n>',
      'worker threads for XML parsing (0 = none)',
      String(Math.min(2, availableParallelism())),
    )
    .option('--rejects <file>', 'where to write rejected records and warnings (JSON lines)')
    .option(
      '--mapping <files...>',
      'column mapping files for exports Patlas does not know (docs/column-mapping.md)',
    )
    .action(async (paths: string[], options: IngestOptions) => {
      setExit((await runIngestCommand(paths, options)).code);
    });
}

export async function runIngestCommand(
  paths: string[],
  options: IngestOptions,
): Promise<{ code: ExitCode; summary: IngestSummary }> {
  // Mappings are loaded (and validated) before the store is touched: a bad mapping is a usage error.
  const mappings = await Promise.all((options.mapping ?? []).map((path) => loadColumnMapping(path)));
  const store = await openStore(options.db, { create: true });
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = createProgressBar(!options.json && process.stderr.isTTY === true);
  try {
    const summary = await ingestIntoStore(store, {
      paths,
      workers: parseWorkers(options.workers),
      rejectsFile: options.rejects ?? defaultRejectsFile(options.db),
      mappings,
      derive: DERIVE_AFTER_INGEST,
      arguments: ['ingest', ...paths].join(' '),
      patlasVersion: PATLAS_VERSION,
      onProgress: progress.update,
      signal: controller.signal,
    });
    progress.stop();
    if (options.json) process.stdout.write(`${JSON.stringify(jsonSummary(summary))}\n`);
    else process.stdout.write(textSummary(summary, options.db));
    return { code: summary.rejected > 0 || summary.failedFiles > 0 ? EXIT.problems : EXIT.ok, summary };
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    store.close();
  }
}

function jsonSummary(s: IngestSummary) {
  return {
    files: s.files,
    documents: s.documents,
    inserted: s.inserted,
    replaced: s.replaced,
    unchanged: s.unchanged,
    rejected: s.rejected,
    rejectsFile: s.rejectsFile,
    seconds: s.seconds,
    failedFiles: s.failedFiles,
    warnings: s.warnings,
    bytes: s.bytes,
    runId: s.runId,
  };
}

function textSummary(s: IngestSummary, db: string): string {
  const rate = s.seconds > 0 ? `, ${formatBytes(s.bytes / s.seconds)}/s` : '';
  const lines = [
    `Read ${formatCount(s.documents)} documents from ${formatCount(s.files)} files (${formatBytes(s.bytes)} in ${s.seconds} s${rate}) into ${db}:`,
    `  inserted ${formatCount(s.inserted)}, replaced ${formatCount(s.replaced)}, unchanged ${formatCount(s.unchanged)}, rejected ${formatCount(s.rejected)}`,
  ];
  if (s.warnings > 0)
    lines.push(`  ${formatCount(s.warnings)} field warnings (value set to empty, record kept)`);
  if (s.failedFiles > 0) lines.push(`  ${formatCount(s.failedFiles)} files could not be read`);
  if (s.rejectsFile)
    lines.push(`  every reject and warning, with file, position and reason: ${s.rejectsFile}`);
  return `${lines.join('\n')}\n`;
}
