import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { parseClassificationSymbol } from '../../domain/classification-symbol.js';
import { PatlasError } from '../../domain/patlas-error.js';
import { referenceFile } from './reference-directory.js';

export const IPC_TITLES_FILE = 'ipc-titles-en.csv';

const Row = z.object({
  level: z.enum(['section', 'class', 'subclass']),
  code: z.string().regex(/^[A-H](\d{2}([A-Z])?)?$/),
  title: z.string(),
  parent: z.string(),
});

let titles: Map<string, string> | null = null;

/**
 * The English IPC title of the most specific known level of a code: subclass, else class, else section.
 * `null` when the code is not a symbol or no level is known (CPC-only Y section).
 * @example ipcTitle('G06N3/08') // 'COMPUTING ARRANGEMENTS BASED ON SPECIFIC COMPUTATIONAL MODELS [7]'
 */
export function ipcTitle(code: string): string | null {
  const known = loadTitles();
  const trimmed = code.trim().toUpperCase();
  const parts = parseClassificationSymbol(trimmed);
  const levels = parts ? [parts.subclass, parts.cls, parts.section] : [trimmed];
  for (const level of levels) {
    const title = known.get(level);
    if (title !== undefined) return title;
  }
  return null;
}

function loadTitles(): Map<string, string> {
  if (titles) return titles;
  const path = referenceFile(IPC_TITLES_FILE);
  const records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as unknown[];
  const loaded = new Map<string, string>();
  records.forEach((record, index) => {
    const row = Row.safeParse(record);
    if (!row.success) {
      // Row 1 is the header, so record 0 is on line 2.
      throw new PatlasError('bad-mapping', `${path}: line ${index + 2}: ${z.prettifyError(row.error)}`);
    }
    // The source leaves some titles empty (E99Z); those codes fall back to their class.
    if (row.data.title !== '') loaded.set(row.data.code, row.data.title);
  });
  titles = loaded;
  return loaded;
}
