import type { Command } from 'commander';
import { type ClassifyResult, classifyStore } from '../../classify/taxonomy/classify-store.js';
import { resolveTaxonomy } from '../../classify/taxonomy/resolve-taxonomy.js';
import type { TaxonomyFile } from '../../classify/taxonomy/taxonomy-schema.js';
import { openStore } from '../../store/open-store.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatCount, formatShare } from '../format-number.js';
import { createCountProgressBar } from '../progress-bar.js';
import { PATLAS_VERSION } from '../version.js';

export interface ClassifyOptions {
  db: string;
  taxonomy: string;
  json?: boolean;
}

/** `patlas classify`: the command itself; the learned-model subcommands are added to it by the caller. */
export function registerClassify(program: Command, setExit: (code: ExitCode) => void): Command {
  return program
    .command('classify')
    .description(
      'put every publication in the categories of a taxonomy and store the labels with their rules',
    )
    .requiredOption('--db <file>', 'the store')
    .option(
      '--taxonomy <name-or-file>',
      'wipo2019, techstack, aipd, cnipa-sei, or a taxonomy file (docs/taxonomy-format.md)',
      'wipo2019',
    )
    .option('--json', 'print JSON')
    .action(async (options: ClassifyOptions) => {
      setExit(await runClassifyCommand(options));
    });
}

export async function runClassifyCommand(options: ClassifyOptions): Promise<ExitCode> {
  // The taxonomy is checked before the store is touched: a bad file stores nothing.
  const source = resolveTaxonomy(options.taxonomy);
  const store = await openStore(options.db);
  try {
    const started = Date.now();
    const bar = createCountProgressBar(!options.json && process.stderr.isTTY === true, 'publications');
    let result: ClassifyResult;
    try {
      result = await classifyStore(store, source, PATLAS_VERSION, bar.update);
    } finally {
      bar.stop();
    }
    const seconds = (Date.now() - started) / 1000;
    if (options.json) {
      const { taxonomy, version, publications, labelled, withoutTextOrCodes, categories, rules } = result;
      const json = {
        taxonomy,
        version,
        publications,
        labelled,
        withoutTextOrCodes,
        categories,
        rules,
        seconds,
      };
      process.stdout.write(`${JSON.stringify(json)}\n`);
    } else {
      process.stdout.write(classifyText(result, source.taxonomy, source.file, seconds));
    }
    return EXIT.ok;
  } finally {
    store.close();
  }
}

export function classifyText(
  result: ClassifyResult,
  taxonomy: TaxonomyFile,
  file: string,
  seconds: number,
): string {
  if (result.publications === 0) {
    return 'The store holds no publications: nothing to classify (ingest files with `patlas ingest` first).\n';
  }
  const share = (n: number) => formatShare(n / result.publications).padStart(6);
  const names = new Map(taxonomy.categories.map((c) => [c.id, c.name]));
  const depth = (id: string): number => {
    const parent = taxonomy.categories.find((c) => c.id === id)?.parent;
    return parent ? depth(parent) + 1 : 1;
  };
  const label = (id: string, indent: number, name: { en: string; zh: string }) =>
    `${'  '.repeat(indent)}${id} (${name.en} / ${name.zh})`;
  const rows = [
    { id: taxonomy.root.id, text: label(taxonomy.root.id, 0, taxonomy.root.name) },
    ...taxonomy.categories.map((c) => ({
      id: c.id,
      text: label(c.id, depth(c.id), names.get(c.id) ?? c.name),
    })),
  ];
  // Chinese characters take two columns in a terminal.
  const width = (text: string) => text.length + (text.match(/[\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0);
  const column = Math.max(...rows.map((r) => width(r.text))) + 2;
  const pad = (text: string) => text + ' '.repeat(Math.max(0, column - width(text)));
  const line = (row: { id: string; text: string }) =>
    `${pad(row.text)}${formatCount(result.categories[row.id] ?? 0).padStart(9)} ${share(result.categories[row.id] ?? 0)}`;
  const ruleColumn = Math.max(...result.rules.map((r) => r.categoryId.length)) + 2;
  const lines = [
    `Classified ${formatCount(result.publications)} publications with ${taxonomy.id} ${taxonomy.version} ` +
      `(${taxonomy.name.en}${taxonomy.partial ? ', PARTIAL' : ''}) in ${seconds.toFixed(1)} s; labels stored.`,
    `Definition: ${file}`,
    'Unit: publication; whole counting (a publication counts once in every category it has); ' +
      `texts: ${taxonomy.fields.join(', ')} (claims = the first claim); codes: all IPC and CPC symbols.`,
    `Labelled (at least one label): ${formatCount(result.labelled)} (${share(result.labelled).trim()} of publications)`,
    ...(result.withoutTextOrCodes > 0
      ? [
          `Without any text or IPC/CPC symbol (no rule can see them): ${formatCount(result.withoutTextOrCodes)} ` +
            `(${share(result.withoutTextOrCodes).trim()}); the shares below are of all publications.`,
        ]
      : []),
    '',
    `${pad('category')}${'pubs'.padStart(9)} ${'share'.padStart(6)}`,
    ...rows.map(line),
    '',
    'Publications labelled by each rule:',
    ...result.rules
      .filter((r) => r.method !== 'child')
      .map(
        (r) =>
          `  ${r.categoryId.padEnd(ruleColumn)}${(r.ruleId ?? r.method).padEnd(40)} ${formatCount(r.publications).padStart(9)}`,
      ),
  ];
  return `${lines.join('\n')}\n`;
}
