import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReadItem } from '../../domain/read-item.js';
import { fileInput } from '../file-input.js';
import { readIstatCsv } from './from-istat-csv.js';

const data = (path: string): string =>
  fileURLToPath(new URL(`../../../../shared/data/ai-text-istat/${path}`, import.meta.url));

async function read(path: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readIstatCsv(fileInput(data(path)))) items.push(item);
  return items;
}

describe('readIstatCsv', () => {
  it('reads the semicolon-separated sample: 536 rows, trimmed title, year as priority year', async () => {
    const items = await read('sample/patents_sample_part1.csv');
    expect(items).toHaveLength(536);
    expect(items[0]).toMatchObject({
      kind: 'record',
      record: {
        publicationNumber: 'US6587739B1',
        priorityYear: 2000,
        publicationYear: null,
        titles: { en: 'Appliance communication and control system and appliances for use in same' },
        source: { line: 2, format: 'istat-ai-csv', formatVersion: 'sample' },
      },
    });
    const first = items[0]?.kind === 'record' ? items[0].record : null;
    expect(first?.abstracts.en).toMatch(/^A system of intelligent appliances coupled by common household/);
  });

  it('leaves the abstract out when the file has a blank one (line 42, FI-112706-B)', async () => {
    const items = await read('sample/patents_sample_part1.csv');
    const blank = items.find((i) => i.kind === 'record' && i.record.source.line === 42);
    expect(blank).toMatchObject({ record: { publicationNumber: 'FI112706B', abstracts: {} } });
  });

  it('reads the comma-separated update files with their row_id column', async () => {
    const items = await read('sample_update_split/patents_sample_update_part_15.csv');
    expect(items).toHaveLength(201);
    expect(items[0]).toMatchObject({
      kind: 'record',
      record: {
        publicationNumber: 'US12034992B1',
        priorityYear: 2023,
        titles: {
          en: 'Content distribution platform for uploading and linking content to products and services',
        },
        source: { line: 2, formatVersion: 'sample_update' },
      },
    });
    expect(items[200]).toMatchObject({
      record: { publicationNumber: 'US12039290B1', priorityYear: 2024, source: { line: 202 } },
    });
  });
});
