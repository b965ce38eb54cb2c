import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { readInfo, type StoreInfo } from '../../store/read-info.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatCount, formatShare } from '../format-number.js';

export function registerInfo(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('info')
    .description('what the store holds: counts by office, year and source, and the coverage of every field')
    .requiredOption('--db <file>', 'the store')
    .option('--json', 'print JSON')
    .action(async (options: { db: string; json?: boolean }) => {
      setExit(await runInfoCommand(options));
    });
}

export async function runInfoCommand(options: { db: string; json?: boolean }): Promise<ExitCode> {
  const store = await openStore(options.db, { readOnly: true });
  try {
    const info = await readInfo(store);
    process.stdout.write(options.json ? `${JSON.stringify(info)}\n` : infoText(info, options.db));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

const COVERAGE_LABELS: Record<keyof StoreInfo['coverage'], string> = {
  title: 'title',
  abstract: 'abstract',
  claims: 'claims count',
  ipc: 'IPC',
  cpc: 'CPC',
  applicants: 'applicants',
  inventors: 'inventors',
  inventorCity: 'inventor city',
  citations: 'citations',
  priorityDate: 'priority date',
  familyId: 'family id',
  legalStatus: 'legal status',
  technologyField: 'WIPO field',
};

export function infoText(info: StoreInfo, db: string): string {
  const top = (counts: Record<string, number>, n: number) =>
    Object.entries(counts)
      .slice(0, n)
      .map(([k, v]) => `${k} ${formatCount(v)}`)
      .join(', ') + (Object.keys(counts).length > n ? `, … (${Object.keys(counts).length} in all)` : '');
  const years = (counts: Record<string, number>) => {
    // Years before 1990 are few in every real set: one bucket keeps the line readable.
    let early = 0;
    const parts: string[] = [];
    for (const [year, n] of Object.entries(counts)) {
      if (/^\d{4}$/.test(year) && Number(year) < 1990) early += n;
      else parts.push(`${year} ${formatCount(n)}`);
    }
    return [...(early ? [`before 1990 ${formatCount(early)}`] : []), ...parts].join(', ');
  };
  const lines = [
    `${db}: ${formatCount(info.publications)} publications (unit: publication = country + number + kind), ${formatCount(info.families)} simple families with a family id`,
    `Data cut-off: latest publication date ${info.latestPublicationDate ?? 'unknown'}`,
    '',
    `By publication office (count of publications): ${top(info.byCountry, 12)}`,
    `By publication year (publication date; the year where the source gives only a year): ${years(info.byYear)}`,
    `By earliest priority year (earliest priority date; the year where the source gives only a year): ${years(info.byPriorityYear)}`,
    `By source format: ${top(info.bySource, 20)}`,
    '',
    'Coverage (share of publications that carry the field):',
    ...Object.entries(info.coverage).map(
      ([k, v]) =>
        `  ${COVERAGE_LABELS[k as keyof StoreInfo['coverage']].padEnd(14)} ${formatShare(v).padStart(6)}`,
    ),
    '',
    ...labelLines(info),
    `Rejected records: ${formatCount(info.rejects)}; field warnings: ${formatCount(info.warnings)}; ingest runs: ${formatCount(info.ingestRuns)}`,
  ];
  return `${lines.join('\n')}\n`;
}

function labelLines(info: StoreInfo): string[] {
  if (info.labels.length === 0)
    return ['Labels: none yet (`patlas classify --taxonomy wipo2019|techstack|aipd|cnipa-sei|FILE`)', ''];
  const lines = ['Labels (publications with at least one label; top categories; whole counting):'];
  for (const set of info.labels) {
    const top = Object.entries(set.categories)
      .filter(([category]) => category !== set.root)
      .slice(0, 6)
      .map(([category, n]) => `${category} ${formatCount(n)}`)
      .join(', ');
    lines.push(
      `  ${set.taxonomy} ${set.version}${set.partial ? ' (partial)' : ''}: ${formatCount(set.labelled)} ` +
        `(${formatShare(info.publications ? set.labelled / info.publications : 0)})${top ? `; ${top}` : ''}`,
    );
  }
  return [...lines, ''];
}
