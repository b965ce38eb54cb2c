import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { classifyStore } from '../../classify/taxonomy/classify-store.js';
import { resolveTaxonomy, shippedTaxonomyNames } from '../../classify/taxonomy/resolve-taxonomy.js';
import { chromiumAvailable } from '../../report/pdf/write-report-pdf.js';
import { openStore } from '../../store/open-store.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatCount } from '../format-number.js';
import { PATLAS_VERSION } from '../version.js';
import { runEffectsCommand } from './effects.js';
import { runInfoCommand } from './info.js';
import { runIngestCommand } from './ingest.js';
import { runReportCommand } from './report.js';
import { runTextIndexCommand } from './text-index.js';

/** The bundled real sample (see data/demo/SOURCES.md). */
export const DEMO_DATA_DIR = fileURLToPath(new URL('../../../data/demo/', import.meta.url));

export function registerDemo(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('demo')
    .description(
      'build a store from the bundled real sample, classify and index it, and write the report in Chinese and English',
    )
    .option('--out <dir>', 'where to write the demo store', 'out/demo')
    .option('--json', 'print JSON')
    .action(async (options: { out: string; json?: boolean }) => {
      mkdirSync(options.out, { recursive: true });
      const db = resolve(options.out, 'patlas-demo.duckdb');
      rmSync(db, { force: true });
      rmSync(`${db}.wal`, { force: true });
      const json = options.json === true;
      const { summary } = await runIngestCommand([DEMO_DATA_DIR], { db, json });
      if (!json && summary.rejected > 0) {
        process.stdout.write(
          `  (the ${summary.rejected.toLocaleString('en-US')} rejected records are real defects of the bundled sources, e.g. CSET numbers a spreadsheet turned into 1.02E+11; data/demo/SOURCES.md)\n`,
        );
      }
      await classifyDemo(db, json);
      if (!json) process.stdout.write('\n');
      await runEffectsCommand({ db, json });
      if (!json) process.stdout.write('\n');
      await runTextIndexCommand({ db, json });
      if (!json) process.stdout.write('\n');
      await runInfoCommand({ db, json });
      if (!json) process.stdout.write('\n');
      const reportDir = resolve(options.out, 'report');
      const pdf = chromiumAvailable();
      if (!json && !pdf) {
        process.stdout.write(
          'No chromium at /usr/bin/chromium: the report is written as HTML and XLSX, without PDF.\n',
        );
      }
      await runReportCommand({ db, out: reportDir, lang: 'both', pdf, xlsx: true, json });
      if (!json) {
        process.stdout.write(
          `\nThe demo store is ${db}; the report is ${resolve(reportDir, 'report.zh.html')} (中文) and ` +
            `${resolve(reportDir, 'report.en.html')} (English)${pdf ? ', with PDF and XLSX beside them' : ', with XLSX beside them'}.\n` +
            `Next: \`patlas show EP3782854A1 --db ${db}\`, \`patlas match --db ${db} "自动驾驶 障碍物 检测"\`, ` +
            `\`patlas serve --db ${db}\`\n`,
        );
      }
      // Rejected records of the bundled data are real defects of those sources (listed in the rejects file):
      // the demo still succeeded. A file that could not be read at all makes it fail.
      setExit(summary.failedFiles > 0 ? EXIT.problems : EXIT.ok);
    });
}

/** Label the demo store with every shipped taxonomy (one line each; `patlas classify` prints the details). */
async function classifyDemo(db: string, json: boolean): Promise<void> {
  const store = await openStore(db);
  try {
    for (const name of shippedTaxonomyNames()) {
      const source = resolveTaxonomy(name);
      const result = await classifyStore(store, source, PATLAS_VERSION);
      if (!json) {
        process.stdout.write(
          `Classified with ${result.taxonomy} ${result.version}: ${formatCount(result.labelled)} publications labelled ` +
            `(details: patlas classify --taxonomy ${name} --db ${db})\n`,
        );
      }
    }
  } finally {
    store.close();
  }
}
