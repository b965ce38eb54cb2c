import type { Command } from 'commander';
import { z } from 'zod';
import { PatlasError } from '../../domain/patlas-error.js';
import { parseIndicatorParams } from '../../indicators/indicator-params.js';
import { type ReportFiles, writeReport } from '../../report/write-report.js';
import { openStore } from '../../store/open-store.js';
import { requireTables } from '../../store/require-tables.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { PATLAS_VERSION } from '../version.js';

interface ReportOptions {
  db?: string;
  out?: string;
  lang: string;
  taxonomy?: string;
  category?: string;
  title?: string;
  from?: string;
  to?: string;
  country?: string;
  dateBasis?: string;
  unit?: string;
  top?: string;
  cutoff?: string;
  pdf?: boolean;
  xlsx?: boolean;
  json?: boolean;
}

const langsSchema = z.enum(['zh', 'en', 'both'], { error: '--lang must be zh, en or both' });

export function registerReport(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('report')
    .description('write the landscape report: one self-contained HTML file per language (and PDF, XLSX)')
    .option('--db <file>', 'the store')
    .option('--out <dir>', 'where to write report.<lang>.html (.pdf, .xlsx)')
    .option('--lang <lang>', 'zh | en | both', 'zh')
    .option(
      '--taxonomy <id>',
      'taxonomy of the scope and the tech-stack section (default: techstack if classified; "none": all)',
    )
    .option('--category <id>', 'only this category of the taxonomy')
    .option('--title <text>', 'the report title (default: "Patent landscape report" / "专利技术分析报告")')
    .option('--from <year>', 'first year to include (of the date basis)')
    .option('--to <year>', 'last year to include')
    .option('--country <cc>', 'only units whose applicants come from this country (ISO code)')
    .option('--date-basis <basis>', 'priority | application | publication year', 'priority')
    .option('--unit <unit>', 'family (each invention once) | publication', 'family')
    .option('--top <n>', 'rows in top-N lists', '20')
    .option('--cutoff <date>', 'data cut-off YYYY-MM-DD (default: latest publication date in the store)')
    .option('--pdf', 'also print report.<lang>.pdf (A4, through /usr/bin/chromium)')
    .option('--xlsx', 'also write report.<lang>.xlsx: every table as a sheet')
    .option('--json', 'print what was written as JSON')
    .action(async (options: ReportOptions) => {
      setExit(await runReportCommand(options));
    });
}

export async function runReportCommand(options: ReportOptions): Promise<ExitCode> {
  if (!options.db) throw new PatlasError('usage', "required option '--db <file>' not specified");
  if (!options.out) throw new PatlasError('usage', "required option '--out <dir>' not specified");
  const lang = langsSchema.safeParse(options.lang);
  if (!lang.success) throw new PatlasError('usage', `--lang must be zh, en or both, not "${options.lang}"`);
  const taxonomy = options.taxonomy === 'none' ? null : options.taxonomy;
  const params = parseIndicatorParams({
    taxonomy: taxonomy ?? undefined,
    category: options.category,
    from: options.from,
    to: options.to,
    country: options.country,
    dateBasis: options.dateBasis,
    unit: options.unit,
    top: options.top,
    cutoff: options.cutoff,
  });
  const store = await openStore(options.db, { readOnly: true });
  try {
    await requireTables(store, ['applicant_names', 'places', 'publication_origins']);
    const written = await writeReport(store, {
      outDir: options.out,
      langs: lang.data === 'both' ? ['zh', 'en'] : [lang.data],
      title: options.title,
      params,
      taxonomy,
      pdf: options.pdf === true,
      xlsx: options.xlsx === true,
      patlasVersion: PATLAS_VERSION,
    });
    process.stdout.write(options.json ? `${JSON.stringify(written)}\n` : reportText(written));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

function reportText(r: ReportFiles): string {
  const s = (n: number) => `${n.toFixed(1)} s`;
  const paths = r.files.flatMap((f) => [f.html, f.pdf, f.xlsx].filter((p): p is string => p !== null));
  const shown = r.sections.filter((x) => x.shown).map((x) => x.id);
  const omitted = r.sections.filter((x) => !x.shown);
  return [
    `Wrote the report (${r.files.map((f) => f.lang).join(', ')}; taxonomy ${r.taxonomy ?? 'none'}) in ${s(r.seconds.total)}:`,
    ...paths.map((p) => `  ${p}`),
    `Sections shown (${shown.length}): ${shown.join(', ')}`,
    ...(omitted.length
      ? [`Sections omitted (${omitted.length}):`, ...omitted.map((x) => `  ${x.id}: ${x.missing ?? ''}`)]
      : []),
    `${r.figures} figures, ${r.tables} tables per language; snapshot ${r.snapshotHash.slice(0, 16)}…`,
    `Time: indicators ${s(r.seconds.indicators)}, store facts ${s(r.seconds.storeFacts)}, HTML ${s(r.seconds.html)}, PDF ${s(r.seconds.pdf)}, XLSX ${s(r.seconds.xlsx)}`,
    '',
  ].join('\n');
}
