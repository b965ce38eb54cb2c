import type { ChartSpec, Lang } from '../../charts/chart-spec.js';
import type { SectionId } from '../i18n/report-dictionary.js';
import type { SnapshotHash } from '../snapshot-hash.js';

/** How a column's cells are written: counts and shares are numbers formatted per language (and in XLSX). */
export type ColumnKind = 'text' | 'count' | 'share' | 'number' | 'year';

export interface ReportColumn {
  key: string;
  label: string;
  kind: ColumnKind;
}

export type ReportCell = string | number | null;

/** One table of the report: raw cells (numbers stay numbers for XLSX) and its definition line. */
export interface ReportTable {
  /** Stable id, also the XLSX sheet's base name. */
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Date basis, unit, counting, cut-off and coverage: printed right under the table. */
  definition: string;
  /** Rows the HTML shows (the XLSX has them all); null: all. */
  htmlRows: number | null;
}

export interface ReportFigure {
  chart: ChartSpec;
  definition: string;
}

export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'findings'; items: string[] }
  | { kind: 'missing'; text: string }
  | { kind: 'figure'; figure: ReportFigure }
  | { kind: 'table'; table: ReportTable };

export interface ReportSection {
  id: SectionId;
  title: string;
  /** false: the data do not support the section; `missing` says what is missing and its coverage. */
  shown: boolean;
  missing: string | null;
  intro: string;
  blocks: ReportBlock[];
  /** The indicators the section draws on. */
  indicatorIds: string[];
}

export interface ReportModel {
  lang: Lang;
  title: string;
  subtitle: string;
  generatedAt: string;
  patlasVersion: string;
  snapshot: SnapshotHash;
  sections: ReportSection[];
}

/** Every table in report order (the XLSX's sheets). */
export function reportTables(model: ReportModel): ReportTable[] {
  return model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
}

/** Every figure in report order. */
export function reportFigures(model: ReportModel): ReportFigure[] {
  return model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'figure' ? [b.figure] : [])));
}
