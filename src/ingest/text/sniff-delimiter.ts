import type { DetectedFormat } from '../reader.js';

/**
 * What a delimited export is, decided from its first lines: the field delimiter, the header, and
 * which known export (Lens, PATENTSCOPE, Google Patents, istat, CSET) the header belongs to.
 */
export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const SNIFF_RECORDS = 30;

/**
 * Split text into records of fields with RFC 4180 quoting (a quote opens a field only at its start,
 * as csv-parse does with `relax_quotes`). CR, LF and CRLF all end a line. A last record that the
 * text cuts off (no line end after it) is dropped unless it is the only one.
 */
export function splitHeadRecords(text: string, delimiter: string, maxRecords = SNIFF_RECORDS): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    records.push(fields);
    fields = [];
    field = '';
    fieldStart = true;
  };
  while (i < text.length && records.length < maxRecords) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
      fieldStart = false;
    }
    i++;
  }
  const cutOff = i >= text.length && (field !== '' || fields.length > 0 || quoted);
  if (cutOff && records.length === 0) endRecord();
  return records;
}

/**
 * The delimiter whose field count is the same, and above one, on every one of the first records.
 * Ties go to the delimiter giving more fields, then to the one found more often outside quotes on the
 * first line; with no consistent candidate, the most frequent count wins.
 * @example sniffDelimiter('id;title;year\nUS-1-B2;A, b;2000\n') // ';'
 */
export function sniffDelimiter(headText: string): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of CANDIDATES) {
    const counts = splitHeadRecords(headText, delimiter).map((r) => r.length);
    const first = counts[0] ?? 0;
    if (first < 2) continue;
    const agreeing = counts.filter((c) => c === first).length / counts.length;
    // Consistency dominates; the field count only breaks ties between equally consistent candidates.
    const score = agreeing * 1000 + Math.min(first, 999);
    const tie =
      score === best.score && unquotedCount(headText, delimiter) > unquotedCount(headText, best.delimiter);
    if (score > best.score || tie) best = { delimiter, score };
  }
  return best.delimiter;
}

/** How often `delimiter` stands outside quotes on the first line (a quote anywhere opens or closes). */
function unquotedCount(text: string, delimiter: Delimiter): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\r' || ch === '\n') break;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}

export interface DelimitedHead {
  /** The file's first line as written (Google: the `search URL:` line). */
  firstLine: string;
  /** Lines before the header that were skipped: a preamble line, title lines found by a header search. */
  preambleLines: number;
  delimiter: Delimiter;
  /** Header names, trimmed, BOM removed. */
  header: string[];
}

/** Where to look for a header that is not on the first line (exports that start with a title row). */
export interface HeaderSearch {
  /** How many lines above the header may be skipped. */
  maxSkippedLines: number;
  /** Whether a candidate record, its names trimmed, is the header. */
  isHeader: (header: string[]) => boolean;
}

/**
 * Read the delimiter and header from the first lines of an export; `preamble` matches a line to skip.
 * With `search`, when the line after the preamble is not the header, the header is the first of the
 * next `maxSkippedLines` lines that `isHeader` accepts; the line after the preamble when none is.
 */
export function readDelimitedHead(headText: string, preamble?: RegExp, search?: HeaderSearch): DelimitedHead {
  const text = headText.replace(/^\uFEFF/, '');
  const firstLine = /^[^\r\n]*/.exec(text)![0];
  const skip = preamble?.test(firstLine) ? 1 : 0;
  const head = headAfter(text, skip);
  if (search && !search.isHeader(head.header)) {
    for (let lines = skip + 1; lines <= skip + search.maxSkippedLines; lines++) {
      const candidate = headAfter(text, lines);
      if (candidate.header.length === 0) break;
      if (search.isHeader(candidate.header)) return { firstLine, ...candidate };
    }
  }
  return { firstLine, ...head };
}

function headAfter(text: string, lines: number): Omit<DelimitedHead, 'firstLine'> {
  const body = skipLines(text, lines);
  const delimiter = sniffDelimiter(body);
  const header = (splitHeadRecords(body, delimiter, 1)[0] ?? []).map(cleanHeaderName);
  return { preambleLines: lines, delimiter, header };
}

/** The text after its first `count` lines (CR, LF or CRLF ends); empty when it has fewer. */
export function skipLines(text: string, count: number): string {
  let start = 0;
  for (let i = 0; i < count; i++) {
    const end = /\r\n?|\n/g;
    end.lastIndex = start;
    if (end.exec(text) === null) return '';
    start = end.lastIndex;
  }
  return text.slice(start);
}

export function cleanHeaderName(name: string): string {
  return name.replace(/^\uFEFF/, '').trim();
}

/** Google Patents puts the search URL on the line before the header. */
export const GOOGLE_PREAMBLE = /^"?search URL:/i;

/**
 * Which known delimited export a header belongs to, or null.
 * @example identifyDelimitedFormat(['id', 'title', 'year', 'abstract'], 'id;title;year;abstract')
 *   // { format: 'istat-ai-csv', formatVersion: 'sample' }
 */
export function identifyDelimitedFormat(header: string[], firstLine: string): DetectedFormat | null {
  const names = new Set(header.map(cleanHeaderName));
  const has = (...columns: string[]): boolean => columns.every((c) => names.has(c));
  const google = has('id', 'title', 'assignee', 'inventor/author');
  if (GOOGLE_PREAMBLE.test(cleanHeaderName(firstLine)) || (google && has('result link'))) {
    return { format: 'google-patents-csv', formatVersion: null };
  }
  if (has('Publication_country', 'Publication_number', 'Simple_family_ID')) {
    return { format: 'cset-ai-csv', formatVersion: null };
  }
  if (has('id', 'title', 'year', 'abstract')) {
    return { format: 'istat-ai-csv', formatVersion: names.has('row_id') ? 'sample_update' : 'sample' };
  }
  if (has('Publication Number', 'Priority Data', 'IPC')) {
    return { format: 'patentscope-csv', formatVersion: null };
  }
  if (has('publication_number', 'publication_country_code')) {
    return { format: 'lens-csv', formatVersion: 'cleaned snake_case column set' };
  }
  if (has('Lens ID', 'Jurisdiction')) {
    const current = has('Document Type') || !has('Publication Number');
    return { format: 'lens-csv', formatVersion: current ? 'current column set' : '2016 column set' };
  }
  if (has('Jurisdiction', 'Kind', 'Publication Number', 'Cited Count')) {
    return { format: 'lens-csv', formatVersion: '2015 column set' };
  }
  return null;
}
