import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadItem } from '../../domain/read-item.js';
import { countingInput } from '../counting-input.js';
import { fileInput } from '../file-input.js';
import { ParsePool } from './parse-pool.js';
import { readXmlDocuments } from './read-xml-documents.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/uspto-xml/', import.meta.url));
const TEST_XML = join(DATA, 'go-uspto/test.xml');
const numbers = (items: ReadItem[]) =>
  items.map((i) => (i.kind === 'record' ? i.record.publicationNumber : i.reason));
/** Each item as [publication number or 'reject', byte offset]. */
const where = (items: ReadItem[]) =>
  items.map((i) =>
    i.kind === 'record'
      ? [i.record.publicationNumber, i.record.source.byteOffset]
      : ['reject', i.position.byteOffset],
  );

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('readXmlDocuments', () => {
  const pool = new ParsePool(2);
  const dir = mkdtempSync(join(tmpdir(), 'patlas-read-xml-'));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await pool.close();
  });
  afterEach(() => vi.restoreAllMocks());

  it('gives the same records in file order on worker threads as on the main thread', async () => {
    const inline = await collect(readXmlDocuments(fileInput(TEST_XML), null));
    const threaded = await collect(readXmlDocuments(fileInput(TEST_XML), pool));
    // go-uspto/test.xml holds two grants, US 11147202 B2 then US 11147203 B2.
    expect(numbers(inline)).toEqual(['US11147202B2', 'US11147203B2']);
    expect(numbers(threaded)).toEqual(numbers(inline));
    expect(threaded.every((i) => i.kind === 'record' && i.fingerprint !== undefined)).toBe(true);
  });

  // A bulk file of real grants with a broken document in the middle, as USPTO weekly files are built.
  const grants = [
    'xml2014/US08926509.xml',
    'xml2014/US08927118.xml',
    'xml2006/US07272630B2.xml',
    'go-uspto/test.xml',
    'xml2014/US08930553.xml',
  ].map((f) => readFileSync(join(DATA, f), 'latin1'));
  grants[2] = grants[2]!.replace('<invention-title', '<broken><invention-title');
  const bulk = Buffer.from(grants.join(''), 'latin1');
  const bulkPath = join(dir, 'ipg-bulk.xml');
  writeFileSync(bulkPath, bulk);
  const at = (i: number) => Buffer.byteLength(grants.slice(0, i).join(''), 'latin1');

  it('reads a large plain file in ranges on the workers: same items at the same offsets, progress counted', async () => {
    const inline = await collect(readXmlDocuments(fileInput(bulkPath), null));
    expect(where(inline)).toEqual([
      ['US8926509B2', 0],
      ['US8927118B2', at(1)],
      ['reject', at(2)],
      ['US11147202B2', at(3)],
      ['US11147203B2', at(3) + 63184], // go-uspto/test.xml's second declaration (`grep -b '<?xml'`)
      ['US8930553B2', at(4)],
    ]);
    const batched = await collect(readXmlDocuments(fileInput(bulkPath), pool));

    const ranges = vi.spyOn(pool, 'parseRange');
    let counted = 0;
    const input = countingInput(fileInput(bulkPath), (n) => {
      counted += n;
    });
    // 100 kB ranges end inside documents; US08927118 alone (675906 bytes) spans several.
    const ranged = await collect(readXmlDocuments(input, pool, { rangedFrom: 0, rangeBytes: 100_000 }));
    expect(ranges).toHaveBeenCalledTimes(Math.ceil(bulk.length / 100_000));
    expect(where(ranged)).toEqual(where(inline));
    expect(ranged).toEqual(batched);
    expect(counted).toBe(bulk.length);
  });

  it('keeps the streaming path for gz files and for files below the size limit', async () => {
    const gzPath = join(dir, 'ipg-bulk.xml.gz');
    writeFileSync(gzPath, gzipSync(bulk));
    const ranges = vi.spyOn(pool, 'parseRange');
    expect(fileInput(gzPath).path).toBeUndefined();
    const gz = await collect(readXmlDocuments(fileInput(gzPath), pool, { rangedFrom: 0 }));
    const small = await collect(readXmlDocuments(fileInput(bulkPath), pool, { rangedFrom: bulk.length + 1 }));
    expect(ranges).not.toHaveBeenCalled();
    expect(where(gz)).toEqual(where(small));
    expect(where(small)[4]).toEqual(['US11147203B2', at(3) + 63184]);
  });

  it('turns an unreadable file into an error naming it', async () => {
    const gone = join(dir, 'gone.xml');
    writeFileSync(gone, bulk);
    const input = fileInput(gone);
    rmSync(gone);
    await expect(collect(readXmlDocuments(input, pool, { rangedFrom: 0 }))).rejects.toThrow(
      /ENOENT.*gone\.xml/,
    );
  });
});
