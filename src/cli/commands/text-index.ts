import type { Command } from 'commander';
import { PatlasError } from '../../domain/patlas-error.js';
import { buildTextIndex } from '../../search/index/build-text-index.js';
import { openStore } from '../../store/open-store.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatCount } from '../format-number.js';
import { createCountProgressBar } from '../progress-bar.js';
import { PATLAS_VERSION } from '../version.js';

interface IndexOptions {
  db?: string;
  json?: boolean;
}

export function registerTextIndex(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('index')
    .description(
      'build the full-text index (BM25 over titles, abstracts and first claims) that `patlas match` searches',
    )
    .option('--db <file>', 'the store')
    .option('--json', 'print the summary as JSON')
    .action(async (options: IndexOptions) => {
      setExit(await runTextIndexCommand(options));
    });
}

export async function runTextIndexCommand(options: IndexOptions): Promise<ExitCode> {
  if (!options.db) throw new PatlasError('usage', "required option '--db <file>' not specified");
  const store = await openStore(options.db);
  const bar = createCountProgressBar(!options.json && process.stderr.isTTY === true, 'publications');
  try {
    const summary = await buildTextIndex(store, PATLAS_VERSION, bar.update);
    bar.stop();
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      process.stdout.write(
        `indexed ${formatCount(summary.documents)} of ${formatCount(summary.publications)} publications ` +
          `(${formatCount(summary.publications - summary.withText)} have no title, abstract or first claim): ` +
          `${formatCount(summary.terms)} terms, ` +
          `${formatCount(summary.postings)} postings, in ${summary.seconds.toFixed(1)} s\n`,
      );
    }
    return EXIT.ok;
  } finally {
    bar.stop();
    store.close();
  }
}
