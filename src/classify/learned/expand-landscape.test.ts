import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingestRecords } from '../../../test/helpers/ingest-records.js';
import { withStore } from '../../../test/helpers/with-store.js';
import type { PatentRecord } from '../../domain/patent-record.js';
import type { ReadItem } from '../../domain/read-item.js';
import { readCsetCsv } from '../../ingest/cset/index.js';
import { bufferInput, fileInput } from '../../ingest/file-input.js';
import { readLensCsv } from '../../ingest/lens/index.js';
import { parseXmlDocument } from '../../ingest/xml/parse-xml-document.js';
import type { Store } from '../../store/open-store.js';
import { expandLandscape } from './expand-landscape.js';
import { resolveSeed } from './resolve-seed.js';

const data = (path: string) => fileURLToPath(new URL(`../../../../shared/data/${path}`, import.meta.url));
const defaults = { minCodeShare: 0.04, minCodeRatio: 50, antiSeed: 100, randomSeed: 1 };

async function collect(items: AsyncIterable<ReadItem>): Promise<PatentRecord[]> {
  const out: PatentRecord[] = [];
  for await (const item of items) if (item.kind === 'record') out.push(item.record);
  return out;
}

async function ingest(store: Store, records: PatentRecord[]): Promise<void> {
  await ingestRecords(
    store,
    records.map((record) => ({ record, mtime: 0 })),
  );
}

