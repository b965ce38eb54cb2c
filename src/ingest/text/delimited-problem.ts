import type { CsvError } from 'csv-parse';
import { excerptOf } from '../../domain/read-item.js';

/**
 * A record csv-parse could not read, at the line it starts on (ends on, with an empty excerpt, when
 * the reader keeps no raw text); reading goes on after it.
 */
export interface DelimitedProblem {
  kind: 'problem';
  line: number;
  reason: string;
  excerpt: string;
}

/** csv-parse reports the line a record ends on; its raw text says how many lines it spans. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  let inner = 0;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) inner++;
  return endLine - inner;
}

/** The problem for a record csv-parse skipped; `preambleLines` were cut off before parsing. */
export function problemOf(error: CsvError | undefined, raw: string, preambleLines: number): DelimitedProblem {
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
