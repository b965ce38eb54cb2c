import type { Command } from 'commander';
import { loadApplicantGroups } from '../../harmonize/applicants/applicant-groups.js';
import { openStore } from '../../store/open-store.js';
import { refreshDerivedTables } from '../derive-after-ingest.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatCount, formatShare } from '../format-number.js';

interface RefreshOptions {
  db: string;
  groups?: string;
  json?: boolean;
}

export function registerRefresh(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('refresh')
    .description(
      'rebuild the derived tables (WIPO fields, harmonised applicants, places, origins), e.g. after editing the applicant groups file',
    )
    .requiredOption('--db <file>', 'the store')
    .option('--groups <file>', 'applicant groups (alias) file', undefined)
    .option('--json', 'print JSON')
    .action(async (options: RefreshOptions) => {
      setExit(await runRefreshCommand(options));
    });
}

export async function runRefreshCommand(options: RefreshOptions): Promise<ExitCode> {
  // The groups file is checked before the store is touched: a bad file is a usage error.
  const groups = loadApplicantGroups(options.groups);
  const store = await openStore(options.db);
  const started = Date.now();
  try {
    await store.run('BEGIN TRANSACTION');
    const { fields, applicants, places, origins } = await refreshDerivedTables(store, groups);
    await store.run('COMMIT');
    const seconds = (Date.now() - started) / 1000;
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ fields, applicants, places, origins, seconds })}\n`);
      return EXIT.ok;
    }
    const lines = [
      `Rebuilt the derived tables of ${options.db} in ${seconds.toFixed(1)} s:`,
      `  technology_fields: ${formatCount(fields.publications)} publications with a WIPO field`,
      `  applicant_names: ${formatCount(applicants.names)} distinct applicant names, ${formatCount(applicants.grouped)} in a corporate group (${applicants.groupsFile})`,
      `  places: ${formatCount(places.places)} distinct party places, ${formatCount(places.withCountry)} with a country (${formatShare(places.places ? places.withCountry / places.places : 0)}), ${formatCount(places.geocoded)} geocoded, ${formatCount(places.chinese)} with a Chinese province`,
      `  publication_origins: ${Object.entries(origins.byBasis)
        .map(([basis, n]) => `${formatCount(n)} by ${basis}`)
        .join(', ')}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } catch (error) {
    await store.run('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    store.close();
  }
}
