import type { ChartSpec, Lang } from '../../charts/chart-spec.js';
import type { IndicatorParams } from '../../indicators/indicator-params.js';
import type { IndicatorResult } from '../../indicators/indicator-types.js';
import { INDICATORS } from '../../indicators/registry.js';
import { runIndicators } from '../../indicators/run-indicator.js';
import type { Store } from '../../store/open-store.js';
import { readInfo, type StoreInfo } from '../../store/read-info.js';
import { reportDictionary } from '../i18n/index.js';
import { numberFormat } from '../i18n/number-format.js';
import { type SnapshotHash, snapshotHash } from '../snapshot-hash.js';
import { definitionLine } from './definition-line.js';
import { keyNumbers } from './key-numbers.js';
import { readSourceFiles, type SourceFile } from './read-source-files.js';
import { readTaxonomyTree, type TaxonomyTree } from './read-taxonomy-tree.js';
import type { ReportModel } from './report-model.js';
import type { SectionContext } from './section-kit.js';
import { appendixSection } from './sections/appendix-section.js';
import { applicantsSection } from './sections/applicants-section.js';
import { clustersSection } from './sections/clusters-section.js';
import { collaborationSection } from './sections/collaboration-section.js';
import { effectsSection } from './sections/effects-section.js';
import { familySection } from './sections/family-section.js';
import { legalStatusSection } from './sections/legal-status-section.js';
import { qualitySection } from './sections/quality-section.js';
import { regionsSection } from './sections/regions-section.js';
import { scenariosSection } from './sections/scenarios-section.js';
import { summarySection } from './sections/summary-section.js';
import { techstackSection } from './sections/techstack-section.js';
import { trendsSection } from './sections/trends-section.js';

/** Everything a report is made from, read once and shared by the languages. */
export interface ReportData {
  params: IndicatorParams;
  results: Record<string, IndicatorResult>;
  units: number;
  publications: number;
  taxonomy: TaxonomyTree | null;
  info: StoreInfo;
  sourceFiles: SourceFile[];
  snapshot: SnapshotHash;
  /** Seconds spent on the indicators and on the rest (store info, snapshot hash). */
  timings: { indicators: number; storeFacts: number };
}

/** Run every registered indicator once over one scope and read the store facts the appendix states. */
export async function readReportData(store: Store, params: IndicatorParams): Promise<ReportData> {
  const started = performance.now();
  const document = await runIndicators(store, INDICATORS, params);
  const indicatorsDone = performance.now();
  const taxonomy = params.taxonomy ? await readTaxonomyTree(store, params.taxonomy) : null;
  const data: ReportData = {
    params,
    results: document.indicators,
    units: document.store.units,
    publications: document.store.publications,
    taxonomy,
    info: await readInfo(store),
    sourceFiles: await readSourceFiles(store),
    snapshot: await snapshotHash(store),
    timings: { indicators: 0, storeFacts: 0 },
  };
  data.timings = {
    indicators: (indicatorsDone - started) / 1000,
    storeFacts: (performance.now() - indicatorsDone) / 1000,
  };
  return data;
}

export interface ReportModelOptions {
  lang: Lang;
  title?: string;
  patlasVersion: string;
  generatedAt: string;
  /** The charts of one indicator (src/charts' chartsForIndicator; tests may pass their own). */
  charts(result: IndicatorResult, lang: Lang): ChartSpec[];
}

/** The report in one language: its sections in order, each shown or saying what is missing. */
export function buildReportModel(data: ReportData, options: ReportModelOptions): ReportModel {
  const { lang } = options;
  const dict = reportDictionary(lang);
  const fmt = numberFormat(lang);
  const ctx: SectionContext = {
    lang,
    dict,
    fmt,
    results: data.results,
    taxonomy: data.taxonomy,
    units: data.units,
    publications: data.publications,
    figures: (result) =>
      options.charts(result, lang).map((chart) => ({
        chart,
        definition: definitionLine(result.definition, dict, fmt),
      })),
  };
  const scope = scopeText(ctx, data.params);
  return {
    lang,
    title: options.title ?? dict.defaultTitle,
    subtitle: dict.subtitle(scope),
    generatedAt: options.generatedAt,
    patlasVersion: options.patlasVersion,
    snapshot: data.snapshot,
    sections: [
      summarySection(ctx, keyNumbers(ctx), scope),
      trendsSection(ctx),
      techstackSection(ctx),
      legalStatusSection(ctx),
      applicantsSection(ctx),
      regionsSection(ctx),
      clustersSection(ctx),
      collaborationSection(ctx),
      familySection(ctx),
      qualitySection(ctx),
      scenariosSection(ctx),
      effectsSection(ctx),
      appendixSection(ctx, {
        info: data.info,
        sourceFiles: data.sourceFiles,
        snapshot: data.snapshot,
        patlasVersion: options.patlasVersion,
        generatedAt: options.generatedAt,
      }),
    ],
  };
}

/** What the report covers: the taxonomy (or the whole store) and the filters. */
function scopeText(ctx: SectionContext, params: IndicatorParams): string {
  const base = ctx.taxonomy
    ? ctx.dict.scopeTaxonomy(ctx.taxonomy.name[ctx.lang])
    : params.taxonomy
      ? ctx.dict.scopeTaxonomy(params.taxonomy)
      : ctx.dict.scopeAll;
  const filters = [
    params.category ? `${ctx.dict.columns.category} ${params.category}` : null,
    params.from !== undefined || params.to !== undefined
      ? `${ctx.dict.dateBases[params.dateBasis]} ${params.from ?? '…'}–${params.to ?? '…'}`
      : null,
    params.country ? `${ctx.dict.columns.country} ${params.country}` : null,
    params.applicant ? `${ctx.dict.columns.applicant} ${params.applicant}` : null,
  ].filter((f): f is string => f !== null);
  return filters.length
    ? `${base}${ctx.dict.definition.separator}${filters.join(ctx.dict.definition.separator)}`
    : base;
}
