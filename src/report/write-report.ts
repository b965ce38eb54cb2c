import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../charts/chart-spec.js';
import { chartsForIndicator, renderChartSvg } from '../charts/index.js';
import type { IndicatorParams } from '../indicators/indicator-params.js';
import type { Store } from '../store/open-store.js';
import { renderReportHtml } from './html/render-report-html.js';
import { escapeHtml } from './html/safe-html.js';
import { buildReportModel, readReportData } from './model/build-report-model.js';
import { hasTaxonomy } from './model/read-taxonomy-tree.js';
import type { ReportModel } from './model/report-model.js';
import { writeReportPdf } from './pdf/write-report-pdf.js';
import { writeReportXlsx } from './xlsx/write-report-xlsx.js';

/** The taxonomy a report uses when none is given: the AI technology stack, when the store has it. */
export const DEFAULT_REPORT_TAXONOMY = 'techstack';

export interface WriteReportOptions {
  outDir: string;
  /** One report per language, from one indicator run. */
  langs: Lang[];
  title?: string;
  /** The indicator filters; `taxonomy` here is ignored in favour of `taxonomy` below. */
  params: IndicatorParams;
  /** A taxonomy id; undefined: techstack when the store has it; null: none (every publication). */
  taxonomy?: string | null;
  pdf?: boolean;
  xlsx?: boolean;
  patlasVersion: string;
  /** The report's date (tests fix it). */
  now?: Date;
}

export interface ReportFile {
  lang: Lang;
  html: string;
  pdf: string | null;
  xlsx: string | null;
  sheets: string[];
}

export interface ReportFiles {
  files: ReportFile[];
  taxonomy: string | null;
  sections: { id: string; shown: boolean; missing: string | null }[];
  figures: number;
  tables: number;
  snapshotHash: string;
  /** Seconds: indicators, store facts (info, snapshot hash), HTML (charts included), PDF, XLSX, total. */
  seconds: { indicators: number; storeFacts: number; html: number; pdf: number; xlsx: number; total: number };
}

/** Write DIR/report.<lang>.html (and .pdf, .xlsx) for each language; the indicators run once. */
export async function writeReport(store: Store, options: WriteReportOptions): Promise<ReportFiles> {
  const started = performance.now();
  const taxonomy =
    options.taxonomy === undefined
      ? (await hasTaxonomy(store, DEFAULT_REPORT_TAXONOMY))
        ? DEFAULT_REPORT_TAXONOMY
        : null
      : options.taxonomy;
  const params: IndicatorParams = { ...options.params, taxonomy: taxonomy ?? undefined };
  const data = await readReportData(store, params);
  const outDir = resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });
  const generatedAt = (options.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  const seconds = { ...data.timings, html: 0, pdf: 0, xlsx: 0, total: 0 };
  const files: ReportFile[] = [];
  let first: ReportModel | null = null;
  for (const lang of options.langs) {
    let t = performance.now();
    const model = buildReportModel(data, {
      lang,
      title: options.title,
      patlasVersion: options.patlasVersion,
      generatedAt,
      charts: chartsForIndicator,
    });
    first ??= model;
    const html = join(outDir, `report.${lang}.html`);
    writeFileSync(
      html,
      renderReportHtml(model, (figure) => renderChartSvg(figure.chart)),
    );
    seconds.html += (performance.now() - t) / 1000;
    const file: ReportFile = { lang, html, pdf: null, xlsx: null, sheets: [] };
    if (options.pdf) {
      t = performance.now();
      file.pdf = join(outDir, `report.${lang}.pdf`);
      await writeReportPdf(html, file.pdf, escapeHtml(`${model.title} · Patlas ${model.patlasVersion}`));
      seconds.pdf += (performance.now() - t) / 1000;
    }
    if (options.xlsx) {
      t = performance.now();
      file.xlsx = join(outDir, `report.${lang}.xlsx`);
      file.sheets = await writeReportXlsx(model, file.xlsx);
      seconds.xlsx += (performance.now() - t) / 1000;
    }
    files.push(file);
  }
  seconds.total = (performance.now() - started) / 1000;
  const blocks = first?.sections.flatMap((s) => s.blocks) ?? [];
  return {
    files,
    taxonomy,
    sections: (first?.sections ?? []).map((s) => ({ id: s.id, shown: s.shown, missing: s.missing })),
    figures: blocks.filter((b) => b.kind === 'figure').length,
    tables: blocks.filter((b) => b.kind === 'table').length,
    snapshotHash: data.snapshot.hash,
    seconds,
  };
}
