import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ReadItem } from '../domain/read-item.js';
import type { InputSource } from './input-source.js';
import { type PatentsViewTable, readPatentsViewTables } from './patentsview/index.js';
import type { IngestFileRow } from './record-sink.js';

/** PatentsView tables found in one folder (or one zip archive), joined together into records. */
export interface PatentsViewGroup {
  key: string;
  tables: Partial<Record<PatentsViewTable, InputSource>>;
  rows: IngestFileRow[];
}

/** Tables in the same folder, or inside the same archive, belong together. */
export function patentsViewGroupKey(name: string): string {
  const bang = name.indexOf('!');
  return bang >= 0 ? name.slice(0, bang) : dirname(name);
}

/**
 * Join a group's tables. The join engine reads files from disk (plain or .gz), so tables that live inside a
 * zip archive are first extracted to a temporary folder, removed afterwards.
 */
export async function* readPatentsViewGroup(group: PatentsViewGroup): AsyncIterable<ReadItem> {
  let scratch: string | null = null;
  const paths: Partial<Record<PatentsViewTable, string>> = {};
  const names = new Map<string, string>();
  try {
    for (const [table, input] of Object.entries(group.tables) as [PatentsViewTable, InputSource][]) {
      if (!input.name.includes('!')) {
        paths[table] = input.name;
        continue;
      }
      scratch ??= mkdtempSync(join(tmpdir(), 'patlas-patentsview-'));
      const target = join(scratch, `${table}.tsv`);
      await pipeline(input.open(), createWriteStream(target));
      paths[table] = target;
      names.set(target, input.name);
    }
    // Provenance names the archive entry the user has, not the temporary copy.
    for await (const item of readPatentsViewTables(paths)) {
      if (item.kind === 'record') {
        const original = names.get(item.record.source.file);
        if (original) item.record.source.file = original;
      } else {
        item.file = names.get(item.file) ?? item.file;
      }
      yield item;
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
