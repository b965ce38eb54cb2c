import { Readable } from 'node:stream';
import { type CsvError, type Info, type Parser, parse } from 'csv-parse';
import { PatlasError } from '../../domain/patlas-error.js';
import { excerptOf } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import { openText } from '../text/open-text.js';
import type { TableFailure, TableRow, TableSource } from './table-source.js';

const SNIFF_CHARS = 64 * 1024;
const HIGH_WATER = 512;

/** A CSV / TSV export: text decoded by `openText`, delimiter (`,` `;` tab) sniffed from the header line. */
export async function openDelimitedRows(input: InputSource): Promise<TableSource> {
  const text = await openText(input);
  const chunks = text.chunks[Symbol.asyncIterator]();
  let head = '';
  while (head.length < SNIFF_CHARS && !/[\r\n]/.test(head)) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
  }
  async function* all(): AsyncIterable<string> {
    if (head) yield head;
    while (true) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const source = Readable.from(all());
  const parser = parse({
    delimiter: sniffDelimiter(head),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  });
  source.pipe(parser);
  const close = () => {
    source.destroy();
    parser.destroy();
  };
  const rows = records(parser, close);
  const first = await rows.next();
  if (first.done || 'message' in first.value) {
    close();
    throw new PatlasError('unknown-format', `${input.name}: no header line could be read`);
  }
  return { header: first.value.cells, rows: rest(rows), close };
}

async function* rest<T>(rows: AsyncGenerator<T>): AsyncIterable<T> {
  yield* rows;
}

/** The candidate that occurs most often outside quotes on the first line; tab wins ties, then `;`. */
export function sniffDelimiter(head: string): string {
  const line = head.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const counts = new Map<string, number>([
    ['\t', 0],
    [';', 0],
    [',', 0],
  ]);
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/**
 * Records with the line each starts on. csv-parse reports the line a record ends on; the start is
 * one after the previous end plus the empty lines skipped in between. Records parsed before a
 * syntax error still come out, then the error as a failure.
 */
async function* records(parser: Parser, close: () => void): AsyncGenerator<TableRow | TableFailure> {
  const queue: { record: string[]; info: Info }[] = [];
  let failure: TableFailure | null = null;
  let finished = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  parser.on('data', (row: { record: string[]; info: Info }) => {
    queue.push(row);
    if (queue.length >= HIGH_WATER) parser.pause();
    notify();
  });
  parser.on('end', () => {
    finished = true;
    notify();
  });
  parser.on('error', (error: CsvError) => {
    const line = typeof error.lines === 'number' ? error.lines : 0;
    failure = { line, message: error.message, excerpt: excerptOf(String(error.record ?? '')) };
    finished = true;
    notify();
  });
  let previousEnd = 0;
  let previousEmpty = 0;
  try {
    while (true) {
      const next = queue.shift();
      if (next) {
        if (queue.length < HIGH_WATER / 2) parser.resume();
        const line = previousEnd + 1 + (next.info.empty_lines - previousEmpty);
        previousEnd = next.info.lines;
        previousEmpty = next.info.empty_lines;
        yield { line, cells: next.record };
        continue;
      }
      if (finished) {
        if (failure) yield failure;
        return;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    close();
  }
}
