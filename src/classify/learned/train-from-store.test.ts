import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestRecords } from '../../../test/helpers/ingest-records.js';
import { withStore } from '../../../test/helpers/with-store.js';
import type { PatentRecord } from '../../domain/patent-record.js';
import type { ReadItem } from '../../domain/read-item.js';
import { fileInput } from '../../ingest/file-input.js';
import { readIstatCsv } from '../../ingest/istat/index.js';
import { readLensCsv } from '../../ingest/lens/index.js';
import { applyModel } from './apply-model.js';
import { readModel } from './model-table.js';
import { trainFromStore } from './train-from-store.js';

const data = (path: string) => fileURLToPath(new URL(`../../../../shared/data/${path}`, import.meta.url));

async function collect(items: AsyncIterable<ReadItem>): Promise<PatentRecord[]> {
  const out: PatentRecord[] = [];
  for await (const item of items) if (item.kind === 'record') out.push(item.record);
  return out;
}

describe('trainFromStore / applyModel (536 istat AI patents + 1,695 Lens drone families)', () => {
  it('trains, stores, reloads and applies a model; a second model of the same name needs --replace', async () => {
    await withStore(async (store) => {
      const ai = await collect(
        readIstatCsv(fileInput(data('ai-text-istat/sample/patents_sample_part1.csv'))),
      );
      const drones = await collect(readLensCsv(fileInput(data('lens/drones_tac_1695_cleaned.csv'))));
      await ingestRecords(
        store,
        [...ai, ...drones].map((record) => ({ record, mtime: 0 })),
      );
      const file = join(mkdtempSync(join(tmpdir(), 'patlas-seed-')), 'ai.txt');
      // istat spells numbers US-6587739-B1; two lines name nothing in the store.
      writeFileSync(file, `${ai.map((r) => r.publicationNumber).join('\n')}\nUS-1-B1\nnonsense\n`);
      const options = {
        modelId: 'ai',
        seed: { kind: 'file', file } as const,
        patlasVersion: 'test',
        antiSeed: 1000,
      };

      const trained = await trainFromStore(store, options);
      expect(trained.target).toMatchObject({ categoryId: 'ai', seedPublications: ai.length, seedUnknown: 2 });
      expect(trained.params.expansion).toMatchObject({
        seed: ai.length,
        antiSeed: 1000,
        antiSeedRequested: 1000,
      });
      const e = trained.evaluation!;
      expect(e.heldOut.positives).toBe(Math.round(ai.length * 0.2));
      expect(e.heldOut.negatives).toBe(200);
      expect(e.confusion.tp + e.confusion.fn).toBe(e.heldOut.positives);
      expect(e.f1).toBeGreaterThan(0.8);

      const stored = await readModel(store, 'ai');
      expect([...stored.model.weights]).toEqual([...(await readModel(store, 'ai')).model.weights]);
      expect(stored.evaluation).toEqual(trained.evaluation);
      expect(stored.version).toMatch(/^[0-9a-f]{12}$/);
      await expect(trainFromStore(store, options)).rejects.toThrow('already has a model named "ai"');
      await expect(readModel(store, 'none')).rejects.toThrow('no model named "none"');

      const applied = await applyModel(store, { modelId: 'ai' });
      expect(applied).toMatchObject({ publications: ai.length + drones.length, taxonomyId: 'model:ai' });
      const labels = await store.all<{ n: number; seeds: number; evidence: string; min: number }>(
        `SELECT count(*) AS n, count(*) FILTER (WHERE publication_number IN (SELECT unnest(?::VARCHAR[]))) AS seeds,
           min(score) AS min, any_value(evidence) AS evidence
         FROM labels WHERE taxonomy_id = 'model:ai' AND method = 'model' AND taxonomy_version = ?`,
        [`[${ai.map((r) => `"${r.publicationNumber}"`).join(',')}]`, stored.version],
      );
      expect(labels[0]?.n).toBe(applied.labelled);
      expect(labels[0]?.seeds).toBeGreaterThan(ai.length * 0.9);
      expect(labels[0]?.min).toBeGreaterThanOrEqual(0.5);
      expect(labels[0]?.evidence).toMatch(/^[^;]+ \+\d+\.\d\d(; [^;]+ \+\d+\.\d\d)*$/);
      // Applying again replaces the rows rather than adding to them.
      await applyModel(store, { modelId: 'ai', threshold: 0.9 });
      const again = await store.one<{ n: number }>(
        `SELECT count(*) AS n FROM labels WHERE taxonomy_id = 'model:ai'`,
      );
      expect(again?.n).toBeLessThanOrEqual(applied.labelled);
    });
  });
});
