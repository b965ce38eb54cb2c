import type { IndicatorDefinition } from '../../../indicators/indicator-types.js';
import type { StoreInfo } from '../../../store/read-info.js';
import type { SnapshotHash } from '../../snapshot-hash.js';
import { coverageText } from '../definition-line.js';
import type { SourceFile } from '../read-source-files.js';
import type { ReportSection, ReportTable } from '../report-model.js';
import { column, type SectionContext, say } from '../section-kit.js';

export interface AppendixInput {
  info: StoreInfo;
  sourceFiles: SourceFile[];
  snapshot: SnapshotHash;
  patlasVersion: string;
  generatedAt: string;
}

/** Every definition, the data coverage per field, the source files, the snapshot hash and the Patlas version. */
export function appendixSection(ctx: SectionContext, input: AppendixInput): ReportSection {
  const tables = [
    definitionsTable(ctx),
    coverageTable(ctx, input.info),
    sourcesTable(ctx, input.sourceFiles),
  ];
  tables.push(snapshotTable(ctx, input));
  return {
    id: 'appendix',
    title: ctx.dict.sections.appendix,
    intro: ctx.dict.sectionIntro.appendix,
    shown: true,
    missing: null,
    blocks: tables.map((table) => ({ kind: 'table', table })),
    indicatorIds: [],
  };
}

const pairs = (record: Record<string, unknown>): string =>
  Object.entries(record)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ');

function definitionsTable(ctx: SectionContext): ReportTable {
  const { dict } = ctx;
  const definitions: IndicatorDefinition[] = Object.values(ctx.results).map((r) => r.definition);
  return {
    id: 'definitions',
    title: dict.tables.definitions,
    definition: dict.appendixLines.definitions,
    htmlRows: null,
    columns: [
      column(ctx, 'indicator', 'text'),
      column(ctx, 'title', 'text'),
      column(ctx, 'description', 'text'),
      column(ctx, 'formula', 'text'),
      column(ctx, 'dateBasis', 'text'),
      column(ctx, 'unit', 'text'),
      column(ctx, 'counting', 'text'),
      column(ctx, 'cutoff', 'text'),
      column(ctx, 'lastCompleteYear', 'year'),
      column(ctx, 'filters', 'text'),
      column(ctx, 'parameters', 'text'),
      column(ctx, 'coverage', 'text'),
      column(ctx, 'notes', 'text'),
    ],
    rows: definitions.map((d) => [
      d.id,
      say(ctx.lang, d.title),
      say(ctx.lang, d.description),
      d.formula ?? '',
      d.dateBasis ? dict.dateBases[d.dateBasis] : dict.definition.noDateBasis,
      dict.units[d.unit],
      dict.countings[d.counting],
      d.cutoff
        ? `${d.cutoff} (${dict.cutoffSources[d.cutoffSource]}${dict.definition.colon}${say(ctx.lang, d.cutoffExplanation)})`
        : dict.none,
      d.lastCompleteYear,
      pairs({ ...d.filters }) || dict.none,
      pairs(d.parameters) || dict.none,
      coverageText(d.coverage, dict, ctx.fmt),
      d.notes.map((note) => say(ctx.lang, note)).join(' | '),
    ]),
  };
}

function coverageTable(ctx: SectionContext, info: StoreInfo): ReportTable {
  const fields = Object.keys(ctx.dict.storeFields) as (keyof StoreInfo['coverage'])[];
  return {
    id: 'field-coverage',
    title: ctx.dict.tables.fieldCoverage,
    definition: ctx.dict.appendixLines.fieldCoverage,
    htmlRows: null,
    columns: [column(ctx, 'field', 'text'), column(ctx, 'count', 'count'), column(ctx, 'share', 'share')],
    rows: fields.map((f) => [
      ctx.dict.storeFields[f],
      Math.round(info.coverage[f] * info.publications),
      info.coverage[f],
    ]),
  };
}

function sourcesTable(ctx: SectionContext, files: SourceFile[]): ReportTable {
  return {
    id: 'source-files',
    title: ctx.dict.tables.sourceFiles,
    definition: ctx.dict.appendixLines.sourceFiles,
    htmlRows: 30,
    columns: [
      column(ctx, 'file', 'text'),
      column(ctx, 'format', 'text'),
      column(ctx, 'sizeBytes', 'count'),
      column(ctx, 'documents', 'count'),
      column(ctx, 'rejected', 'count'),
    ],
    rows: files.map((f) => [f.file, f.format ?? '', f.sizeBytes, f.documents, f.rejected]),
  };
}

function snapshotTable(ctx: SectionContext, input: AppendixInput): ReportTable {
  const s = ctx.dict.snapshot;
  return {
    id: 'snapshot',
    title: ctx.dict.tables.snapshot,
    definition: `${ctx.dict.appendixLines.snapshot} ${s.covers}`,
    htmlRows: null,
    columns: [column(ctx, 'item', 'text'), column(ctx, 'value', 'text')],
    rows: [
      [s.hash, input.snapshot.hash],
      ...input.snapshot.parts.map((p) => [`${p.name} (${ctx.fmt.count(p.rows)})`, p.hash]),
      [s.version, input.patlasVersion],
      [s.publications, ctx.fmt.count(input.info.publications)],
      [s.generatedAt, input.generatedAt],
    ],
  };
}
