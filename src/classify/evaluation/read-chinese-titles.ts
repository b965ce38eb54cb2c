import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { ChineseTitle } from './chinese-negatives.js';

/**
 * The CN titles with their true IPC subclasses (lxingy3/chinese-patent-ipc-classifier
 * `oof_predictions.csv`: publication_numbers, patent_title, true_subclasses_all as `A01M|G06F`).
 */
export async function readChineseTitles(file: string): Promise<ChineseTitle[]> {
  const titles: ChineseTitle[] = [];
  const rows = createReadStream(file).pipe(parse({ columns: true, bom: true }));
  for await (const row of rows as AsyncIterable<Record<string, string>>) {
    const title = row.patent_title?.trim();
    if (!title) continue;
    titles.push({
      publicationNumber: row.publication_numbers ?? '',
      title,
      subclasses: (row.true_subclasses_all ?? '').split('|').filter(Boolean),
    });
  }
  return titles;
}
