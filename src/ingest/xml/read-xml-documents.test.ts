import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadItem } from '../../domain/read-item.js';
import { fileInput } from '../file-input.js';
import { ParsePool } from './parse-pool.js';
import { readXmlDocuments } from './read-xml-documents.js';

const TEST_XML = fileURLToPath(
  new URL('../../../../shared/data/uspto-xml/go-uspto/test.xml', import.meta.url),
);
const numbers = (items: ReadItem[]) =>
  items.map((i) => (i.kind === 'record' ? i.record.publicationNumber : i.reason));

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('readXmlDocuments', () => {
  const pool = new ParsePool(2);
  afterAll(() => pool.close());

  it('gives the same records in file order on worker threads as on the main thread', async () => {
    const inline = await collect(readXmlDocuments(fileInput(TEST_XML), null));
    const threaded = await collect(readXmlDocuments(fileInput(TEST_XML), pool));
    // go-uspto/test.xml holds two grants, US 11147202 B2 then US 11147203 B2.
    expect(numbers(inline)).toEqual(['US11147202B2', 'US11147203B2']);
    expect(numbers(threaded)).toEqual(numbers(inline));
    expect(threaded.every((i) => i.kind === 'record' && i.fingerprint !== undefined)).toBe(true);
  });
});
