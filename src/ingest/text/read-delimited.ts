import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Info, parse } from 'csv-parse';
import { PatlasError } from '../../domain/patlas-error.js';
import type { InputSource } from '../input-source.js';
import { type DelimitedProblem, problemOf } from './delimited-problem.js';
import { notText, openText, type TextEncoding } from './open-text.js';
import {
  cleanHeaderName,
  type Delimiter,
  type HeaderSearch,
  readDelimitedHead,
  skipLines,
} from './sniff-delimiter.js';

export type { DelimitedProblem } from './delimited-problem.js';

/**
 * Streaming reader for delimited exports (CSV, semicolon, TSV) on top of `openText`:
 * sniffed delimiter, any line ends, header names trimmed, optional preamble or title lines skipped.
 * A broken record (wrong field count, unclosed quote) becomes a `problem` item in file order and
 * reading goes on: csv-parse runs with `skip_records_with_error` and its `on_skip` errors are queued.
 */
export interface DelimitedOptions {
  /** Skip the first line when it matches (Google's `search URL:` line). */
  preamble?: RegExp;
  /** Longest record accepted, in characters (default 16 MiB): guards memory against an unclosed quote. */
  maxRecordChars?: number;
  /** Keep records whose field count differs from the header's (missing fields read as empty). */
  relaxColumnCount?: boolean;
  /** Look for the header below the first line (exports that start with a title row). */
  headerSearch?: HeaderSearch;
}

export interface DelimitedRow {
  kind: 'row';
  /** 1-based line of the record's first line in the file. */
  line: number;
  fields: Record<string, string>;
  raw: string;
}

/** A record as its cells in file order, for tables read by column position; no raw text is kept. */
export interface DelimitedCells {
  kind: 'row';
  /** 1-based line of the record's first line in the file. */
  line: number;
  cells: string[];
}

export type DelimitedItem = DelimitedRow | DelimitedProblem;

export interface DelimitedTable<Row = DelimitedRow> {
  header: string[];
  delimiter: Delimiter;
  /** The encoding decided by `openText`; final once `rows` has been read to the end. */
  readonly encoding: TextEncoding;
  /** The file's first line as written (the header, or Google's search URL line). */
  firstLine: string;
  /** Records and problems in file order; iterate once. */
  rows: AsyncIterable<Row | DelimitedProblem>;
  /** Stop reading and release the input: for a caller that leaves `rows` unread or half read. */
  close(): void;
}

/** How a parsed record becomes a row; `keepRaw` has csv-parse copy each record's text (a cost per record). */
interface RowShape<Row> {
  keepRaw: boolean;
  build: (header: readonly string[], line: number, cells: string[], raw: string) => Row;
}

const FIELDS: RowShape<DelimitedRow> = {
  keepRaw: true,
  build: (header, line, cells, raw) => ({ kind: 'row', line, fields: zip(header, cells), raw }),
};

const CELLS: RowShape<DelimitedCells> = {
  keepRaw: false,
  build: (_header, line, cells) => ({ kind: 'row', line, cells }),
};

const HEAD_CHARS = 64 * 1024;
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

interface ParsedRecord {
  record: string[];
  raw?: string;
  info: Info;
}

/**
 * Open a delimited export and read its header; rows, their fields keyed by header name, stream from `rows`.
 * Throws `PatlasError` only for a binary or empty input, or when the bytes cannot be read at all.
 * @example const table = await readDelimitedRows(fileInput('export.csv')); for await (const item of table.rows) ...
 */
export function readDelimitedRows(
  input: InputSource,
  options: DelimitedOptions = {},
): Promise<DelimitedTable> {
  return openDelimited(input, options, FIELDS);
}

/**
 * As `readDelimitedRows`, with each row's cells by position (a header may repeat a name) and no raw
 * text: a problem then gives the line the broken record ends on, and no excerpt.
 */
export function readDelimitedCells(
  input: InputSource,
  options: DelimitedOptions = {},
): Promise<DelimitedTable<DelimitedCells>> {
  return openDelimited(input, options, CELLS);
}

async function openDelimited<Row>(
  input: InputSource,
  options: DelimitedOptions,
  shape: RowShape<Row>,
): Promise<DelimitedTable<Row>> {
  const text = await openText(input);
  const source = normaliseLineEnds(text.chunks)[Symbol.asyncIterator]();
  let head = '';
  while (head.length < HEAD_CHARS) {
    const next = await source.next();
    if (next.done) break;
    head += next.value;
  }
  if (head.includes('\u0000')) throw notText(input);
  const { firstLine, preambleLines, delimiter } = readDelimitedHead(
    head,
    options.preamble,
    options.headerSearch,
  );
  const body = skipLines(head, preambleLines);
  if (body.trim() === '')
    throw new PatlasError('unknown-format', `${input.name}: empty file, no header line`);

  const problems: DelimitedProblem[] = [];
  const parser = parse({
    delimiter,
    record_delimiter: '\n',
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    relax_column_count: options.relaxColumnCount ?? false,
    max_record_size: options.maxRecordChars ?? MAX_RECORD_CHARS,
    raw: shape.keepRaw,
    info: true,
    on_skip: (error, raw) => {
      problems.push(problemOf(error, raw ?? '', preambleLines));
    },
  });
  async function* rest(): AsyncIterable<string> {
    try {
      yield body;
      for (;;) {
        const next = await source.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await source.return?.();
    }
  }
  // Errors of the source reach the consumer through the parser, which pipeline destroys with them.
  pipeline(Readable.from(rest()), parser).catch(() => undefined);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<ParsedRecord>;
  const first = await nextRecord(records, input);
  if (first === null) throw new PatlasError('unknown-format', `${input.name}: empty file, no header line`);
  const header = first.record.map(cleanHeaderName);

  async function* rows(): AsyncIterable<Row | DelimitedProblem> {
    try {
      for (;;) {
        const next = await nextRecord(records, input);
        if (next === null) break;
        const line = preambleLines + recordStartLine(next.info.lines, next.record);
        while (problems.length > 0 && problems[0]!.line < line) yield problems.shift()!;
        yield shape.build(header, line, next.record, next.raw ?? '');
      }
      yield* problems.splice(0);
    } finally {
      parser.destroy();
    }
  }
  return {
    header,
    delimiter,
    // A pure-ASCII head may turn out to be cp1252 further in: read the decision when asked.
    get encoding() {
      return text.encoding;
    },
    firstLine,
    rows: rows(),
    close: () => parser.destroy(),
  };
}

async function nextRecord(
  records: AsyncIterator<ParsedRecord>,
  input: InputSource,
): Promise<ParsedRecord | null> {
  try {
    const next = await records.next();
    return next.done ? null : next.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new PatlasError('unreadable-file', `${input.name}: cannot read the file: ${message}`, {
      cause: error,
    });
  }
}

/** CR-only and CRLF line ends become LF, so csv-parse counts lines the same way for every export. */
export async function* normaliseLineEnds(chunks: AsyncIterable<string>): AsyncIterable<string> {
  let pendingCr = false;
  for await (const chunk of chunks) {
    const text: string = pendingCr && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
    pendingCr = text.endsWith('\r');
    if (text) yield text.replace(/\r\n?/g, '\n');
  }
}

/**
 * csv-parse reports the line a record ends on. A line break inside a record can only stand in a quoted
 * field, so the breaks in its cells say how many lines it spans (counted without copying the raw text).
 */
function recordStartLine(endLine: number, cells: readonly string[]): number {
  let inner = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) inner++;
  }
  return endLine - inner;
}

function zip(header: readonly string[], record: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) fields[header[i]!] = record[i] ?? '';
  return fields;
}
