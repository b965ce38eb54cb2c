import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvError, type Info, parse } from 'csv-parse';
import { PatlasError } from '../../domain/patlas-error.js';
import { excerptOf } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import { notText, openText, type TextEncoding } from './open-text.js';
import { cleanHeaderName, type Delimiter, readDelimitedHead } from './sniff-delimiter.js';

/**
 * Streaming reader for delimited exports (CSV, semicolon, TSV) on top of `openText`:
 * sniffed delimiter, any line ends, header names trimmed, optional preamble line skipped.
 * A broken record (wrong field count, unclosed quote) becomes a `problem` item in file order and
 * reading goes on: csv-parse runs with `skip_records_with_error` and its `on_skip` errors are queued.
 */
export interface DelimitedOptions {
  /** Skip the first line when it matches (Google's `search URL:` line). */
  preamble?: RegExp;
  /** Longest record accepted, in characters (default 16 MiB): guards memory against an unclosed quote. */
  maxRecordChars?: number;
}

export interface DelimitedRow {
  kind: 'row';
  /** 1-based line of the record's first line in the file. */
  line: number;
  fields: Record<string, string>;
  raw: string;
}

export interface DelimitedProblem {
  kind: 'problem';
  line: number;
  reason: string;
  excerpt: string;
}

export type DelimitedItem = DelimitedRow | DelimitedProblem;

export interface DelimitedTable {
  header: string[];
  delimiter: Delimiter;
  /** The encoding decided by `openText`; final once `rows` has been read to the end. */
  readonly encoding: TextEncoding;
  /** The file's first line as written (the header, or Google's search URL line). */
  firstLine: string;
  /** Records and problems in file order; iterate once. */
  rows: AsyncIterable<DelimitedItem>;
}

const HEAD_CHARS = 64 * 1024;
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

interface ParsedRecord {
  record: string[];
  raw: string;
  info: Info;
}

/**
 * Open a delimited export and read its header; rows stream from `rows`.
 * Throws `PatlasError` only for a binary or empty input, or when the bytes cannot be read at all.
 * @example const table = await readDelimitedRows(fileInput('export.csv')); for await (const item of table.rows) ...
 */
export async function readDelimitedRows(
  input: InputSource,
  options: DelimitedOptions = {},
): Promise<DelimitedTable> {
  const text = await openText(input);
  const source = normaliseLineEnds(text.chunks)[Symbol.asyncIterator]();
  let head = '';
  while (head.length < HEAD_CHARS) {
    const next = await source.next();
    if (next.done) break;
    head += next.value;
  }
  if (head.includes('\u0000')) throw notText(input);
  const { firstLine, preambleLines, delimiter } = readDelimitedHead(head, options.preamble);
  const body = preambleLines ? head.slice(head.indexOf('\n') + 1) : head;
  if (body.trim() === '')
    throw new PatlasError('unknown-format', `${input.name}: empty file, no header line`);

  const problems: DelimitedProblem[] = [];
  const parser = parse({
    delimiter,
    record_delimiter: '\n',
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: options.maxRecordChars ?? MAX_RECORD_CHARS,
    raw: true,
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

  async function* rows(): AsyncIterable<DelimitedItem> {
    try {
      for (;;) {
        const next = await nextRecord(records, input);
        if (next === null) break;
        const line = preambleLines + startLine(next.info.lines, next.raw);
        while (problems.length > 0 && problems[0]!.line < line) yield problems.shift()!;
        yield { kind: 'row', line, fields: zip(header, next.record), raw: next.raw };
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

/** csv-parse reports the line a record ends on; its raw text says how many lines it spans. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  let inner = 0;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) inner++;
  return endLine - inner;
}

function problemOf(error: CsvError | undefined, raw: string, preambleLines: number): DelimitedProblem {
  const endLine = typeof error?.lines === 'number' ? error.lines : 0;
  return {
    kind: 'problem',
    line: preambleLines + startLine(endLine, raw),
    reason: reasonOf(error),
    excerpt: excerptOf(raw.slice(0, 1000)),
  };
}

function reasonOf(error: CsvError | undefined): string {
  if (!error) return 'unreadable record';
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const expected = /expect (\d+)/.exec(error.message)?.[1] ?? '?';
      const found = Array.isArray(error.record) ? error.record.length : '?';
      return `wrong number of fields: expected ${expected}, found ${found}`;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed; the rest of the file was read into it';
    case 'CSV_MAX_RECORD_SIZE':
      // csv-parse stops after this error: say so, the records after it are not read.
      return 'record too long (an unclosed quote?): the rest of the file was not read';
    default:
      return error.message;
  }
}

function zip(header: string[], record: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) fields[header[i]!] = record[i] ?? '';
  return fields;
}