function seedFile(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'patlas-seed-')), 'seed.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The rows of the CSET database whose simple family id is one of `families` (header kept). */
async function csetFamilies(families: string[]): Promise<Buffer> {
  const lines: string[] = [];
  const rl = createInterface({
    input: createReadStream(data('ai-labels-cset/patent_database.csv.gz')).pipe(createGunzip()),
  });
  for await (const line of rl) {
    if (lines.length === 0 || families.includes(line.split(',')[2] ?? '')) lines.push(line);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

describe('expandLandscape: CPC expansion (Lens drone families, 2016 export)', () => {
  // Expected codes and L1 sizes computed from the CSV with Python: seed = the 44 titles with "beehive" or
  // "bee hive"; shares over the 5,120 rows with CPC codes (the 4 IN rows Patlas rejects have none of these).
  it('keeps codes on >= 4 % of the seed and >= 50 times their store share, and their other publications', async () => {
    await withStore(async (store) => {
      const records = await collect(
        readLensCsv(fileInput(data('lens/drones_fulltext_families_5884_raw.csv'))),
      );
      await ingest(store, records);
      const seed = records.filter((r) => /beehive|bee hive/i.test(Object.values(r.titles).join(' ')));
      expect(seed).toHaveLength(44);
      await resolveSeed(store, { kind: 'file', file: seedFile(seed.map((r) => r.publicationNumber)) });
      const expansion = await expandLandscape(store, defaults);
      expect(expansion.codes.scheme).toBe('cpc');
      expect(expansion.codes.codes.map((c) => c.symbol)).toEqual(['A01K47/00', 'A01K47/02', 'A01K47/04']);
      expect(expansion.codes.codes[0]?.seedShare).toBeCloseTo(7 / 44, 10);
      expect(expansion.codes.codes[0]?.corpusShare).toBeCloseTo(14 / 5120, 10);
      expect(expansion).toMatchObject({ corpus: 5880, seed: 44, l1: 15, l2: 0, antiSeed: 100 });
      expect(expansion.citations).toMatchObject({ level: 'publication', links: 0, publications: 0 });
      expect(expansion.antiSeedCandidates).toBe(5880 - 44 - 15);

      const stricter = await expandLandscape(store, { ...defaults, minCodeRatio: 60 });
      expect(stricter.codes.codes.map((c) => c.symbol)).toEqual(['A01K47/02']);
      expect(stricter.l1).toBe(3);
    });
  });

  it('draws the same anti-seed for the same random seed, another for another', async () => {
    await withStore(async (store) => {
      await ingest(store, await collect(readLensCsv(fileInput(data('lens/drones_tac_1695_cleaned.csv')))));
      await resolveSeed(store, { kind: 'file', file: seedFile(['AT 399980 B']) });
      const sample = async (randomSeed: number) => {
        await expandLandscape(store, { ...defaults, randomSeed });
        return (
          await store.all<{ p: string }>('SELECT publication_number AS p FROM learned_anti_seed ORDER BY p')
        ).map((r) => r.p);
      };
      const first = await sample(1);
      expect(first).toHaveLength(100);
      expect(await sample(1)).toEqual(first);
      expect(await sample(2)).not.toEqual(first);
    });
  });
});

describe('expandLandscape: citation expansion (EP3882354A2 and CSET families)', () => {
  // EP3882354A2 (epo-xml/application/v1-5-1-A2.xml) cites US7620500B, US8108150B, US8224580B (family 28045308
  // in the CSET database, 13 rows) and US7430477B (family 35944597, 8 rows); it has no family id itself.
  it('walks one hop both ways at family level, L2 one hop further', async () => {
    await withStore(async (store) => {
      const file = data('epo-xml/application/v1-5-1-A2.xml');
      const ep = parseXmlDocument(readFileSync(file), { file, byteOffset: 0 });
      expect(ep.kind).toBe('record');
      const cset = await collect(
        readCsetCsv(bufferInput('cset.csv', await csetFamilies(['28045308', '35944597']))),
      );
      expect(cset).toHaveLength(21);
      await ingest(store, [...(ep.kind === 'record' ? [ep.record] : []), ...cset]);

      const seed = await resolveSeed(store, {
        kind: 'file',
        file: seedFile(['US8108150', 'US 1234567 B2', 'not a number']),
      });
      expect(seed).toMatchObject({ publications: 1, unknown: 2, listed: 3 });
      expect(seed.unknownExamples).toEqual(['not a number', 'US 1234567 B2']);
      const expansion = await expandLandscape(store, defaults);
      // L1: the 12 other members of the seed's family and the EP publication that cites it.
      expect(expansion.citations).toMatchObject({
        level: 'mixed',
        publicationsWithFamily: 21,
        publications: 13,
      });
      expect(expansion.l1).toBe(13);
      // L2: family 35944597, cited by the EP publication.
      expect(expansion.l2).toBe(8);
      // CSET rows carry no text or code, and the EP publication is in L1: nothing is left for an anti-seed.
      expect(expansion.antiSeedCandidates).toBe(0);
    });
  });
});

describe('resolveSeed from labels', () => {
  it('takes the publications of a taxonomy category, and says how to get labels when there are none', async () => {
    await withStore(async (store) => {
      await ingest(
        store,
        await collect(readLensCsv(fileInput(data('lens/lens_current_layout_8_records.csv')))),
      );
      const [a, b] = (
        await store.all<{ p: string }>('SELECT publication_number AS p FROM publications ORDER BY 1')
      ).map((r) => r.p);
      await store.run(
        `INSERT INTO labels VALUES (?, 'wipo2019', 'v', 'ai', 'rule', 'r1', 'title', 'x', NULL),
           (?, 'wipo2019', 'v', 'ai', 'rule', 'r2', 'title', 'y', NULL), (?, 'wipo2019', 'v', 'ml', 'rule', 'r3', NULL, NULL, NULL)`,
        [a!, a!, b!],
      );
      expect(
        await resolveSeed(store, { kind: 'taxonomy', taxonomyId: 'wipo2019', categoryId: 'ai' }),
      ).toMatchObject({
        publications: 1,
      });
      expect(
        await resolveSeed(store, { kind: 'taxonomy', taxonomyId: 'wipo2019', categoryId: null }),
      ).toMatchObject({
        publications: 2,
      });
      await expect(
        resolveSeed(store, { kind: 'taxonomy', taxonomyId: 'techstack', categoryId: 'ai' }),
      ).rejects.toThrow('no publication has label techstack:ai');
    });
  });
});
