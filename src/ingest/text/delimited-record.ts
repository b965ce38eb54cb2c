import {
  emptyRecord,
  type Party,
  type PartyRole,
  type PatentRecord,
  type SourceFormat,
} from '../../domain/patent-record.js';
import { type PublicationNumber, parsePublicationNumber } from '../../domain/publication-number.js';
import { excerptOf, type ReadItem, type RecordWarning } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import type { DelimitedItem, DelimitedRow } from './read-delimited.js';

/** Maps one row to a record, or returns the reason to reject it; field problems go to `warnings`. */
export type RowMapper = (row: DelimitedRow, warnings: RecordWarning[]) => PatentRecord | string;

/** Reader items from delimited rows: problems and rows the mapper refuses become rejects. */
export async function* delimitedReadItems(
  input: InputSource,
  rows: AsyncIterable<DelimitedItem>,
  map: RowMapper,
): AsyncIterable<ReadItem> {
  for await (const item of rows) {
    const position = { byteOffset: null, line: item.line };
    if (item.kind === 'problem') {
      yield { kind: 'reject', file: input.name, position, reason: item.reason, excerpt: item.excerpt };
      continue;
    }
    const warnings: RecordWarning[] = [];
    let result: PatentRecord | string;
    try {
      result = map(item, warnings);
    } catch (error) {
      result = `unexpected error while mapping the row: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (typeof result === 'string') {
      yield { kind: 'reject', file: input.name, position, reason: result, excerpt: excerptOf(item.raw) };
    } else {
      yield { kind: 'record', record: result, warnings };
    }
  }
}

/** The trimmed text of a column of a row ('' when the header lacks the column). */
export function fieldText(row: DelimitedRow, column: string): string {
  return (row.fields[column] ?? '').trim();
}

/** An empty record for a row: its provenance is the file and the row's line. */
export function rowRecord(
  id: PublicationNumber,
  row: DelimitedRow,
  file: string,
  format: SourceFormat,
  formatVersion: string | null,
): PatentRecord {
  return emptyRecord(id, { file, byteOffset: null, line: row.line, format, formatVersion });
}

/**
 * An empty record for a row whose `column` holds the publication number as written
 * (`US-6587739-B1`), or the reason to reject the row.
 */
export function idColumnRecord(
  row: DelimitedRow,
  column: string,
  file: string,
  format: SourceFormat,
  formatVersion: string | null,
): PatentRecord | string {
  const raw = fieldText(row, column);
  const id = parsePublicationNumber(raw);
  return id ? rowRecord(id, row, file, format, formatVersion) : `not a publication number: "${raw}"`;
}

/**
 * The non-empty, trimmed values of a multi-valued cell (`A;;B`, `A; B`); with `collapseSpaces`, runs of
 * whitespace inside a value become one space.
 */
export function splitValues(
  cell: string | undefined,
  separator: string | RegExp,
  collapseSpaces = false,
): string[] {
  const values: string[] = [];
  if (!cell) return values;
  for (const piece of cell.split(separator)) {
    const value = collapseSpaces ? piece.replace(/\s+/g, ' ').trim() : piece.trim();
    if (value !== '') values.push(value);
  }
  return values;
}

/** Parties from the bare names a delimited export gives (no address); exact repeats dropped. */
export function partiesFrom(names: string[], role: PartyRole, partyType: string | null = null): Party[] {
  const unique = [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n !== ''))];
  return unique.map((name, i) => ({
    role,
    sequence: i + 1,
    name,
    country: null,
    city: null,
    state: null,
    address: null,
    postcode: null,
    partyType,
  }));
}
