import type { Lang } from '../../charts/chart-spec.js';
import type { Bilingual, IndicatorResult, IndicatorRow } from '../../indicators/indicator-types.js';
import type { NumberFormat } from '../i18n/number-format.js';
import type { ColumnLabels, ReportDictionary, SectionId } from '../i18n/report-dictionary.js';
import { coverageText, definitionLine } from './definition-line.js';
import type { TaxonomyTree } from './read-taxonomy-tree.js';
import type {
  ColumnKind,
  ReportBlock,
  ReportCell,
  ReportColumn,
  ReportFigure,
  ReportSection,
  ReportTable,
} from './report-model.js';

/** What every section builder reads: the indicator results of one run and the report's language. */
export interface SectionContext {
  lang: Lang;
  dict: ReportDictionary;
  fmt: NumberFormat;
  results: Record<string, IndicatorResult>;
  /** The taxonomy of --taxonomy (names and layers of its categories), when the store has it. */
  taxonomy: TaxonomyTree | null;
  units: number;
  publications: number;
  /** The charts of one indicator, each with its definition line. */
  figures(result: IndicatorResult): ReportFigure[];
}

export const say = (lang: Lang, text: Bilingual): string => text[lang];

export function num(row: IndicatorRow, key: string): number | null {
  const v = row[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function str(row: IndicatorRow, key: string): string {
  const v = row[key];
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

export function supported(ctx: SectionContext, id: string): IndicatorResult | null {
  const result = ctx.results[id];
  return result?.supported && result.data.length > 0 ? result : null;
}

export function column(ctx: SectionContext, key: keyof ColumnLabels, kind: ColumnKind): ReportColumn {
  return { key, label: ctx.dict.columns[key], kind };
}

/** A table of one indicator, its definition line from the indicator's definition. */
export function indicatorTable(
  ctx: SectionContext,
  result: IndicatorResult,
  table: { id: string; title: string; columns: ReportColumn[]; rows: ReportCell[][]; htmlRows?: number },
): ReportTable {
  return {
    ...table,
    definition: definitionLine(result.definition, ctx.dict, ctx.fmt),
    htmlRows: table.htmlRows ?? null,
  };
}

/** Why an indicator is not shown: its message and coverage, in one line. */
export function missingLine(ctx: SectionContext, result: IndicatorResult | undefined): string {
  if (!result) return ctx.dict.missing(ctx.dict.notInStore, '');
  const what = result.message ? say(ctx.lang, result.message) : ctx.dict.notInStore;
  const coverage = result.definition.coverage
    ? coverageText(result.definition.coverage, ctx.dict, ctx.fmt)
    : '';
  return ctx.dict.missing(
    `${say(ctx.lang, result.definition.title)}${ctx.dict.definition.colon}${what}`,
    coverage,
  );
}

/**
 * The blocks of one indicator: its charts and tables, or one line saying what is missing. `tables` runs only on a
 * supported result.
 */
export function indicatorBlocks(
  ctx: SectionContext,
  id: string,
  tables: (result: IndicatorResult) => ReportTable[] = () => [],
): ReportBlock[] {
  const result = ctx.results[id];
  if (!result?.supported || result.data.length === 0) {
    return [{ kind: 'missing', text: missingLine(ctx, result) }];
  }
  return [
    ...ctx.figures(result).map((figure): ReportBlock => ({ kind: 'figure', figure })),
    ...tables(result).map((table): ReportBlock => ({ kind: 'table', table })),
  ];
}

/** A section: shown when at least one of its indicators has data, otherwise one line on what is missing. */
export function section(
  ctx: SectionContext,
  id: SectionId,
  indicatorIds: string[],
  blocks: ReportBlock[],
): ReportSection {
  const anySupported = indicatorIds.some((i) => supported(ctx, i) !== null);
  const first = indicatorIds.map((i) => ctx.results[i]).find((r) => r !== undefined);
  return {
    id,
    title: ctx.dict.sections[id],
    intro: ctx.dict.sectionIntro[id],
    shown: anySupported,
    missing: anySupported ? null : missingLine(ctx, first),
    blocks: anySupported ? blocks : [],
    indicatorIds,
  };
}

/** A category's name in the report's language: from the taxonomy tree, else what the row says. */
export function categoryName(ctx: SectionContext, id: string, fallback: string): string {
  const category = ctx.taxonomy?.categories.get(id);
  return category ? category.name[ctx.lang] : fallback || id;
}

/** A country's name in the report's language from a row with name / nameZh. */
export function countryName(ctx: SectionContext, row: IndicatorRow): string {
  const zh = str(row, 'nameZh');
  return ctx.lang === 'zh' && zh ? zh : str(row, 'name') || str(row, 'country');
}

/** A label from a dictionary map, or the raw id when the map has none. */
export function label<K extends string>(map: Record<K, string>, id: string): string {
  return (map as Record<string, string>)[id] ?? id;
}
