import type { Command } from 'commander';
import { PatlasError } from '../../domain/patlas-error.js';
import { parseIndicatorParams } from '../../indicators/indicator-params.js';
import { findIndicator, INDICATORS } from '../../indicators/registry.js';
import { runIndicators } from '../../indicators/run-indicator.js';
import { openStore } from '../../store/open-store.js';
import { requireTables } from '../../store/require-tables.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { indicatorText } from './indicator-text.js';

interface IndicatorsOptions {
  db?: string;
  taxonomy?: string;
  category?: string;
  from?: string;
  to?: string;
  country?: string;
  applicant?: string;
  dateBasis?: string;
  unit?: string;
  top?: string;
  cutoff?: string;
  includeIncomplete?: boolean;
  list?: boolean;
  json?: boolean;
}

export function registerIndicators(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('indicators')
    .argument('[ids...]', 'only these indicators (default: all; --list shows them)')
    .description(
      'compute landscape indicators, each with its definition (date basis, unit, counting, cut-off)',
    )
    .option('--db <file>', 'the store (required unless --list)')
    .option('--taxonomy <id>', 'only publications labelled by this taxonomy')
    .option('--category <id>', 'only this category of the taxonomy')
    .option('--from <year>', 'first year to include (of the date basis)')
    .option('--to <year>', 'last year to include')
    .option('--country <cc>', 'only units whose applicants come from this country (ISO code)')
    .option('--applicant <name>', 'only units of this harmonised applicant (group id or name)')
    .option('--date-basis <basis>', 'priority | application | publication year', 'priority')
    .option('--unit <unit>', 'family (each invention once) | publication', 'family')
    .option('--top <n>', 'rows in top-N lists', '20')
    .option('--cutoff <date>', 'data cut-off YYYY-MM-DD (default: latest publication date in the store)')
    .option('--include-incomplete', 'let growth rates use the years within the 18-month publication lag')
    .option('--list', 'list the indicators and exit')
    .option('--json', 'print one JSON document')
    .action(async (ids: string[], options: IndicatorsOptions) => {
      setExit(await runIndicatorsCommand(ids, options));
    });
}

export async function runIndicatorsCommand(ids: string[], options: IndicatorsOptions): Promise<ExitCode> {
  if (options.list) {
    const list = INDICATORS.map((i) => ({ id: i.id, title: i.spec.title }));
    process.stdout.write(
      options.json
        ? `${JSON.stringify(list)}\n`
        : `${list.map((i) => `${i.id.padEnd(24)} ${i.title.en} / ${i.title.zh}`).join('\n')}\n`,
    );
    return EXIT.ok;
  }
  if (!options.db) throw new PatlasError('usage', "required option '--db <file>' not specified");
  const indicators = ids.length ? ids.map(findIndicator) : INDICATORS;
  const params = parseIndicatorParams({
    taxonomy: options.taxonomy,
    category: options.category,
    from: options.from,
    to: options.to,
    country: options.country,
    applicant: options.applicant,
    dateBasis: options.dateBasis,
    unit: options.unit,
    top: options.top,
    cutoff: options.cutoff,
    includeIncomplete: options.includeIncomplete === true,
  });
  const store = await openStore(options.db, { readOnly: true });
  try {
    await requireTables(store, ['applicant_names', 'places', 'publication_origins']);
    const document = await runIndicators(store, indicators, params);
    if (options.json) process.stdout.write(`${JSON.stringify(document)}\n`);
    else process.stdout.write(Object.values(document.indicators).map(indicatorText).join('\n'));
    return EXIT.ok;
  } finally {
    store.close();
  }
}
